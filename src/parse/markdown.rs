//! Markdown: parsing page bodies with pulldown-cmark, once, into owned
//! events (headings carry their ids), with links (to check later) and
//! alt-text and phone-number problems. The outputs walk the events: HTML
//! (`output::markdown`), search text and leaflet blocks.

use crate::diag::Diagnostic;
use crate::parse::html::{pieces, Piece};
use crate::source::PageText;
use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use std::collections::BTreeSet;

/// A heading of a page: level, id (explicit `{#id}` or made from its text) and text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    pub level: u8,
    pub id: String,
    pub text: String,
}

/// A link or image destination found in the body, with its file line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkRef {
    pub dest: String,
    pub line: usize,
    pub is_image: bool,
}

/// A page body, read once: its headings (for anchors and the table of
/// contents), its links (to check them) and its problems; the outputs get its
/// events from [`ParsedMarkdown::with_events`].
#[derive(Debug, Clone, Default)]
pub struct ParsedMarkdown {
    /// The page file's text, kept instead of its events (events cost about
    /// ten times the text's bytes), or read again when an output needs it
    /// (see [`ParsedMarkdown::text_on_disk`]). The body starts at byte
    /// `body_start`: a page keeps its file's text, not a copy of the body.
    source: PageText,
    body_start: usize,
    pub headings: Vec<Heading>,
    pub links: Vec<LinkRef>,
    /// Raw HTML in the body marks a bed-sharing style checklist form.
    pub has_checklist: bool,
    pub problems: Vec<Diagnostic>,
}

impl ParsedMarkdown {
    /// The body's events in the site's one dialect, each heading's start
    /// carrying its id from [`ParsedMarkdown::headings`]: what HTML, the
    /// search text and the leaflet blocks all walk, handed to `walk`. Empty
    /// for a body refused as too deeply nested. An error when the text had to
    /// be read again and its file changed since it was parsed.
    pub fn with_events<R>(&self, walk: impl FnOnce(Vec<Event<'_>>) -> R) -> Result<R, Diagnostic> {
        let text = self.source.text()?;
        let body = text.get(self.body_start..).unwrap_or_default();
        let mut ids = self.headings.iter().map(|h| CowStr::from(h.id.as_str()));
        let events = Parser::new_ext(body, markdown_options())
            .map(|event| match event {
                Event::Start(Tag::Heading { level, classes, attrs, .. }) => {
                    Event::Start(Tag::Heading { level, id: ids.next(), classes, attrs })
                }
                other => other,
            })
            .collect();
        Ok(walk(events))
    }

    /// Drops the text, keeping where it is (`path`, shown as `shown`) to
    /// read it again when an output needs it: a build then holds one page's
    /// text at a time, not the whole site's.
    pub fn text_on_disk(&mut self, path: std::path::PathBuf, shown: String) {
        if let PageText::Kept(text) = &self.source {
            // An empty text stays: a body refused as too deep keeps none.
            if !text.is_empty() {
                self.source = PageText::on_disk(text, path, shown);
            }
        }
    }

    pub fn heading_ids(&self) -> BTreeSet<&str> {
        self.headings.iter().map(|h| h.id.as_str()).collect()
    }
}

/// How deeply Markdown elements and raw HTML elements may nest in a page.
/// Real pages stay far below it; deeper nesting is refused with the file and
/// line, because later stages (the HTML minifier among them) recurse once per
/// level and would overflow the stack.
pub const MAX_NESTING: usize = 128;

/// How much a piece of raw HTML changes the nesting depth: +1 for each start
/// tag of a non-void element, -1 for each end tag.
fn html_nesting_change(html: &str) -> isize {
    pieces(html)
        .map(|piece| match piece {
            Piece::Tag(tag) if !tag.is_void() => {
                if tag.closing {
                    -1
                } else {
                    1
                }
            }
            _ => 0,
        })
        .sum()
}

/// The nesting depth of Markdown elements and raw HTML elements so far.
#[derive(Default)]
struct Nesting {
    depth: usize,
    html_depth: isize,
}

impl Nesting {
    /// Follows one event; true when the nesting is now deeper than [`MAX_NESTING`].
    fn too_deep_after(&mut self, event: &Event) -> bool {
        match event {
            Event::Start(_) => self.depth += 1,
            Event::End(_) => self.depth = self.depth.saturating_sub(1),
            Event::Html(html) | Event::InlineHtml(html) => {
                self.html_depth = (self.html_depth + html_nesting_change(html)).max(0)
            }
            _ => {}
        }
        self.depth + self.html_depth as usize > MAX_NESTING
    }
}

/// The Markdown dialect of the site, the one set of options every body is parsed with.
fn markdown_options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_SMART_PUNCTUATION
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_STRIKETHROUGH
}

