//! The command line: usage errors, exit codes, the summary line.

use crate::util::*;

#[test]
fn bad_usage_exits_2() {
    let dir = tempdir();
    assert_eq!(run(&["build", "--no-such-flag"], dir.path()).code, 2);
    assert_eq!(run(&["frobnicate"], dir.path()).code, 2);
    assert_eq!(run(&["translations", "--format", "xml"], dir.path()).code, 2);
}

#[test]
fn missing_site_is_a_clear_error() {
    let dir = tempdir();
    let run = run(&["build", "--root", dir.path().to_str().unwrap()], dir.path());
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("cannot read site.yaml"), "{}", run.stderr);
    assert!(run.stderr.contains("--root"), "{}", run.stderr);
}

#[test]
fn build_prints_a_summary_and_verbose_lists_files() {
    let fx = Fixture::new("basic");
    let run = fx.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("built 5 pages × 3 languages"), "{}", run.stdout);
    let verbose = fx.run(&["build", "--verbose"]);
    assert!(verbose.stdout.contains("public/en/sleep-safe/index.html"), "{}", verbose.stdout);
    let quiet = fx.run(&["build", "--quiet"]);
    assert!(quiet.stdout.is_empty(), "{}", quiet.stdout);
}

#[test]
fn warnings_do_not_fail_the_build() {
    let fx = Fixture::new("basic");
    fx.edit(
        "content/en/sleep-safe.md",
        "sms: \"Safer sleep: back to sleep, clear flat cot, smoke-free.\"",
        &format!("sms: \"{}\"", "word ".repeat(40).trim()),
    );
    let run = fx.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("warning: content/en/sleep-safe.md: sms text with its link needs 2 SMS segments"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_translated_sms_may_take_two_segments_but_not_three() {
    let fx = Fixture::new("basic");
    let two = "Śpij bezpiecznie: dziecko na plecach, w pustym łóżeczku, w domu bez dymu. Więcej:";
    fx.edit("content/pl/sleep-safe.md", "sms: \"Bezpieczny sen: na plecach.\"", &format!("sms: \"{two}\""));
    let run = fx.run(&["check"]);
    assert!(!run.stderr.contains("sms text"), "two UCS-2 segments are fine: {}", run.stderr);
    let three = format!("{two} {two}");
    fx.edit("content/pl/sleep-safe.md", two, &three);
    let run = fx.run(&["check"]);
    assert!(
        run.stderr.contains("warning: content/pl/sleep-safe.md: sms text with its link needs 3 SMS segments"),
        "{}",
        run.stderr
    );
}
