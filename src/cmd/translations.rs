//! `threesteps translations`: which translations are current, outdated,
//! unreviewed or missing, and `stamp` to record a translation as current.

use crate::cli::{Format, TranslationsAction};
use crate::diag::{Diagnostic, Diagnostics};
use crate::i18n::I18n;
use crate::model::site::{PageTexts, SourceDates};
use crate::model::translations::{TranslationCounts, TranslationStatus};
use crate::model::Site;
use crate::parse::date::Date;
use crate::source::discover;
use serde::Serialize;
use std::collections::BTreeSet;
use std::path::Path;

#[derive(Debug, Serialize)]
struct Report {
    default_language: String,
    languages: Vec<LanguageReport>,
    /// UI keys of the default language that no template uses.
    unused_keys: Vec<String>,
    /// Errors that kept files out of the report (a page that cannot be
    /// read, a Fluent syntax error), as `file:line: message`.
    errors: Vec<String>,
}

#[derive(Debug, Serialize)]
struct LanguageReport {
    code: String,
    name: String,
    pages: Vec<PageReport>,
    totals: TranslationCounts,
    /// Share of pages translated and current, 0–100.
    percent_current: u32,
    fluent: FluentCoverage,
}

#[derive(Debug, Serialize)]
struct PageReport {
    path: String,
    status: TranslationStatus,
    reviewed: bool,
    /// The source's review date (`updated`).
    source_updated: Option<Date>,
    /// When the source last changed, from git history (absent outside git).
    source_changed: Option<Date>,
}

#[derive(Debug, Serialize)]
struct FluentCoverage {
    missing_keys: Vec<String>,
    unknown_keys: Vec<String>,
}

pub fn run(root: &Path, lang: Option<&str>, format: Format, action: Option<TranslationsAction>) -> u8 {
    let mut diagnostics = Diagnostics::default();
    let Some(tree) = discover(root, &mut diagnostics) else {
        crate::cmd::report(&diagnostics);
        return 1;
    };
    if let Some(code) = lang {
        if tree.config.language(code).is_none() {
            eprintln!(
                "error: --lang {code}: not a language of this site ({})",
                tree.config.codes().collect::<Vec<_>>().join(", ")
            );
            return 1;
        }
    }
    let mut tree = tree;
    let source_dir = format!("content/{}", tree.config.default_language);
    let read_dates = || crate::history::last_change_dates(root, &source_dir);
    // `stamp` and `diff` show no dates: git is not asked.
    let dates = if action.is_some() { SourceDates::Never } else { SourceDates::Always(&read_dates) };
    // The report reads no page text after the model is made.
    let site = Site::build(&mut tree, true, dates, PageTexts::OnDisk, &mut diagnostics);
    match action {
        Some(TranslationsAction::Stamp { paths, reviewed }) => return stamp(root, &site, &paths, reviewed),
        Some(TranslationsAction::Diff { path }) => return diff(root, &site, &path),
        None => {}
    }
    let used_keys = used_fluent_keys(&tree.templates);
    let i18n = I18n::load(&tree.config, &tree.fluent, &mut diagnostics);
    let mut report = build_report(&site, &i18n, &used_keys, lang);
    let errors: Vec<Diagnostic> = diagnostics.sorted().into_iter().filter(Diagnostic::is_error).collect();
    report.errors = errors.iter().map(|e| e.to_string().replace("error: ", "")).collect();
    match format {
        Format::Json => match serde_json::to_string_pretty(&report) {
            Ok(json) => crate::cmd::say(&format!("{json}\n")),
            Err(e) => {
                eprintln!("error: cannot write JSON: {e}");
                return 1;
            }
        },
        Format::Text => print_text(&report),
    }
    // A page that cannot be read is missing from the report: say so, and fail.
    if errors.is_empty() {
        return 0;
    }
    let mut shown = Diagnostics::default();
    shown.extend(errors);
    crate::cmd::report(&shown);
    eprintln!("the report above leaves out what these errors name");
    1
}

fn build_report(site: &Site, i18n: &I18n, used_keys: &BTreeSet<String>, only: Option<&str>) -> Report {
    let config = &site.config;
    let languages = config
        .languages
        .iter()
        .filter(|l| l.code != config.default_language && only.is_none_or(|o| o == l.code))
        .map(|language| {
            let totals = site.translation_counts(language);
            let pages: Vec<PageReport> = site
                .pages
                .iter()
                .enumerate()
                .map(|(index, page)| {
                    let (status, reviewed) = match page.versions.get(&language.code) {
                        Some(v) => (v.status, v.front.reviewed.unwrap_or(false)),
                        None => (TranslationStatus::Missing, false),
                    };
                    let path = page
                        .versions
                        .get(&language.code)
                        .map(|v| v.file.splitn(3, '/').nth(2).unwrap_or(&page.source_rel).to_string())
                        .unwrap_or_else(|| page.source_rel.clone());
                    PageReport {
                        path,
                        status,
                        reviewed,
                        source_updated: page.source(config).front.updated,
                        source_changed: site.source_changed.get(&index).copied(),
                    }
                })
                .collect();
            let percent_current = if pages.is_empty() { 100 } else { (totals.current * 100 / pages.len()) as u32 };
            LanguageReport {
                code: language.code.clone(),
                name: language.name.clone(),
                pages,
                totals,
                percent_current,
                fluent: FluentCoverage {
                    missing_keys: i18n.missing_keys(&language.code),
                    unknown_keys: i18n.unknown_keys(&language.code),
                },
            }
        })
        .collect();
    let unused_keys = i18n.default_keys().into_iter().filter(|k| !used_keys.contains(k)).collect();
    Report { default_language: config.default_language.clone(), languages, unused_keys, errors: Vec::new() }
}

