//! A page body through every stage that walks Markdown or its HTML:
//! parsing (with the nesting limit), HTML rendering (left-to-right and
//! right-to-left), minification, leaflet blocks and search text.
#![no_main]
use libfuzzer_sys::fuzz_target;
use threesteps::output::search::text::TextPipeline;

fuzz_target!(|body: &str| {
    let parsed = threesteps::parse::markdown::parse_markdown(body, "content/en/fuzz.md", 5);
    for isolate_addresses in [false, true] {
        let options = threesteps::parse::markdown::RenderOptions {
            isolate_addresses,
            site_url: "https://example.org",
            external_label: "(another website)",
        };
        let html = threesteps::parse::markdown::render_html(&parsed, &|d| d.to_string(), &options);
        let page = format!("<!DOCTYPE html><html><body><main>{html}</main></body></html>");
        let _ = threesteps::output::html::minify(page.as_bytes());
    }
    let ids: Vec<&str> = parsed.headings.iter().map(|h| h.id.as_str()).collect();
    let _ = threesteps::output::leaflet::blocks::leaflet_body(&parsed.source, &ids);
    let text = threesteps::output::search::plain_text(&parsed.source);
    for lang in ["en", "ar", "ro", "pl", "cs", "sk", "ur", "pa"] {
        let pipeline = TextPipeline::new(lang);
        for word in threesteps::output::search::text::words(&text).into_iter().take(200) {
            let _ = pipeline.term(word);
        }
    }
});
