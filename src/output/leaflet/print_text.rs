//! Text as the leaflets print it. Arabic and Urdu are printed without their
//! optional vowel marks (harakat: fathatan … sukun, and the superscript alef),
//! because a PDF cannot give back a letter that carries one.
//!
//! Typst 0.15 shapes a letter and its marks as one cluster of several glyphs,
//! and its PDF writer (krilla 0.8), when it writes PDF/UA, maps *every* glyph of
//! that cluster to the whole cluster's text in the font's ToUnicode map and
//! wraps the cluster in an ActualText span. Extractors then get the text twice
//! or out of order: poppler's `pdftotext` turns "أمانًا" into "أما ًنًنا", and
//! pdfminer.six reads the same doubled glyph text. A screen reader or a search
//! gets what the text layer says, so the marks are left out of the printed
//! text (Arabic and Urdu are normally printed without them; the web pages keep
//! them). `tests/fixtures/arabic-text-layer/` keeps a minimal reproduction.

use serde::Serialize;
use std::borrow::Cow;
use unicode_normalization::UnicodeNormalization;

/// Optional Arabic-script vowel marks: U+064B–U+0652 and U+0670. Hamza and
/// madda marks (U+0653–U+0655) are part of the spelling and stay (composed
/// with their letter by NFC where Unicode has one letter for both).
fn is_vowel_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{0652}' | '\u{0670}')
}

/// The text as printed: NFC, without Arabic-script vowel marks. Text without
/// such marks comes back unchanged (borrowed).
pub fn for_print(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_vowel_mark) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.nfc().filter(|&c| !is_vowel_mark(c)).collect())
}

/// The JSON handed to a leaflet template, with every string as printed.
pub fn data_json<T: Serialize>(data: &T) -> Result<Vec<u8>, serde_json::Error> {
    let mut value = serde_json::to_value(data)?;
    printable(&mut value);
    serde_json::to_vec(&value)
}

fn printable(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::String(text) => {
            if let Cow::Owned(printed) = for_print(text) {
                *text = printed;
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(printable),
        serde_json::Value::Object(fields) => fields.values_mut().for_each(printable),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vowel_marks_are_left_out_and_hamza_stays() {
        assert_eq!(for_print("نوم أكثر أمانًا"), "نوم أكثر أمانا");
        assert_eq!(for_print("الرضّع، فوراً، اُدھر"), "الرضع، فورا، ادھر");
        // A hamza written as a mark is composed with its letter, not dropped.
        assert_eq!(for_print("ا\u{0654}مانًا"), "أمانا");
        assert!(matches!(for_print("Safer sleep, ਸੁਰੱਖਿਅਤ ਨੀਂਦ"), Cow::Borrowed(_)));
    }

    #[test]
    fn every_string_of_the_data_is_printable() {
        let data = serde_json::json!({"title": "أمانًا", "blocks": [{"spans": [{"text": "تحدّث", "ltr": false}]}], "size": 10.5});
        let json: serde_json::Value = serde_json::from_slice(&data_json(&data).unwrap()).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"title": "أمانا", "blocks": [{"spans": [{"text": "تحدث", "ltr": false}]}], "size": 10.5})
        );
    }
}
