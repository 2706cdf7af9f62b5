//! Markdown to HTML: a page body's parsed events rendered for one page
//! and language, with links resolved, links to other websites and phone
//! links marked, and web addresses isolated in right-to-left text.

use crate::diag::Diagnostic;
use crate::parse::markdown::ParsedMarkdown;
use pulldown_cmark::{CowStr, Event, LinkType, Tag, TagEnd};

/// How a body is rendered for one page: its direction, the site's own
/// address, and the reader's words for a link to another website.
#[derive(Debug, Clone, Copy, Default)]
pub struct RenderOptions<'a> {
    /// Right-to-left page: web addresses in the text are wrapped in `<bdi>`.
    pub isolate_addresses: bool,
    /// The site's `base_url`: absolute links to it are not "another website".
    pub site_url: &'a str,
    /// Hidden text after a link to another website, e.g. "(another website)".
    pub external_label: &'a str,
}

/// What kind of link a destination is, for its class and `rel`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkKind {
    /// `tel:` — a phone number to tap.
    Phone,
    /// `http(s)://` to another host than the site's.
    External,
    Other,
}

/// Classifies a link destination (after rewriting) against the site's own address.
pub fn link_kind(dest: &str, site_url: &str) -> LinkKind {
    if dest.starts_with("tel:") {
        return LinkKind::Phone;
    }
    let host = |url: &str| {
        url.split_once("://").map(|(_, rest)| rest.split(['/', '?', '#']).next().unwrap_or("").to_ascii_lowercase())
    };
    match host(dest) {
        Some(target) if dest.starts_with("http://") || dest.starts_with("https://") => {
            if Some(target) == host(site_url) {
                LinkKind::Other
            } else {
                LinkKind::External
            }
        }
        _ => LinkKind::Other,
    }
}

/// The opening `<a>` of a link, escaped as pulldown-cmark escapes it: phone
/// links get `class="tel"`, links to another website `class="external"` and
/// `rel="noopener noreferrer"`.
fn link_open(dest: &str, title: &str, kind: LinkKind) -> String {
    let mut out = String::from("<a href=\"");
    // Writing into a String cannot fail.
    let _ = pulldown_cmark_escape::escape_href(&mut out, dest);
    out.push('"');
    match kind {
        LinkKind::Phone => out.push_str(" class=\"tel\""),
        LinkKind::External => out.push_str(" class=\"external\" rel=\"noopener noreferrer\""),
        LinkKind::Other => {}
    }
    if !title.is_empty() {
        out.push_str(" title=\"");
        let _ = pulldown_cmark_escape::escape_html(&mut out, title);
        out.push('"');
    }
    out.push('>');
    out
}

/// Renders a parsed body to HTML: headings carry the ids the parse gave
/// them, and `rewrite` maps each link or image
/// destination to its final URL. Links to another website say so (see
/// [`RenderOptions`]); phone links are marked for styling.
pub fn render_html(
    parsed: &ParsedMarkdown,
    rewrite: &dyn Fn(&str) -> String,
    options: &RenderOptions,
) -> Result<String, Diagnostic> {
    parsed.with_events(|events| html_of(events, rewrite, options))
}

