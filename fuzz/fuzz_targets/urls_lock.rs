//! `urls.lock`: parsed, then updated with the URLs it lists.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let (locked, _) = threesteps::model::urls::parse_lock(text);
    let published = locked.iter().map(|(_, url)| url.clone()).collect();
    let _ = threesteps::model::urls::updated_lock(Some(text), &locked, &published);
    let _ = threesteps::model::urls::check_lock(&locked, &published);
});
