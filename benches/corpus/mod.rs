//! The benchmark corpus: N pages × 8 languages, 500–700 words a page with
//! headings, lists, a table and internal links, in 10 sections. Shared by
//! the build and serve benchmarks.

use std::fmt::Write as _;
use std::path::Path;

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

pub fn generate(root: &Path, pages: usize) {
    let mut site = String::from("base_url: https://bench.example.org\ndefault_language: en\nlanguages:\n");
    for (code, name, dir) in LANGS {
        let _ = writeln!(site, "  - {{ code: {code}, name: {name}, dir: {dir} }}");
    }
    std::fs::write(root.join("site.yaml"), site).unwrap();
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    copy_dir(&repo.join("themes"), &root.join("themes"));
    copy_dir(&repo.join("translations"), &root.join("translations"));
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

pub fn copy_dir(from: &Path, to: &Path) {
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
