//! The default site (the repository root): it builds cleanly, and every page
//! exists in every language — no silent gaps.

use crate::util::*;

fn build_default() -> (TempDir, Run) {
    let out = tempdir();
    let root = repo_root();
    let target = out.path().join("public");
    let run = run(&["build", "--root", root.to_str().unwrap(), "--output", target.to_str().unwrap()], out.path());
    (out, run)
}

#[test]
fn default_site_builds_without_errors_or_warnings() {
    let (_out, run) = build_default();
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stderr.contains("warning"), "the default site has warnings:\n{}", run.stderr);
}

#[test]
fn default_site_checks_without_warnings_and_notes_its_unreviewed_drafts() {
    let out = tempdir();
    let root = repo_root();
    let run = run(&["check", "--root", root.to_str().unwrap()], out.path());
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stderr.contains("warning"), "the default site has warnings:\n{}", run.stderr);
    // The machine-drafted translations are still listed, as notes, until reviewed.
    assert!(run.stderr.contains("note: content/pl: "), "{}", run.stderr);
}

#[test]
fn every_page_is_translated_into_every_language() {
    let root = repo_root();
    let languages = ["en", "pl", "ur", "pa", "ro", "sk", "cs", "ar"];
    let english: Vec<String> =
        list_files(&root.join("content/en")).into_iter().filter(|f| f.ends_with(".md")).collect();
    let not_landing = english.iter().filter(|f| !f.ends_with("_index.md")).count();
    assert!(not_landing >= 20, "the default site has at least 20 pages besides section landings: {english:?}");
    let mut gaps = Vec::new();
    for lang in &languages[1..] {
        for page in &english {
            if !root.join("content").join(lang).join(page).exists() {
                gaps.push(format!("content/{lang}/{page}"));
            }
        }
    }
    assert!(gaps.is_empty(), "missing translations:\n{}", gaps.join("\n"));
}

#[test]
fn every_page_has_description_source_line_and_review_date() {
    let root = repo_root();
    for lang in ["en", "pl", "ur", "pa", "ro", "sk", "cs", "ar"] {
        for page in list_files(&root.join("content").join(lang)).into_iter().filter(|f| f.ends_with(".md")) {
            let text = std::fs::read_to_string(root.join("content").join(lang).join(&page)).unwrap();
            assert!(text.contains("\ndescription:"), "content/{lang}/{page} has no description");
            let source = std::fs::read_to_string(root.join("content/en").join(&page)).unwrap();
            if source.contains("{#sources}") {
                assert!(text.contains("{#sources}"), "content/{lang}/{page} has no source section");
            }
            assert!(source.contains("\nupdated:"), "content/en/{page} has no review date");
        }
    }
}

#[test]
fn default_site_publishes_every_language_with_direction() {
    let (out, run) = build_default();
    assert_eq!(run.code, 0, "{}", run.stderr);
    for (lang, dir) in [
        ("en", "ltr"),
        ("pl", "ltr"),
        ("ur", "rtl"),
        ("pa", "ltr"),
        ("ro", "ltr"),
        ("sk", "ltr"),
        ("cs", "ltr"),
        ("ar", "rtl"),
    ] {
        let html = std::fs::read_to_string(out.path().join(format!("public/{lang}/safer-sleep/index.html"))).unwrap();
        let tag = html_tag(&html);
        assert_eq!(attribute(&tag, "dir").as_deref(), Some(dir), "{lang}: {tag}");
        assert!(!html.contains("notice-fallback"), "{lang}/safer-sleep is a fallback");
    }
    let chooser = std::fs::read_to_string(out.path().join("public/index.html")).unwrap();
    for name in ["English", "Polski", "اردو", "ਪੰਜਾਬੀ", "Română", "Slovenčina", "Čeština", "العربية"]
    {
        assert!(chooser.contains(name), "chooser lacks {name}");
    }
    for code in ["sleep", "bedshare", "crying", "home", "dads", "help"] {
        assert!(out.path().join(format!("public/{code}/index.html")).exists(), "short link /{code}/ missing");
    }
}

#[test]
fn only_the_checklist_page_loads_the_checklist_script() {
    let (out, run) = build_default();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let public = out.path().join("public");
    for lang in ["en", "pl", "ur", "pa", "ro", "sk", "cs", "ar"] {
        let page = |path: &str| std::fs::read_to_string(public.join(lang).join(path).join("index.html")).unwrap();
        assert!(page("co-sleeping").contains("src=/js/checklist.js"), "{lang}: the bed-sharing checklist works");
        for other in ["", "safer-sleep", "coping-with-crying", "links", "search"] {
            assert!(!page(other).contains("checklist.js"), "{lang}/{other}: no checklist, no script");
        }
    }
}
