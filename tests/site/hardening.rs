//! Hardening: the output folder rule (a build never deletes what it did not
//! make), strange input (deep nesting, BOM and CRLF, NUL, huge files, odd
//! file names, many languages) and the security headers. Every case: a clear
//! message naming the file, exit 1, the previous output untouched, no panic.

use crate::util::*;
use std::path::Path;

/// Builds, expects exit 1, and returns stderr.
fn fails(fx: &Fixture, args: &[&str]) -> String {
    let run = fx.run(args);
    assert_eq!(run.code, 1, "expected exit 1, got {}:\n{}{}", run.code, run.stdout, run.stderr);
    run.stderr
}

/// Every file below `dir` with its bytes: to prove a folder did not change.
fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    list_files(dir).into_iter().map(|f| (f.clone(), std::fs::read(dir.join(&f)).unwrap())).collect()
}

/// No staging or old-output folder is left beside `dir`.
fn no_leftovers(dir: &Path) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().to_string();
        assert!(!name.starts_with(".threesteps-new") && !name.starts_with(".threesteps-old"), "left behind: {name}");
    }
}

#[test]
fn build_refuses_a_folder_of_someone_elses_files_and_leaves_it_alone() {
    let fx = Fixture::new("basic");
    fx.write("mydocs/letter.txt", "my own letter");
    fx.write("mydocs/photos/baby.jpg", "not really a photo");
    let before = snapshot(&fx.path("mydocs"));
    let err = fails(&fx, &["build", "--output", fx.path("mydocs").to_str().unwrap()]);
    assert!(
        err.contains("refusing to build into") && err.contains("not empty and was not made by threesteps"),
        "{err}"
    );
    assert!(err.contains("nothing was changed"), "{err}");
    assert_eq!(snapshot(&fx.path("mydocs")), before, "the files are untouched");
    no_leftovers(fx.root());
    assert!(!fx.path("urls.lock").exists(), "a refused build writes nothing, not even the lock");
}

#[test]
fn build_refuses_the_site_root_a_folder_containing_it_and_the_sources() {
    let fx = Fixture::new("basic");
    let before = snapshot(fx.root());
    for (output, says) in [
        (fx.root().to_path_buf(), "it is the site folder or contains it"),
        (fx.root().join(".."), "it is the site folder or contains it"),
        (fx.path("content"), "it is inside the site's content/ folder"),
        (fx.path("content/en/guides"), "it is inside the site's content/ folder"),
        (fx.path("themes/default/new-output"), "it is inside the site's themes/ folder"),
        (fx.path("translations"), "it is inside the site's translations/ folder"),
    ] {
        let err = fails(&fx, &["build", "--output", output.to_str().unwrap()]);
        assert!(err.contains(says), "{}: {err}", output.display());
        assert!(err.contains("build refused: nothing was written"), "{err}");
    }
    // A relative --output is resolved from the working folder, here the site root.
    let run = run(&["build", "--output", "content", "--root", "."], fx.root());
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("inside the site's content/ folder"), "{}", run.stderr);
    assert_eq!(snapshot(fx.root()), before, "not one file of the site changed");
}

#[test]
fn build_refuses_a_file_and_a_missing_parent_folder() {
    let fx = Fixture::new("basic");
    fx.write("notes.txt", "keep me");
    let err = fails(&fx, &["build", "--output", fx.path("notes.txt").to_str().unwrap()]);
    assert!(err.contains("it exists and is not a folder"), "{err}");
    assert_eq!(fx.read("notes.txt"), "keep me");
    let err = fails(&fx, &["build", "--output", fx.path("no/such/out").to_str().unwrap()]);
    assert!(err.contains("does not exist"), "{err}");
}

#[test]
fn build_replaces_its_own_output_and_an_empty_folder() {
    let fx = Fixture::new("basic");
    fx.build();
    let marker = fx.read("public/.threesteps-output");
    assert!(marker.starts_with("# Made by `threesteps build`"), "{marker}");
    assert!(marker.lines().any(|l| l == "en/sleep-safe/index.html"), "the marker lists the files: {marker}");
    fx.build();
    std::fs::create_dir(fx.path("empty")).unwrap();
    let out = fx.path("empty");
    assert_eq!(fx.run(&["build", "--quiet", "--output", out.to_str().unwrap()]).code, 0);
    assert!(fx.path("empty/en/index.html").is_file());
    assert_eq!(fx.run(&["build", "--quiet", "--output", out.to_str().unwrap()]).code, 0, "and again");
    no_leftovers(fx.root());
}

