//! `threesteps search-debug` (hidden): the build-time search pipeline and
//! index builder on stdin, so the browser tests can compare them with the
//! browser's pipeline and with real lunr (`tests/e2e/search-index.test.js`).

use crate::output::search::lunr::{build_index, number_terms};
use crate::output::search::text::TextPipeline;
use serde::Deserialize;
use std::io::Read;

#[derive(Deserialize)]
struct Input {
    fields: Vec<(String, f64)>,
    docs: Vec<InputDoc>,
}

#[derive(Deserialize)]
struct InputDoc {
    #[serde(rename = "ref")]
    reference: String,
    fields: Vec<Vec<String>>,
}

/// Reads stdin; prints `[[word, term], …]` or an index. Exit 1 on bad input.
pub fn run(lang: &str, index: bool) -> u8 {
    let mut input = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut input) {
        eprintln!("error: cannot read stdin: {e}");
        return 1;
    }
    if index {
        let parsed: Input = match serde_json::from_str(&input) {
            Ok(parsed) => parsed,
            Err(e) => {
                eprintln!("error: stdin is not the expected JSON: {e}");
                return 1;
            }
        };
        let fields: Vec<(&str, f64)> = parsed.fields.iter().map(|(n, b)| (n.as_str(), *b)).collect();
        let (vocabulary, docs) = number_terms(parsed.docs.into_iter().map(|d| (d.reference, d.fields)).collect());
        super::say(&build_index(&fields, &vocabulary, &docs));
    } else {
        let pairs: Vec<(String, String)> =
            TextPipeline::new(lang).tokens(&input).into_iter().map(|t| (t.word, t.term)).collect();
        super::say(&serde_json::to_string(&pairs).unwrap_or_default());
    }
    0
}
