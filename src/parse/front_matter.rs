//! Front matter: the YAML block between `---` lines at the top of a page.

use crate::diag::Diagnostic;
use crate::parse::date::Date;
use crate::parse::yaml::yaml_error;
use serde::{Deserialize, Serialize};

/// Who a page is written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Audience {
    Parents,
    Dads,
    Practitioners,
    Champions,
}

impl Audience {
    /// Parents' pages carry the strictest weight budget and need no JavaScript.
    pub fn is_family(self) -> bool {
        matches!(self, Audience::Parents | Audience::Dads)
    }
}

/// A downloadable or printable resource listed by a page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Resource {
    pub title: String,
    /// A file next to the page, or an `@/page.md` link.
    pub file: String,
}

/// Every key a page's front matter may have (see SPEC.md).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    pub title: String,
    pub description: String,
    #[serde(default)]
    pub short: Option<String>,
    #[serde(default)]
    pub audience: Option<Audience>,
    #[serde(default)]
    pub weight: Option<i64>,
    /// When the page was last reviewed; checked by [`parse_page`].
    #[serde(skip)]
    pub updated: Option<Date>,
    /// `updated:` as written, until [`parse_page`] turns it into [`FrontMatter::updated`].
    #[serde(default, rename = "updated", skip_serializing)]
    pub(crate) updated_text: Option<String>,
    #[serde(default)]
    pub leaflet: Option<bool>,
    #[serde(default)]
    pub sms: Option<String>,
    #[serde(default)]
    pub resources: Vec<Resource>,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Words readers search for that the page may not use (synonyms, everyday
    /// words), in the page's own language; indexed for search with a boost.
    #[serde(default)]
    pub keywords: Vec<String>,
    #[serde(default)]
    pub draft: bool,
    #[serde(default)]
    pub translated_from: Option<String>,
    #[serde(default)]
    pub reviewed: Option<bool>,
    /// Show the toolkit downloads on this page (source only, see [`DownloadsList`]).
    #[serde(default)]
    pub downloads: Option<DownloadsList>,
    /// Posters made from this page: names of the theme's `posters/<name>.typ` (source only).
    #[serde(default)]
    pub posters: Vec<String>,
    /// Make a 16:9 slide deck of this page, one slide per `##` section (source only).
    #[serde(default)]
    pub slides: Option<bool>,
}

/// Which downloads a page lists after its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DownloadsList {
    /// The reader's language's toolkit bundle: its size and what is inside.
    Bundle,
    /// Every download in every language, with format and size.
    All,
}

/// The keys of [`FrontMatter`], for "did you mean" hints.
pub const FRONT_MATTER_KEYS: &[&str] = &[
    "title",
    "description",
    "short",
    "audience",
    "weight",
    "updated",
    "leaflet",
    "sms",
    "resources",
    "aliases",
    "keywords",
    "draft",
    "translated_from",
    "reviewed",
    "downloads",
    "posters",
    "slides",
];

/// A page file split into its parsed front matter and its Markdown body.
#[derive(Debug, Clone)]
pub struct SplitPage<'a> {
    pub front: FrontMatter,
    /// The raw YAML text of the front matter.
    pub yaml: &'a str,
    pub body: &'a str,
    /// Lines of the file before the body starts (so body line 1 is file line `body_line_offset + 1`).
    pub body_line_offset: usize,
}

/// Splits a page into front matter and body, and parses the front matter.
pub fn parse_page<'a>(text: &'a str, file: &str) -> Result<SplitPage<'a>, Vec<Diagnostic>> {
    let text_no_bom = text.strip_prefix('\u{feff}').unwrap_or(text);
    let Some(after_open) = text_no_bom.strip_prefix("---\n").or_else(|| text_no_bom.strip_prefix("---\r\n")) else {
        return Err(vec![Diagnostic::error("the page has no front matter")
            .at(file)
            .line(1)
            .hint("start the file with a line `---`, then `title:` and `description:`, then `---`")]);
    };
    let close = find_closing_fence(after_open).ok_or_else(|| {
        vec![Diagnostic::error("the front matter is not closed")
            .at(file)
            .line(1)
            .hint("end the front matter with a line `---`")]
    })?;
    let yaml = &after_open[..close.start];
    let body = &after_open[close.end..];
    let body_line_offset = 1 + yaml.lines().count() + 1;
    let mut front: FrontMatter =
        serde_norway::from_str(yaml).map_err(|e| vec![yaml_error(&e, yaml, file, 1, FRONT_MATTER_KEYS)])?;
    let mut problems = Vec::new();
    let line_of = |key: &str| yaml.lines().position(|l| l.starts_with(&format!("{key}:"))).map_or(2, |i| i + 2);
    if front.title.trim().is_empty() {
        problems
            .push(Diagnostic::error("title is empty").at(file).line(line_of("title")).hint("give the page a title"));
    }
    if front.description.trim().is_empty() {
        problems.push(
            Diagnostic::error("description is empty")
                .at(file)
                .line(line_of("description"))
                .hint("write one sentence saying what the page is about"),
        );
    }
    if let Some(updated) = front.updated_text.take() {
        front.updated = Date::parse(&updated);
        if front.updated.is_none() {
            problems.push(
                Diagnostic::error(format!("updated '{updated}' is not a date"))
                    .at(file)
                    .line(line_of("updated"))
                    .hint("write the date as YYYY-MM-DD, e.g. 2026-11-26"),
            );
        }
    }
    problems.extend(keyword_problems(&front.keywords, yaml, file));
    if problems.is_empty() {
        Ok(SplitPage { front, yaml, body, body_line_offset })
    } else {
        Err(problems)
    }
}

/// Characters a keyword may have: a few words, not a sentence.
pub const KEYWORD_MAX_CHARS: usize = 40;

/// Empty or overlong `keywords:` entries, each at its own line when it can be found.
fn keyword_problems(keywords: &[String], yaml: &str, file: &str) -> Vec<Diagnostic> {
    let start = yaml.lines().position(|l| l.starts_with("keywords:")).unwrap_or(0);
    let block_line = start + 2;
    keywords
        .iter()
        .filter_map(|keyword| {
            let chars = keyword.trim().chars().count();
            let message = if chars == 0 {
                "a keyword is empty".to_string()
            } else if chars > KEYWORD_MAX_CHARS {
                format!("keyword '{keyword}' is {chars} characters long (at most {KEYWORD_MAX_CHARS})")
            } else {
                return None;
            };
            let is_its_line = |l: &str| match l.trim().strip_prefix('-') {
                Some(item) if chars == 0 => ["", "\"\"", "''"].contains(&item.trim()),
                Some(item) => item.contains(keyword.trim()),
                None => false,
            };
            let line = yaml.lines().skip(start).position(is_its_line).map_or(block_line, |i| start + i + 2);
            Some(
                Diagnostic::error(message)
                    .at(file)
                    .line(line)
                    .hint("list the words readers type, a few words each: `keywords: [dad, father, daddy]`"),
            )
        })
        .collect()
}

/// The byte range of the closing `---` line (including its line break).
fn find_closing_fence(text: &str) -> Option<std::ops::Range<usize>> {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if line.trim_end_matches(['\n', '\r']) == "---" {
            return Some(offset..offset + line.len());
        }
        offset += line.len();
    }
    None
}