#[test]
fn a_file_added_to_the_output_by_hand_stops_the_next_build_instead_of_being_deleted() {
    let fx = Fixture::new("basic");
    fx.build();
    fx.write("public/google1234.html", "site verification");
    fx.write("public/en/extra/notes.txt", "mine");
    let before = snapshot(&fx.path("public"));
    let err = fails(&fx, &["build", "--quiet"]);
    assert!(err.contains("it holds files threesteps did not make"), "{err}");
    assert!(err.contains("public/en/extra/notes.txt") && err.contains("public/google1234.html"), "{err}");
    assert_eq!(snapshot(&fx.path("public")), before, "the output is untouched");
    no_leftovers(fx.root());
    // A page removed from the site is not "someone else's file": its old output goes.
    std::fs::remove_file(fx.path("public/google1234.html")).unwrap();
    std::fs::remove_dir_all(fx.path("public/en/extra")).unwrap();
    fx.write("content/en/passing.md", "---\ntitle: Passing\ndescription: Here today.\n---\nText.\n");
    fx.build();
    assert!(fx.path("public/pl/passing/index.html").is_file());
    std::fs::remove_file(fx.path("content/en/passing.md")).unwrap();
    let lock: String =
        fx.read("urls.lock").lines().filter(|l| !l.contains("passing")).map(|l| format!("{l}\n")).collect();
    fx.write("urls.lock", &lock);
    fx.build();
    assert!(!fx.path("public/pl/passing/index.html").exists());
}

#[test]
fn an_output_from_before_the_marker_is_still_replaced() {
    let fx = Fixture::new("basic");
    fx.build();
    std::fs::remove_file(fx.path("public/.threesteps-output")).unwrap();
    fx.build();
    assert!(fx.path("public/.threesteps-output").is_file());
    // But not when it holds a file this build does not make.
    std::fs::remove_file(fx.path("public/.threesteps-output")).unwrap();
    fx.write("public/mine.txt", "mine");
    let err = fails(&fx, &["build", "--quiet"]);
    assert!(err.contains("public/mine.txt"), "{err}");
    assert_eq!(fx.read("public/mine.txt"), "mine");
}

#[test]
fn deeply_nested_markdown_is_an_error_at_its_line_not_a_crash() {
    let fx = Fixture::new("basic");
    fx.build();
    let before = snapshot(&fx.path("public"));
    let cases = [
        format!("Intro.\n\n{}\n", ">".repeat(5000) + " quoted"),
        format!("Intro.\n\n{}\n", (0..5000).map(|_| "- ").collect::<String>() + "item"),
        format!("Intro.\n\n{}\n", "<div><span>".repeat(3000)),
        format!("Intro.\n\n{}x{}\n", "*a _a ".repeat(3000), " a_ a*".repeat(3000)),
    ];
    for body in cases {
        fx.write("content/en/deep.md", &format!("---\ntitle: Deep\ndescription: Deep.\nleaflet: true\n---\n{body}"));
        for command in ["build", "check"] {
            let err = fails(&fx, &[command]);
            assert!(
                err.contains("error: content/en/deep.md:8: the text nests more than 128 levels deep"),
                "{command}: {err}"
            );
        }
        assert_eq!(snapshot(&fx.path("public")), before, "the previous output is untouched");
    }
    // Nesting well inside the limit builds, through every stage (leaflet included).
    let list: String = (0..60).map(|i| format!("{}- level {i}\n", "  ".repeat(i))).collect();
    let quote = format!("{} quoted", ">".repeat(120));
    let html = format!("{}x{}", "<div>".repeat(120), "</div>".repeat(120));
    fx.write(
        "content/en/deep.md",
        &format!("---\ntitle: Deep\ndescription: Deep.\nleaflet: true\n---\nIntro.\n\n{list}\n{quote}\n\n{html}\n"),
    );
    fx.build();
    assert!(fx.out("en/deep/index.html").contains("level 59"));
    assert!(fx.path("public/leaflets/en/deep.pdf").is_file());
}

#[test]
fn a_duplicated_front_matter_key_is_reported_at_the_duplicate() {
    let fx = Fixture::new("basic");
    fx.edit("content/en/sleep-safe.md", "weight: 1\n", "weight: 1\ntitle: Again\n");
    let err = fails(&fx, &["build"]);
    assert!(err.contains("error: content/en/sleep-safe.md:7: duplicate key 'title'"), "{err}");
}