/// Keys the theme's templates use: every `key="..."` literal.
fn used_fluent_keys(templates: &[(String, String)]) -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    for (_, text) in templates {
        for piece in text.split("key=\"").skip(1) {
            if let Some(end) = piece.find('"') {
                keys.insert(piece[..end].to_string());
            }
        }
    }
    keys
}

fn print_text(report: &Report) {
    use std::fmt::Write;
    let mut out = String::new();
    for lang in &report.languages {
        let t = &lang.totals;
        let _ = writeln!(
            out,
            "{} ({}): {}% current — {} current, {} outdated, {} missing, {} unreviewed",
            lang.code, lang.name, lang.percent_current, t.current, t.outdated, t.missing, t.unreviewed
        );
        for page in lang.pages.iter().filter(|p| p.status != TranslationStatus::Current || !p.reviewed) {
            let review =
                if page.status != TranslationStatus::Missing && !page.reviewed { ", not reviewed" } else { "" };
            let _ = writeln!(out, "  {:<9} {}{review}", page.status.as_str(), page.path);
        }
        if !lang.fluent.missing_keys.is_empty() {
            let _ = writeln!(out, "  UI strings missing: {}", lang.fluent.missing_keys.join(", "));
        }
        if !lang.fluent.unknown_keys.is_empty() {
            let _ = writeln!(
                out,
                "  UI strings not in {}: {}",
                report.default_language,
                lang.fluent.unknown_keys.join(", ")
            );
        }
    }
    if !report.unused_keys.is_empty() {
        let _ = writeln!(out, "UI strings no template uses: {}", report.unused_keys.join(", "));
    }
    crate::cmd::say(&out);
}

/// Writes the source's current hash into each translation's `translated_from`
/// (and `reviewed: true` when asked), changing only those front matter lines.
fn stamp(root: &Path, site: &Site, paths: &[std::path::PathBuf], reviewed: bool) -> u8 {
    let mut failed = false;
    for path in paths {
        let Some((page, version, rel)) = find_version(root, site, path) else {
            failed = true;
            continue;
        };
        if version.lang == site.config.default_language {
            eprintln!("{}", Diagnostic::error("this is a source page; stamp its translations instead").at(&rel));
            failed = true;
            continue;
        }
        let file = root.join(&rel);
        let result = std::fs::read_to_string(&file).map_err(|e| e.to_string()).and_then(|text| {
            let text = set_front_matter_key(&text, "translated_from", &page.source_hash);
            let text = if reviewed { set_front_matter_key(&text, "reviewed", "true") } else { text };
            // Written beside the page and renamed over it: never half a page.
            crate::write::replace_file(&file, &text).map_err(|d| d.message)
        });
        match result {
            Ok(()) => println!("stamped {rel}: translated_from {}", page.source_hash),
            Err(e) => {
                eprintln!("{}", Diagnostic::error(format!("cannot update: {e}")).at(&rel));
                failed = true;
            }
        }
    }
    u8::from(failed)
}

