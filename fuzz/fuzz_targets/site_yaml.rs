//! `site.yaml`.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let _ = threesteps::config::SiteConfig::parse(text, "site.yaml");
});