#[test]
fn a_template_that_is_not_utf8_is_named_as_such() {
    let fx = Fixture::new("basic");
    let path = fx.path("themes/default/templates/page.html");
    let mut bytes = std::fs::read(&path).unwrap();
    bytes.extend_from_slice(b"\n<p>caf\xe9</p>\n");
    std::fs::write(&path, bytes).unwrap();
    let err = fails(&fx, &["build"]);
    assert!(err.contains("themes/default/templates/page.html:") && err.contains("file is not valid UTF-8"), "{err}");
    assert!(!err.contains("has no template page.html"), "{err}");
}

#[test]
fn a_fluent_string_that_cannot_be_formatted_is_an_error_naming_its_line() {
    let fx = Fixture::new("basic");
    let ftl = fx.read("translations/en/main.ftl");
    let line = ftl.lines().position(|l| l.starts_with("skip-to-content =")).expect("the key") + 1;
    fx.edit("translations/en/main.ftl", "skip-to-content =", "skip-to-content = { $nobody } ");
    let err = fails(&fx, &["build"]);
    assert!(
        err.contains(&format!("translations/en/main.ftl:{line}: Fluent message 'skip-to-content' cannot be formatted")),
        "{err}"
    );
}

#[test]
fn a_leaflet_label_missing_in_every_language_is_an_error_not_an_empty_label() {
    let fx = Fixture::new("basic");
    fx.edit("content/en/sleep-safe.md", "weight: 1\n", "weight: 1\nleaflet: true\n");
    let ftl = fx.read("translations/en/main.ftl");
    let kept: String = ftl.lines().filter(|l| !l.starts_with("leaflet-scan =")).map(|l| format!("{l}\n")).collect();
    assert_ne!(kept, ftl, "the fixture theme uses leaflet-scan");
    fx.write("translations/en/main.ftl", &kept);
    let err = fails(&fx, &["build"]);
    assert!(err.contains("no Fluent message 'leaflet-scan' in any language"), "{err}");
}

#[test]
fn bom_and_crlf_files_build_like_plain_ones() {
    let plain = Fixture::new("basic");
    plain.build();
    let windows = Fixture::new("basic");
    for file in list_files(windows.root()) {
        let is_text =
            [".md", ".ftl", ".yaml", ".html"].iter().any(|e| file.ends_with(e)) && !file.starts_with("public");
        if is_text {
            let text = windows.read(&file).replace('\n', "\r\n");
            windows.write(&file, &format!("\u{feff}{text}"));
        }
    }
    windows.build();
    for page in ["en/sleep-safe/index.html", "pl/sleep-safe/index.html", "ar/index.html", "sitemap.xml"] {
        assert_eq!(windows.out(page), plain.out(page).replace(plain.root().to_str().unwrap(), ""), "{page}");
    }
    // The BOM never reaches the page, and the translation status is the same.
    assert!(!windows.out("en/sleep-safe/index.html").contains('\u{feff}'));
    let status = windows.run(&["translations", "--format", "json"]);
    assert_eq!(status.code, 0, "{}", status.stderr);
    assert_eq!(status.stdout, plain.run(&["translations", "--format", "json"]).stdout);
}

#[test]
fn nul_control_characters_huge_files_and_long_lines() {
    let fx = Fixture::new("basic");
    fx.build();
    // NUL, bell and escape are errors naming the file and line (in pages, Fluent files, templates).
    let before = snapshot(&fx.path("public"));
    for (file, text, line) in [
        ("content/en/odd.md", "---\ntitle: Odd\ndescription: Odd.\n---\nA\u{0}B\n", 5),
        ("content/en/odd.md", "---\ntitle: \"Odd\u{7}\"\ndescription: Odd.\n---\nText.\n", 2),
        ("translations/pl/odd.ftl", "a = A\nb = \u{1b}[31m\n", 2),
    ] {
        fx.write(file, text);
        let err = fails(&fx, &["build"]);
        assert!(err.contains(&format!("error: {file}:{line}: the file contains the control character U+")), "{err}");
        assert_eq!(snapshot(&fx.path("public")), before);
        std::fs::remove_file(fx.path(file)).unwrap();
    }
    // Tabs and form feeds are fine.
    fx.write("content/en/odd.md", "---\ntitle: Odd\ndescription: Odd.\n---\nA\tB\u{c}C\n");
    fx.build();
    // A 4 MB page with a 1 MB line builds.
    let long_line = "word ".repeat(200_000);
    let paragraphs = "A sentence about safer sleep.\n\n".repeat(100_000);
    fx.write("content/en/odd.md", &format!("---\ntitle: Huge\ndescription: Huge.\n---\n{long_line}\n\n{paragraphs}"));
    fx.build();
    assert!(fx.out("en/odd/index.html").len() > 3_000_000);
}

