//! A Fluent file in a right-to-left language, loaded and every message formatted.
#![no_main]
use libfuzzer_sys::fuzz_target;
use threesteps::config::SiteConfig;
use threesteps::diag::Diagnostics;
use threesteps::i18n::I18n;
use threesteps::source::TextFile;

fuzz_target!(|text: &str| {
    let yaml = "base_url: https://x.test\ndefault_language: en\nlanguages:\n  - { code: en, name: English }\n  - { code: ar, name: العربية, dir: rtl }\n";
    let config = SiteConfig::parse(yaml, "site.yaml").expect("fixed config");
    let files = vec![
        TextFile { lang: "en".into(), rel: "main.ftl".into(), text: "a = A\n".into() },
        TextFile { lang: "ar".into(), rel: "main.ftl".into(), text: text.to_string() },
    ];
    let mut diagnostics = Diagnostics::default();
    let i18n = I18n::load(&config, &files, &mut diagnostics);
    for key in i18n.unknown_keys("ar").into_iter().take(50) {
        let _ = i18n.text("ar", &key, None, true);
        let _ = i18n.text("ar", &key, None, false);
    }
    let _ = i18n.take_problems();
});
