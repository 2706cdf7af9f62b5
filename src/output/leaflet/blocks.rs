//! A page body as plain blocks for paper: headings, paragraphs and lists of
//! styled text runs. Links keep their text, images become pictures with
//! their alt text (the caller finds the files), and a raw-HTML checklist
//! form becomes a list of boxes to tick with a pen.
//!
//! The blocks are data, not Typst markup, so no text from a page can ever be
//! read as Typst code.

use crate::bidi::address_runs;
use crate::parse::html::{decode_entities, pieces, Piece, Tag as HtmlTag};
use pulldown_cmark::{Event, Tag, TagEnd};
use serde::Serialize;

/// A run of text with its style. `ltr` marks a web address that must stay
/// left-to-right inside right-to-left text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Span {
    pub text: String,
    pub strong: bool,
    pub emph: bool,
    pub ltr: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Block {
    Heading {
        level: u8,
        /// The heading's id (`walk-away`), empty for headings in raw HTML.
        id: String,
        spans: Vec<Span>,
    },
    Paragraph {
        spans: Vec<Span>,
    },
    /// `checkbox` lists are printed with empty boxes to tick.
    List {
        ordered: bool,
        checkbox: bool,
        items: Vec<Vec<Span>>,
    },
    /// An image of the page: `src` as written in the Markdown until the
    /// caller replaces it with the path the typesetter reads it from.
    Picture {
        src: String,
        alt: String,
    },
}

/// The body's blocks, with the section whose heading id is `sources` taken out
/// (the leaflet prints it small, at the end).
#[derive(Debug, Default, Serialize)]
pub struct LeafletBody {
    pub blocks: Vec<Block>,
    pub sources: Vec<Block>,
}

/// Converts a parsed Markdown body (its events, headings with their ids).
pub fn leaflet_body(events: &[Event]) -> LeafletBody {
    let mut builder = Builder::default();
    let mut in_sources = false;
    let mut sources_level = 0;
    let mut html = String::new();
    for event in events {
        if !matches!(event, Event::Html(_)) && !html.is_empty() {
            builder.html_block(&std::mem::take(&mut html));
        }
        match event {
            Event::Start(Tag::Heading { level, id, .. }) => {
                let level = *level as u8;
                let id = id.as_deref().unwrap_or("");
                if id == "sources" {
                    in_sources = true;
                    sources_level = level;
                    builder.finish_into_body();
                } else if in_sources && level <= sources_level {
                    in_sources = false;
                    builder.finish_into_sources();
                }
                builder.start(Pending::Heading(level, id.to_string()));
            }
            Event::End(TagEnd::Heading(_)) | Event::End(TagEnd::Paragraph) => builder.end_block(),
            Event::Start(Tag::Paragraph) if builder.list.is_none() => builder.start(Pending::Paragraph),
            Event::Start(Tag::List(first)) => builder.start_list(first.is_some()),
            Event::End(TagEnd::List(_)) => builder.end_list(),
            Event::Start(Tag::Item) => builder.start_item(),
            Event::TaskListMarker(_) => builder.checkbox = true,
            Event::Start(Tag::Strong) => builder.strong += 1,
            Event::End(TagEnd::Strong) => builder.strong = builder.strong.saturating_sub(1),
            Event::Start(Tag::Emphasis) => builder.emph += 1,
            Event::End(TagEnd::Emphasis) => builder.emph = builder.emph.saturating_sub(1),
            Event::Start(Tag::Image { dest_url, .. }) => builder.start_picture(dest_url),
            Event::End(TagEnd::Image) => builder.end_picture(),
            Event::Start(Tag::TableCell) => builder.text(" "),
            Event::End(TagEnd::TableRow) | Event::End(TagEnd::TableHead) => builder.end_block(),
            Event::Start(Tag::TableRow) | Event::Start(Tag::TableHead) => builder.start(Pending::Paragraph),
            Event::Text(text) | Event::Code(text) => builder.text(text),
            Event::SoftBreak | Event::HardBreak => builder.text(" "),
            Event::Html(text) => html.push_str(text),
            Event::InlineHtml(_) => {}
            _ => {}
        }
    }
    if !html.is_empty() {
        builder.html_block(&html);
    }
    if in_sources {
        builder.finish_into_sources();
    } else {
        builder.finish_into_body();
    }
    builder.out
}

