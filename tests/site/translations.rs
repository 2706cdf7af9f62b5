//! Translation status: outdated and unreviewed notices, the report, stamping.

use crate::util::*;

#[test]
fn outdated_translation_shows_notice_linking_to_english() {
    let fx = Fixture::new("basic");
    fx.build();
    let html = fx.out("ar/sleep-safe/index.html");
    assert!(html.contains("notice-outdated"), "no outdated notice");
    assert!(html.contains("تغيرت الصفحة الإنجليزية"), "notice not in Arabic");
    assert!(html.contains("href=/en/sleep-safe/ hreflang=en"), "notice does not link to the English page");
    assert!(!fx.out("pl/sleep-safe/index.html").contains("notice-outdated"), "a current translation is not outdated");
}

#[test]
fn changing_the_source_makes_translations_outdated() {
    let fx = Fixture::new("basic");
    fx.edit("content/en/sleep-safe.md", "Always on the back.", "Always on the back, for every sleep.");
    fx.build();
    assert!(fx.out("pl/sleep-safe/index.html").contains("notice-outdated"));
    let json = fx.run(&["translations", "--format", "json"]).stdout;
    let report: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    let pl = report["languages"].as_array().unwrap().iter().find(|l| l["code"] == "pl").unwrap();
    let page = pl["pages"].as_array().unwrap().iter().find(|p| p["path"] == "sleep-safe.md").unwrap();
    assert_eq!(page["status"], "outdated");
}

#[test]
fn unreviewed_translation_says_so() {
    let fx = Fixture::new("basic");
    fx.build();
    assert!(fx.out("pl/sleep-safe/index.html").contains("notice-unreviewed"));
    assert!(!fx.out("pl/index.html").contains("notice-unreviewed"), "reviewed: true has no notice");
    assert!(!fx.out("en/sleep-safe/index.html").contains("notice-unreviewed"), "the source has no notice");
}

