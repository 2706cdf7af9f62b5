//! The theme: Tera templates with the `t()` function for Fluent strings.

use crate::diag::{Diagnostic, Diagnostics};
use crate::i18n::I18n;
use crate::source::TemplateFiles;
use fluent_bundle::{FluentArgs, FluentValue};
use std::sync::Arc;
use tera::{Kwargs, State, Tera, Value};

/// Templates every theme must have.
pub const REQUIRED_TEMPLATES: &[&str] = &[
    "base.html",
    "home.html",
    "section.html",
    "page.html",
    "chooser.html",
    "404.html",
    "redirect.html",
    "links.html",
    "red-book.html",
    "search.html",
    "offline.html",
];

/// Loads the theme's templates and registers `t(key=..., isolate=true, ...args)`.
///
/// `t` looks the key up in the language of the page being rendered (the
/// `lang_code` variable, or a `lang=` argument), falling back to the default
/// language. Extra arguments become Fluent variables. `isolate=false` drops
/// Fluent's bidi isolation marks, for attributes and URLs.
pub fn load_theme(templates: &TemplateFiles, i18n: Arc<I18n>, diagnostics: &mut Diagnostics) -> Option<Tera> {
    let mut tera = Tera::new();
    tera.register_function("t", move |kwargs: Kwargs, state: &State| -> tera::TeraResult<String> {
        let key: String = kwargs.must_get("key")?;
        let isolate: bool = kwargs.get("isolate")?.unwrap_or(true);
        let lang: String = match kwargs.get::<String>("lang")? {
            Some(lang) => lang,
            None => state.get::<String>("lang_code")?.unwrap_or_default(),
        };
        let mut args = FluentArgs::new();
        for (name, value) in kwargs.iter() {
            let name = name.to_string();
            if matches!(name.as_str(), "key" | "isolate" | "lang") {
                continue;
            }
            args.set(name, to_fluent(value));
        }
        i18n.text(&lang, &key, Some(&args), isolate)
            .ok_or_else(|| tera::Error::message(format!("no Fluent message '{key}' in any language")))
    });
    let shown = format!("themes/{}/templates", templates.theme);
    let mut ok = true;
    for required in REQUIRED_TEMPLATES {
        if templates.unreadable.iter().any(|n| n == required) {
            ok = false; // its own error says why it could not be read
        } else if !templates.files.iter().any(|(n, _)| n == required) {
            ok = false;
            diagnostics.push(
                Diagnostic::error(format!("the theme has no template {required}"))
                    .at(format!("{shown}/{required}"))
                    .hint("copy it from themes/default/templates/"),
            );
        }
    }
    if !templates.unreadable.is_empty() {
        return None; // the others may extend or include it: its own error is enough
    }
    // Templates are added together so `extends` and `include` resolve.
    if let Err(e) = tera.add_raw_templates(templates.files.iter().map(|(n, t)| (n.as_str(), t.as_str()))) {
        ok = false;
        diagnostics.push(template_error(&shown, &e));
    }
    ok.then_some(tera)
}

fn to_fluent(value: &Value) -> FluentValue<'static> {
    if let Some(n) = value.as_i128() {
        FluentValue::from(n as f64)
    } else if let Some(f) = value.as_f64() {
        FluentValue::from(f)
    } else if let Some(s) = value.as_str() {
        FluentValue::from(s.to_string())
    } else {
        FluentValue::from(value.to_string())
    }
}

/// A Tera error as a diagnostic, with the template's file.
pub fn template_error(file: &str, error: &tera::Error) -> Diagnostic {
    use std::error::Error as _;
    let mut message = error.to_string();
    let mut source = error.source();
    while let Some(inner) = source {
        message.push_str(": ");
        message.push_str(&inner.to_string());
        source = inner.source();
    }
    Diagnostic::error(format!("template error: {message}")).at(file).hint("fix the template")
}
