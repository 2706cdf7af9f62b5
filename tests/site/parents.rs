//! The parents' path: the emergency line above every title, phone numbers as
//! `tel:` links, links to other websites marked as such, and link previews
//! (Open Graph) on short links and the 404 page.

use crate::util::*;

/// The part of a page before its `<h1>` (the whole page when it has none).
fn before_title(html: &str) -> &str {
    &html[..html.find("<h1").unwrap_or(html.len())]
}

#[test]
fn every_page_of_the_default_site_has_tap_to_call_numbers_before_its_title() {
    let out = tempdir();
    let target = out.path().join("public");
    let root = repo_root();
    let run = run(&["build", "--root", root.to_str().unwrap(), "--output", target.to_str().unwrap()], out.path());
    assert_eq!(run.code, 0, "{}", run.stderr);
    // The line in each language, as the Fluent files say it.
    let words = [
        ("en", "Emergency"),
        ("pl", "Ratunek"),
        ("ur", "ایمرجنسی"),
        ("pa", "ਐਮਰਜੈਂਸੀ"),
        ("ro", "Urgență"),
        ("sk", "Tieseň"),
        ("cs", "Tíseň"),
        ("ar", "طوارئ"),
    ];
    let mut checked = 0;
    let mut problems = Vec::new();
    for file in list_files(&target).into_iter().filter(|f| f.ends_with(".html")) {
        // The editors' dashboard is not a page for readers.
        if file.starts_with("translation-status/") {
            continue;
        }
        let html = std::fs::read_to_string(target.join(&file)).unwrap();
        let lang = attribute(&html_tag(&html), "lang").unwrap_or_default();
        let head = before_title(&html);
        if !html.contains("<h1") {
            problems.push(format!("{file}: no <h1>"));
        }
        for needed in ["href=tel:999", "href=tel:111", &format!("href=/{lang}/get-help/")] {
            if !head.contains(needed) {
                problems.push(format!("{file}: no {needed} before the <h1>"));
            }
        }
        match words.iter().find(|(code, _)| *code == lang) {
            Some((_, word)) if head.contains(&format!(">{word} <b>999</b></a>")) => {}
            _ => problems.push(format!("{file}: the emergency line is not in the page's language ({lang})")),
        }
        checked += 1;
    }
    assert!(checked > 8 * 14, "only {checked} pages checked");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn content_numbers_become_tel_links_and_bare_ones_warn_with_file_and_line() {
    let fx = Fixture::new("basic");
    fx.edit(
        "content/en/sleep-safe.md",
        "Always on the back.",
        "Always on the back. Worried? Call [NHS 111](tel:111).\n\nIn an emergency call 999.",
    );
    let run = fx.run(&["check"]);
    assert_eq!(run.code, 0, "a bare number is a warning, not an error:\n{}", run.stderr);
    assert!(
        run.stderr.contains("warning: content/en/sleep-safe.md:15: the phone number 999 is not a link"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("help: write [999](tel:999)"), "{}", run.stderr);
    assert!(!run.stderr.contains("phone number 111"), "a linked number does not warn:\n{}", run.stderr);
    fx.build();
    let html = fx.out("en/sleep-safe/index.html");
    assert!(html.contains("<a class=tel href=tel:111>NHS 111</a>"), "{html}");
}

#[test]
fn links_to_other_websites_say_so_in_the_readers_language() {
    let fx = Fixture::new("basic");
    fx.edit(
        "content/en/sleep-safe.md",
        "Always on the back.",
        "Always on the back. See [The Lullaby Trust](https://www.lullabytrust.org.uk/) and [this site](https://example.test/en/).",
    );
    fx.edit("content/ar/sleep-safe.md", "\n\n", "\n\nانظر [nhs.uk](https://www.nhs.uk/).\n\n");
    std::fs::write(
        fx.path("translations/ar/main.ftl"),
        format!("{}\nlink-external = (موقع آخر)\n", fx.read("translations/ar/main.ftl")),
    )
    .unwrap();
    fx.build();
    let en = fx.out("en/sleep-safe/index.html");
    let start = en.find("href=https://www.lullabytrust.org.uk/").expect("the outbound link");
    let tag = &en[en[..start].rfind("<a ").unwrap()..start + en[start..].find('>').unwrap()];
    assert!(tag.contains("class=external") && tag.contains("rel=\"noopener noreferrer\""), "{tag}");
    assert!(
        en[start..].starts_with(
            "href=https://www.lullabytrust.org.uk/>The Lullaby Trust<span class=visually-hidden> (another website)</span></a>"
        ),
        "the link's name says it goes to another website: {en}"
    );
    assert!(
        en.contains("<a href=https://example.test/en/>this site</a>"),
        "the site's own address is not another website"
    );
    let ar = fx.out("ar/sleep-safe/index.html");
    assert!(
        ar.contains("<bdi>nhs.uk</bdi><span class=visually-hidden> (موقع آخر)</span></a>"),
        "the address stays isolated and the hidden words are Arabic: {ar}"
    );
}

#[test]
fn short_links_preview_as_their_page_and_the_404_page_has_its_own_preview() {
    let fx = Fixture::new("basic");
    fx.build();
    for (file, title, url) in [
        ("sleep/index.html", "Sleeping safely", "https://example.test/en/sleep-safe/"),
        ("en/old-sleep/index.html", "Sleeping safely", "https://example.test/en/sleep-safe/"),
    ] {
        let html = fx.out(file);
        let og = |property: &str| {
            html.split("<meta ")
                .map(|tag| format!(" {}", tag.split('>').next().unwrap_or("")))
                .find(|tag| tag.contains(&format!(" property={property}")))
                .and_then(|tag| attribute(&tag, "content"))
        };
        assert_eq!(og("og:title").as_deref(), Some(title), "{file}: {html}");
        assert_eq!(og("og:description").as_deref(), Some("How to put a baby down to sleep."), "{file}");
        assert_eq!(og("og:url").as_deref(), Some(url), "{file}");
    }
    let not_found = fx.out("404.html");
    assert!(not_found.contains("property=og:title"), "{not_found}");
    assert!(not_found.contains("content=\"Sorry, we cannot find that page."), "{not_found}");
}

#[test]
fn a_help_page_that_does_not_exist_is_an_error_naming_site_yaml() {
    let fx = Fixture::new("basic");
    fx.write("site.yaml", &format!("{}help_page: get-help.md\n", fx.read("site.yaml")));
    let run = fx.run(&["check"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("error: site.yaml:7: help_page 'get-help.md' is not a page of the site"),
        "{}",
        run.stderr
    );
    fx.write("site.yaml", &fx.read("site.yaml").replace("get-help.md", "room/index.md"));
    fx.build();
    assert!(
        fx.out("pl/sleep-safe/index.html").contains("href=/pl/room/>"),
        "the line links to the help page in Polish"
    );
}
