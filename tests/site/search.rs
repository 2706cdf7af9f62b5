//! Search: the per-language lunr index and documents, the search page with
//! its A–Z list, and the header form on every page.

use crate::util::*;
use serde_json::Value;

fn json(fx: &Fixture, rel: &str) -> Value {
    serde_json::from_str(&fx.out(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn terms(index: &Value) -> Vec<String> {
    index["invertedIndex"].as_array().unwrap().iter().map(|e| e[0].as_str().unwrap().to_string()).collect()
}

#[test]
fn every_language_gets_an_index_and_documents_of_its_translated_pages_only() {
    let fx = Fixture::new("basic");
    fx.build();
    let urls = |lang: &str| -> Vec<String> {
        let docs = json(&fx, &format!("{lang}/search-docs.json"));
        let mut urls: Vec<String> =
            docs.as_object().unwrap().values().map(|d| d["url"].as_str().unwrap().to_string()).collect();
        urls.sort();
        urls
    };
    assert_eq!(urls("en"), ["/en/", "/en/guides/", "/en/guides/crying/", "/en/room/", "/en/sleep-safe/"]);
    // Polish and Arabic have two translations; their fallback pages are not searchable.
    assert_eq!(urls("pl"), ["/pl/", "/pl/sleep-safe/"]);
    assert_eq!(urls("ar"), ["/ar/", "/ar/sleep-safe/"]);
    let docs = json(&fx, "en/search-docs.json");
    let crying = docs.as_object().unwrap().values().find(|d| d["url"] == "/en/guides/crying/").unwrap();
    assert_eq!(crying["title"], "Coping with crying");
    assert_eq!(crying["section"], "Guides", "the section a page is in");
    let snippet = crying["snippet"].as_str().unwrap();
    assert!(!snippet.is_empty() && !snippet.contains('#') && !snippet.contains("](@/"), "plain text: {snippet}");
    // The English-only words of the fallback pages are not in the Polish index.
    let pl = json(&fx, "pl/search-index.json");
    assert!(!terms(&pl).iter().any(|t| t == "cri"), "no English crying page in Polish: {:?}", terms(&pl));
    assert!(terms(&json(&fx, "en/search-index.json")).iter().any(|t| t == "cri"), "English is stemmed: crying → cri");
}

#[test]
fn indexes_load_in_lunr_2_3_9_terms_sorted_by_utf16_every_posting_with_every_field() {
    let fx = Fixture::new("basic");
    // A letter outside the Basic Multilingual Plane (Gothic 𐌰, a surrogate pair in UTF-16)
    // sorts before U+FA0E in UTF-16 but after it in UTF-8.
    fx.edit("content/en/room/index.md", "![A cot", "Gothic \u{10330} and \u{FA0E}, ﬀ ligature and \u{FF41}. ![A cot");
    fx.build();
    for lang in ["en", "pl", "ar"] {
        let index = json(&fx, &format!("{lang}/search-index.json"));
        assert_eq!(index["version"], "2.3.9");
        assert_eq!(index["fields"], serde_json::json!(["title", "keywords", "headings", "description", "body"]));
        assert_eq!(index["pipeline"], serde_json::json!([]), "no pipeline function to register");
        let terms = terms(&index);
        let mut sorted = terms.clone();
        sorted.sort_by(|a, b| a.encode_utf16().cmp(b.encode_utf16()));
        assert_eq!(terms, sorted, "{lang}: terms in UTF-16 order");
        let mut indexes = std::collections::BTreeSet::new();
        for entry in index["invertedIndex"].as_array().unwrap() {
            let posting = entry[1].as_object().unwrap();
            for field in ["title", "keywords", "headings", "description", "body"] {
                assert!(posting.get(field).is_some_and(Value::is_object), "{lang}: {entry} lacks {field}");
            }
            assert!(indexes.insert(posting["_index"].as_u64().unwrap()), "{lang}: term indexes are unique");
        }
        for vector in index["fieldVectors"].as_array().unwrap() {
            let elements = vector[1].as_array().unwrap();
            for pair in elements.chunks(2) {
                assert!(indexes.contains(&pair[0].as_u64().unwrap()), "{lang}: {vector} names an unknown term");
                assert!(pair[1].as_f64().unwrap() > 0.0);
            }
        }
    }
    let en = terms(&json(&fx, "en/search-index.json"));
    let gothic = en.iter().position(|t| t == "\u{10330}").expect("the Gothic letter is a term");
    let cjk = en.iter().position(|t| t == "\u{FA0E}").expect("U+FA0E is a term");
    assert!(gothic < cjk, "UTF-16 order, not byte order");
    assert!(en.iter().any(|t| t == "ff"), "NFKC: the ﬀ ligature is two letters: {en:?}");
    assert!(en.iter().any(|t| t == "a"), "NFKC: fullwidth ａ is a");
}

#[test]
fn diacritics_are_folded_and_arabic_is_normalised_in_the_index() {
    let fx = Fixture::new("basic");
    fx.edit("content/pl/sleep-safe.md", "## Na plecach {#on-back}", "Łóżeczko dziecka.\n\n## Na plecach {#on-back}");
    fx.edit("content/ar/sleep-safe.md", "## على الظهر {#on-back}", "الطِّفْـــل\n\n## على الظهر {#on-back}");
    fx.build();
    let pl = terms(&json(&fx, "pl/search-index.json"));
    // Folded, then light-stemmed: Łóżeczko → lozeczk, dziecka → dziec.
    assert!(pl.iter().any(|t| t == "lozeczk") && pl.iter().any(|t| t == "dziec"), "{pl:?}");
    assert!(!pl.iter().any(|t| t.contains('ł') || t.contains('ó')), "{pl:?}");
    let ar = terms(&json(&fx, "ar/search-index.json"));
    assert!(ar.iter().any(|t| t == "طفل"), "harakat and tatweel removed, article stemmed: {ar:?}");
    assert!(!ar.iter().any(|t| t.contains('\u{0640}') || t.contains('\u{0650}')), "{ar:?}");
}

#[test]
fn the_search_page_has_a_form_a_live_region_and_an_a_to_z_list_in_every_language() {
    let fx = Fixture::new("basic");
    fx.edit("content/en/guides/_index.md", "All the guides.", "All the guides. [Search](@/search/).");
    fx.build();
    for lang in ["en", "pl", "ar"] {
        let html = fx.out(&format!("{lang}/search/index.html"));
        assert!(html.contains(&format!("action=/{lang}/search/")), "{lang}: {html}");
        assert!(html.contains("role=search") && html.contains("name=q"), "{lang}");
        assert!(html.contains("aria-live=polite"), "{lang}: a live region");
        assert!(html.contains("src=/js/search.js") && html.contains("src=/js/vendor/lunr.min.js"), "{lang}");
        assert!(!html.contains("id=header-search-q"), "{lang}: no second form in the header");
    }
    assert!(html_tag(&fx.out("ar/search/index.html")).contains("dir=rtl"));
    // The A–Z list: every searchable page but home, sorted by title.
    let en = fx.out("en/search/index.html");
    let list = en.split("class=topic-list").nth(1).unwrap();
    let order: Vec<usize> = ["A safe room", "Coping with crying", "Guides", "Sleeping safely"]
        .iter()
        .map(|t| list.find(t).unwrap_or_else(|| panic!("{t} not listed: {list}")))
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "A–Z order: {order:?}");
    let pl = fx.out("pl/search/index.html");
    let pl_list = pl.split("class=topic-list").nth(1).unwrap();
    assert!(pl_list.contains("href=/pl/sleep-safe/"), "{pl_list}");
    assert!(!pl_list.contains("href=/pl/guides/crying/"), "fallbacks are not Polish topics");
    // Content links to the search page follow the language; the page is locked.
    assert!(fx.out("pl/guides/index.html").contains("href=/pl/search/"));
    assert!(fx.read("urls.lock").contains("\n/pl/search/\n"));
}

#[test]
fn every_other_page_has_a_plain_header_form_and_loads_no_search_script() {
    let fx = Fixture::new("basic");
    fx.build();
    for rel in ["en/index.html", "pl/sleep-safe/index.html", "ar/guides/crying/index.html", "en/links/index.html"] {
        let html = fx.out(rel);
        let lang = rel.split('/').next().unwrap();
        assert!(html.contains(&format!("action=/{lang}/search/")), "{rel}: header form");
        assert!(html.contains("id=header-search-q"), "{rel}");
        assert!(!html.contains("search.js") && !html.contains("lunr") && !html.contains("search-index"), "{rel}");
    }
}

#[test]
fn a_content_page_at_the_search_path_is_an_error() {
    let fx = Fixture::new("basic");
    fx.write("content/en/search.md", "---\ntitle: Search\ndescription: Mine.\n---\nx\n");
    let run = fx.run(&["build", "--quiet"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
}

#[test]
fn keywords_are_searched_in_their_own_language_and_do_not_outdate_translations() {
    let fx = Fixture::new("basic");
    fx.build();
    let status_before = fx.run(&["translations", "--format", "json"]).stdout;
    fx.edit("content/en/sleep-safe.md", "audience: parents", "audience: parents\nkeywords: [co-sleeping, nap]");
    fx.edit("content/pl/sleep-safe.md", "title: Bezpieczny sen", "title: Bezpieczny sen\nkeywords:\n  - drzemka");
    fx.build();
    let field_docs = |lang: &str, term: &str| -> Value {
        let index = json(&fx, &format!("{lang}/search-index.json"));
        let entry = index["invertedIndex"].as_array().unwrap().iter().find(|e| e[0] == term).cloned();
        entry.unwrap_or_else(|| panic!("{lang}: no term {term} in {:?}", terms(&index)))[1]["keywords"].clone()
    };
    assert_eq!(field_docs("en", "sleep").as_object().unwrap().len(), 1, "the English keyword 'co-sleeping' → sleep");
    assert_eq!(field_docs("en", "nap").as_object().unwrap().len(), 1);
    assert_eq!(
        field_docs("pl", "drzemk").as_object().unwrap().len(),
        1,
        "the Polish page's own keyword (drzemka, stemmed)"
    );
    assert!(!terms(&json(&fx, "pl/search-index.json")).iter().any(|t| t == "nap"), "English keywords stay English");
    assert_eq!(
        fx.run(&["translations", "--format", "json"]).stdout,
        status_before,
        "keywords do not outdate translations"
    );
}