/// Parses a Markdown body. `file` and `line_offset` (file lines before the
/// body) make diagnostics point at lines of the file.
pub fn parse_markdown(body: &str, file: &str, line_offset: usize) -> ParsedMarkdown {
    parse_body_of(body.to_string(), 0, file, line_offset)
}

/// [`parse_markdown`] of the body that starts at byte `body_start` of a
/// page file's `text`, keeping `text` itself (no copy of the body).
pub fn parse_body_of(text: String, body_start: usize, file: &str, line_offset: usize) -> ParsedMarkdown {
    let body = text.get(body_start..).unwrap_or_default();
    let mut walk = Walk { file, ..Walk::default() };
    let mut nesting = Nesting::default();
    // Byte offset where each line starts, to turn event offsets into lines.
    let line_starts: Vec<usize> =
        std::iter::once(0).chain(body.bytes().enumerate().filter(|&(_, b)| b == b'\n').map(|(i, _)| i + 1)).collect();
    for (event, range) in Parser::new_ext(body, markdown_options()).into_offset_iter() {
        let line = line_starts.partition_point(|&start| start <= range.start) + line_offset;
        if nesting.too_deep_after(&event) {
            walk.out.problems.push(too_deep(file, line));
            // The outputs walk the events: give them nothing they could choke on.
            walk.out.headings.clear();
            walk.out.links.clear();
            return walk.out;
        }
        walk.event(event, line);
    }
    walk.out.source = PageText::Kept(text);
    walk.out.body_start = body_start;
    walk.out
}

fn too_deep(file: &str, line: usize) -> Diagnostic {
    Diagnostic::error(format!(
        "the text nests more than {MAX_NESTING} levels deep here (lists, quotes, emphasis or HTML elements inside each other)"
    ))
    .at(file)
    .line(line)
    .hint("flatten the nesting: no real page needs more than a few levels")
}

/// The walk over a body's events that [`parse_markdown`] makes: it keeps
/// each event and notes headings, links, images and text as they pass.
#[derive(Default)]
struct Walk<'f> {
    file: &'f str,
    out: ParsedMarkdown,
    /// The heading being read: its `{#id}` if it has one, and its line.
    heading: Option<(Option<String>, usize)>,
    heading_text: String,
    used_ids: BTreeSet<String>,
    /// The image being read: its line and alt text so far.
    in_image: Option<(usize, String)>,
    link_depth: usize,
}

