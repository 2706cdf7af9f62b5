//! Translation freshness: the content hash a translation records in
//! `translated_from`, and the status it gives.

use crate::parse::front_matter::FrontMatter;
use serde::Serialize;
use sha2::{Digest, Sha256};

/// Where a page version stands against its source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TranslationStatus {
    /// The default-language page itself.
    Source,
    /// Translated from the source as it is now.
    Current,
    /// The source changed since it was translated (or no hash was recorded).
    Outdated,
    /// No translation: the default-language content is shown.
    Missing,
}

impl TranslationStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            TranslationStatus::Source => "source",
            TranslationStatus::Current => "current",
            TranslationStatus::Outdated => "outdated",
            TranslationStatus::Missing => "missing",
        }
    }
}

/// How far one language's translations are, over every page of the site.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct TranslationCounts {
    /// Translated from the source as it is now.
    pub current: usize,
    /// Translated, but the source changed since.
    pub outdated: usize,
    /// Not translated: the default language is shown.
    pub missing: usize,
    /// Translated (current or outdated) but not marked `reviewed: true`.
    pub unreviewed: usize,
}

impl TranslationCounts {
    /// Counts one page: its translation's status and whether it is reviewed,
    /// or `None` when the page has no translation.
    pub fn add(&mut self, translation: Option<(TranslationStatus, bool)>) {
        match translation {
            None => self.missing += 1,
            Some((status, reviewed)) => {
                if status == TranslationStatus::Outdated {
                    self.outdated += 1;
                } else {
                    self.current += 1;
                }
                if !reviewed {
                    self.unreviewed += 1;
                }
            }
        }
    }
}

/// A short, stable hash of what translators translate: title, description,
/// SMS text and body, with line endings and trailing spaces normalised.
pub fn content_hash(front: &FrontMatter, body: &str) -> String {
    let mut hasher = Sha256::new();
    for part in [front.title.as_str(), front.description.as_str(), front.sms.as_deref().unwrap_or(""), body] {
        let normalised: Vec<&str> = part.lines().map(str::trim_end).collect();
        hasher.update(normalised.join("\n").trim().as_bytes());
        hasher.update([0u8]);
    }
    let digest = hasher.finalize();
    digest.iter().take(6).map(|b| format!("{b:02x}")).collect()
}

/// Status of a translation given the source's current hash.
pub fn status_of(translated_from: Option<&str>, source_hash: &str) -> TranslationStatus {
    match translated_from {
        Some(hash) if hash == source_hash => TranslationStatus::Current,
        _ => TranslationStatus::Outdated,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn front(title: &str) -> FrontMatter {
        FrontMatter { title: title.into(), description: "d".into(), ..Default::default() }
    }

    #[test]
    fn hash_ignores_line_endings_and_trailing_space() {
        assert_eq!(content_hash(&front("T"), "a  \r\nb\n"), content_hash(&front("T"), "a\nb"));
        assert_ne!(content_hash(&front("T"), "a\nb"), content_hash(&front("U"), "a\nb"));
        assert_eq!(content_hash(&front("T"), "x").len(), 12);
    }

    #[test]
    fn status_compares_hashes() {
        assert_eq!(status_of(Some("abc"), "abc"), TranslationStatus::Current);
        assert_eq!(status_of(Some("abd"), "abc"), TranslationStatus::Outdated);
        assert_eq!(status_of(None, "abc"), TranslationStatus::Outdated);
    }
}
