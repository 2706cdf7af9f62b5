//! The cost of the PDF leaflets: the default site (the repository root) built
//! in memory with and without its leaflets, runs interleaved so the machine's
//! noise hits both alike. `cargo bench --bench leaflets` (BENCH_RUNS=N).

use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};
use threesteps::pipeline::{run, BuildOptions};

fn build(root: &Path, lazy_leaflets: bool) -> (Duration, usize, usize) {
    let files = AtomicUsize::new(0);
    let pdfs = AtomicUsize::new(0);
    let sink = |file: threesteps::output::OutputFile| {
        files.fetch_add(1, Ordering::Relaxed);
        if file.path.ends_with(".pdf") {
            pdfs.fetch_add(1, Ordering::Relaxed);
        }
        Ok(())
    };
    let options = BuildOptions { lazy_leaflets, ..BuildOptions::default() };
    // Typst memoises layouts across compilations: start cold, like `build`.
    typst::comemo::evict(0);
    let started = Instant::now();
    let result = run(root, &options, &sink);
    let took = started.elapsed();
    assert!(!result.diagnostics.has_errors(), "the default site must build");
    (took, files.into_inner(), pdfs.into_inner())
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let runs: usize = std::env::var("BENCH_RUNS").ok().and_then(|n| n.parse().ok()).unwrap_or(7);
    build(root, false); // warm the file cache
    let (mut with, mut without) = (Vec::new(), Vec::new());
    let (mut files_with, mut pdfs) = (0, 0);
    for _ in 0..runs {
        let (took, files, made) = build(root, false);
        with.push(took);
        (files_with, pdfs) = (files, made);
        without.push(build(root, true).0);
    }
    let (with, without) = (median(with), median(without));
    println!("default site, medians of {runs} interleaved in-memory builds:");
    println!("  with leaflets:    {:>6.0} ms ({files_with} files, {pdfs} PDFs)", with.as_secs_f64() * 1000.0);
    println!("  without leaflets: {:>6.0} ms", without.as_secs_f64() * 1000.0);
    println!(
        "  per PDF:          {:>6.1} ms",
        (with.saturating_sub(without)).as_secs_f64() * 1000.0 / pdfs.max(1) as f64
    );
}