impl Walk<'_> {
    fn event(&mut self, event: Event, line: usize) {
        match &event {
            Event::Start(Tag::Heading { id, .. }) => {
                self.heading = Some((id.as_ref().map(|id| id.to_string()), line));
                self.heading_text.clear();
            }
            Event::End(TagEnd::Heading(level)) => self.end_heading(*level),
            Event::Start(Tag::Link { dest_url, .. }) => {
                self.link_depth += 1;
                self.out.links.push(LinkRef { dest: dest_url.to_string(), line, is_image: false });
            }
            Event::End(TagEnd::Link) => self.link_depth = self.link_depth.saturating_sub(1),
            Event::Start(Tag::Image { dest_url, .. }) => {
                self.out.links.push(LinkRef { dest: dest_url.to_string(), line, is_image: true });
                self.in_image = Some((line, String::new()));
            }
            Event::End(TagEnd::Image) => self.end_image(),
            Event::Text(text) if self.link_depth == 0 && self.in_image.is_none() && self.heading.is_none() => {
                // Headings are left alone: their text is also the table of contents.
                for number in bare_phone_numbers(text) {
                    self.out.problems.push(bare_number_warning(number, self.file, line));
                }
            }
            Event::Text(text) | Event::Code(text) => {
                if let Some((_, alt)) = self.in_image.as_mut() {
                    alt.push_str(text);
                }
                if self.heading.is_some() {
                    self.heading_text.push_str(text);
                }
            }
            Event::Html(html) | Event::InlineHtml(html) => check_raw_html(html, self.file, line, &mut self.out),
            _ => {}
        }
    }

    /// Gives the heading that ends its id and keeps it.
    fn end_heading(&mut self, level: HeadingLevel) {
        let Some((explicit, line)) = self.heading.take() else { return };
        let text = self.heading_text.trim().to_string();
        let ParsedMarkdown { problems, headings, .. } = &mut self.out;
        let id = heading_id(explicit, &text, &mut self.used_ids, self.file, line, problems);
        headings.push(Heading { level: heading_level(level), id, text });
    }

    fn end_image(&mut self) {
        if let Some((image_line, alt)) = self.in_image.take() {
            if alt.trim().is_empty() {
                self.out.problems.push(
                    Diagnostic::error("image without alt text")
                        .at(self.file)
                        .line(image_line)
                        .hint("describe the picture: ![what the picture shows](file.svg)"),
                );
            }
        }
    }
}

/// The UK emergency (999) and urgent-advice (111) numbers written in `text`
/// as numbers of their own (not part of 1999, 0.111 or the name DHU/111), in
/// ASCII or Arabic-Indic digits. In order, as written.
pub fn bare_phone_numbers(text: &str) -> Vec<&'static str> {
    let digit = |c: char| c.to_digit(10).or_else(|| arabic_digit(c));
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if digit(chars[i]).is_none() {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && digit(chars[i]).is_some() {
            i += 1;
        }
        let number: String =
            chars[start..i].iter().filter_map(|&c| digit(c)).map(|d| char::from(b'0' + d as u8)).collect();
        // Joined to a digit by `.` or `,` it is part of a number (1,111); to a
        // letter by `/` part of a name (DHU/111, the provider of NHS 111).
        let joins =
            |sep: char, c: char| (matches!(sep, '.' | ',') && digit(c).is_some()) || (sep == '/' && c.is_alphabetic());
        let joined_before = start > 0
            && (chars[start - 1].is_alphanumeric() || (start > 1 && joins(chars[start - 1], chars[start - 2])));
        let joined_after =
            i < chars.len() && (chars[i].is_alphanumeric() || chars.get(i + 1).is_some_and(|&c| joins(chars[i], c)));
        if !joined_before && !joined_after {
            match number.as_str() {
                "999" => found.push("999"),
                "111" => found.push("111"),
                _ => {}
            }
        }
    }
    found
}

/// Arabic-Indic (U+0660…) and Extended Arabic-Indic (U+06F0…) digits.
fn arabic_digit(c: char) -> Option<u32> {
    match c as u32 {
        n @ 0x0660..=0x0669 => Some(n - 0x0660),
        n @ 0x06F0..=0x06F9 => Some(n - 0x06F0),
        _ => None,
    }
}

/// A warning for a phone number that is not a `tel:` link.
fn bare_number_warning(number: &str, file: &str, line: usize) -> Diagnostic {
    let (how, words) = match number {
        "999" => ("[999](tel:999)", "999"),
        _ => ("[NHS 111](tel:111) (or [111](tel:111))", "111"),
    };
    Diagnostic::warning(format!("the phone number {words} is not a link, so a parent cannot tap it to call"))
        .at(file)
        .line(line)
        .hint(format!("write {how}"))
}

