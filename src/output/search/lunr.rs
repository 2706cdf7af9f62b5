//! A lunr 2.3.9 index, serialised as `lunr.Index.load` reads it, built the way
//! `lunr.Builder` builds one: BM25 field vectors (k1 = 1.2, b = 0.75) with
//! lunr's idf, field boosts, scores rounded to three decimals, term indexes in
//! the order terms are first met, and the inverted index sorted by UTF-16
//! code units (the order JavaScript sorts strings in; `Index.load` rejects any
//! other). Every posting carries every field, as lunr's own do. The pipeline
//! is empty: terms arrive already processed (see `text.rs`).

use std::collections::HashMap;
use std::fmt::Write;

const K1: f64 = 1.2;
const B: f64 = 0.75;

/// The lunr version whose `Index.load` reads this format.
pub const LUNR_VERSION: &str = "2.3.9";

/// One document: its ref and the terms of each field (in field order), as
/// numbers into a vocabulary.
pub struct IndexDoc {
    pub reference: String,
    pub fields: Vec<Vec<u32>>,
}

/// Numbers terms given as strings: (vocabulary, documents), for callers that
/// have strings.
pub fn number_terms(docs: Vec<(String, Vec<Vec<String>>)>) -> (Vec<String>, Vec<IndexDoc>) {
    let mut ids: HashMap<String, u32> = HashMap::new();
    let mut vocabulary = Vec::new();
    let docs = docs
        .into_iter()
        .map(|(reference, fields)| IndexDoc {
            reference,
            fields: fields
                .into_iter()
                .map(|terms| {
                    terms
                        .into_iter()
                        .map(|term| {
                            *ids.entry(term.clone()).or_insert_with(|| {
                                vocabulary.push(term);
                                vocabulary.len() as u32 - 1
                            })
                        })
                        .collect()
                })
                .collect(),
        })
        .collect();
    (vocabulary, docs)
}

/// Serialises the index of `docs`; `fields` are (name, boost) pairs and
/// `vocabulary` the terms the documents' numbers stand for.
pub fn build_index(fields: &[(&str, f64)], vocabulary: &[String], docs: &[IndexDoc]) -> String {
    let counts = count_terms(fields.len(), vocabulary.len(), docs);
    let terms: Vec<&str> = counts.terms.iter().map(|&id| vocabulary[id as usize].as_str()).collect();
    let n = docs.len() as f64;
    let average: Vec<f64> = counts.total_length.iter().map(|&total| total as f64 / n).collect();
    let idf = inverse_document_frequencies(&counts.postings, n);
    let mut out = String::with_capacity(64 * 1024);
    out.push_str("{\"version\":\"");
    out.push_str(LUNR_VERSION);
    out.push_str("\",\"fields\":[");
    for (i, (name, _)) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_json_string(&mut out, name);
    }
    out.push_str("],\"fieldVectors\":[");
    push_field_vectors(&mut out, fields, docs, &counts.frequencies, &idf, &average);
    out.push_str("],\"invertedIndex\":[");
    push_inverted_index(&mut out, fields, docs, &terms, &counts.postings);
    out.push_str("],\"pipeline\":[]}");
    out
}

/// What lunr's builder counts while it reads the documents.
struct TermCounts {
    /// Vocabulary numbers of the terms, in the order lunr first meets them
    /// (a term's position here is its lunr `_index`).
    terms: Vec<u32>,
    /// postings[term][field] = docs (indexes into `docs`, ascending, once each).
    postings: Vec<Vec<Vec<usize>>>,
    /// frequencies[doc][field] = (term, tf), in order of first occurrence.
    frequencies: Vec<Vec<Vec<(usize, usize)>>>,
    /// Terms in each field over all documents.
    total_length: Vec<usize>,
}

/// Reads every field of every document once, numbering terms as lunr does.
fn count_terms(field_count: usize, vocabulary_len: usize, docs: &[IndexDoc]) -> TermCounts {
    const UNSEEN: u32 = u32::MAX;
    let mut counts = TermCounts {
        terms: Vec::new(),
        postings: Vec::new(),
        frequencies: Vec::with_capacity(docs.len()),
        total_length: vec![0usize; field_count],
    };
    // lunr numbers terms in the order it first meets them.
    let mut lunr_index = vec![UNSEEN; vocabulary_len];
    // Where each term's count is in the current field's list, and for which field.
    let mut slot = vec![(usize::MAX, 0usize); vocabulary_len];
    for (d, doc) in docs.iter().enumerate() {
        let mut per_field = Vec::with_capacity(field_count);
        for f in 0..field_count {
            let field_terms = doc.fields.get(f).map(Vec::as_slice).unwrap_or(&[]);
            counts.total_length[f] += field_terms.len();
            let stamp = d * field_count + f;
            let mut tf: Vec<(usize, usize)> = Vec::new();
            for &id in field_terms {
                let id = id as usize;
                if lunr_index[id] == UNSEEN {
                    lunr_index[id] = counts.terms.len() as u32;
                    counts.terms.push(id as u32);
                    counts.postings.push(vec![Vec::new(); field_count]);
                }
                let t = lunr_index[id] as usize;
                if slot[id].0 == stamp {
                    tf[slot[id].1].1 += 1;
                } else {
                    slot[id] = (stamp, tf.len());
                    tf.push((t, 1));
                    counts.postings[t][f].push(d);
                }
            }
            per_field.push(tf);
        }
        counts.frequencies.push(per_field);
    }
    counts
}