/// Prints what changed in a translation's source since its `translated_from`
/// hash, paragraph by paragraph with changed words marked.
fn diff(root: &Path, site: &Site, path: &Path) -> u8 {
    let Some((page, version, rel)) = find_version(root, site, path) else {
        return 1;
    };
    let source = page.source(&site.config);
    let fail = |message: String, hint: &str| {
        eprintln!("{}", Diagnostic::error(message).at(&rel).hint(hint));
        1
    };
    if version.lang == site.config.default_language {
        return fail("this is a source page; give a translation".into(), "e.g. content/pl/safer-sleep.md");
    }
    let Some(hash) = version.front.translated_from.as_deref() else {
        return fail(
            "the translation has no `translated_from`, so it is unknown which source version it follows".into(),
            "compare it with the source by hand, then run `threesteps translations stamp` on it",
        );
    };
    if hash == page.source_hash {
        crate::cmd::say(&format!("{rel} is current: {} has not changed since it was translated\n", source.file));
        return 0;
    }
    if !crate::history::is_git_repo(root) {
        return fail(
            format!("cannot show what changed in {}: the site is not in a git repository, so its past versions are not kept", source.file),
            "compare the translation with the source by hand, then run `threesteps translations stamp` on it",
        );
    }
    let past = crate::history::past_versions(root, &source.file);
    let Some(old) = past.iter().find(|v| version_hash(&v.text, &source.file).as_deref() == Some(hash)) else {
        return fail(
            format!("no committed version of {} has the hash {hash} that the translation records", source.file),
            "the source may have been translated before it was committed; compare by hand, then stamp",
        );
    };
    let Ok(old_page) = crate::parse::front_matter::parse_page(&old.text, &source.file) else {
        return fail(format!("the version of {} from {} cannot be read", source.file, old.date), "compare by hand");
    };
    let current_text = std::fs::read_to_string(root.join(&source.file)).unwrap_or_default();
    let Ok(new_page) = crate::parse::front_matter::parse_page(&current_text, &source.file) else {
        return fail(format!("{} cannot be read now", source.file), "run `threesteps check`");
    };
    let mut out = format!(
        "{} changed since {rel} was translated (from the version of {}, commit {}):\n",
        source.file,
        old.date,
        &old.commit[..old.commit.len().min(10)]
    );
    let fields = [
        ("title", old_page.front.title.as_str(), new_page.front.title.as_str()),
        ("description", old_page.front.description.as_str(), new_page.front.description.as_str()),
        ("sms", old_page.front.sms.as_deref().unwrap_or(""), new_page.front.sms.as_deref().unwrap_or("")),
    ];
    for (name, old_value, new_value) in fields {
        if old_value != new_value {
            out.push_str(&format!("\n{name}: {}\n", crate::textdiff::word_diff(old_value, new_value)));
        }
    }
    for paragraph in crate::textdiff::changed_paragraphs(old_page.body, new_page.body) {
        out.push_str(&format!("\n{paragraph}\n"));
    }
    out.push_str(&format!("\nWhen {rel} is updated, run: threesteps translations stamp {rel}\n"));
    crate::cmd::say(&out);
    0
}

fn version_hash(text: &str, file: &str) -> Option<String> {
    let page = crate::parse::front_matter::parse_page(text, file).ok()?;
    Some(crate::model::translations::content_hash(&page.front, page.body))
}

/// The page version a command-line path names (relative to the root or the current folder).
fn find_version<'a>(
    root: &Path,
    site: &'a Site,
    path: &Path,
) -> Option<(&'a crate::model::Page, &'a crate::model::PageVersion, String)> {
    let shown = path.to_string_lossy().replace('\\', "/");
    let rel =
        shown.strip_prefix(&format!("{}/", root.display())).unwrap_or(&shown).trim_start_matches("./").to_string();
    let found = site.pages.iter().find_map(|p| p.versions.values().find(|v| v.file == rel).map(|v| (p, v)));
    if found.is_none() {
        eprintln!(
            "{}",
            Diagnostic::error("not a page of this site").at(&rel).hint("give a path like content/pl/safer-sleep.md")
        );
    }
    found.map(|(p, v)| (&**p, v, rel))
}

/// Replaces `key: ...` in the front matter, or adds it before the closing `---`.
pub fn set_front_matter_key(text: &str, key: &str, value: &str) -> String {
    // Keep the file's own line endings (CRLF from Windows editors) and its BOM.
    let newline = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let mut out = Vec::new();
    let mut in_front = false;
    let mut done = false;
    for (i, line) in text.split_inclusive('\n').enumerate() {
        let bare = line.trim_end_matches(['\n', '\r']);
        if i == 0 && bare.trim_start_matches('\u{feff}') == "---" {
            in_front = true;
        } else if in_front && bare == "---" {
            if !done {
                out.push(format!("{key}: {value}{newline}"));
                done = true;
            }
            in_front = false;
        } else if in_front && bare.starts_with(&format!("{key}:")) {
            out.push(format!("{key}: {value}{newline}"));
            done = true;
            continue;
        }
        out.push(line.to_string());
    }
    out.concat()
}

#[cfg(test)]
mod tests {
    use super::set_front_matter_key;

    #[test]
    fn stamps_only_the_front_matter_line() {
        let text = "---\ntitle: A\ntranslated_from: old\n---\ntranslated_from: body\n";
        assert_eq!(
            set_front_matter_key(text, "translated_from", "new"),
            "---\ntitle: A\ntranslated_from: new\n---\ntranslated_from: body\n"
        );
        let text = "---\ntitle: A\n---\nbody\n";
        assert_eq!(set_front_matter_key(text, "reviewed", "true"), "---\ntitle: A\nreviewed: true\n---\nbody\n");
    }

    #[test]
    fn stamping_keeps_a_bom_and_windows_line_endings() {
        let text = "\u{feff}---\r\ntitle: A\r\n---\r\nbody\r\n";
        assert_eq!(
            set_front_matter_key(text, "translated_from", "abc"),
            "\u{feff}---\r\ntitle: A\r\ntranslated_from: abc\r\n---\r\nbody\r\n"
        );
    }
}