#[test]
fn empty_files_get_clear_errors() {
    let fx = Fixture::new("basic");
    fx.write("content/en/empty.md", "");
    let err = fails(&fx, &["build"]);
    assert!(err.contains("content/en/empty.md:1: the page has no front matter"), "{err}");
    std::fs::remove_file(fx.path("content/en/empty.md")).unwrap();
    fx.write("translations/pl/empty.ftl", "");
    fx.build();
    fx.write("site.yaml", "");
    let err = fails(&fx, &["build"]);
    assert!(err.contains("site.yaml"), "{err}");
}

#[test]
fn page_file_names_must_make_web_addresses() {
    let fx = Fixture::new("basic");
    fx.write("content/en/My Page.md", "---\ntitle: Mine\ndescription: Mine.\n---\nText.\n");
    let err = fails(&fx, &["build"]);
    assert!(
        err.contains("error: content/en/My Page.md: the file name has the capital letter 'M'")
            && err.contains("rename it to my-page.md"),
        "{err}"
    );
    std::fs::remove_file(fx.path("content/en/My Page.md")).unwrap();
    fx.write("content/en/nap time.md", "---\ntitle: Nap\ndescription: Nap.\n---\nText.\n");
    assert!(fails(&fx, &["build"]).contains("the file name has a space"));
    std::fs::remove_file(fx.path("content/en/nap time.md")).unwrap();
    // Letters of other scripts are fine: the address is the name.
    fx.write("content/en/łóżeczko.md", "---\ntitle: Cot\ndescription: Cot.\n---\nText.\n");
    fx.build();
    assert!(fx.out("pl/łóżeczko/index.html").contains("Cot"));
}

#[cfg(unix)]
#[test]
fn a_file_name_that_is_not_utf8_is_named() {
    use std::os::unix::ffi::OsStrExt;
    let fx = Fixture::new("basic");
    let name = std::ffi::OsStr::from_bytes(b"caf\xe9.md");
    std::fs::write(fx.path("content/en").join(name), "---\ntitle: X\ndescription: X.\n---\n").unwrap();
    let err = fails(&fx, &["build"]);
    assert!(err.contains("file name is not valid UTF-8") && err.contains("content/en/caf"), "{err}");
}

#[test]
fn fifty_languages_build() {
    let fx = Fixture::new("basic");
    let mut yaml = String::from("base_url: https://example.test\ndefault_language: en\nlanguages:\n");
    yaml.push_str("  - { code: en, name: English, dir: ltr }\n  - { code: pl, name: Polski }\n  - { code: ar, name: العربية, dir: rtl }\n");
    let codes = [
        "de", "fr", "es", "it", "pt", "nl", "sv", "da", "fi", "no", "is", "et", "lv", "lt", "hu", "sl", "hr", "sr",
        "bs", "mk", "bg", "el", "tr", "ku", "fa", "ps", "he", "hi", "bn", "gu", "ta", "te", "ml", "kn", "mr", "ne",
        "si", "so", "sw", "am", "ti", "yo", "ig", "ha", "zu", "xh", "vi",
    ];
    for code in codes {
        yaml.push_str(&format!("  - {{ code: {code}, name: Lang-{code} }}\n"));
    }
    assert_eq!(3 + codes.len(), 50);
    fx.write("site.yaml", &yaml);
    fx.build();
    assert!(fx.out("vi/sleep-safe/index.html").contains("lang=vi"));
    assert!(fx.out("index.html").contains("Lang-zu"));
}

