//! Build benchmark: generates a multilingual corpus (N pages × 8 languages,
//! 500–700 words a page with headings, lists, tables and internal links),
//! then times full builds (discover → outputs → atomic write) and reports
//! the peak memory of this process.
//!
//! `cargo bench --bench build` (N = 1000); `BENCH_PAGES=200 cargo bench --bench build`;
//! `BENCH_KEEP=/tmp/corpus` keeps a copy of the corpus.

use std::fmt::Write as _;
use std::path::Path;
use std::time::Instant;
use threesteps::pipeline::{run, BuildOptions};
use threesteps::write::Staging;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const LANGS: [(&str, &str, &str); 8] = [
    ("en", "English", "ltr"),
    ("pl", "Polski", "ltr"),
    ("ur", "اردو", "rtl"),
    ("pa", "ਪੰਜਾਬੀ", "ltr"),
    ("ro", "Română", "ltr"),
    ("sk", "Slovenčina", "ltr"),
    ("cs", "Čeština", "ltr"),
    ("ar", "العربية", "rtl"),
];

fn words(lang: &str) -> &'static [&'static str] {
    match lang {
        "pl" => &[
            "łóżeczko",
            "dziecko",
            "sen",
            "bezpieczny",
            "plecy",
            "materac",
            "pokój",
            "rodzic",
            "płacz",
            "pomoc",
            "dom",
            "noc",
        ],
        "ur" => &["بچہ", "نیند", "محفوظ", "کمرہ", "والدین", "رونا", "مدد", "گھر", "رات", "بستر", "پیٹھ", "دھواں"],
        "ar" => &["طفل", "نوم", "آمن", "غرفة", "الوالدين", "بكاء", "مساعدة", "منزل", "ليل", "سرير", "ظهر", "دخان"],
        "pa" => &["ਬੱਚਾ", "ਨੀਂਦ", "ਸੁਰੱਖਿਅਤ", "ਕਮਰਾ", "ਮਾਪੇ", "ਰੋਣਾ", "ਮਦਦ", "ਘਰ", "ਰਾਤ", "ਬਿਸਤਰਾ", "ਪਿੱਠ", "ਧੂੰਆਂ"],
        "ro" => &[
            "copil", "somn", "sigur", "cameră", "părinte", "plâns", "ajutor", "casă", "noapte", "pătuț", "spate", "fum",
        ],
        "sk" => &[
            "dieťa",
            "spánok",
            "bezpečný",
            "izba",
            "rodič",
            "plač",
            "pomoc",
            "dom",
            "noc",
            "postieľka",
            "chrbát",
            "dym",
        ],
        "cs" => {
            &["dítě", "spánek", "bezpečný", "pokoj", "rodič", "pláč", "pomoc", "dům", "noc", "postýlka", "záda", "kouř"]
        }
        _ => &["baby", "sleep", "safe", "room", "parent", "crying", "help", "home", "night", "cot", "back", "smoke"],
    }
}

/// A deterministic pseudo-random sequence (no dependency needed).
struct Lcg(u64);
impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n
    }
}

fn sentence(rng: &mut Lcg, lang: &str, len: usize) -> String {
    let w = words(lang);
    let mut s: Vec<&str> = (0..len).map(|_| w[rng.next(w.len())]).collect();
    if lang == "en" {
        s[0] = "Always";
    }
    s.join(" ") + "."
}

fn page_body(rng: &mut Lcg, lang: &str, index: usize, pages: usize) -> String {
    let mut body = String::new();
    for h in 0..5 {
        let _ = writeln!(body, "## {} {{#part-{h}}}\n", sentence(rng, lang, 4).trim_end_matches('.'));
        for _ in 0..3 {
            let _ = writeln!(body, "{} {}\n", sentence(rng, lang, 14), sentence(rng, lang, 12));
        }
        let _ = writeln!(
            body,
            "- {}\n- {}\n- {}\n",
            sentence(rng, lang, 6),
            sentence(rng, lang, 6),
            sentence(rng, lang, 6)
        );
        if h == 2 {
            let _ = writeln!(
                body,
                "| A | B |\n|---|---|\n| {} | {} |\n| {} | {} |\n",
                sentence(rng, lang, 3),
                sentence(rng, lang, 3),
                sentence(rng, lang, 3),
                sentence(rng, lang, 3)
            );
        }
        let target = (index + h + 1) % pages;
        let _ = writeln!(body, "See [{}](@/s{}/p{target}.md#part-{h}).\n", sentence(rng, lang, 2), target % 10);
    }
    body
}

fn generate(root: &Path, pages: usize) {
    let mut site = String::from("base_url: https://bench.example.org\ndefault_language: en\nlanguages:\n");
    for (code, name, dir) in LANGS {
        let _ = writeln!(site, "  - {{ code: {code}, name: {name}, dir: {dir} }}");
    }
    std::fs::write(root.join("site.yaml"), site).unwrap();
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    copy_dir(&repo.join("themes"), &root.join("themes"));
    copy_dir(&repo.join("translations/en"), &root.join("translations/en"));
    let mut rng = Lcg(42);
    for (lang, _, _) in LANGS {
        let dir = root.join("content").join(lang);
        std::fs::create_dir_all(&dir).unwrap();
        // Translations record a (stale) source hash, as real ones do.
        let stamp = if lang == "en" { "" } else { "translated_from: 000000000000\nreviewed: true\n" };
        std::fs::write(
            dir.join("_index.md"),
            format!(
                "---\ntitle: \"Home {lang}\"\ndescription: \"Home.\"\n{stamp}---\n{}\n",
                sentence(&mut rng, lang, 20)
            ),
        )
        .unwrap();
        for s in 0..10 {
            let sdir = dir.join(format!("s{s}"));
            std::fs::create_dir_all(&sdir).unwrap();
            std::fs::write(
                sdir.join("_index.md"),
                format!(
                    "---\ntitle: \"Section {s}\"\ndescription: \"Section.\"\n{stamp}---\n{}\n",
                    sentence(&mut rng, lang, 20)
                ),
            )
            .unwrap();
        }
        for i in 0..pages {
            let text = format!(
                "---\ntitle: \"{} {i}\"\ndescription: \"{}\"\naudience: parents\nweight: {i}\n{stamp}---\n{}",
                sentence(&mut rng, lang, 3).trim_end_matches('.'),
                sentence(&mut rng, lang, 10),
                page_body(&mut rng, lang, i, pages)
            );
            std::fs::write(dir.join(format!("s{}/p{i}.md", i % 10)), text).unwrap();
        }
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &to.join(entry.file_name()));
        } else {
            std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
        }
    }
}

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
    let runs = if quick { 1 } else { 5 };
    let dir = BenchDir(std::env::temp_dir().join(format!("threesteps-bench-{}", std::process::id())));
    let _ = std::fs::remove_dir_all(dir.path());
    std::fs::create_dir_all(dir.path()).unwrap();
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
