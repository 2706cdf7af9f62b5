//! Bad input: each case exits 1 with an error naming the file (and line),
//! never panics, and leaves the previous output as it was.

use crate::util::*;

/// Builds, expects failure, and returns stderr.
fn fails(fx: &Fixture) -> String {
    let run = fx.run(&["build", "--quiet"]);
    assert_eq!(run.code, 1, "expected exit 1, got {}:\n{}", run.code, run.stderr);
    run.stderr
}

#[test]
fn unknown_front_matter_key_names_file_line_and_suggests() {
    let fx = Fixture::new("basic");
    fx.edit("content/pl/sleep-safe.md", "title: Bezpieczny sen", "titel: Bezpieczny sen");
    let err = fails(&fx);
    assert!(err.contains("error: content/pl/sleep-safe.md:2: unknown key 'titel' (did you mean 'title'?)"), "{err}");
}

#[test]
fn mistyped_front_matter_value_names_key_and_line() {
    let fx = Fixture::new("basic");
    fx.edit("content/en/sleep-safe.md", "weight: 1", "weight: first");
    let err = fails(&fx);
    assert!(err.contains("content/en/sleep-safe.md:6:"), "{err}");
    assert!(err.contains("weight"), "{err}");
}

#[test]
fn missing_title_and_bad_date() {
    let fx = Fixture::new("basic");
    fx.edit("content/en/guides/_index.md", "title: Guides\n", "");
    fx.edit("content/en/sleep-safe.md", "updated: 2026-11-01", "updated: 1st November");
    let err = fails(&fx);
    assert!(err.contains("content/en/guides/_index.md") && err.contains("missing required key 'title'"), "{err}");
    assert!(err.contains("content/en/sleep-safe.md:7: updated '1st November' is not a date"), "{err}");
}

#[test]
fn a_day_the_month_does_not_have_is_not_a_date() {
    let fx = Fixture::new("basic");
    fx.edit("content/en/sleep-safe.md", "updated: 2026-11-01", "updated: 2026-02-30");
    let err = fails(&fx);
    assert!(err.contains("content/en/sleep-safe.md:7: updated '2026-02-30' is not a date"), "{err}");
}

#[test]
fn empty_or_overlong_keywords_name_file_and_line() {
    let fx = Fixture::new("basic");
    let long = "a very long keyword that is really a sentence";
    fx.edit("content/en/sleep-safe.md", "weight: 1", &format!("weight: 1\nkeywords:\n  - nap\n  - \"\"\n  - {long}"));
    let err = fails(&fx);
    assert!(err.contains("content/en/sleep-safe.md:9: a keyword is empty"), "{err}");
    assert!(err.contains(&format!("content/en/sleep-safe.md:10: keyword '{long}' is 45 characters long")), "{err}");
}

#[test]
fn page_without_front_matter() {
    let fx = Fixture::new("basic");
    fx.write("content/en/bare.md", "# Just text\n");
    let err = fails(&fx);
    assert!(err.contains("content/en/bare.md:1: the page has no front matter"), "{err}");
}

#[test]
fn broken_page_link_and_anchor_name_file_line_and_target() {
    let fx = Fixture::new("basic");
    fx.edit("content/en/guides/crying.md", "@/sleep-safe.md#on-back", "@/sleep-safe.md#on-the-tummy");
    fx.edit("content/en/_index.md", "@/guides/crying.md", "@/guides/shaking.md");
    let err = fails(&fx);
    assert!(err.contains("content/en/guides/crying.md:9: link to '@/sleep-safe.md#on-the-tummy': that page has no heading with id 'on-the-tummy'"), "{err}");
    assert!(err.contains("content/en/_index.md:5: link to a page that does not exist: @/guides/shaking.md"), "{err}");
}

#[test]
fn relative_page_links_are_refused_with_advice() {
    let fx = Fixture::new("basic");
    fx.edit("content/en/_index.md", "(@/sleep-safe.md)", "(../sleep-safe/)");
    let err = fails(&fx);
    assert!(err.contains("content/en/_index.md:5: relative link '../sleep-safe/' does not point to a file"), "{err}");
    assert!(err.contains("@/"), "{err}");
}

