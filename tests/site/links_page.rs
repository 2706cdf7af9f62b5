//! The practitioners' links page and the red book QR sheet, made in every
//! language from the pages' short codes and SMS texts.

use crate::util::*;

#[test]
fn links_page_lists_short_links_sms_counts_and_qr_downloads() {
    let fx = Fixture::new("basic");
    fx.build();
    let en = fx.out("en/links/index.html");
    assert!(en.contains("href=https://example.test/sleep/"), "{en}");
    assert!(
        en.contains("Safer sleep: back to sleep, clear flat cot, smoke-free. https://example.test/sleep/"),
        "message = text + link"
    );
    assert!(en.contains("83\u{2069} characters, \u{2068}one text message"), "GSM-7 count: {en}");
    assert!(en.contains("href=/qr/en/sleep.svg") && en.contains("href=/qr/en/sleep.png"));
    assert!(
        en.contains("<script defer src=/js/copy.js></script>") || en.contains("src=/js/copy.js"),
        "copy script loaded"
    );
    assert!(en.contains("data-copy-target=sms-sleep hidden"), "the copy button is hidden until JavaScript shows it");
    // Polish: its own text and link, counted as UCS-2.
    let pl = fx.out("pl/links/index.html");
    assert!(pl.contains("Bezpieczny sen: na plecach. https://example.test/pl/sleep/"), "{pl}");
    assert!(pl.contains("58\u{2069} characters"), "{pl}");
    // Arabic has no sms of its own: the English text is offered, marked as English.
    let ar = fx.out("ar/links/index.html");
    assert!(html_tag(&ar).contains("dir=rtl"));
    assert!(ar.contains("https://example.test/ar/sleep/"));
    // The copy script is only on the links page.
    assert!(!fx.out("en/sleep-safe/index.html").contains("copy.js"));
}

#[test]
fn red_book_sheet_has_every_qr_code_with_label_and_url() {
    let fx = Fixture::new("basic");
    fx.build();
    let sheet = fx.out("ar/red-book/index.html");
    assert!(sheet.contains("src=/qr/ar/sleep.svg"), "{sheet}");
    assert!(sheet.contains("alt=\"QR code for: النوم الآمن\""), "alt text names the page: {sheet}");
    assert!(sheet.contains("example.test/ar/sleep/"));
    assert!(fx.read("urls.lock").contains("\n/ar/red-book/\n"), "generated pages are locked too");
}

#[test]
fn content_links_to_generated_pages_follow_the_language() {
    let fx = Fixture::new("basic");
    fx.edit(
        "content/en/guides/_index.md",
        "All the guides.",
        "All the guides. [Links for SMS](@/links/) and [QR sheet](@/red-book/).",
    );
    fx.build();
    let html = fx.out("pl/guides/index.html");
    assert!(html.contains("href=/pl/links/") && html.contains("href=/pl/red-book/"), "{html}");

    fx.write("content/en/links.md", "---\ntitle: Links\ndescription: Mine.\n---\nx\n");
    let run = fx.run(&["build", "--quiet"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("content/en/links.md: the page uses /<lang>/links/, which threesteps makes itself"),
        "{}",
        run.stderr
    );
}

#[test]
fn leaflets_are_linked_from_their_page_the_links_page_and_the_red_book_page() {
    let fx = Fixture::new("basic");
    fx.build();
    // No page asks for a leaflet yet: no leaflet links, but the red book PDF.
    assert!(!fx.out("en/links/index.html").contains("/leaflets/en/sleep-safe.pdf"));
    assert!(fx.out("en/links/index.html").contains("href=/leaflets/en/red-book-qr.pdf"));
    assert!(fx.out("ar/red-book/index.html").contains("href=/leaflets/ar/red-book-qr.pdf"));
    assert!(fx.path("public/leaflets/ar/red-book-qr.pdf").exists());

    fx.edit("content/en/sleep-safe.md", "title:", "leaflet: true\ntitle:");
    fx.build();
    for lang in ["en", "pl", "ar"] {
        let leaflet = format!("/leaflets/{lang}/sleep-safe.pdf");
        assert!(fx.out(&format!("{lang}/links/index.html")).contains(&format!("href={leaflet}")), "{lang} links page");
        let page = fx.out(&format!("{lang}/sleep-safe/index.html"));
        assert!(page.contains(&format!("href={leaflet}")), "{lang} page links its leaflet");
        assert!(fx.path(&format!("public{leaflet}")).exists(), "{leaflet} is built");
    }
    // Pages without `leaflet: true` have no leaflet link.
    assert!(!fx.out("en/index.html").contains("/leaflets/en/index.pdf"));
}
