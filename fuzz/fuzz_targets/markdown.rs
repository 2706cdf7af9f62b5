//! A page body through every stage that walks Markdown or its HTML:
//! parsing (with the nesting limit), HTML rendering (left-to-right and
//! right-to-left), minification, leaflet blocks and search text.
#![no_main]
use libfuzzer_sys::fuzz_target;
use threesteps::output::search::text::TextPipeline;

fuzz_target!(|body: &str| {
    let parsed = threesteps::parse::markdown::parse_markdown(body, "content/en/fuzz.md", 5);
    for isolate_addresses in [false, true] {
        let options = threesteps::output::markdown::RenderOptions {
            isolate_addresses,
            site_url: "https://example.org",
            external_label: "(another website)",
        };
        let html = threesteps::output::markdown::render_html(&parsed, &|d| d.to_string(), &options);
        let page = format!("<!DOCTYPE html><html><body><main>{html}</main></body></html>");
        let _ = threesteps::output::html::minify(page.as_bytes());
    }
    let _ = threesteps::output::leaflet::blocks::leaflet_body(&parsed.events());
    let text = threesteps::output::search::plain_text(&parsed.events());
    for lang in ["en", "ar", "ro", "pl", "cs", "sk", "ur", "pa"] {
        let pipeline = TextPipeline::new(lang);
        for word in threesteps::output::search::text::words(&text).into_iter().take(200) {
            let _ = pipeline.term(word);
        }
    }
});
