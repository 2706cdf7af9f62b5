//! Posters, picture sheets, pictures in leaflets and slide decks, checked
//! with poppler's real tools (pdfinfo, pdftotext, pdffonts, pdftoppm) and
//! zbarimg, as the leaflets are.

use crate::util::*;
use std::path::Path;
use std::process::Command;

const LANGUAGES: [&str; 8] = ["en", "pl", "ur", "pa", "ro", "sk", "cs", "ar"];
const BASE: &str = "https://babysafety.example.org";

fn tool(name: &str, args: &[&str]) -> String {
    let output = Command::new(name)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {name} (install poppler-utils): {e}"));
    assert!(output.status.success(), "{name} {args:?} failed: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn short_url(lang: &str, code: &str) -> String {
    if lang == "en" {
        format!("{BASE}/{code}/")
    } else {
        format!("{BASE}/{lang}/{code}/")
    }
}

/// Renders page 1 and decodes every QR code on it.
fn qr_codes(pdf: &Path, scratch: &Path) -> Vec<String> {
    let name = pdf.to_str().unwrap().replace(['/', '.'], "-");
    let stem = scratch.join(name);
    tool(
        "pdftoppm",
        &["-r", "150", "-f", "1", "-l", "1", "-gray", "-singlefile", pdf.to_str().unwrap(), stem.to_str().unwrap()],
    );
    decode_qr_codes(&stem.with_extension("pgm"))
}

fn page_count(info: &str) -> usize {
    let line = info.lines().find(|l| l.starts_with("Pages:")).unwrap();
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}

/// Text without whitespace, direction marks and Arabic vowel marks (see leaflets.rs).
fn squash(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .filter(|c| !matches!(c, '\u{200c}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
        .filter(|c| !matches!(c, '\u{064b}'..='\u{065f}' | '\u{0670}'))
        .collect()
}

/// The alternative texts of the PDF's `Figure` structure elements.
fn figure_alts(pdf: &Path) -> Vec<String> {
    pdf_figure_alts(&std::fs::read(pdf).unwrap()).iter().map(|alt| plain_quotes(alt)).collect()
}

/// Straight quotes for curly ones (the build sets Markdown with smart punctuation).
fn plain_quotes(text: &str) -> String {
    text.replace(['\u{2018}', '\u{2019}'], "'").replace(['\u{201c}', '\u{201d}'], "\"")
}

#[test]
fn default_site_posters_are_one_tagged_a4_page_with_a_working_qr_code() {
    let public = default_site();
    let scratch = tempdir();
    let mut failures = Vec::new();
    for lang in LANGUAGES {
        let posters = [
            ("three-steps", format!("{BASE}/{lang}/")),
            ("walk-away", short_url(lang, "crying")),
            ("home-safety-house", short_url(lang, "home")),
            ("every-baby-matters", format!("{BASE}/{lang}/practitioners/every-baby-matters/")),
        ];
        for (name, url) in posters {
            let pdf = public.join(format!("posters/{lang}/{name}.pdf"));
            let shown = format!("posters/{lang}/{name}.pdf");
            assert!(pdf.exists(), "{shown} is missing");
            let info = tool("pdfinfo", &[pdf.to_str().unwrap()]);
            assert_eq!(page_count(&info), 1, "{shown} is one page:\n{info}");
            assert!(info.contains("595.") && info.contains("841."), "{shown} is A4:\n{info}");
            assert!(info.lines().any(|l| l.starts_with("Tagged:") && l.ends_with("yes")), "{shown} is not tagged");
            let raw = String::from_utf8_lossy(&std::fs::read(&pdf).unwrap()).into_owned();
            assert!(raw.contains("<pdfuaid:part>1</pdfuaid:part>"), "{shown}: no PDF/UA-1 identification");
            let fonts = tool("pdffonts", &[pdf.to_str().unwrap()]);
            for row in fonts.lines().skip(2) {
                let cells: Vec<&str> = row.split_whitespace().collect();
                assert_eq!(cells[cells.len() - 5], "yes", "{shown}: font not embedded: {row}");
            }
            let codes = qr_codes(&pdf, scratch.path());
            if codes != [url.clone()] {
                failures.push(format!("{shown}: QR codes decode to {codes:?}, not {url}"));
            }
        }
    }
    // The three steps, in the home page's words, in large type.
    let text = tool("pdftotext", &["-enc", "UTF-8", public.join("posters/pl/three-steps.pdf").to_str().unwrap(), "-"]);
    let home = std::fs::read_to_string(repo_root().join("content/pl/_index.md")).unwrap();
    for id in ["{#safer-sleep}", "{#safe-handling}", "{#safe-space}"] {
        let heading = home.lines().find(|l| l.ends_with(id)).unwrap();
        let heading = heading.trim_start_matches("## ").trim_end_matches(id).trim();
        assert!(squash(&text).contains(&squash(heading)), "the Polish poster has {heading:?}:\n{text}");
    }
    // The coping-with-crying poster leads with the page's "walk away" heading.
    // (Arabic and Urdu text extraction is checked word by word elsewhere.)
    for lang in ["en", "pl", "pa", "ro", "sk", "cs"] {
        let pdf = public.join(format!("posters/{lang}/walk-away.pdf"));
        let text = tool("pdftotext", &["-enc", "UTF-8", pdf.to_str().unwrap(), "-"]);
        let page = std::fs::read_to_string(repo_root().join(format!("content/{lang}/coping-with-crying.md"))).unwrap();
        let heading = page.lines().find(|l| l.ends_with("{#walk-away}")).unwrap();
        let heading = heading.trim_start_matches("## ").trim_end_matches("{#walk-away}").trim();
        assert!(squash(&text).contains(&squash(heading)), "{lang}: the poster has {heading:?}:\n{text}");
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Arabic-script text without its optional vowel marks (harakat, superscript alef).
fn without_vowel_marks(text: &str) -> String {
    text.chars().filter(|c| !matches!(c, '\u{064b}'..='\u{0652}' | '\u{0670}')).collect()
}

#[test]
fn the_safe_space_leaflet_carries_its_seven_pictures_as_tagged_figures() {
    let public = default_site();
    for lang in LANGUAGES {
        let pdf = public.join(format!("leaflets/{lang}/safe-space.pdf"));
        let info = tool("pdfinfo", &[pdf.to_str().unwrap()]);
        assert!(page_count(&info) <= 2, "{lang}: at most two pages:\n{info}");
        let alts = figure_alts(&pdf);
        let page = std::fs::read_to_string(repo_root().join(format!("content/{lang}/safe-space/index.md"))).unwrap();
        let expected: Vec<String> = page
            .lines()
            .filter_map(|l| l.strip_prefix("!["))
            .map(|l| plain_quotes(l.split("](").next().unwrap()))
            .collect();
        assert_eq!(expected.len(), 7, "{lang}: the page has seven pictures");
        // The QR code is a figure too; every picture's alt text is a figure's.
        // (Leaflets print Arabic and Urdu without optional vowel marks, alt texts included.)
        let alts: Vec<String> = alts.iter().map(|a| without_vowel_marks(a)).collect();
        for alt in &expected {
            let alt = without_vowel_marks(alt);
            assert!(alts.contains(&alt), "{lang}: no figure with the alt text {alt:?}; figures: {alts:?}");
        }
        // The picture sheet: the same pictures, one page.
        let sheet = public.join(format!("posters/{lang}/home-safety-house.pdf"));
        let alts = figure_alts(&sheet);
        for alt in &expected {
            assert!(alts.contains(alt), "{lang}: the picture sheet lacks {alt:?}");
        }
    }
}

#[test]
fn a_page_with_slides_gets_a_16_9_deck_with_a_slide_per_section() {
    let fixture = Fixture::new("basic");
    let briefing = std::fs::read_to_string(repo_root().join("tests/fixtures/pages/briefing.md")).unwrap();
    fixture.write("content/en/briefing.md", &briefing);
    fixture.edit("content/en/guides/_index.md", "title:", "downloads: bundle\ntitle:");
    fixture.build();
    let pdf = fixture.path("public/slides/en/briefing.pdf");
    let info = tool("pdfinfo", &[pdf.to_str().unwrap()]);
    // A title slide and one for each of the three sections (sources are left out).
    assert_eq!(page_count(&info), 4, "{info}");
    let size = info.lines().find(|l| l.starts_with("Page size:")).unwrap();
    let numbers: Vec<f64> = size.split_whitespace().filter_map(|w| w.parse().ok()).collect();
    assert!((numbers[0] / numbers[1] - 16.0 / 9.0).abs() < 0.01, "16:9: {size}");
    assert!(info.lines().any(|l| l.starts_with("Tagged:") && l.ends_with("yes")));
    let text = tool("pdftotext", &["-enc", "UTF-8", pdf.to_str().unwrap(), "-"]);
    for heading in ["Why babies need us", "Three steps", "Where the toolkit is", "Safe handling"] {
        assert!(text.contains(heading), "the deck has {heading:?}:\n{text}");
    }
    let scratch = tempdir();
    assert_eq!(qr_codes(&pdf, scratch.path()), ["https://example.test/en/briefing/"]);
    // Only where the page is translated; in the English bundle and listed on the page.
    assert!(!fixture.path("public/slides/pl").exists());
    let zip = fixture.path("public/downloads/en/three-steps-toolkit-en.zip");
    let listing = tool("zipinfo", &["-1", zip.to_str().unwrap()]);
    assert!(listing.lines().any(|l| l == "slides/briefing.pdf"), "{listing}");
    assert!(fixture.out("en/guides/index.html").contains("href=/slides/en/briefing.pdf"));
    assert!(fixture.read("urls.lock").lines().any(|l| l == "/slides/en/briefing.pdf"));
}

#[test]
fn poster_mistakes_are_errors_naming_the_page_or_the_template_line() {
    // A poster the theme has no template for.
    let fixture = Fixture::new("basic");
    fixture.edit("content/en/sleep-safe.md", "title:", "posters: [no-such-poster]\ntitle:");
    let run = fixture.run(&["build", "--quiet"]);
    assert_ne!(run.code, 0);
    assert!(run.stderr.contains("content/en/sleep-safe.md"), "{}", run.stderr);
    assert!(run.stderr.contains("posters/no-such-poster.typ") && run.stderr.contains("three-steps"), "{}", run.stderr);

    // A page without the sections the template reads: the template's line says which.
    let fixture = Fixture::new("basic");
    fixture.edit("content/en/sleep-safe.md", "title:", "posters: [three-steps]\ntitle:");
    let run = fixture.run(&["build", "--quiet"]);
    assert_ne!(run.code, 0);
    assert!(run.stderr.contains("themes/default/posters/three-steps.typ:"), "{}", run.stderr);
    assert!(run.stderr.contains("no section with id 'safer-sleep'"), "{}", run.stderr);
    assert!(run.stderr.contains("content/en/sleep-safe.md"), "the page is named: {}", run.stderr);

    // A syntax error in a template: its file and line.
    let fixture = Fixture::new("basic");
    let briefing = std::fs::read_to_string(repo_root().join("tests/fixtures/pages/briefing.md")).unwrap();
    fixture.write("content/en/briefing.md", &briefing);
    let template = "themes/default/slides/slides.typ";
    let text = fixture.read(template);
    fixture.write(template, &format!("{text}\n#let broken = (\n"));
    let run = fixture.run(&["build", "--quiet"]);
    assert_ne!(run.code, 0);
    assert!(run.stderr.contains(&format!("{template}:{}", text.lines().count() + 2)), "{}", run.stderr);
    assert!(!fixture.path("public").exists(), "a failed build writes nothing");

    // `posters` belongs to the source page.
    let fixture = Fixture::new("basic");
    fixture.edit("content/pl/sleep-safe.md", "title:", "posters: [three-steps]\ntitle:");
    let run = fixture.run(&["build", "--quiet"]);
    assert_ne!(run.code, 0);
    assert!(run.stderr.contains("content/pl/sleep-safe.md") && run.stderr.contains("`posters`"), "{}", run.stderr);
}
