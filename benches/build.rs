//! Build benchmark: generates a multilingual corpus (N pages × 8 languages,
//! 500–700 words a page with headings, lists, tables and internal links),
//! then times full builds (discover → outputs → atomic write) and reports
//! the peak memory of this process. Before that, it races the `threesteps`
//! binary against Hugo on `gen_corpus.py`'s corpus (see `race/mod.rs`).
//!
//! `cargo bench --bench build` (N = 1000); `BENCH_PAGES=200 cargo bench --bench build`;
//! `BENCH_RUNS=3` for fewer rounds (5); `BENCH_KEEP=/tmp/corpus` keeps a copy of the corpus.

use std::path::Path;
use std::time::Instant;
use threesteps::pipeline::{run, BuildOptions};
use threesteps::write::Staging;

mod corpus;
mod race;
use corpus::{copy_dir, generate};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The corpus folder, removed at the end.
struct BenchDir(std::path::PathBuf);

impl BenchDir {
    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for BenchDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn peak_rss_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` passes nothing useful: run small then.
    let quick = !std::env::args().any(|a| a == "--bench");
    let pages: usize =
        std::env::var("BENCH_PAGES").ok().and_then(|v| v.parse().ok()).unwrap_or(if quick { 20 } else { 1000 });
    let runs = std::env::var("BENCH_RUNS").ok().and_then(|v| v.parse().ok()).unwrap_or(if quick { 1 } else { 5 });
    let dir = BenchDir(std::env::temp_dir().join(format!("threesteps-bench-{}", std::process::id())));
    let _ = std::fs::remove_dir_all(dir.path());
    std::fs::create_dir_all(dir.path()).unwrap();
    // The race first: a child's peak memory (`ru_maxrss`) counts this
    // process's memory at the moment it starts the child, which the
    // in-process builds below would raise.
    if quick {
        println!("race against Hugo skipped: run `cargo bench --bench build`");
    } else {
        race::race(dir.path(), pages, runs, Path::new(env!("CARGO_BIN_EXE_threesteps")));
    }
    generate(dir.path(), pages);
    if let Some(keep) = std::env::var_os("BENCH_KEEP") {
        // Keep a copy of the corpus to profile the binary on it.
        let _ = std::fs::remove_dir_all(&keep);
        copy_dir(dir.path(), Path::new(&keep));
    }
    let words: usize =
        std::fs::read_to_string(dir.path().join("content/en/s0/p0.md")).unwrap().split_whitespace().count();
    println!("corpus: {pages} pages × 8 languages (+ home and 10 sections), ~{words} words a page");
    // Three measurements, interleaved run by run so machine noise hits all alike:
    // the full build; the same pipeline writing nothing (`check`); and, as the
    // disk's baseline, copying the finished output folder file by file.
    let (mut build, mut check, mut copy) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..runs {
        let started = Instant::now();
        let staging = Staging::new(&dir.path().join("public"));
        let result = run(dir.path(), &BuildOptions::default(), &|file| staging.write(&file));
        if result.diagnostics.has_errors() {
            for d in result.diagnostics.sorted().iter().take(10) {
                eprintln!("{d}");
            }
            panic!("benchmark corpus failed to build");
        }
        staging.commit().unwrap();
        build.push(started.elapsed().as_secs_f64());

        let started = Instant::now();
        let result = run(dir.path(), &BuildOptions::default(), &|_| Ok(()));
        assert!(!result.diagnostics.has_errors());
        check.push(started.elapsed().as_secs_f64());

        let copy_target = dir.path().join("public-copy");
        let started = Instant::now();
        copy_dir(&dir.path().join("public"), &copy_target);
        copy.push(started.elapsed().as_secs_f64());
        std::fs::remove_dir_all(&copy_target).unwrap();
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let (b, c, k) = (median(&mut build), median(&mut check), median(&mut copy));
    println!("medians over {runs} run(s):");
    println!(
        "  build (read, render, write, swap in): {b:.3} s (min {:.3} s, max {:.3} s)",
        build[0],
        build[build.len() - 1]
    );
    println!("  check (the same without writing):     {c:.3} s");
    println!("  copying the output folder (disk):     {k:.3} s  (build / copy = {:.2})", b / k);
    println!("peak memory: {:.0} MiB", peak_rss_mib().unwrap_or(f64::NAN));
}