#[derive(Debug, Clone, PartialEq)]
enum Pending {
    Heading(u8, String),
    Paragraph,
}

#[derive(Default)]
struct Builder {
    out: LeafletBody,
    current: Vec<Block>,
    pending: Option<Pending>,
    spans: Vec<Span>,
    /// The list being built (only top-level lists; nested items join it).
    list: Option<(bool, Vec<Vec<Span>>, usize)>,
    checkbox: bool,
    strong: u32,
    emph: u32,
    /// The image being read: its source and alt text so far.
    picture: Option<(String, String)>,
}

impl Builder {
    fn start(&mut self, kind: Pending) {
        self.end_block();
        self.pending = Some(kind);
    }

    fn text(&mut self, text: &str) {
        if let Some((_, alt)) = &mut self.picture {
            alt.push_str(text);
            return;
        }
        if text.is_empty() {
            return;
        }
        if self.pending.is_none() && self.list.is_none() {
            self.pending = Some(Pending::Paragraph);
        }
        for (run, ltr) in address_runs(text) {
            let (strong, emph) = (self.strong > 0, self.emph > 0);
            match self.spans.last_mut() {
                Some(last) if last.strong == strong && last.emph == emph && !ltr && !last.ltr => {
                    last.text.push_str(run)
                }
                _ => self.spans.push(Span { text: run.to_string(), strong, emph, ltr }),
            }
        }
    }

    /// A picture ends the paragraph it is in (in a list, it is left out).
    fn start_picture(&mut self, src: &str) {
        if self.list.is_none() {
            let pending = self.pending.clone();
            self.end_block();
            self.pending = pending.filter(|p| *p == Pending::Paragraph);
        }
        self.picture = Some((src.to_string(), String::new()));
    }

    fn end_picture(&mut self) {
        let Some((src, alt)) = self.picture.take() else { return };
        if self.list.is_none() {
            self.current.push(Block::Picture { src, alt: alt.trim().to_string() });
        }
    }

    fn end_block(&mut self) {
        if self.list.is_some() {
            return;
        }
        let spans = tidy(std::mem::take(&mut self.spans));
        match self.pending.take() {
            Some(_) if spans.is_empty() => {}
            Some(Pending::Heading(level, id)) => self.current.push(Block::Heading { level, id, spans }),
            Some(Pending::Paragraph) => self.current.push(Block::Paragraph { spans }),
            None => {}
        }
    }

    fn start_list(&mut self, ordered: bool) {
        match &mut self.list {
            Some((_, _, depth)) => *depth += 1,
            None => {
                self.end_block();
                self.checkbox = false;
                self.list = Some((ordered, Vec::new(), 1));
            }
        }
    }

    fn start_item(&mut self) {
        let spans = tidy(std::mem::take(&mut self.spans));
        if let Some((_, items, _)) = &mut self.list {
            if !spans.is_empty() {
                items.push(spans);
            }
        }
    }

    fn end_list(&mut self) {
        let Some((ordered, mut items, depth)) = self.list.take() else { return };
        if depth > 1 {
            self.list = Some((ordered, items, depth - 1));
            return;
        }
        let spans = tidy(std::mem::take(&mut self.spans));
        if !spans.is_empty() {
            items.push(spans);
        }
        if !items.is_empty() {
            self.current.push(Block::List { ordered, checkbox: self.checkbox, items });
        }
        self.checkbox = false;
    }

    fn finish_into_body(&mut self) {
        self.end_block();
        self.out.blocks.append(&mut self.current);
    }

