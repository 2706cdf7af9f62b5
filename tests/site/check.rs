//! `threesteps check` makes less than `build` (it keeps no file), but it
//! reports every problem `build` reports.

use crate::util::*;

/// The lines of `stderr` that contain `text`.
fn lines_with<'a>(stderr: &'a str, text: &str) -> Vec<&'a str> {
    stderr.lines().filter(|line| line.contains(text)).collect()
}

#[test]
fn check_finds_a_template_error_in_one_page_that_is_not_saved_offline() {
    let fx = Fixture::new("basic");
    // `room` has no audience: it is not one of the pages saved for offline reading.
    fx.edit(
        "themes/default/templates/page.html",
        "{% block main %}",
        "{% block main %}{% if page.path == \"room\" %}{{ page.no_such_field }}{% endif %}",
    );
    for command in ["check", "build"] {
        let run = fx.run(&[command]);
        assert_eq!(run.code, 1, "{command}: expected exit 1:\n{}", run.stderr);
        assert!(run.stderr.contains("content/en/room/index.md"), "{command}: {}", run.stderr);
        assert!(run.stderr.contains("no_such_field"), "{command}: {}", run.stderr);
    }
}

#[test]
fn check_warns_about_the_offline_budget_with_the_sizes_build_publishes() {
    let fx = Fixture::new("basic");
    // About 1.1 MB of text on a page for parents, which every language saves.
    let long = "Keep the cot clear and flat.\n\n".repeat(38_000);
    fx.edit("content/en/sleep-safe.md", "## On the back {#on-back}", &format!("{long}## On the back {{#on-back}}"));
    // The page's QR code loaded at once, so its size counts too; and, in a
    // strange theme, a page that is not saved loaded as a stylesheet.
    let base = "themes/default/templates/base.html";
    fx.edit(base, "width=\"113\" height=\"113\" loading=\"lazy\"", "");
    fx.edit(
        base,
        "<link rel=\"stylesheet\" href=\"/css/site.css\">",
        "<link rel=\"stylesheet\" href=\"/css/site.css\"><link rel=\"stylesheet\" href=\"/en/room/\">",
    );
    let build = fx.run(&["build"]);
    assert_eq!(build.code, 0, "{}", build.stderr);
    let warnings = lines_with(&build.stderr, "keeps for offline reading weigh");
    assert!(!warnings.is_empty(), "build gives no budget warning:\n{}", build.stderr);
    let check = fx.run(&["check"]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    assert_eq!(lines_with(&check.stderr, "keeps for offline reading weigh"), warnings, "{}", check.stderr);
}

#[test]
fn check_finds_a_file_at_the_path_of_a_qr_code_or_search_index_it_does_not_make() {
    let fx = Fixture::new("basic");
    fx.write("themes/default/static/qr/en/sleep.png", "not a QR code");
    for command in ["check", "build"] {
        let run = fx.run(&[command]);
        assert_eq!(run.code, 1, "{command}: expected exit 1:\n{}", run.stderr);
        assert!(run.stderr.contains("two outputs would be written to 'qr/en/sleep.png'"), "{command}: {}", run.stderr);
    }
    let fx = Fixture::new("basic");
    fx.edit("site.yaml", "default_language: en", "default_language: en\noffline: false");
    fx.write("themes/default/static/pl/search-index.json", "{}");
    for command in ["check", "build"] {
        let run = fx.run(&[command]);
        assert_eq!(run.code, 1, "{command}: expected exit 1:\n{}", run.stderr);
        let duplicate = "two outputs would be written to 'pl/search-index.json'";
        assert!(run.stderr.contains(duplicate), "{command}: {}", run.stderr);
    }
}
