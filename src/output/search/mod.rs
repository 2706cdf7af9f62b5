//! Search: per language, a prebuilt lunr 2.3.9 index (`<lang>/search-index.json`)
//! and the documents results show (`<lang>/search-docs.json`), made from the
//! pages translated into that language (no fallbacks, no generated pages).
//! The search page itself is rendered with the other generated pages
//! (`html.rs`); its A–Z list comes from [`topics`].

pub mod lunr;
pub mod text;

use crate::config::Lang;
use crate::diag::Diagnostic;
use crate::model::site::{PageKind, Site};
use crate::output::OutputFile;
use crate::parse::html::{decode_entities, pieces, Piece};
use crate::routes;
use lunr::{build_index, push_json_string, IndexDoc};
use pulldown_cmark::{Event, Tag, TagEnd};
use serde::Serialize;
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use text::{TermCache, TextPipeline};

/// Index fields and their boosts.
pub const FIELDS: &[(&str, f64)] =
    &[("title", 10.0), ("keywords", 5.0), ("headings", 3.0), ("description", 2.0), ("body", 1.0)];

/// Characters of body text in a result's snippet (at most; cut at a word).
const SNIPPET_CHARS: usize = 200;

/// One searchable page of one language.
struct SearchDoc {
    title: String,
    url: String,
    section: String,
    /// The page's `keywords:`, one per line (not shown, only searched).
    keywords: String,
    headings: String,
    description: String,
    body: String,
}

/// Indexes of the pages that are searchable in `lang`: translated, in site order.
fn searchable(site: &Site, lang: &Lang) -> Vec<usize> {
    (0..site.pages.len()).filter(|&i| site.pages[i].is_translated(lang)).collect()
}

/// A page's searchable text in `lang`; an error when its text had to be
/// read again and its file changed.
fn search_doc(site: &Site, index: usize, lang: &Lang) -> Result<SearchDoc, Diagnostic> {
    let config = &site.config;
    let page = &site.pages[index];
    let version = page.shown(config, lang);
    let section = page
        .parent
        .filter(|&p| site.pages[p].kind != PageKind::Home)
        .map(|p| site.pages[p].shown(config, lang).front.title.clone())
        .unwrap_or_default();
    let headings = version.body.headings.iter().map(|h| h.text.as_str()).collect::<Vec<_>>().join(" \n ");
    Ok(SearchDoc {
        title: version.front.title.clone(),
        url: page.url(lang),
        section,
        keywords: version.front.keywords.join(" \n "),
        headings,
        description: version.front.description.clone(),
        body: version.body.with_events(|events| plain_text(&events))?,
    })
}