/// lunr's idf of each term: every field a term is in counts as a document.
fn inverse_document_frequencies(postings: &[Vec<Vec<usize>>], n: f64) -> Vec<f64> {
    postings
        .iter()
        .map(|per_field| {
            let with_term = per_field.iter().map(Vec::len).sum::<usize>() as f64;
            let x = (n - with_term + 0.5) / (with_term + 0.5);
            (1.0 + x.abs()).ln()
        })
        .collect()
}

/// The `fieldVectors` entries: `["field/ref",[term,score,…]]` for every field
/// of every document, BM25 scores boosted and rounded, terms ascending.
fn push_field_vectors(
    out: &mut String,
    fields: &[(&str, f64)],
    docs: &[IndexDoc],
    frequencies: &[Vec<Vec<(usize, usize)>>],
    idf: &[f64],
    average: &[f64],
) {
    let mut first = true;
    for (d, doc) in docs.iter().enumerate() {
        for (f, (name, boost)) in fields.iter().enumerate() {
            if !first {
                out.push(',');
            }
            first = false;
            out.push('[');
            push_json_string(out, &format!("{name}/{}", doc.reference));
            out.push_str(",[");
            let length = doc.fields.get(f).map_or(0, Vec::len) as f64;
            let mut vector: Vec<(usize, f64)> = frequencies[d][f]
                .iter()
                .map(|&(t, tf)| {
                    let tf = tf as f64;
                    // The same operations in the same order as lunr's builder.
                    let mut score = idf[t] * ((K1 + 1.0) * tf) / (K1 * (1.0 - B + B * (length / average[f])) + tf);
                    score *= boost;
                    (t, (score * 1000.0).round())
                })
                .collect();
            vector.sort_by_key(|&(t, _)| t);
            for (i, &(t, thousandths)) in vector.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                push_decimal(out, t as u64);
                out.push(',');
                push_thousandths(out, thousandths);
            }
            out.push_str("]]");
        }
    }
}

/// Appends `thousandths / 1000.0` exactly as Rust prints that float (`1.25`,
/// `3`, `0.007`) without formatting a float, which is most of an index's
/// time: for a whole number of thousandths below 10¹², the shortest decimal
/// that reads back as the same float is that number of thousandths, written
/// with its trailing zeros dropped.
fn push_thousandths(out: &mut String, thousandths: f64) {
    if !(thousandths.is_sign_positive() && thousandths < 1e12) {
        let _ = write!(out, "{}", thousandths / 1000.0);
        return;
    }
    let whole = thousandths as u64;
    push_decimal(out, whole / 1000);
    let fraction = whole % 1000;
    if fraction != 0 {
        let digits =
            [b'.', b'0' + (fraction / 100) as u8, b'0' + (fraction / 10 % 10) as u8, b'0' + (fraction % 10) as u8];
        // The point and the digits up to the last that is not zero.
        let used = 4 - usize::from(fraction.is_multiple_of(10)) - usize::from(fraction.is_multiple_of(100));
        out.push_str(std::str::from_utf8(&digits[..used]).unwrap_or_default());
    }
}

/// Appends `n` in decimal, as `{n}` would, without the formatting machinery
/// (an index writes hundreds of thousands of numbers).
fn push_decimal(out: &mut String, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut start = digits.len();
    loop {
        start -= 1;
        digits[start] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.push_str(std::str::from_utf8(&digits[start..]).unwrap_or_default());
}

/// The `invertedIndex` entries: `["term",{"_index":n,"field":{"ref":{}}…}]`,
/// terms sorted by UTF-16 code units, every field in every entry.
fn push_inverted_index(
    out: &mut String,
    fields: &[(&str, f64)],
    docs: &[IndexDoc],
    terms: &[&str],
    postings: &[Vec<Vec<usize>>],
) {
    let mut order: Vec<usize> = (0..terms.len()).collect();
    order.sort_by(|&a, &b| terms[a].encode_utf16().cmp(terms[b].encode_utf16()));
    for (i, &t) in order.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push('[');
        push_json_string(out, terms[t]);
        out.push_str(",{\"_index\":");
        out.push_str(&t.to_string());
        for (f, (name, _)) in fields.iter().enumerate() {
            out.push(',');
            push_json_string(out, name);
            out.push_str(":{");
            for (j, &d) in postings[t][f].iter().enumerate() {
                if j > 0 {
                    out.push(',');
                }
                push_json_string(out, &docs[d].reference);
                out.push_str(":{}");
            }
            out.push('}');
        }
        out.push_str("}]");
    }
}