#[test]
fn headers_include_hsts_and_cross_origin_opener_policy_with_the_strict_csp() {
    let fx = Fixture::new("basic");
    fx.build();
    let headers = fx.out("_headers");
    for line in [
        "Strict-Transport-Security: max-age=63072000; includeSubDomains",
        "Cross-Origin-Opener-Policy: same-origin",
        "X-Content-Type-Options: nosniff",
        "X-Frame-Options: DENY",
        "Referrer-Policy: strict-origin-when-cross-origin",
    ] {
        assert!(headers.contains(line), "{line} in:\n{headers}");
    }
    let csp = headers.lines().find(|l| l.contains("Content-Security-Policy:")).unwrap();
    assert!(csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"), "{csp}");
    assert!(!csp.contains("unsafe-"), "{csp}");
}

#[test]
fn translations_reports_the_pages_it_cannot_read() {
    let fx = Fixture::new("basic");
    fx.edit("content/pl/sleep-safe.md", "title: Bezpieczny sen", "titel: Bezpieczny sen");
    let run = fx.run(&["translations", "--format", "json"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("content/pl/sleep-safe.md:2: unknown key 'titel'"), "{}", run.stderr);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).expect("still a JSON report");
    let errors = report["errors"].as_array().unwrap();
    assert!(errors.iter().any(|e| e.as_str().unwrap().starts_with("content/pl/sleep-safe.md:2:")), "{errors:?}");
    let text = fx.run(&["translations"]);
    assert_eq!(text.code, 1);
    assert!(text.stderr.contains("unknown key 'titel'"), "{}", text.stderr);
}

#[test]
fn stamp_replaces_the_page_whole_keeping_its_line_endings() {
    let fx = Fixture::new("basic");
    let text = fx.read("content/pl/sleep-safe.md").replace('\n', "\r\n");
    fx.write("content/pl/sleep-safe.md", &format!("\u{feff}{text}"));
    let run = fx.run(&["translations", "stamp", "content/pl/sleep-safe.md"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let stamped = fx.read("content/pl/sleep-safe.md");
    assert!(stamped.starts_with("\u{feff}---\r\n"), "{stamped:?}");
    assert!(stamped.contains("translated_from: ") && !stamped.replace("\r\n", "").contains('\n'), "{stamped:?}");
    let left: Vec<String> = list_files(&fx.path("content/pl")).into_iter().filter(|f| !f.ends_with(".md")).collect();
    assert!(left.is_empty(), "no temporary file left: {left:?}");
    let status = fx.run(&["translations", "--format", "json"]);
    assert!(status.stdout.contains("\"status\": \"current\""), "{}", status.stdout);
}

/// Runs `prepare` on the fixture, lets `between` change it, then renders
/// every output; returns the rendered paths and the errors, as shown.
fn render_after(fx: &Fixture, keep_page_texts: bool, between: impl Fn()) -> (Vec<String>, Vec<String>) {
    use threesteps::pipeline::{prepare, render_all, BuildOptions};
    let options = BuildOptions { keep_page_texts, ..BuildOptions::default() };
    let mut diagnostics = threesteps::diag::Diagnostics::default();
    let prepared = prepare(fx.root(), &options, &mut diagnostics).expect("the fixture is read");
    assert!(!diagnostics.has_errors(), "{:?}", diagnostics.sorted());
    between();
    let paths = std::sync::Mutex::new(Vec::new());
    let sink = |file: threesteps::output::OutputFile| {
        paths.lock().unwrap().push(file.path);
        Ok(())
    };
    render_all(&prepared, &sink, &mut diagnostics);
    let errors = diagnostics.sorted().into_iter().filter(|d| d.is_error()).map(|d| d.to_string()).collect();
    (paths.into_inner().unwrap(), errors)
}

#[test]
fn a_page_saved_again_during_a_build_stops_it_with_the_file_named() {
    // A build keeps no page text in memory: it reads each page again when it
    // renders it, and must notice when the file is no longer what it parsed.
    let fx = Fixture::new("basic");
    let (_, errors) =
        render_after(&fx, false, || fx.edit("content/en/sleep-safe.md", "Always on the back", "Always on the front"));
    assert!(
        errors.iter().any(|e| e.contains("content/en/sleep-safe.md")
            && e.contains("the file changed while the site was being built")
            && e.contains("run the command again")),
        "{errors:#?}"
    );
    // A page deleted meanwhile is reported the same way.
    let fx = Fixture::new("basic");
    let (_, errors) = render_after(&fx, false, || std::fs::remove_file(fx.path("content/en/sleep-safe.md")).unwrap());
    assert!(
        errors.iter().any(|e| e.contains("content/en/sleep-safe.md") && e.contains("the file went away while")),
        "{errors:#?}"
    );
    // Untouched, the same steps make the page without an error.
    let fx = Fixture::new("basic");
    let (paths, errors) = render_after(&fx, false, || {});
    assert!(errors.is_empty(), "{errors:#?}");
    assert!(paths.iter().any(|p| p == "en/sleep-safe/index.html"), "{paths:?}");
}

#[test]
fn serve_keeps_the_page_texts_and_reads_no_page_again() {
    let fx = Fixture::new("basic");
    let (paths, errors) =
        render_after(&fx, true, || std::fs::remove_file(fx.path("content/en/sleep-safe.md")).unwrap());
    assert!(errors.is_empty(), "{errors:#?}");
    assert!(paths.iter().any(|p| p == "en/sleep-safe/index.html"), "{paths:?}");
}
