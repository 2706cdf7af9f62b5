//! Raw HTML in a page body, read as far as threesteps needs it: split into
//! text and tags (for the nesting limit, the search text and the leaflet's
//! checklist), and the character entities pages use, decoded.

use std::borrow::Cow;

/// A piece of raw HTML, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Text between tags, entities not decoded (see [`decode_entities`]).
    Text(&'a str),
    /// A start or end tag: `<p class="rule">`, `</p>`, `<br/>`.
    Tag(Tag<'a>),
    /// A comment, doctype or processing instruction: `<!-- … >`, `<?…>`.
    Other(&'a str),
}

/// A start or end tag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tag<'a> {
    /// The element's name, lowercase (ASCII letters and digits): `h2`.
    pub name: String,
    /// `</p>`.
    pub closing: bool,
    /// `<br/>`, `<my-widget/>`.
    pub self_closing: bool,
    /// Everything between `<` and `>` but a final `/`: `input type="checkbox"`.
    pub inner: &'a str,
}

/// HTML elements that never have an end tag.
const VOID_ELEMENTS: &[&str] =
    &["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];

impl Tag<'_> {
    /// An element without an end tag (`<br>`, `<img>`) or written self-closing.
    pub fn is_void(&self) -> bool {
        VOID_ELEMENTS.contains(&self.name.as_str()) || (!self.closing && self.self_closing)
    }

    /// Whether the tag has the attribute `name` (`hidden`, `HIDDEN=""`).
    pub fn has_attribute(&self, name: &str) -> bool {
        self.inner.split(|c: char| c.is_whitespace() || c == '=').any(|word| word.eq_ignore_ascii_case(name))
    }
}

/// Splits raw HTML into text and tags. As in a browser, a `<` that is not
/// followed by a letter, `/`, `!` or `?` is text (`a < b`, `<3`); a tag ends
/// at the first `>` (or the end of the text).
pub fn pieces(html: &str) -> impl Iterator<Item = Piece<'_>> {
    let mut rest = html;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let text_end = tag_start(rest).unwrap_or(rest.len());
        if text_end > 0 {
            let (text, after) = rest.split_at(text_end);
            rest = after;
            return Some(Piece::Text(text));
        }
        let end = rest.find('>').map_or(rest.len(), |e| e + 1);
        let (raw, after) = rest.split_at(end);
        rest = after;
        Some(piece_of_tag(raw))
    })
}

/// Where the first tag (or comment) in `text` starts.
fn tag_start(text: &str) -> Option<usize> {
    text.match_indices('<').map(|(at, _)| at).find(|&at| {
        text[at + 1..].chars().next().is_some_and(|c| c.is_ascii_alphabetic() || matches!(c, '/' | '!' | '?'))
    })
}

/// A tag's piece: `raw` is the tag from its `<` to its `>` (if any).
fn piece_of_tag(raw: &str) -> Piece<'_> {
    let inside = raw[1..].strip_suffix('>').unwrap_or(&raw[1..]);
    let closing = inside.starts_with('/');
    let after_slash = inside.strip_prefix('/').unwrap_or(inside);
    if !after_slash.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return Piece::Other(raw);
    }
    let name_len = after_slash.bytes().take_while(u8::is_ascii_alphanumeric).count();
    let inner = inside.trim_end_matches('/');
    Piece::Tag(Tag {
        name: after_slash[..name_len].to_ascii_lowercase(),
        closing,
        self_closing: inner.len() < inside.len(),
        inner,
    })
}

/// The entities pages are written with, and what they stand for.
const ENTITIES: &[(&str, &str)] = &[
    ("&amp;", "&"),
    ("&lt;", "<"),
    ("&gt;", ">"),
    ("&quot;", "\""),
    ("&#39;", "'"),
    ("&nbsp;", "\u{a0}"),
    ("&hellip;", "…"),
];

/// Decodes the entities in [`ENTITIES`], in one pass (`&amp;lt;` is `&lt;`);
/// any other `&` stays as written.
pub fn decode_entities(text: &str) -> Cow<'_, str> {
    if !text.contains('&') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        match ENTITIES.iter().find(|(entity, _)| rest.starts_with(entity)) {
            Some((entity, decoded)) => {
                out.push_str(decoded);
                rest = &rest[entity.len()..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(name: &str, closing: bool, self_closing: bool, inner: &'static str) -> Piece<'static> {
        Piece::Tag(Tag { name: name.into(), closing, self_closing, inner })
    }

    #[test]
    fn html_splits_into_text_and_tags() {
        let pieces: Vec<_> = pieces("<P class=x>a < b<br/></p><!-- c -->3<4").collect();
        assert_eq!(
            pieces,
            [
                tag("p", false, false, "P class=x"),
                Piece::Text("a < b"),
                tag("br", false, true, "br"),
                tag("p", true, false, "/p"),
                Piece::Other("<!-- c -->"),
                Piece::Text("3<4"),
            ]
        );
        assert_eq!(super::pieces("<div hidden").collect::<Vec<_>>(), [tag("div", false, false, "div hidden")]);
    }

    #[test]
    fn void_and_self_closing_tags_and_attributes() {
        let Some(Piece::Tag(div)) = pieces("<div data-result hidden>").next() else { panic!() };
        assert!(div.has_attribute("hidden") && !div.has_attribute("data") && !div.is_void());
        for html in ["<img src=a>", "<my-widget/>", "<BR>"] {
            let Some(Piece::Tag(tag)) = pieces(html).next() else { panic!("{html}") };
            assert!(tag.is_void(), "{html}");
        }
    }

    #[test]
    fn entities_are_decoded_once() {
        assert_eq!(
            decode_entities("Alcohol &amp; drugs&nbsp;&hellip; &lt;b&gt; &quot;&#39;"),
            "Alcohol & drugs\u{a0}… <b> \"'"
        );
        assert_eq!(decode_entities("&amp;lt; & &copy;"), "&lt; & &copy;");
        assert!(matches!(decode_entities("no entities"), Cow::Borrowed(_)));
    }
}
