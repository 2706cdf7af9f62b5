//! PDF leaflets and the red book sheet, checked with poppler's real tools:
//! pdftotext (the text is real and in order), pdffonts (every font embedded),
//! pdfinfo (A4, at most two pages, tagged) and pdftoppm (page 1 rendered, its
//! QR code decoded with zbarimg back to the short URL).

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

/// Text for comparing with what pdftotext extracts: no whitespace, no
/// direction marks (pdftotext wraps right-to-left lines in them), no Arabic
/// vowel marks (extracted after or before their letter, both correct).
fn squash(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .filter(|c| !matches!(c, '\u{200c}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
        .filter(|c| !matches!(c, '\u{064b}'..='\u{065f}' | '\u{0670}'))
        .collect()
}

/// Renders page 1 at `dpi` in grey and decodes every QR code on it.
fn qr_codes_on_page_one(pdf: &Path, scratch: &Path, dpi: &str) -> Vec<String> {
    let stem = scratch.join(pdf.file_stem().unwrap());
    tool(
        "pdftoppm",
        &["-r", dpi, "-f", "1", "-l", "1", "-gray", "-singlefile", pdf.to_str().unwrap(), stem.to_str().unwrap()],
    );
    decode_qr_codes(&stem.with_extension("pgm"))
}

fn short_url(lang: &str, code: &str) -> String {
    if lang == "en" {
        format!("{BASE}/{code}/")
    } else {
        format!("{BASE}/{lang}/{code}/")
    }
}

/// A default-site page with a leaflet: path, short code, (language, title)s.
type LeafletPage = (String, String, Vec<(String, String)>);

fn leaflet_pages(root: &Path) -> Vec<LeafletPage> {
    let mut pages = Vec::new();
    for rel in list_files(&root.join("content/en")).into_iter().filter(|f| f.ends_with(".md")) {
        let text = std::fs::read_to_string(root.join("content/en").join(&rel)).unwrap();
        if !text.contains("\nleaflet: true") {
            continue;
        }
        let code = text.split("\nshort: ").nth(1).unwrap().lines().next().unwrap().trim().to_string();
        let path = rel.trim_end_matches(".md").trim_end_matches("/index").to_string();
        let titles = LANGUAGES
            .iter()
            .map(|lang| {
                let text = std::fs::read_to_string(root.join("content").join(lang).join(&rel)).unwrap();
                let title = text.split("\ntitle: ").nth(1).unwrap().lines().next().unwrap().trim().trim_matches('"');
                (lang.to_string(), title.to_string())
            })
            .collect();
        pages.push((path, code, titles));
    }
    pages
}

/// The short codes of the default site's pages: the red book sheet has them all.
fn short_codes(root: &std::path::Path) -> Vec<String> {
    list_files(&root.join("content/en"))
        .iter()
        .filter(|f| f.ends_with(".md"))
        .filter_map(|f| {
            let text = std::fs::read_to_string(root.join("content/en").join(f)).unwrap();
            Some(text.split("\nshort: ").nth(1)?.lines().next()?.trim().to_string())
        })
        .collect()
}

#[test]
fn default_site_leaflets_are_real_text_with_embedded_fonts_and_a_working_qr_code() {
    let out = tempdir();
    let root = repo_root();
    let public = out.path().join("public");
    let run = run(&["build", "--root", root.to_str().unwrap(), "--output", public.to_str().unwrap()], out.path());
    assert_eq!(run.code, 0, "{}", run.stderr);
    let pages = leaflet_pages(&root);
    assert!(pages.len() >= 5, "the parent pages have leaflets: {pages:?}");
    let scratch = out.path().join("render");
    std::fs::create_dir_all(&scratch).unwrap();
    let mut failures = Vec::new();
    for (path, code, titles) in &pages {
        for (lang, title) in titles {
            let pdf = public.join(format!("leaflets/{lang}/{path}.pdf"));
            let shown = format!("leaflets/{lang}/{path}.pdf");
            assert!(pdf.exists(), "{shown} is missing");
            let file = pdf.to_str().unwrap();
            let text = tool("pdftotext", &["-enc", "UTF-8", file, "-"]);
            // Every word of the title, in any line order (right-to-left
            // lines and wrapped titles come out of pdftotext in its own order).
            let extracted = squash(&text);
            // (Punctuation splits words: "won't" may come out as "won’t", "ਦਾਦਾ-ਦਾਦੀ" across a line.)
            let missing: Vec<String> = title
                .split(|c: char| !c.is_alphanumeric())
                .map(squash)
                .filter(|word| !word.is_empty() && !extracted.contains(word.as_str()))
                .collect();
            if !missing.is_empty() {
                failures.push(format!("{shown}: words {missing:?} of the title not in the extracted text:\n{text}"));
            }
            let info = tool("pdfinfo", &[file]);
            let pages_line = info.lines().find(|l| l.starts_with("Pages:")).unwrap();
            let count: usize = pages_line.split_whitespace().nth(1).unwrap().parse().unwrap();
            assert!((1..=2).contains(&count), "{shown} has {count} pages");
            assert!(info.contains("595.") && info.contains("841."), "{shown} is not A4:\n{info}");
            assert!(info.lines().any(|l| l.starts_with("Tagged:") && l.ends_with("yes")), "{shown} is not tagged");
            let fonts = tool("pdffonts", &[file]);
            let rows: Vec<&str> = fonts.lines().skip(2).collect();
            assert!(!rows.is_empty(), "{shown} has no fonts");
            for row in &rows {
                let cells: Vec<&str> = row.split_whitespace().collect();
                // name type [encoding] emb sub uni object ID: "emb" is the 5th from the end.
                assert_eq!(cells[cells.len() - 5], "yes", "{shown}: font not embedded: {row}");
            }
            let expected_font = match lang.as_str() {
                "ur" | "ar" => "NotoNaskhArabic",
                "pa" => "NotoSansGurmukhi",
                _ => "NotoSans-",
            };
            assert!(fonts.contains(expected_font), "{shown} does not use {expected_font}:\n{fonts}");
            let codes = qr_codes_on_page_one(&pdf, &scratch, "150");
            if codes != [short_url(lang, code)] {
                failures.push(format!("{shown}: QR codes on page 1 decode to {codes:?}"));
            }
        }
    }
    for lang in LANGUAGES {
        let pdf = public.join(format!("leaflets/{lang}/red-book-qr.pdf"));
        let mut codes = qr_codes_on_page_one(&pdf, &scratch, "150");
        let mut expected: Vec<String> = short_codes(&root).iter().map(|code| short_url(lang, code)).collect();
        expected.sort();
        codes.sort();
        if codes != expected {
            failures.push(format!("leaflets/{lang}/red-book-qr.pdf: QR codes decode to {codes:?}"));
        }
        let info = tool("pdfinfo", &[pdf.to_str().unwrap()]);
        assert!(info.contains("Pages:           1"), "the red book sheet is one page:\n{info}");
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn leaflets_are_pdf_ua_with_the_document_language_and_title() {
    let fixture = Fixture::new("basic");
    fixture.edit("content/en/sleep-safe.md", "title:", "leaflet: true\ntitle:");
    fixture.build();
    for (lang, title) in [("en", "Sleeping safely"), ("pl", "Bezpieczny sen"), ("ar", "")] {
        let pdf = fixture.path(&format!("public/leaflets/{lang}/sleep-safe.pdf"));
        let bytes = std::fs::read(&pdf).unwrap_or_else(|e| panic!("{}: {e}", pdf.display()));
        let text = String::from_utf8_lossy(&bytes);
        // The XMP metadata (uncompressed) declares PDF/UA-1 and the language.
        assert!(text.contains("<pdfuaid:part>1</pdfuaid:part>"), "{lang}: no PDF/UA-1 identification");
        assert!(text.contains(&format!("<rdf:li>{lang}</rdf:li>")), "{lang}: document language not set");
        if !title.is_empty() {
            let info = tool("pdfinfo", &[pdf.to_str().unwrap()]);
            assert!(info.lines().any(|l| l.starts_with("Title:") && l.ends_with(title)), "{info}");
        }
    }
    // The red book sheet of each language, and the leaflet URLs in the lock.
    let lock = fixture.read("urls.lock");
    for url in ["/leaflets/en/sleep-safe.pdf", "/leaflets/ar/sleep-safe.pdf", "/leaflets/pl/red-book-qr.pdf"] {
        assert!(lock.lines().any(|l| l == url), "urls.lock lacks {url}");
    }
}

#[test]
fn an_untranslated_language_gets_the_english_leaflet_at_its_own_address() {
    let fixture = Fixture::new("basic");
    fixture.edit("content/en/room/index.md", "title:", "leaflet: true\ntitle:");
    fixture.build();
    let text = |lang: &str| {
        let pdf = fixture.path(&format!("public/leaflets/{lang}/room.pdf"));
        squash(&tool("pdftotext", &["-enc", "UTF-8", pdf.to_str().unwrap(), "-"]))
    };
    // The room page has no Polish or Arabic translation: the address works
    // now, with the English text, and will carry the translation later.
    assert!(text("en").len() > 20);
    assert_eq!(text("pl"), text("en"));
    assert_eq!(text("ar"), text("en"));
}

#[test]
fn a_leaflet_that_does_not_fit_on_two_pages_fails_the_build_naming_the_page() {
    let fixture = Fixture::new("basic");
    let long = "Keep your baby's sleep space clear, flat and separate, every sleep, day and night. ".repeat(400);
    fixture.edit("content/en/sleep-safe.md", "title:", "leaflet: true\ntitle:");
    let text = fixture.read("content/en/sleep-safe.md");
    fixture.write("content/en/sleep-safe.md", &format!("{text}\n\n{long}\n"));
    let before = fixture.run(&["build", "--quiet"]);
    assert_ne!(before.code, 0);
    assert!(before.stderr.contains("content/en/sleep-safe.md"), "{}", before.stderr);
    assert!(before.stderr.contains("at most 2"), "{}", before.stderr);
    assert!(before.stderr.contains("leaflet: true"), "the hint says what to do: {}", before.stderr);
    assert!(!fixture.path("public").exists(), "a failed build writes nothing");
}

#[test]
fn leaflet_template_errors_name_the_template_and_line() {
    let fixture = Fixture::new("basic");
    let template = "themes/default/leaflets/red-book.typ";
    let text = fixture.read(template);
    fixture.write(template, &format!("{text}\n#let broken = (\n"));
    let run = fixture.run(&["build", "--quiet"]);
    assert_ne!(run.code, 0);
    let lines = text.lines().count();
    assert!(run.stderr.contains(&format!("{template}:{}", lines + 2)), "{}", run.stderr);
}

#[test]
fn woff_fonts_are_refused_with_advice_and_a_theme_without_templates_cannot_make_leaflets() {
    let fixture = Fixture::new("basic");
    fixture.write("themes/default/fonts/Extra.woff2", "not a font");
    let run = fixture.run(&["build", "--quiet"]);
    assert_ne!(run.code, 0);
    assert!(run.stderr.contains("themes/default/fonts/Extra.woff2"), "{}", run.stderr);
    assert!(run.stderr.contains(".ttf"), "{}", run.stderr);

    let fixture = Fixture::new("basic");
    std::fs::remove_dir_all(fixture.path("themes/default/leaflets")).unwrap();
    fixture.build(); // no leaflet pages: fine, just no PDFs
    assert!(!fixture.path("public/leaflets").exists());
    fixture.edit("content/en/sleep-safe.md", "title:", "leaflet: true\ntitle:");
    let run = fixture.run(&["build", "--quiet"]);
    assert_ne!(run.code, 0);
    assert!(run.stderr.contains("content/en/sleep-safe.md"), "{}", run.stderr);
    assert!(run.stderr.contains("leaflets/leaflet.typ"), "{}", run.stderr);
}