fn heading_level(level: HeadingLevel) -> u8 {
    level as u8
}

/// Keeps an explicit `{#id}` or makes one from the heading text; returns it.
fn heading_id(
    explicit: Option<String>,
    text: &str,
    used: &mut BTreeSet<String>,
    file: &str,
    line: usize,
    problems: &mut Vec<Diagnostic>,
) -> String {
    match explicit {
        Some(explicit) => {
            if !used.insert(explicit.clone()) {
                problems.push(
                    Diagnostic::error(format!("heading id '{explicit}' is used twice on this page"))
                        .at(file)
                        .line(line)
                        .hint("give each heading its own {#id}"),
                );
            }
            explicit
        }
        None => {
            let base = slugify(text);
            let base = if base.is_empty() { "section".to_string() } else { base };
            let mut candidate = base.clone();
            let mut n = 1;
            while used.contains(&candidate) {
                candidate = format!("{base}-{n}");
                n += 1;
            }
            used.insert(candidate.clone());
            candidate
        }
    }
}

/// A URL fragment made from heading text: lowercase letters and digits of
/// any script, words joined by hyphens.
pub fn slugify(text: &str) -> String {
    let mut slug = String::new();
    let mut pending_hyphen = false;
    for c in text.chars() {
        if c.is_alphanumeric() || c.is_ascii_digit() {
            if pending_hyphen && !slug.is_empty() {
                slug.push('-');
            }
            pending_hyphen = false;
            slug.extend(c.to_lowercase());
        } else if c.is_whitespace() || c == '-' || c == '_' {
            pending_hyphen = true;
        } else if is_combining(c) {
            slug.push(c);
        }
    }
    slug
}

/// Combining marks (vowel signs in Gurmukhi, harakat in Arabic) belong to their letter.
fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x064B..=0x065F | 0x0670 | 0x0A01..=0x0A03 | 0x0A3C..=0x0A51 | 0x0A70..=0x0A71 | 0x0A75)
}