    fn finish_into_sources(&mut self) {
        self.end_block();
        self.out.sources.append(&mut self.current);
    }

    /// Raw HTML (a checklist form): headings, paragraphs, legends and list
    /// items keep their text; checkbox items become boxes to tick; anything
    /// `hidden` (shown by a script only) and scripts are left out.
    fn html_block(&mut self, html: &str) {
        self.end_block();
        let mut hidden_depth = 0usize;
        let mut list = None;
        for piece in pieces(html) {
            match piece {
                Piece::Text(text) if hidden_depth == 0 && !text.trim().is_empty() => {
                    self.text(&decode_entities(&text.replace('\n', " ")))
                }
                Piece::Tag(tag) if !hides(&tag, &mut hidden_depth) && hidden_depth == 0 => {
                    self.html_tag(&tag, &mut list)
                }
                _ => {}
            }
        }
        self.end_block();
    }

    /// One tag of a checklist form; `list` is the list being read: its items
    /// and whether they are checkboxes.
    fn html_tag(&mut self, tag: &HtmlTag, list: &mut Option<(Vec<Vec<Span>>, bool)>) {
        let name = tag.name.as_str();
        match (name, tag.closing) {
            ("h1" | "h2" | "h3" | "h4" | "h5" | "h6", false) => {
                self.start(Pending::Heading(name[1..].parse().unwrap_or(2), String::new()))
            }
            ("p" | "legend", false) => self.start(Pending::Paragraph),
            ("h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "p" | "legend", true) => self.end_block(),
            ("ul" | "ol", false) => {
                self.end_block();
                *list = Some((Vec::new(), false));
            }
            ("li", false) => self.spans.clear(),
            ("li", true) => {
                let spans = tidy(std::mem::take(&mut self.spans));
                if let Some((items, _)) = list {
                    if !spans.is_empty() {
                        items.push(spans);
                    }
                }
                self.pending = None;
            }
            ("input", false) if tag.inner.contains("checkbox") => {
                if let Some((_, checkbox)) = list {
                    *checkbox = true;
                }
            }
            ("ul" | "ol", true) => {
                if let Some((items, checkbox)) = list.take() {
                    if !items.is_empty() {
                        self.current.push(Block::List { ordered: name == "ol", checkbox, items });
                    }
                }
            }
            ("strong" | "b", false) => self.strong += 1,
            ("strong" | "b", true) => self.strong = self.strong.saturating_sub(1),
            ("em" | "i", false) => self.emph += 1,
            ("em" | "i", true) => self.emph = self.emph.saturating_sub(1),
            _ => {}
        }
    }
}

/// Follows the parts of a checklist form that are not printed: scripts,
/// templates and `hidden` divs (with the divs inside them). True when `tag`
/// opens, closes or lies inside such a part; `hidden_depth` is how deep in one.
fn hides(tag: &HtmlTag, hidden_depth: &mut usize) -> bool {
    if !matches!(tag.name.as_str(), "div" | "script" | "template") {
        return false;
    }
    if *hidden_depth > 0 {
        *hidden_depth = if tag.closing { *hidden_depth - 1 } else { *hidden_depth + 1 };
    } else if !tag.closing && (tag.name != "div" || tag.has_attribute("hidden")) {
        *hidden_depth = 1;
    }
    true
}

/// Trims the runs' outer whitespace, collapses inner runs of spaces and drops empty runs.
fn tidy(spans: Vec<Span>) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for mut span in spans {
        let mut collapsed = String::with_capacity(span.text.len());
        let mut last_space = out.last().is_none_or(|s: &Span| s.text.ends_with(' '));
        for c in span.text.chars() {
            let space = c.is_whitespace();
            if !(space && last_space) {
                collapsed.push(if space { ' ' } else { c });
            }
            last_space = space;
        }
        span.text = collapsed;
        if !span.text.is_empty() {
            out.push(span);
        }
    }
    if let Some(last) = out.last_mut() {
        last.text.truncate(last.text.trim_end().len());
        if last.text.is_empty() {
            out.pop();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::markdown::parse_markdown;

    /// The blocks of a Markdown body, parsed as a page's body is.
    fn blocks_of(markdown: &str) -> LeafletBody {
        parse_markdown(markdown, "p.md", 0).with_events(|events| leaflet_body(&events)).unwrap()
    }

    fn plain(spans: &[Span]) -> String {
        spans.iter().map(|s| s.text.as_str()).collect()
    }

    #[test]
    fn headings_paragraphs_lists_and_sources() {
        let md = "Intro with **bold** and a [link](@/x.md).\n\n## Back {#back}\n\n- one\n- two\n  - nested\n\n![A *cot*](a.svg)\n\n## Sources {#sources}\n\n- nhs.uk\n";
        let body = blocks_of(md);
        assert_eq!(body.blocks.len(), 4, "{:#?}", body.blocks);
        assert_eq!(body.blocks[3], Block::Picture { src: "a.svg".into(), alt: "A cot".into() });
        assert!(matches!(&body.blocks[1], Block::Heading { id, .. } if id == "back"));
        let Block::Paragraph { spans } = &body.blocks[0] else { panic!() };
        assert_eq!(plain(spans), "Intro with bold and a link.");
        assert!(spans.iter().any(|s| s.strong && s.text == "bold"));
        let Block::List { items, checkbox: false, .. } = &body.blocks[2] else { panic!() };
        assert_eq!(items.iter().map(|i| plain(i)).collect::<Vec<_>>(), ["one", "two", "nested"]);
        assert_eq!(body.sources.len(), 2);
        let Block::List { items, .. } = &body.sources[1] else { panic!() };
        assert!(items[0][0].ltr, "the address is marked left-to-right");
    }

    #[test]
    fn phone_and_outbound_links_keep_their_words_on_paper() {
        let md = "Call **[999](tel:999)** or [NHS 111](tel:111), see [The Lullaby Trust](https://www.lullabytrust.org.uk/).\n";
        let body = blocks_of(md);
        let Block::Paragraph { spans } = &body.blocks[0] else { panic!("{:?}", body.blocks) };
        let text: String = spans.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(text, "Call 999 or NHS 111, see The Lullaby Trust.");
        assert!(spans.iter().any(|s| s.strong && s.text == "999"), "{spans:?}");
    }

    #[test]
    fn checklist_form_becomes_boxes_and_hidden_parts_are_dropped() {
        let md = "<form class=\"checklist\">\n<h2 id=\"t\">Safety first</h2>\n<p>Tick any.</p>\n<fieldset>\n<legend>Tonight…</legend>\n<ul>\n<li><label><input type=\"checkbox\" name=\"a\"> Does anyone smoke?</label></li>\n<li><label><input type=\"checkbox\"> Alcohol &amp; drugs?</label></li>\n</ul>\n</fieldset>\n<p class=\"rule\">If you ticked any, do not.</p>\n<div data-result role=\"status\" hidden>\n<p><strong>You ticked</strong> a box.</p>\n</div>\n<p>Answers stay here.</p>\n</form>\n\nAfter.\n";
        let body = blocks_of(md);
        let texts: Vec<String> = body
            .blocks
            .iter()
            .map(|b| match b {
                Block::Heading { spans, .. } => format!("H:{}", plain(spans)),
                Block::Picture { alt, .. } => format!("P:{alt}"),
                Block::Paragraph { spans } => plain(spans),
                Block::List { checkbox, items, .. } => {
                    format!("L{checkbox}:{}", items.iter().map(|i| plain(i)).collect::<Vec<_>>().join("|"))
                }
            })
            .collect();
        assert_eq!(
            texts,
            [
                "H:Safety first",
                "Tick any.",
                "Tonight…",
                "Ltrue:Does anyone smoke?|Alcohol & drugs?",
                "If you ticked any, do not.",
                "Answers stay here.",
                "After."
            ]
        );
    }
}
