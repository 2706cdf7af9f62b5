//! URL permanence: urls.lock records every published URL; a URL that stops
//! resolving fails the build naming it, until an alias brings it back.

use crate::util::*;

#[test]
fn first_build_records_every_url() {
    let fx = Fixture::new("basic");
    fx.build();
    let lock = fx.read("urls.lock");
    let urls: Vec<&str> = lock.lines().filter(|l| !l.starts_with('#')).collect();
    let mut sorted = urls.clone();
    sorted.sort();
    assert_eq!(urls, sorted, "the lock is sorted");
    for url in ["/", "/en/", "/pl/guides/crying/", "/ar/sleep-safe/", "/sleep/", "/pl/sleep/", "/en/old-sleep/"] {
        assert!(urls.contains(&url), "urls.lock lacks {url}:\n{lock}");
    }
}

#[test]
fn a_locked_url_that_disappears_fails_until_an_alias_restores_it() {
    let fx = Fixture::new("basic");
    fx.build();
    let before = fx.out("en/index.html");
    // Rename the room page: /en/room/ (printed somewhere) would break.
    std::fs::rename(fx.path("content/en/room"), fx.path("content/en/nursery")).unwrap();
    let run = fx.run(&["build", "--quiet"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("urls.lock:")
            && run.stderr.contains(": /en/room/ was published before and no longer resolves"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("aliases: [\"/en/room/\"]"), "the error says how to fix it: {}", run.stderr);
    assert!(run.stderr.contains("/pl/room/") && run.stderr.contains("/ar/room/"), "every language's URL is named");
    assert_eq!(fx.out("en/index.html"), before, "the failed build left the output as it was");
    assert_eq!(fx.run(&["check"]).code, 1, "check finds it too");

    fx.edit(
        "content/en/nursery/index.md",
        "weight: 3",
        "weight: 3\naliases: [\"/en/room/\", \"/pl/room/\", \"/ar/room/\"]",
    );
    fx.edit("content/en/sleep-safe.md", "@/room/index.md", "@/nursery/index.md");
    fx.build();
    assert!(fx.out("en/room/index.html").contains("url=/en/nursery/"), "the old URL redirects");
    let lock = fx.read("urls.lock");
    assert!(lock.contains("\n/en/room/\n") && lock.contains("\n/en/nursery/\n"), "old and new URLs stay locked");
}

#[test]
fn check_and_draft_builds_do_not_change_the_lock() {
    let fx = Fixture::new("basic");
    fx.build();
    let lock = fx.read("urls.lock");
    fx.write("content/en/new-page.md", "---\ntitle: New\ndescription: New page.\n---\nNew.\n");
    assert_eq!(fx.run(&["check"]).code, 0);
    assert_eq!(fx.read("urls.lock"), lock, "check wrote urls.lock");
    fx.write("content/en/wip.md", "---\ntitle: Draft\ndescription: Draft.\ndraft: true\n---\nSoon.\n");
    assert_eq!(fx.run(&["build", "--quiet", "--drafts"]).code, 0);
    assert!(!fx.read("urls.lock").contains("/en/wip/"), "a preview with drafts locked a draft URL");
    fx.build();
    let lock = fx.read("urls.lock");
    assert!(lock.contains("/en/new-page/") && !lock.contains("/en/wip/"));
}

#[test]
fn a_bad_lock_line_names_its_line() {
    let fx = Fixture::new("basic");
    fx.write("urls.lock", "# header\n/en/\nen/sleep-safe\n");
    let run = fx.run(&["build", "--quiet"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("urls.lock:3: 'en/sleep-safe' is not a site path"), "{}", run.stderr);
}

#[test]
fn the_default_sites_lock_is_up_to_date() {
    let root = repo_root();
    let lock = std::fs::read_to_string(root.join("urls.lock")).expect("the default site has a urls.lock");
    let out = tempdir();
    let target = out.path().join("public");
    let run =
        run(&["build", "--quiet", "--root", root.to_str().unwrap(), "--output", target.to_str().unwrap()], out.path());
    assert_eq!(run.code, 0, "{}", run.stderr);
    let after = std::fs::read_to_string(root.join("urls.lock")).unwrap();
    assert_eq!(lock, after, "building the default site added URLs to urls.lock: commit the updated file");
}