fn check_raw_html(html: &str, file: &str, line: usize, out: &mut ParsedMarkdown) {
    if html.contains("data-checklist") {
        out.has_checklist = true;
    }
    for piece in pieces(html) {
        let Piece::Tag(tag) = piece else { continue };
        if tag.name == "img" && !tag.closing && !tag.has_attribute("alt") {
            out.problems.push(
                Diagnostic::error("<img> without alt text")
                    .at(file)
                    .line(line)
                    .hint("add alt=\"what the picture shows\" (alt=\"\" only for pure decoration)"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explicit_and_generated_heading_ids() {
        let parsed = parse_markdown("## Safe sleep {#safe}\n\n## Łóżeczko i sen\n\n## Łóżeczko i sen\n", "p.md", 3);
        let ids: Vec<_> = parsed.headings.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(ids, ["safe", "łóżeczko-i-sen", "łóżeczko-i-sen-1"]);
    }

    #[test]
    fn image_without_alt_is_reported_with_file_line() {
        let parsed = parse_markdown("text\n\n![](a.svg)\n", "content/en/p.md", 4);
        assert_eq!(parsed.problems.len(), 1);
        assert_eq!(parsed.problems[0].line, Some(7));
        assert!(parsed.problems[0].to_string().contains("content/en/p.md:7: image without alt text"));
    }

    #[test]
    fn raw_img_without_alt_is_reported() {
        let parsed = parse_markdown("<p><img src=\"x.png\"></p>\n", "p.md", 0);
        assert_eq!(parsed.problems.len(), 1);
    }

    #[test]
    fn links_are_collected_with_lines() {
        let parsed = parse_markdown("a\n\nsee [crying](@/coping-with-crying.md#help)\n", "p.md", 10);
        assert_eq!(parsed.links, [LinkRef { dest: "@/coping-with-crying.md#help".into(), line: 13, is_image: false }]);
    }

    #[test]
    fn nesting_deeper_than_the_limit_is_an_error_at_its_line() {
        let deep_list: String = (0..300).map(|i| format!("{}- a\n", "  ".repeat(i))).collect();
        let deep_quote = format!("text\n\n{} deep\n", ">".repeat(5000));
        let deep_html = format!("<div>\n{}\n", "<div><span><br><img alt=\"\" src=\"a.png\"/>".repeat(2000));
        let deep_emphasis = format!("{}x{}\n", "*a _a ".repeat(2000), " a_ a*".repeat(2000));
        for body in [deep_list, deep_quote, deep_html, deep_emphasis] {
            let parsed = parse_markdown(&body, "content/en/deep.md", 5);
            assert_eq!(parsed.problems.len(), 1, "{:?}", parsed.problems);
            assert!(parsed.problems[0].to_string().starts_with("error: content/en/deep.md:"), "{}", parsed.problems[0]);
            assert!(parsed.with_events(|events| events.is_empty()).unwrap(), "later stages get nothing to walk");
        }
        let parsed = parse_markdown("text\n\n>>>> deep\n", "p.md", 5);
        assert!(parsed.problems.is_empty());
        assert_eq!(parse_markdown(&format!("a\n\n{} b\n", ">".repeat(5000)), "p.md", 5).problems[0].line, Some(8));
    }

    #[test]
    fn html_nesting_counts_start_and_end_tags_but_not_void_ones() {
        assert_eq!(html_nesting_change("<div><p>a</p><br><img src=x><hr/>"), 1);
        assert_eq!(html_nesting_change("</div></section>"), -2);
        assert_eq!(html_nesting_change("a < b, <!-- c --> <3"), 0);
        assert_eq!(html_nesting_change("<my-widget/><input>"), 0);
    }

    #[test]
    fn bare_emergency_numbers_are_found_but_not_parts_of_other_numbers() {
        assert_eq!(bare_phone_numbers("Call 999, or NHS 111 (DHU/111)."), ["999", "111"]);
        assert_eq!(bare_phone_numbers("Call 999/111."), ["999", "111"]);
        assert_eq!(bare_phone_numbers("اتصل بالرقم ٩٩٩ أو ۱۱۱"), ["999", "111"]);
        for text in ["1999", "9999", "0.999", "1,111", "111a", "tel999", "999.5", "A111", "DHU/111", "111/DHU"] {
            assert!(bare_phone_numbers(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn bare_numbers_in_text_warn_with_the_line_but_links_and_headings_do_not() {
        let body =
            "## 999: emergency\n\nCall [999](tel:999) or [NHS 111](tel:111).\n\nOr call 999\nor NHS 111.\n\n`999`\n";
        let parsed = parse_markdown(body, "content/en/help.md", 5);
        let shown: Vec<String> = parsed.problems.iter().map(|p| p.to_string()).collect();
        assert_eq!(shown.len(), 2, "{shown:?}");
        assert!(
            shown[0].starts_with("warning: content/en/help.md:10: the phone number 999 is not a link"),
            "{shown:?}"
        );
        assert!(shown[0].contains("write [999](tel:999)"), "{shown:?}");
        assert!(shown[1].starts_with("warning: content/en/help.md:11: the phone number 111"), "{shown:?}");
        assert!(shown[1].contains("[NHS 111](tel:111)"), "{shown:?}");
        assert!(parsed.problems.iter().all(|p| !p.is_error()));
    }

    #[test]
    fn slug_keeps_non_latin_letters() {
        assert_eq!(slugify("ਸੁਰੱਖਿਅਤ ਨੀਂਦ"), "ਸੁਰੱਖਿਅਤ-ਨੀਂਦ");
        assert_eq!(slugify("What's next?"), "whats-next");
    }
}