/// The readable text of a Markdown body without its headings (indexed as a
/// field of their own): text, code, image alt texts and the text of raw HTML.
pub fn plain_text(events: &[Event]) -> String {
    let mut out = String::new();
    let mut in_heading = false;
    for event in events {
        match event {
            Event::Start(Tag::Heading { .. }) => in_heading = true,
            Event::End(TagEnd::Heading(_)) => in_heading = false,
            Event::Text(text) | Event::Code(text) if !in_heading => out.push_str(text),
            Event::Html(html) | Event::InlineHtml(html) => push_html_text(&mut out, html),
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            Event::End(TagEnd::Paragraph | TagEnd::Item | TagEnd::TableCell | TagEnd::CodeBlock) => out.push(' '),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text of a raw HTML fragment: tags become spaces, entities are decoded.
fn push_html_text(out: &mut String, html: &str) {
    for piece in pieces(html) {
        match piece {
            Piece::Text(text) => out.push_str(&decode_entities(text)),
            Piece::Tag(_) | Piece::Other(_) => out.push(' '),
        }
    }
    out.push(' ');
}

/// The first `SNIPPET_CHARS` characters of `text`, cut at a word, with `…` when cut.
fn snippet(text: &str) -> String {
    if text.chars().count() <= SNIPPET_CHARS {
        return text.to_string();
    }
    let end = text.char_indices().nth(SNIPPET_CHARS).map_or(text.len(), |(i, _)| i);
    let cut = text[..end].rfind(' ').filter(|&i| i > end / 2).unwrap_or(end);
    format!("{}…", text[..cut].trim_end_matches([' ', ',', ';', ':']))
}

/// What a search result shows of a page (`search-docs.json`).
struct ShownDoc {
    title: String,
    url: String,
    section: String,
    snippet: String,
}

impl From<SearchDoc> for ShownDoc {
    fn from(doc: SearchDoc) -> ShownDoc {
        ShownDoc { snippet: snippet(&doc.body), title: doc.title, url: doc.url, section: doc.section }
    }
}

/// A page's document, the term numbers of its fields and its distinct words.
type PageTerms = (SearchDoc, Vec<Vec<u32>>, Vec<u32>);

/// The search data of one language, kept by `serve` so that an edit to one
/// page re-reads only that page before the index is written again. It keeps
/// what the files need, not the pages' text.
pub struct LanguageIndex {
    lang: Lang,
    pipeline: TextPipeline,
    cache: TermCache,
    /// Page indexes (into `site.pages`) of the searchable pages, in site order.
    pages: Vec<usize>,
    docs: Vec<ShownDoc>,
    /// Term numbers of each page's fields, in [`FIELDS`] order.
    fields: Vec<Vec<Vec<u32>>>,
    /// Each page's distinct words for typo correction, as spelling numbers
    /// ([`text::TermCache::spellings`]), kept only when the index will be
    /// updated ([`LanguageIndex::new`]), empty for a one-off build
    /// ([`language_files`]).
    words: Vec<Vec<u32>>,
    /// How many pages have each of those words: an edit changes the counts
    /// of one page's words instead of reading every page again.
    word_pages: HashMap<u32, u32>,
}

impl LanguageIndex {
    /// The index of `lang`, ready for [`LanguageIndex::update`].
    pub fn new(site: &Site, lang: &Lang) -> Result<LanguageIndex, Diagnostic> {
        LanguageIndex::read_all(site, lang, true)
    }

    fn read_all(site: &Site, lang: &Lang, updatable: bool) -> Result<LanguageIndex, Diagnostic> {
        let mut index = LanguageIndex {
            lang: lang.clone(),
            pipeline: TextPipeline::new(&lang.code),
            cache: TermCache::default(),
            pages: searchable(site, lang),
            docs: Vec::new(),
            fields: Vec::new(),
            words: Vec::new(),
            word_pages: HashMap::new(),
        };
        for n in 0..index.pages.len() {
            let (doc, fields, words) = index.read(site, index.pages[n])?;
            index.count_words(&words, true);
            index.docs.push(doc.into());
            index.fields.push(fields);
            if updatable {
                index.words.push(words);
            }
        }
        Ok(index)
    }

    fn count_words(&mut self, words: &[u32], add: bool) {
        for word in words {
            if add {
                *self.word_pages.entry(*word).or_default() += 1;
            } else if let Some(count) = self.word_pages.get_mut(word) {
                *count -= 1;
                if *count == 0 {
                    self.word_pages.remove(word);
                }
            }
        }
    }

    /// A page's document, the term numbers of its fields, and its distinct
    /// words for typo correction (spelling numbers, from every field).
    fn read(&mut self, site: &Site, page: usize) -> Result<PageTerms, Diagnostic> {
        let doc = search_doc(site, page, &self.lang)?;
        let mut words = Vec::new();
        let fields = [&doc.title, &doc.keywords, &doc.headings, &doc.description, &doc.body]
            .into_iter()
            .map(|text| self.pipeline.terms_and_spellings(text, &mut self.cache, &mut words))
            .collect();
        words.sort_unstable();
        words.dedup();
        Ok((doc, fields, words))
    }

    /// Reads page `page` again (after an edit to its text).
    pub fn update(&mut self, site: &Site, page: usize) -> Result<(), Diagnostic> {
        if let Some(n) = self.pages.iter().position(|&p| p == page) {
            let (doc, fields, words) = self.read(site, page)?;
            if let Some(kept) = self.words.get_mut(n) {
                let old = std::mem::replace(kept, words.clone());
                self.count_words(&old, false);
                self.count_words(&words, true);
            }
            self.docs[n] = doc.into();
            self.fields[n] = fields;
        }
        Ok(())
    }

    /// `<lang>/search-index.json`, `<lang>/search-docs.json` and `<lang>/search-words.json`.
    pub fn files(&self) -> [OutputFile; 3] {
        let index_docs: Vec<IndexDoc> = self
            .pages
            .iter()
            .zip(&self.fields)
            .map(|(&i, fields)| IndexDoc { reference: i.to_string(), fields: fields.clone() })
            .collect();
        let index = build_index(FIELDS, &self.cache.vocabulary, &index_docs);
        let mut json = String::from("{");
        for (n, (&i, doc)) in self.pages.iter().zip(&self.docs).enumerate() {
            if n > 0 {
                json.push(',');
            }
            push_json_string(&mut json, &i.to_string());
            json.push_str(":{\"title\":");
            push_json_string(&mut json, &doc.title);
            json.push_str(",\"url\":");
            push_json_string(&mut json, &doc.url);
            json.push_str(",\"section\":");
            push_json_string(&mut json, &doc.section);
            json.push_str(",\"snippet\":");
            push_json_string(&mut json, &doc.snippet);
            json.push('}');
        }
        json.push('}');
        let [index_path, docs_path, words_path] = file_paths(&self.lang.code);
        [
            OutputFile::new(index_path, index),
            OutputFile::new(docs_path, json),
            OutputFile::new(words_path, words_json(&self.word_pages, &self.cache.spellings)),
        ]
    }
}

/// The distinct words (normalised, not stemmed or folded) of the searchable
/// fields, sorted, as a JSON array: the browser corrects a query word that
/// finds nothing to the closest of them, then runs it through the pipeline.
/// Words shorter than [`text::CORRECTED_MIN_CHARS`] and numbers are left
/// out (see [`text::is_correctable`]).
fn words_json(word_pages: &HashMap<u32, u32>, spellings: &[String]) -> String {
    let mut words: Vec<&String> = word_pages.keys().map(|&id| &spellings[id as usize]).collect();
    words.sort_unstable();
    let mut json = String::from("[");
    for (n, word) in words.iter().enumerate() {
        if n > 0 {
            json.push(',');
        }
        push_json_string(&mut json, word);
    }
    json.push(']');
    json
}

/// The output paths of a language's search index, documents and words.
pub fn file_paths(lang: &str) -> [String; 3] {
    [routes::search_index(lang), routes::search_docs(lang), routes::search_words(lang)]
        .map(|url| routes::output_path(&url))
}

/// The search index, documents and words of one language.
pub fn language_files(site: &Site, lang: &Lang) -> Result<[OutputFile; 3], Diagnostic> {
    LanguageIndex::read_all(site, lang, false).map(|index| index.files())
}

/// The languages whose search files no thread has started yet: shared by
/// the threads of [`search_files_from`].
#[derive(Debug, Default)]
pub struct LanguageQueue {
    next: AtomicUsize,
}

/// The search index, documents and words of the languages this thread takes
/// from `queue`, one at a time until none is left, each handed to `sink` as
/// soon as it is done (they are large for a large site); returns the
/// problems the sink reported. A build runs it on one thread while the other
/// typesets the PDFs, which then joins in: an index being made holds several
/// times its file's size (two at once beside the PDFs peaked 55 MB higher at
/// 5,000 pages × 8), and when the PDFs come from the cache both threads make
/// the search files.
pub fn search_files_from(
    site: &Site,
    sink: &(dyn Fn(OutputFile) -> Result<(), Diagnostic> + Sync),
    queue: &LanguageQueue,
) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    while let Some(lang) = site.config.languages.get(queue.next.fetch_add(1, Ordering::Relaxed)) {
        match language_files(site, lang) {
            Ok(files) => problems.extend(files.into_iter().filter_map(|f| sink(f).err())),
            Err(problem) => problems.push(problem),
        }
    }
    problems
}

/// A page in the search page's A–Z list.
#[derive(Debug, Clone, Serialize)]
pub struct Topic {
    pub title: String,
    pub url: String,
}

/// The pages translated into `lang` (not the home page), sorted by title
/// with diacritics folded, for the A–Z list shown without JavaScript.
pub fn topics(site: &Site, lang: &Lang) -> Vec<Topic> {
    let config = &site.config;
    let mut keyed: Vec<((String, String), Topic)> = searchable(site, lang)
        .into_iter()
        .filter(|&i| site.pages[i].kind != PageKind::Home)
        .map(|i| {
            let page = &site.pages[i];
            let title = page.shown(config, lang).front.title.clone();
            (text::sort_key(&title), Topic { title, url: page.url(lang) })
        })
        .collect();
    keyed.sort_by(|a, b| a.0.cmp(&b.0));
    keyed.into_iter().map(|(_, topic)| topic).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_leaves_out_markup_and_headings() {
        let parsed = crate::parse::markdown::parse_markdown(
            "## Heading {#h}\n\nSome *bold* [link](@/a.md) text.\n\n- one\n- two\n\n<p><label>Ask</label></p>\n",
            "p.md",
            0,
        );
        let text = parsed.with_events(|events| plain_text(&events)).unwrap();
        assert_eq!(text, "Some bold link text. one two Ask");
    }

    #[test]
    fn snippets_are_cut_at_a_word() {
        let long = "word ".repeat(100);
        let cut = snippet(long.trim());
        assert!(cut.ends_with("word…"), "{cut}");
        assert!(cut.chars().count() <= SNIPPET_CHARS + 1);
        assert_eq!(snippet("short text"), "short text");
    }
}
