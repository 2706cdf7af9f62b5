//! Serve benchmark: how long `serve` takes from a saved edit of one page's
//! text to the reload message, on a corpus of N pages × 8 languages.
//!
//! `cargo bench --bench serve` (N = 1000). The time measured is the rebuild
//! (`Builder::changed`: read and parse the file, check its links, render the
//! page in every language, the dashboard when a translation status changed
//! and the search files of the page's language); `serve` adds its 10 ms wait
//! for an editor's save to settle, and inotify's and the browser's own delay.

use std::time::Instant;
use threesteps::serve::{Builder, Shared};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod corpus;

fn main() {
    let quick = !std::env::args().any(|a| a == "--bench");
    let pages: usize =
        std::env::var("BENCH_PAGES").ok().and_then(|v| v.parse().ok()).unwrap_or(if quick { 20 } else { 1000 });
    let dir = std::env::temp_dir().join(format!("threesteps-serve-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    corpus::generate(&dir, pages);
    let shared = Shared::default();
    let mut builder = Builder::new(&dir);
    let first = builder.full(&shared);
    assert!(first.ok, "the corpus builds");
    println!(
        "corpus: {pages} pages × 8 languages; first build in memory: {} ms ({} files)",
        first.took.as_millis(),
        first.files
    );
    let page = "content/en/s3/p13.md";
    let mut times = Vec::new();
    for i in 0..(if quick { 3 } else { 21 }) {
        let path = dir.join(page);
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, format!("{text}\nOne more sentence, edit number {i}.\n")).unwrap();
        let started = Instant::now();
        let result = builder.changed(&shared, &[page.to_string()]);
        times.push(started.elapsed().as_secs_f64() * 1000.0);
        assert!(result.ok && result.kind == "page", "a body edit re-renders one page");
    }
    times.sort_by(f64::total_cmp);
    println!(
        "edit of one page's text → pages re-rendered: median {:.1} ms, max {:.1} ms over {} edits (+ 10 ms settle time in serve)",
        times[times.len() / 2],
        times[times.len() - 1],
        times.len()
    );
    let _ = std::fs::remove_dir_all(&dir);
}
