//! Fluent UI strings: one concurrent bundle per language, English (the
//! default language) as the fallback for missing keys.

use crate::config::SiteConfig;
use crate::diag::{line_of, Diagnostic, Diagnostics};
use crate::source::TextFile;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use unic_langid::LanguageIdentifier;

/// First strong isolate and pop directional isolate: Fluent's bidi marks.
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

/// The UI strings of every language.
pub struct I18n {
    default_language: String,
    bundles: BTreeMap<String, FluentBundle<FluentResource>>,
    /// Message ids defined per language, with the file that defines each.
    keys: BTreeMap<String, BTreeMap<String, String>>,
}

impl I18n {
    /// Builds the bundles; syntax errors and duplicate keys are errors naming file and line.
    pub fn load(config: &SiteConfig, files: &[TextFile], diagnostics: &mut Diagnostics) -> I18n {
        let mut bundles = BTreeMap::new();
        let mut keys: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
        for lang in &config.languages {
            let langid: LanguageIdentifier = lang.code.parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            let lang_keys = keys.entry(lang.code.clone()).or_default();
            for file in files.iter().filter(|f| f.lang == lang.code) {
                let shown = file.display_path("translations");
                let resource = match FluentResource::try_new(file.text.clone()) {
                    Ok(resource) => resource,
                    Err((resource, errors)) => {
                        for error in errors {
                            diagnostics.push(
                                Diagnostic::error(format!("Fluent syntax error: {}", error.kind))
                                    .at(&shown)
                                    .line(line_of(&file.text, error.pos.start))
                                    .hint("see https://projectfluent.org/fluent/guide/ for the syntax"),
                            );
                        }
                        resource
                    }
                };
                for entry in resource.entries() {
                    if let ast::Entry::Message(message) = entry {
                        let id = message.id.name.to_string();
                        if let Some(first) = lang_keys.insert(id.clone(), shown.clone()) {
                            diagnostics.push(
                                Diagnostic::error(format!("Fluent key '{id}' is defined twice (also in {first})"))
                                    .at(&shown)
                                    .hint("keep one definition"),
                            );
                        }
                    }
                }
                // Duplicates are reported above; add the rest.
                if let Err(_errors) = bundle.add_resource(resource) {}
            }
            bundles.insert(lang.code.clone(), bundle);
        }
        I18n { default_language: config.default_language.clone(), bundles, keys }
    }

    /// The text of `key` in `lang`, falling back to the default language.
    /// With `isolate` false, Fluent's bidi isolation marks are removed (for
    /// attributes, URLs and SMS texts).
    pub fn text(&self, lang: &str, key: &str, args: Option<&FluentArgs>, isolate: bool) -> Option<String> {
        let found = self.format(lang, key, args).or_else(|| self.format(&self.default_language, key, args))?;
        Some(if isolate { found } else { found.replace([FSI, PDI], "") })
    }

    fn format(&self, lang: &str, key: &str, args: Option<&FluentArgs>) -> Option<String> {
        let bundle = self.bundles.get(lang)?;
        let message = bundle.get_message(key)?;
        let pattern = message.value()?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        Some(text.into_owned())
    }

    /// Keys the default language has and `lang` lacks.
    pub fn missing_keys(&self, lang: &str) -> Vec<String> {
        let empty = BTreeMap::new();
        let have = self.keys.get(lang).unwrap_or(&empty);
        self.keys
            .get(&self.default_language)
            .map(|all| all.keys().filter(|k| !have.contains_key(*k)).cloned().collect())
            .unwrap_or_default()
    }

    /// Keys `lang` defines that the default language does not (probably typos).
    pub fn unknown_keys(&self, lang: &str) -> Vec<String> {
        let empty = BTreeMap::new();
        let default = self.keys.get(&self.default_language).unwrap_or(&empty);
        self.keys
            .get(lang)
            .map(|keys| keys.keys().filter(|k| !default.contains_key(*k)).cloned().collect())
            .unwrap_or_default()
    }

    /// Every key of the default language.
    pub fn default_keys(&self) -> BTreeSet<String> {
        self.keys.get(&self.default_language).map(|k| k.keys().cloned().collect()).unwrap_or_default()
    }
}