#[test]
fn image_without_alt_text_fails() {
    let fx = Fixture::new("basic");
    fx.edit("content/en/room/index.md", "![A cot with nothing in it](cot.svg)", "![](cot.svg)");
    let err = fails(&fx);
    assert!(err.contains("content/en/room/index.md:6: image without alt text"), "{err}");
}

#[test]
fn missing_image_file_fails() {
    let fx = Fixture::new("basic");
    fx.edit("content/en/room/index.md", "(cot.svg)", "(bed.svg)");
    let err = fails(&fx);
    assert!(err.contains("content/en/room/index.md:6: link to a file that does not exist: bed.svg"), "{err}");
}

#[test]
fn fluent_syntax_error_names_file_and_line() {
    let fx = Fixture::new("basic");
    fx.write("translations/pl/main.ftl", "site-name = Trzy kroki\n\nbroken entry without equals\n");
    let err = fails(&fx);
    assert!(err.contains("error: translations/pl/main.ftl:3: Fluent syntax error"), "{err}");
}

#[test]
fn template_error_names_the_template() {
    let fx = Fixture::new("basic");
    fx.edit(
        "themes/default/templates/page.html",
        "{% block main %}",
        "{% block main %}{{ page.title | nosuchfilter }}",
    );
    let err = fails(&fx);
    assert!(err.contains("themes/default/templates"), "{err}");
    assert!(err.contains("nosuchfilter"), "{err}");
}

#[test]
fn bad_site_yaml_names_the_key() {
    let fx = Fixture::new("basic");
    fx.edit("site.yaml", "default_language: en", "default_langage: en");
    let err = fails(&fx);
    assert!(err.contains("site.yaml:2: unknown key 'default_langage' (did you mean 'default_language'?)"), "{err}");

    let fx = Fixture::new("basic");
    fx.edit("site.yaml", "https://example.test", "example.test/");
    let err = fails(&fx);
    assert!(err.contains("site.yaml:1: base_url 'example.test/' is not an absolute URL"), "{err}");

    let fx = Fixture::new("basic");
    fx.edit("site.yaml", "default_language: en", "default_language: de");
    let err = fails(&fx);
    assert!(err.contains("default_language 'de' is not in languages"), "{err}");
}

#[test]
fn short_code_collisions_name_both_sides() {
    let fx = Fixture::new("basic");
    fx.edit("content/en/guides/crying.md", "weight: 1", "weight: 1\nshort: sleep");
    let err = fails(&fx);
    assert!(err.contains("short code 'sleep' of content/en/sleep-safe.md"), "{err}");
    assert!(err.contains("short code 'sleep' of content/en/guides/crying.md"), "{err}");

    let fx = Fixture::new("basic");
    fx.edit("content/en/sleep-safe.md", "short: sleep", "short: pl");
    assert!(fails(&fx).contains("short code 'pl' is also a language code"));

    let fx = Fixture::new("basic");
    fx.edit("content/en/sleep-safe.md", "short: sleep", "short: room");
    let err = fails(&fx);
    assert!(err.contains("uses /en/room/, which is already the page content/en/room/index.md"), "{err}");

    let fx = Fixture::new("basic");
    fx.edit("content/en/sleep-safe.md", "short: sleep", "short: ../../etc");
    assert!(fails(&fx).contains("short code '../../etc' may only use a-z, 0-9 and '-'"));
}

#[test]
fn alias_collisions_and_unsafe_aliases() {
    let fx = Fixture::new("basic");
    fx.edit("content/en/sleep-safe.md", "/en/old-sleep/", "/en/guides/");
    let err = fails(&fx);
    assert!(err.contains("alias '/en/guides/' of content/en/sleep-safe.md uses /en/guides/, which is already the page content/en/guides/_index.md"), "{err}");

    let fx = Fixture::new("basic");
    fx.edit("content/en/sleep-safe.md", "/en/old-sleep/", "/../../outside/");
    assert!(fails(&fx).contains("alias '/../../outside/' is not a site path"));
}

