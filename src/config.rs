//! `site.yaml`: the site's configuration, read strictly (unknown keys are errors).

use crate::diag::Diagnostic;
use crate::parse::yaml::{yaml_error, KNOWN_SITE_KEYS};
use serde::{Deserialize, Serialize};

/// Text direction of a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// One site language, made once when `site.yaml` is read: its place in
/// `languages` (the index of every per-language table), its code, its name
/// in itself, and its direction. Signatures take a `&Lang`, not a code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lang {
    /// Position in `languages` (menu order).
    #[serde(skip)]
    pub index: usize,
    pub code: String,
    pub name: String,
    #[serde(default = "ltr")]
    pub dir: Direction,
}

impl Lang {
    pub fn is_rtl(&self) -> bool {
        self.dir == Direction::Rtl
    }
}

fn ltr() -> Direction {
    Direction::Ltr
}

fn yes() -> bool {
    true
}

fn default_theme() -> String {
    "default".to_string()
}

/// The parsed `site.yaml`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteConfig {
    pub base_url: String,
    pub default_language: String,
    #[serde(default = "default_theme")]
    pub theme: String,
    pub languages: Vec<Lang>,
    /// The page every page's emergency line links to ("get help"), as a file
    /// below `content/<lang>/`, e.g. `get-help.md`.
    #[serde(default)]
    pub help_page: Option<String>,
    /// The line of `help_page` in `site.yaml`, for diagnostics.
    #[serde(skip)]
    pub help_page_line: Option<usize>,
    /// Installable and readable offline: a web app manifest per language and
    /// a service worker (`offline: false` turns both off).
    #[serde(default = "yes")]
    pub offline: bool,
}

impl SiteConfig {
    /// Parses and validates `site.yaml` text; `file` names it in diagnostics.
    pub fn parse(text: &str, file: &str) -> Result<SiteConfig, Vec<Diagnostic>> {
        let mut config: SiteConfig =
            serde_norway::from_str(text).map_err(|e| vec![yaml_error(&e, text, file, 0, KNOWN_SITE_KEYS)])?;
        config.help_page_line = Self::key_line(text, "help_page");
        for (index, lang) in config.languages.iter_mut().enumerate() {
            lang.index = index;
        }
        let problems = config.validate(text, file);
        if problems.is_empty() {
            Ok(config)
        } else {
            Err(problems)
        }
    }

    fn validate(&self, text: &str, file: &str) -> Vec<Diagnostic> {
        let mut problems = Vec::new();
        let line_of_key = |key: &str| Self::key_line(text, key);
        let mut bad = |key: &str, message: String, hint: &str| {
            let mut d = Diagnostic::error(message).at(file).hint(hint);
            if let Some(line) = line_of_key(key) {
                d = d.line(line);
            }
            problems.push(d);
        };
        let url_ok = (self.base_url.starts_with("https://") || self.base_url.starts_with("http://"))
            && !self.base_url.ends_with('/')
            && !self.base_url.contains(char::is_whitespace)
            && self.base_url.split("://").nth(1).is_some_and(|h| !h.is_empty());
        if !url_ok {
            bad(
                "base_url",
                format!("base_url '{}' is not an absolute URL without a trailing slash", self.base_url),
                "write it like https://babysafety.example.org",
            );
        }
        if self.languages.is_empty() {
            bad("languages", "languages is empty".into(), "list at least the default language");
        }
        let mut seen = std::collections::BTreeSet::new();
        for lang in &self.languages {
            if !is_language_code(&lang.code) {
                bad(
                    "languages",
                    format!("language code '{}' is not a lowercase language tag", lang.code),
                    "use codes like en, pl, ur, pt-br",
                );
            }
            if !seen.insert(lang.code.clone()) {
                bad("languages", format!("language '{}' is listed twice", lang.code), "list each language once");
            }
            if lang.name.trim().is_empty() {
                bad(
                    "languages",
                    format!("language '{}' has an empty name", lang.code),
                    "give its name in the language itself",
                );
            }
        }
        if !self.languages.iter().any(|l| l.code == self.default_language) {
            bad(
                "default_language",
                format!("default_language '{}' is not in languages", self.default_language),
                "add it to languages or pick one of them",
            );
        }
        if self.theme.is_empty() || self.theme.contains(['/', '\\']) || self.theme.starts_with('.') {
            bad("theme", format!("theme '{}' is not a folder name", self.theme), "name a folder under themes/");
        }
        problems
    }

    pub fn language(&self, code: &str) -> Option<&Lang> {
        self.languages.iter().find(|l| l.code == code)
    }

    /// The language of `code`, or the default language when `code` is not
    /// one of the site's (a page version's code always is).
    pub fn language_or_default(&self, code: &str) -> &Lang {
        self.language(code).unwrap_or(self.default_lang())
    }

    pub fn default_lang(&self) -> &Lang {
        // validate() guarantees the default language is listed.
        self.language(&self.default_language).unwrap_or(&self.languages[0])
    }

    /// The line of `site.yaml` that sets `key`, if any.
    pub fn key_line(text: &str, key: &str) -> Option<usize> {
        text.lines().position(|l| l.trim_start().starts_with(&format!("{key}:"))).map(|i| i + 1)
    }

    /// Language codes in menu order.
    pub fn codes(&self) -> impl Iterator<Item = &str> {
        self.languages.iter().map(|l| l.code.as_str())
    }
}

/// `en`, `pl`, `pt-br`: lowercase ASCII letters, optional subtags.
pub fn is_language_code(code: &str) -> bool {
    let mut parts = code.split('-');
    let first = parts.next().unwrap_or("");
    (2..=3).contains(&first.len())
        && first.bytes().all(|b| b.is_ascii_lowercase())
        && parts
            .all(|p| !p.is_empty() && p.len() <= 8 && p.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_knows_its_place_and_direction() {
        let yaml = "base_url: https://example.org\ndefault_language: en\nlanguages:\n  - code: en\n    name: English\n  - code: ar\n    name: العربية\n    dir: rtl\n";
        let config = SiteConfig::parse(yaml, "site.yaml").unwrap();
        let ar = config.language("ar").unwrap();
        assert_eq!((ar.index, ar.is_rtl()), (1, true));
        let en = config.default_lang();
        assert_eq!((en.index, en.is_rtl()), (0, false));
        assert_eq!(config.language_or_default("xx").code, "en");
    }
}
