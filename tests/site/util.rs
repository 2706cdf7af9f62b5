//! Fixture helpers: copy a fixture into a temporary folder, run the binary.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A temporary folder, removed when dropped. (Written here rather than
/// taken from a crate so tests add no dependency whose features would make
/// `cargo run --release` rebuild what `cargo test --release` built.)
pub struct TempDir(PathBuf);

impl TempDir {
    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

pub fn tempdir() -> TempDir {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
    let dir = std::env::temp_dir().join(format!("threesteps-test-{}-{n}-{nanos}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    TempDir(dir)
}

/// A fixture copied to a temporary folder, so tests can change it freely.
pub struct Fixture {
    pub dir: TempDir,
}

impl Fixture {
    /// Copies `tests/fixtures/<name>`; adds the repository's default theme and
    /// English UI strings when the fixture has none of its own.
    pub fn new(name: &str) -> Fixture {
        let dir = tempdir();
        copy_dir(&repo_root().join("tests/fixtures").join(name), dir.path());
        if !dir.path().join("themes").exists() {
            copy_dir(&repo_root().join("themes"), &dir.path().join("themes"));
        }
        if !dir.path().join("translations/en").exists() {
            copy_dir(&repo_root().join("translations/en"), &dir.path().join("translations/en"));
        }
        Fixture { dir }
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    pub fn write(&self, rel: &str, text: &str) {
        let path = self.path(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path(rel)).unwrap_or_else(|e| panic!("cannot read {rel}: {e}"))
    }

    /// Replaces `from` with `to` in a file; the text must be there.
    pub fn edit(&self, rel: &str, from: &str, to: &str) {
        let text = self.read(rel);
        assert!(text.contains(from), "{rel} does not contain {from:?}");
        self.write(rel, &text.replacen(from, to, 1));
    }

    /// Runs `threesteps <args> --root <fixture>`.
    pub fn run(&self, args: &[&str]) -> Run {
        let mut all: Vec<&str> = args.to_vec();
        let root = self.root().to_str().unwrap().to_string();
        all.push("--root");
        all.push(&root);
        run(&all, self.root())
    }

    pub fn build(&self) -> Run {
        let run = self.run(&["build", "--quiet"]);
        assert_eq!(run.code, 0, "build failed:\n{}", run.stderr);
        run
    }

    pub fn out(&self, rel: &str) -> String {
        self.read(&format!("public/{rel}"))
    }
}

/// What a command printed and how it exited.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

pub fn run(args: &[&str], cwd: &Path) -> Run {
    let output: Output =
        Command::new(env!("CARGO_BIN_EXE_threesteps")).args(args).current_dir(cwd).output().expect("run threesteps");
    let run = Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    };
    assert!(!run.stderr.contains("panicked at"), "threesteps panicked:\n{}", run.stderr);
    run
}

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap_or_else(|e| panic!("{}: {e}", from.display())) {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Every file below `dir`, relative, sorted.
pub fn list_files(dir: &Path) -> Vec<String> {
    let mut files = Vec::new();
    fn walk(base: &Path, dir: &Path, files: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(base, &path, files);
            } else {
                files.push(path.strip_prefix(base).unwrap().to_string_lossy().replace('\\', "/"));
            }
        }
    }
    walk(dir, dir, &mut files);
    files.sort();
    files
}

/// The values of `attr` on every `<tag ...>` in minified or plain HTML.
pub fn attr_values(html: &str, tag_start: &str, attr: &str) -> Vec<String> {
    let mut values = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find(tag_start) {
        let end = rest[i..].find('>').map_or(rest.len(), |e| i + e);
        let tag = &rest[i..end];
        if let Some(v) = attribute(tag, attr) {
            values.push(v);
        }
        rest = &rest[end..];
    }
    values
}

/// One attribute's value in a tag's text (quoted or not).
pub fn attribute(tag: &str, attr: &str) -> Option<String> {
    let needle = format!(" {attr}=");
    let i = tag.find(&needle)? + needle.len();
    let value = &tag[i..];
    if let Some(v) = value.strip_prefix('"') {
        Some(v[..v.find('"')?].to_string())
    } else {
        Some(value.split([' ', '>']).next().unwrap_or("").to_string())
    }
}

/// The opening `<html ...>` tag.
pub fn html_tag(html: &str) -> String {
    let i = html.find("<html").expect("no <html> tag");
    html[i..i + html[i..].find('>').unwrap() + 1].to_string()
}

/// Every QR code zbarimg (Debian's zbar-tools, a real decoder) finds in an
/// image file (PNG, PGM, …), sorted.
pub fn decode_qr_codes(image: &Path) -> Vec<String> {
    let output = Command::new("zbarimg")
        .args(["--raw", "-q", "-Sqrcode.enable"])
        .arg(image)
        .output()
        .unwrap_or_else(|e| panic!("cannot run zbarimg (apt-get install zbar-tools): {e}"));
    let mut codes: Vec<String> =
        String::from_utf8_lossy(&output.stdout).lines().filter(|l| !l.is_empty()).map(str::to_string).collect();
    codes.sort();
    codes
}

/// Writes a greyscale image as a binary PGM, which zbarimg reads.
pub fn write_pgm(path: &Path, width: usize, height: usize, luma: impl Fn(usize, usize) -> u8) {
    let mut bytes = format!("P5\n{width} {height}\n255\n").into_bytes();
    for y in 0..height {
        for x in 0..width {
            bytes.push(luma(x, y));
        }
    }
    std::fs::write(path, bytes).unwrap();
}

/// The default site built once per test run (into Cargo's temporary folder
/// for integration tests), for the tests that only read it.
pub fn default_site() -> &'static Path {
    static BUILT: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    BUILT.get_or_init(|| {
        let public = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("default-site");
        let _ = std::fs::remove_dir_all(&public);
        let root = repo_root();
        let run = run(&["build", "--root", root.to_str().unwrap(), "--output", public.to_str().unwrap()], &root);
        assert_eq!(run.code, 0, "{}", run.stderr);
        public
    })
}

/// The alternative texts (`/Alt`) of the `Figure` structure elements of a
/// tagged PDF (Typst writes them as plain objects, strings as literal
/// `(…)` or hex `<FEFF…>`, UTF-16 when they are not ASCII).
pub fn pdf_figure_alts(pdf: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(pdf);
    let mut alts = Vec::new();
    for object in text.split("endobj").filter(|o| o.contains("/S/Figure")) {
        let Some(at) = object.find("/Alt") else { continue };
        let rest = object[at + 4..].trim_start();
        let bytes = if let Some(hex) = rest.strip_prefix('<') {
            let hex: String = hex.chars().take_while(|c| *c != '>').filter(|c| !c.is_whitespace()).collect();
            (0..hex.len() / 2).map(|i| u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).unwrap()).collect()
        } else if let Some(literal) = rest.strip_prefix('(') {
            literal_string(literal)
        } else {
            continue;
        };
        alts.push(match bytes.strip_prefix(&[0xfe, 0xff]) {
            Some(utf16) => String::from_utf16_lossy(
                &utf16.chunks(2).map(|p| u16::from_be_bytes([p[0], *p.get(1).unwrap_or(&0)])).collect::<Vec<_>>(),
            ),
            None => bytes.iter().map(|&b| b as char).collect(),
        });
    }
    alts
}

/// The bytes of a PDF literal string after its `(`, up to its matching `)`.
fn literal_string(text: &str) -> Vec<u8> {
    let mut out = Vec::new();
    let mut depth = 0;
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('n') => out.push(b'\n'),
                Some('r') => out.push(b'\r'),
                Some('t') => out.push(b'\t'),
                Some(d @ '0'..='7') => {
                    let mut value = d.to_digit(8).unwrap();
                    for _ in 0..2 {
                        match chars.clone().next().and_then(|c| c.to_digit(8)) {
                            Some(v) => {
                                value = value * 8 + v;
                                chars.next();
                            }
                            None => break,
                        }
                    }
                    out.push(value as u8);
                }
                Some(other) => out.push(other as u8),
                None => break,
            },
            '(' => {
                depth += 1;
                out.push(b'(');
            }
            ')' if depth == 0 => break,
            ')' => {
                depth -= 1;
                out.push(b')');
            }
            other => out.extend(other.to_string().bytes()),
        }
    }
    out
}