#[test]
fn translation_without_source_page() {
    let fx = Fixture::new("basic");
    fx.write("content/pl/orphan.md", "---\ntitle: Sierota\ndescription: Bez źródła.\n---\nTekst.\n");
    let err = fails(&fx);
    assert!(err.contains("content/pl/orphan.md: translation has no en source page"), "{err}");
}

#[test]
fn two_files_for_one_page() {
    let fx = Fixture::new("basic");
    fx.write("content/en/room.md", "---\ntitle: Room\ndescription: Again.\n---\nx\n");
    let err = fails(&fx);
    assert!(err.contains("two files are the same page /en/room"), "{err}");
}

#[test]
fn non_utf8_content_is_an_error_not_a_panic() {
    let fx = Fixture::new("basic");
    std::fs::write(fx.path("content/en/latin1.md"), b"---\ntitle: Caf\xe9\ndescription: x\n---\n").unwrap();
    let err = fails(&fx);
    assert!(err.contains("content/en/latin1.md:2: file is not valid UTF-8"), "{err}");
}

#[test]
fn unknown_language_folder() {
    let fx = Fixture::new("basic");
    fx.write("content/de/_index.md", "---\ntitle: Start\ndescription: x\n---\n");
    assert!(fails(&fx).contains("content/de is not a folder of a language in site.yaml"));
}

#[test]
fn check_lists_all_problems_and_writes_nothing() {
    let fx = Fixture::new("basic");
    fx.edit("content/pl/sleep-safe.md", "title:", "titel:");
    fx.edit("content/en/room/index.md", "![A cot with nothing in it]", "![]");
    fx.edit("content/en/_index.md", "@/guides/crying.md", "@/nowhere.md");
    let run = fx.run(&["check"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("content/pl/sleep-safe.md:2: unknown key 'titel'"), "{}", run.stderr);
    assert!(run.stderr.contains("content/en/room/index.md:6: image without alt text"), "{}", run.stderr);
    assert!(run.stderr.contains("content/en/_index.md:5: link to a page that does not exist"), "{}", run.stderr);
    assert!(run.stderr.contains("3 error(s)"), "{}", run.stderr);
    assert!(!fx.path("public").exists(), "check wrote output");

    let good = Fixture::new("basic");
    let run = good.run(&["check"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!good.path("public").exists(), "check wrote output");
}

#[test]
fn failed_build_leaves_previous_output_untouched_and_no_temp_folders() {
    let fx = Fixture::new("basic");
    fx.build();
    let before: Vec<(String, Vec<u8>)> = list_files(&fx.path("public"))
        .into_iter()
        .map(|f| (f.clone(), std::fs::read(fx.path(&format!("public/{f}"))).unwrap()))
        .collect();
    fx.edit("content/en/sleep-safe.md", "Always on the back.", "Changed text.\n\n![](nothing.svg)");
    fails(&fx);
    let after: Vec<(String, Vec<u8>)> = list_files(&fx.path("public"))
        .into_iter()
        .map(|f| (f.clone(), std::fs::read(fx.path(&format!("public/{f}"))).unwrap()))
        .collect();
    assert!(before == after, "the failed build changed public/");
    let leftovers: Vec<_> = std::fs::read_dir(fx.root())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        // The build cache is kept on purpose (README "Speed"), not a temporary folder.
        .filter(|n| n.starts_with(".threesteps") && n != threesteps::cache::CACHE_DIR)
        .collect();
    assert!(leftovers.is_empty(), "temporary folders left: {leftovers:?}");
}

#[cfg(unix)]
#[test]
fn symlinks_are_not_followed_and_named_in_a_warning() {
    let fx = Fixture::new("basic");
    let outside = tempdir();
    std::fs::write(outside.path().join("secret.md"), "---\ntitle: Secret\ndescription: Outside.\n---\nsecret text\n")
        .unwrap();
    std::os::unix::fs::symlink(outside.path().join("secret.md"), fx.path("content/en/linked.md")).unwrap();
    let run = fx.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("warning: content/en/linked.md: symbolic link not followed"), "{}", run.stderr);
    assert!(!fx.path("public/en/linked/index.html").exists());
}
