//! Fluent UI strings: one concurrent bundle per language, English (the
//! default language) as the fallback for missing keys.

use crate::config::SiteConfig;
use crate::diag::{line_of, Diagnostic, Diagnostics};
use crate::source::TextFile;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Mutex;
use unic_langid::LanguageIdentifier;

/// First strong isolate and pop directional isolate: Fluent's bidi marks.
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

/// The UI strings of every language.
pub struct I18n {
    default_language: String,
    bundles: BTreeMap<String, FluentBundle<FluentResource>>,
    /// Message ids defined per language, with the file and line that define each.
    keys: BTreeMap<String, BTreeMap<String, (String, usize)>>,
    /// Problems met while formatting strings (unknown variables, keys that no
    /// language has), collected while pages render in parallel.
    problems: Mutex<BTreeSet<(String, usize, String)>>,
}

impl I18n {
    /// Builds the bundles; syntax errors and duplicate keys are errors naming file and line.
    pub fn load(config: &SiteConfig, files: &[TextFile], diagnostics: &mut Diagnostics) -> I18n {
        let mut bundles = BTreeMap::new();
        let mut keys: BTreeMap<String, BTreeMap<String, (String, usize)>> = BTreeMap::new();
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
                        let line = line_of_key(&file.text, &id);
                        if let Some((first, first_line)) = lang_keys.insert(id.clone(), (shown.clone(), line)) {
                            diagnostics.push(
                                Diagnostic::error(format!(
                                    "Fluent key '{id}' is defined twice (also in {first}:{first_line})"
                                ))
                                .at(&shown)
                                .line(line)
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
        I18n { default_language: config.default_language.clone(), bundles, keys, problems: Mutex::default() }
    }

    /// The text of `key` in `lang`, falling back to the default language.
    /// With `isolate` false, Fluent's bidi isolation marks are removed (for
    /// attributes, URLs and SMS texts). A key no language has, or a string
    /// that cannot be formatted (an unknown `{ $variable }`), is recorded as
    /// a problem for [`I18n::take_problems`].
    pub fn text(&self, lang: &str, key: &str, args: Option<&FluentArgs>, isolate: bool) -> Option<String> {
        let found = self.format(lang, key, args).or_else(|| self.format(&self.default_language, key, args));
        let Some(found) = found else {
            let file = format!("translations/{}", self.default_language);
            self.record(file, 0, format!("no Fluent message '{key}' in any language"));
            return None;
        };
        Some(if isolate { found } else { found.replace([FSI, PDI], "") })
    }

    fn format(&self, lang: &str, key: &str, args: Option<&FluentArgs>) -> Option<String> {
        let bundle = self.bundles.get(lang)?;
        let message = bundle.get_message(key)?;
        let pattern = message.value()?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        if let Some(error) = errors.first() {
            let (file, line) = self.keys.get(lang).and_then(|k| k.get(key)).cloned().unwrap_or_default();
            self.record(file, line, format!("Fluent message '{key}' cannot be formatted: {error}"));
        }
        Some(text.into_owned())
    }

    fn record(&self, file: String, line: usize, message: String) {
        if let Ok(mut problems) = self.problems.lock() {
            problems.insert((file, line, message));
        }
    }

    /// The formatting problems met since the last call, as errors.
    pub fn take_problems(&self) -> Vec<Diagnostic> {
        let problems = self.problems.lock().map(|mut p| std::mem::take(&mut *p)).unwrap_or_default();
        problems
            .into_iter()
            .map(|(file, line, message)| {
                let diagnostic = Diagnostic::error(message).at(file).hint(
                    "define the message in translations/<lang>/*.ftl and use only the variables the theme passes",
                );
                if line > 0 {
                    diagnostic.line(line)
                } else {
                    diagnostic
                }
            })
            .collect()
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

/// The line (from 1) where the message `id` is defined in a Fluent file.
fn line_of_key(text: &str, id: &str) -> usize {
    text.lines()
        .position(|line| line.strip_prefix(id).is_some_and(|rest| rest.trim_start().starts_with('=')))
        .map_or(1, |i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::SiteConfig;

    fn i18n(files: &[(&str, &str)]) -> (I18n, Diagnostics) {
        let config = SiteConfig::parse(
            "base_url: https://x.test\ndefault_language: en\nlanguages:\n  - { code: en, name: English }\n  - { code: pl, name: Polski }\n  - { code: ar, name: العربية, dir: rtl }\n",
            "site.yaml",
        )
        .unwrap();
        let files: Vec<TextFile> = files
            .iter()
            .map(|(lang, text)| TextFile { lang: lang.to_string(), rel: "main.ftl".into(), text: text.to_string() })
            .collect();
        let mut diagnostics = Diagnostics::default();
        (I18n::load(&config, &files, &mut diagnostics), diagnostics)
    }

    fn count(n: f64) -> FluentArgs<'static> {
        let mut args = FluentArgs::new();
        args.set("count", n);
        args
    }

    #[test]
    fn plural_rules_come_from_fluent() {
        let pl = "pages = { $count ->\n    [one] { $count } strona\n    [few] { $count } strony\n   *[many] { $count } stron\n}\n";
        let (i18n, _) = i18n(&[("en", "pages = { $count } pages\n"), ("pl", pl)]);
        assert_eq!(i18n.text("pl", "pages", Some(&count(1.0)), false).unwrap(), "1 strona");
        assert_eq!(i18n.text("pl", "pages", Some(&count(3.0)), false).unwrap(), "3 strony");
        assert_eq!(i18n.text("pl", "pages", Some(&count(5.0)), false).unwrap(), "5 stron");
        assert_eq!(i18n.text("pl", "pages", Some(&count(22.0)), false).unwrap(), "22 strony");
    }

    #[test]
    fn missing_keys_fall_back_to_english_and_are_listed() {
        let (i18n, _) = i18n(&[("en", "a = A\nb = B\n"), ("pl", "a = AA\nzz = ?\n")]);
        assert_eq!(i18n.text("pl", "b", None, true).unwrap(), "B");
        assert_eq!(i18n.missing_keys("pl"), ["b"]);
        assert_eq!(i18n.unknown_keys("pl"), ["zz"]);
        assert!(i18n.text("pl", "nowhere", None, true).is_none());
    }

    #[test]
    fn isolation_marks_only_where_asked() {
        let (i18n, _) = i18n(&[("en", "hello = Hello { $name }\n"), ("ar", "hello = مرحبا { $name }\n")]);
        let mut args = FluentArgs::new();
        args.set("name", "Sam");
        assert_eq!(i18n.text("ar", "hello", Some(&args), true).unwrap(), "مرحبا \u{2068}Sam\u{2069}");
        assert_eq!(i18n.text("ar", "hello", Some(&args), false).unwrap(), "مرحبا Sam");
    }

    #[test]
    fn formatting_problems_and_unknown_keys_are_reported_with_file_and_line() {
        let (i18n, _) =
            i18n(&[("en", "a = A\nhello = Hello { $name }\n"), ("pl", "a = AA\nhello = Cześć { $name }\n")]);
        assert!(i18n.take_problems().is_empty());
        assert_eq!(i18n.text("pl", "hello", None, false).unwrap(), "Cześć {$name}");
        assert!(i18n.text("pl", "nowhere", None, false).is_none());
        let problems: Vec<String> = i18n.take_problems().iter().map(ToString::to_string).collect();
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(
            problems[0].starts_with("error: translations/en: no Fluent message 'nowhere' in any language"),
            "{problems:?}"
        );
        assert!(
            problems[1].starts_with("error: translations/pl/main.ftl:2: Fluent message 'hello' cannot be formatted"),
            "{problems:?}"
        );
        assert!(i18n.take_problems().is_empty(), "taken once");
    }

    #[test]
    fn syntax_errors_name_file_and_line() {
        let (_, diagnostics) = i18n(&[("en", "a = A\n\nthis is not fluent\n")]);
        let text = diagnostics.sorted()[0].to_string();
        assert!(text.starts_with("error: translations/en/main.ftl:3: Fluent syntax error"), "{text}");
    }
}
