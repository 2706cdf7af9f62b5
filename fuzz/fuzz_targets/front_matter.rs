//! A whole page file: front matter (YAML) and body split, then the body
//! through every stage that walks Markdown.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(page) = threesteps::parse::front_matter::parse_page(text, "content/en/fuzz.md") {
        let parsed = threesteps::parse::markdown::parse_markdown(page.body, "content/en/fuzz.md", page.body_line_offset);
        let options = threesteps::output::markdown::RenderOptions {
            isolate_addresses: false,
            site_url: "https://example.org",
            external_label: "(another website)",
        };
        let _ = threesteps::output::markdown::render_html(&parsed, &|d| d.to_string(), &options);
    }
});