#[test]
fn json_report_has_the_documented_shape() {
    let fx = Fixture::new("basic");
    let run = fx.run(&["translations", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).expect("valid JSON");
    assert_eq!(report["default_language"], "en");
    let langs: Vec<&str> =
        report["languages"].as_array().unwrap().iter().map(|l| l["code"].as_str().unwrap()).collect();
    assert_eq!(langs, ["pl", "ar"]);
    let ar = &report["languages"][1];
    assert_eq!(ar["totals"]["current"], 1);
    assert_eq!(ar["totals"]["outdated"], 1);
    assert_eq!(ar["totals"]["missing"], 3);
    let statuses: Vec<(&str, &str)> = ar["pages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["path"].as_str().unwrap(), p["status"].as_str().unwrap()))
        .collect();
    assert!(statuses.contains(&("sleep-safe.md", "outdated")), "{statuses:?}");
    assert!(statuses.contains(&("guides/crying.md", "missing")), "{statuses:?}");
    assert!(ar["pages"][0]["reviewed"].is_boolean());
    let only = fx.run(&["translations", "--format", "json", "--lang", "pl"]).stdout;
    let only: serde_json::Value = serde_json::from_str(&only).unwrap();
    assert_eq!(only["languages"].as_array().unwrap().len(), 1);
}

#[test]
fn stamp_records_the_current_hash() {
    let fx = Fixture::new("basic");
    let run = fx.run(&["translations", "stamp", "content/ar/sleep-safe.md", "--reviewed"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = fx.read("content/ar/sleep-safe.md");
    assert!(!text.contains("000000000000"));
    assert!(text.contains("reviewed: true"));
    assert!(text.contains("## على الظهر {#on-back}"), "the body must not change");
    let report = fx.run(&["translations", "--format", "json", "--lang", "ar"]).stdout;
    assert!(!report.contains("\"status\": \"outdated\""), "still outdated after stamping:\n{report}");
}

#[test]
fn text_report_lists_what_needs_work_and_missing_ui_strings() {
    let fx = Fixture::new("basic");
    let run = fx.run(&["translations"]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.contains("ar (العربية): 20% current"), "{}", run.stdout);
    assert!(run.stdout.contains("outdated  sleep-safe.md"), "{}", run.stdout);
    assert!(run.stdout.contains("UI strings missing:"), "{}", run.stdout);
}

#[test]
fn a_language_with_no_translations_still_builds_with_fallbacks() {
    let fx = Fixture::new("basic");
    fx.edit(
        "site.yaml",
        "  - { code: ar, name: العربية, dir: rtl }",
        "  - { code: ar, name: العربية, dir: rtl }\n  - { code: ro, name: Română, dir: ltr }",
    );
    fx.build();
    let html = fx.out("ro/sleep-safe/index.html");
    assert!(html.contains("notice-fallback"));
    assert!(html_tag(&html).contains("lang=ro"));
}

/// Makes the fixture a git repository with one commit.
fn git_init(fx: &Fixture) {
    let git = |args: &[&str]| {
        let status = std::process::Command::new("git")
            .args(["-c", "user.name=Test", "-c", "user.email=test@example.test", "-c", "commit.gpgsign=false"])
            .args(args)
            .current_dir(fx.root())
            .output()
            .expect("git");
        assert!(status.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&status.stderr));
    };
    git(&["init", "-q"]);
    git(&["add", "-A"]);
    git(&["commit", "-q", "-m", "first"]);
}

fn git_commit_all(fx: &Fixture, message: &str) {
    let out = std::process::Command::new("git")
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.test", "-c", "commit.gpgsign=false"])
        .args(["commit", "-q", "-a", "-m", message])
        .current_dir(fx.root())
        .output()
        .expect("git");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn diff_shows_the_changed_words_from_git_history() {
    let fx = Fixture::new("basic");
    git_init(&fx);
    fx.edit("content/en/sleep-safe.md", "Always on the back.", "Always on the back, for every sleep.");
    fx.edit("content/en/sleep-safe.md", "title: Sleeping safely", "title: Sleeping more safely");
    git_commit_all(&fx, "change the source");
    let run = fx.run(&["translations", "diff", "content/pl/sleep-safe.md"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("title: Sleeping {+more+} safely"), "{}", run.stdout);
    assert!(run.stdout.contains("Always on the [-back.-] {+back, for every sleep.+}"), "{}", run.stdout);
    assert!(!run.stdout.contains("| Where | What |"), "unchanged paragraphs are left out:\n{}", run.stdout);
    assert!(run.stdout.contains("threesteps translations stamp content/pl/sleep-safe.md"), "{}", run.stdout);

    // The outdated notice now says when the English page changed (from git).
    fx.build();
    let html = fx.out("pl/sleep-safe/index.html");
    assert!(html.contains("notice-outdated"));
    let json: serde_json::Value =
        serde_json::from_str(&fx.run(&["translations", "--format", "json", "--lang", "pl"]).stdout).unwrap();
    let page = json["languages"][0]["pages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["path"] == "sleep-safe.md")
        .unwrap()
        .clone();
    assert!(page["source_changed"].as_str().is_some_and(|d| d.len() == 10), "{page}");
}

#[test]
fn diff_outside_git_says_why_it_cannot() {
    let fx = Fixture::new("basic");
    let run = fx.run(&["translations", "diff", "content/ar/sleep-safe.md"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("not in a git repository"), "{}", run.stderr);
    let current = fx.run(&["translations", "diff", "content/pl/_index.md"]);
    assert_eq!(current.code, 0);
    assert!(current.stdout.contains("is current"), "{}", current.stdout);
}

#[test]
fn check_warns_about_outdated_unreviewed_and_missing_ui_strings() {
    let fx = Fixture::new("basic");
    let run = fx.run(&["check"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("warning: content/ar/sleep-safe.md: translation is outdated"), "{}", run.stderr);
    // Unreviewed machine drafts are published on purpose: a note, not a warning.
    assert!(run.stderr.contains("note: content/pl: 1 translation(s) in 'pl' not yet reviewed"), "{}", run.stderr);
    assert!(!run.stderr.contains("warning: content/pl: 1 translation(s)"), "{}", run.stderr);
    assert!(run.stderr.contains("note(s): nothing to fix before publishing"), "{}", run.stderr);
    assert!(
        run.stderr.contains("warning: translations/pl:") && run.stderr.contains("UI string(s) missing in 'pl'"),
        "{}",
        run.stderr
    );
    // build shows notices on the pages instead of warning about translation status.
    let build = fx.run(&["build"]);
    assert!(!build.stderr.contains("outdated"), "{}", build.stderr);
}

#[test]
fn dashboard_lists_every_page_and_is_not_linked() {
    let fx = Fixture::new("basic");
    fx.build();
    let dashboard = fx.out("translation-status/index.html");
    assert!(dashboard.contains("noindex"));
    assert!(dashboard.contains("content/ar/sleep-safe.md</a></td><td>outdated"), "{dashboard}");
    assert!(dashboard.contains("content/pl/guides/crying.md</a></td><td>missing"), "{dashboard}");
    for file in
        list_files(&fx.path("public")).iter().filter(|f| f.ends_with(".html") && !f.starts_with("translation-status"))
    {
        assert!(!fx.out(file).contains("translation-status"), "{file} links the dashboard");
    }
}