/// [`render_html`] of a body's events.
fn html_of(events: Vec<Event>, rewrite: &dyn Fn(&str) -> String, options: &RenderOptions) -> String {
    let mut in_code = false;
    let mut open_link = LinkKind::Other;
    let mut external_end = String::from("<span class=\"visually-hidden\"> ");
    let _ = pulldown_cmark_escape::escape_html_body_text(&mut external_end, options.external_label);
    external_end.push_str("</span></a>");
    let events = events.into_iter().flat_map(|event| -> Vec<Event> {
        match event {
            Event::Start(Tag::Link { link_type: LinkType::Email, dest_url, title, id }) => {
                open_link = LinkKind::Other;
                vec![Event::Start(Tag::Link { link_type: LinkType::Email, dest_url, title, id })]
            }
            Event::Start(Tag::Link { dest_url, title, .. }) => {
                let dest = rewrite(&dest_url);
                open_link = link_kind(&dest, options.site_url);
                vec![Event::InlineHtml(link_open(&dest, &title, open_link).into())]
            }
            Event::End(TagEnd::Link) => match std::mem::replace(&mut open_link, LinkKind::Other) {
                LinkKind::External => vec![Event::InlineHtml(external_end.clone().into())],
                _ => vec![Event::InlineHtml("</a>".into())],
            },
            Event::Start(Tag::Image { link_type, dest_url, title, id }) => {
                vec![Event::Start(Tag::Image { link_type, dest_url: CowStr::from(rewrite(&dest_url)), title, id })]
            }
            Event::Start(Tag::CodeBlock(kind)) => {
                in_code = true;
                vec![Event::Start(Tag::CodeBlock(kind))]
            }
            Event::End(TagEnd::CodeBlock) => {
                in_code = false;
                vec![Event::End(TagEnd::CodeBlock)]
            }
            // Web addresses in right-to-left text stay left-to-right: `<bdi>`.
            Event::Text(text) if options.isolate_addresses && !in_code => crate::bidi::address_runs(&text)
                .into_iter()
                .flat_map(|(run, is_address)| {
                    let run = Event::Text(CowStr::from(run.to_string()));
                    if is_address {
                        vec![Event::InlineHtml("<bdi>".into()), run, Event::InlineHtml("</bdi>".into())]
                    } else {
                        vec![run]
                    }
                })
                .collect(),
            other => vec![other],
        }
    });
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events);
    html
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::markdown::parse_markdown;

    #[test]
    fn addresses_in_right_to_left_text_are_isolated() {
        let parsed = parse_markdown("مشورہ nhs.uk پر۔\n\n```\nnhs.uk\n```\n", "p.md", 0);
        let html = render_html(
            &parsed,
            &|d| d.to_string(),
            &RenderOptions { isolate_addresses: true, ..RenderOptions::default() },
        )
        .unwrap();
        assert!(html.contains("مشورہ <bdi>nhs.uk</bdi> پر۔"), "{html}");
        assert!(html.contains("<code>nhs.uk\n</code>"), "code is left alone: {html}");
        assert!(!render_html(&parsed, &|d| d.to_string(), &RenderOptions::default()).unwrap().contains("<bdi>"));
    }

    #[test]
    fn rendering_uses_the_heading_ids_and_rewrites_links() {
        let parsed = parse_markdown("## Sleep {#sleep}\n\n## Łóżeczko\n\n[x](@/a.md)\n", "p.md", 0);
        let html = render_html(&parsed, &|dest| dest.replace("@/a.md", "/en/a/"), &RenderOptions::default()).unwrap();
        assert!(html.contains("<h2 id=\"sleep\">Sleep</h2>"), "{html}");
        assert!(html.contains("<h2 id=\"łóżeczko\">Łóżeczko</h2>"), "{html}");
        assert!(html.contains("href=\"/en/a/\""), "{html}");
    }

    #[test]
    fn phone_and_outbound_links_are_marked() {
        let parsed = parse_markdown(
            "Call [999](tel:999). See [the NHS](https://www.nhs.uk/) and [us](https://example.test/en/a/) and <https://iconcope.org/>.\n",
            "p.md",
            0,
        );
        let options = RenderOptions {
            isolate_addresses: false,
            site_url: "https://example.test",
            external_label: "(another <site>)",
        };
        let html = render_html(&parsed, &|d| d.to_string(), &options).unwrap();
        assert!(html.contains(r#"<a href="tel:999" class="tel">999</a>"#), "{html}");
        assert!(html.contains(r#"<a href="https://www.nhs.uk/" class="external" rel="noopener noreferrer">the NHS<span class="visually-hidden"> (another &lt;site&gt;)</span></a>"#), "{html}");
        assert!(html.contains(r#"<a href="https://example.test/en/a/">us</a>"#), "{html}");
        assert!(html.contains(r#"<a href="https://iconcope.org/" class="external" rel="noopener noreferrer">https://iconcope.org/<span"#), "{html}");
    }

    #[test]
    fn phone_links_in_right_to_left_text_are_not_isolated_as_addresses() {
        let parsed = parse_markdown("اتصل بـ [NHS 111](tel:111) أو [999](tel:999).\n", "p.md", 0);
        let html = render_html(
            &parsed,
            &|d| d.to_string(),
            &RenderOptions { isolate_addresses: true, ..RenderOptions::default() },
        )
        .unwrap();
        assert_eq!(html, "<p>اتصل بـ <a href=\"tel:111\" class=\"tel\">NHS 111</a> أو <a href=\"tel:999\" class=\"tel\">999</a>.</p>\n");
    }
}