/// Appends `text` as a JSON string.
pub fn push_json_string(out: &mut String, text: &str) {
    // What serde_json escapes: quotes, backslashes and control characters.
    if text.bytes().all(|b| b >= 0x20 && b != b'"' && b != b'\\') {
        out.push('"');
        out.push_str(text);
        out.push('"');
        return;
    }
    // Serialising a str cannot fail.
    out.push_str(&serde_json::to_string(text).unwrap_or_default());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index(fields: &[(&str, f64)], docs: &[(&str, &[&[&str]])]) -> String {
        let (vocabulary, docs) = number_terms(
            docs.iter()
                .map(|(r, fs)| (r.to_string(), fs.iter().map(|f| f.iter().map(|t| t.to_string()).collect()).collect()))
                .collect(),
        );
        build_index(fields, &vocabulary, &docs)
    }

    #[test]
    fn scores_are_written_as_the_float_would_be() {
        let mut thousandths: Vec<f64> = (0..200_000).map(f64::from).collect();
        thousandths.extend([1e6, 123_456_789.0, 999_999_999_999.0, 1e12, 3e15, -5.0, f64::NAN]);
        for k in thousandths {
            let mut out = String::new();
            push_thousandths(&mut out, k);
            assert_eq!(out, (k / 1000.0).to_string(), "{k} thousandths");
        }
    }

    #[test]
    fn numbers_are_written_as_format_would() {
        for n in [0, 7, 10, 99, 100, 12_345, u64::from(u32::MAX), u64::MAX] {
            let mut out = String::new();
            push_decimal(&mut out, n);
            assert_eq!(out, n.to_string());
        }
    }

    #[test]
    fn json_strings_are_escaped_as_serde_json_does() {
        for text in ["plain", "café \u{1F600}", "a\"quote", "back\\slash", "tab\tnew\nline\u{1}", "\u{7f}\u{2028}"] {
            let mut out = String::new();
            push_json_string(&mut out, text);
            assert_eq!(out, serde_json::to_string(text).unwrap());
        }
    }

    #[test]
    fn terms_are_sorted_by_utf16_code_units() {
        // U+FB01 (one UTF-16 unit) sorts after U+1F600 (a surrogate pair, 0xD83D…) in
        // JavaScript, but before it in Rust's byte order.
        let json = index(&[("body", 1.0)], &[("a", &[&["\u{FB01}", "\u{1F600}", "b"]])]);
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        let terms: Vec<&str> =
            value["invertedIndex"].as_array().unwrap().iter().map(|e| e[0].as_str().unwrap()).collect();
        assert_eq!(terms, ["b", "\u{1F600}", "\u{FB01}"]);
    }

    #[test]
    fn every_posting_has_every_field_and_scores_follow_bm25() {
        let json = index(
            &[("title", 10.0), ("body", 1.0)],
            &[("0", &[&["cot"], &["cot", "sleep", "sleep"]]), ("1", &[&["bath"], &["water"]])],
        );
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        for entry in value["invertedIndex"].as_array().unwrap() {
            assert!(entry[1]["title"].is_object() && entry[1]["body"].is_object(), "{entry}");
            assert!(entry[1]["_index"].is_u64());
        }
        // cot: in 2 fields of doc 0, so lunr counts 2 "documents" for its idf.
        let idf = (1.0f64 + ((2.0f64 - 2.0 + 0.5) / (2.0 + 0.5)).abs()).ln();
        let avg_title = 1.0;
        let score = idf * (2.2 * 1.0) / (1.2 * (1.0 - 0.75 + 0.75 * (1.0 / avg_title)) + 1.0) * 10.0;
        let vectors = value["fieldVectors"].as_array().unwrap();
        assert_eq!(vectors[0][0], "title/0");
        assert_eq!(vectors[0][1][0], 0);
        assert!((vectors[0][1][1].as_f64().unwrap() - (score * 1000.0).round() / 1000.0).abs() < 1e-9);
        assert_eq!(value["pipeline"], serde_json::json!([]));
    }
}
