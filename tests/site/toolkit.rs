//! The download-everything bundles (`downloads/<lang>/three-steps-toolkit-<lang>.zip`),
//! checked with Info-ZIP's real tools: `unzip -t` (every member's CRC),
//! `zipinfo` (names, permissions, dates) and `unzip -p` (the bytes inside).

use crate::util::*;
use std::path::Path;
use std::process::Command;

fn tool(name: &str, args: &[&str]) -> String {
    let output = Command::new(name)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {name} (install Debian's unzip): {e}"));
    assert!(output.status.success(), "{name} {args:?} failed: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn bytes_of_member(zip: &Path, member: &str) -> Vec<u8> {
    let output = Command::new("unzip").args(["-p", zip.to_str().unwrap(), member]).output().expect("unzip");
    assert!(output.status.success(), "unzip -p {member}");
    output.stdout
}

fn members(zip: &Path) -> Vec<String> {
    tool("zipinfo", &["-1", zip.to_str().unwrap()]).lines().map(str::to_string).collect()
}

#[test]
fn each_language_has_a_valid_bundle_with_its_files_and_a_contents_list() {
    let fixture = Fixture::new("basic");
    fixture.edit("content/en/sleep-safe.md", "title:", "leaflet: true\ntitle:");
    fixture.build();
    for lang in ["en", "pl", "ar"] {
        let zip = fixture.path(&format!("public/downloads/{lang}/three-steps-toolkit-{lang}.zip"));
        assert!(zip.exists(), "{} is missing", zip.display());
        let test = tool("unzip", &["-t", zip.to_str().unwrap()]);
        assert!(test.contains("No errors detected"), "{test}");
        let names = members(&zip);
        let expected =
            ["contents.txt", "leaflets/red-book-qr.pdf", "leaflets/sleep-safe.pdf", "qr/sleep.png", "qr/sleep.svg"];
        assert_eq!(names, expected, "{lang}: sorted members");
        // Each member is the very file the site publishes.
        for name in &expected[1..] {
            let (folder, file) = name.split_once('/').unwrap();
            let published = std::fs::read(fixture.path(&format!("public/{folder}/{lang}/{file}"))).unwrap();
            assert!(bytes_of_member(&zip, name) == published, "{lang}: {name} differs from the published file");
        }
        // Fixed permissions and dates: rw-r--r-- and 1980-01-01 on every member.
        let listing = tool("zipinfo", &["-T", zip.to_str().unwrap()]);
        for line in listing.lines().filter(|l| l.starts_with('-')) {
            assert!(line.starts_with("-rw-r--r--"), "{line}");
            assert!(line.contains("19800101.000000"), "{line}");
        }
    }
    let contents = String::from_utf8(bytes_of_member(
        &fixture.path("public/downloads/pl/three-steps-toolkit-pl.zip"),
        "contents.txt",
    ))
    .unwrap();
    assert!(contents.starts_with('\u{feff}'), "UTF-8 with a byte order mark, for Notepad");
    assert!(contents.contains("Polski"), "the list names its language: {contents}");
    assert!(contents.contains("leaflets/sleep-safe.pdf\t"), "{contents}");
    assert!(contents.contains("Bezpieczny sen"), "titles in the bundle's language: {contents}");
    // A page untranslated in Polish: the leaflet the Polish address serves (English).
    let lock = fixture.read("urls.lock");
    for lang in ["en", "pl", "ar"] {
        let url = format!("/downloads/{lang}/three-steps-toolkit-{lang}.zip");
        assert!(lock.lines().any(|l| l == url), "urls.lock lacks {url}");
    }
}

#[test]
fn bundles_are_byte_identical_on_rebuild() {
    let fixture = Fixture::new("basic");
    fixture.edit("content/en/room/index.md", "title:", "leaflet: true\ntitle:");
    fixture.build();
    let first = std::fs::read(fixture.path("public/downloads/en/three-steps-toolkit-en.zip")).unwrap();
    assert!(members(&fixture.path("public/downloads/pl/three-steps-toolkit-pl.zip"))
        .contains(&"leaflets/room.pdf".to_string()));
    std::thread::sleep(std::time::Duration::from_millis(1100));
    fixture.build();
    let second = std::fs::read(fixture.path("public/downloads/en/three-steps-toolkit-en.zip")).unwrap();
    assert!(first == second, "two builds give the same bundle");
}

#[test]
fn pages_list_the_bundle_with_its_size_and_every_download() {
    let fixture = Fixture::new("basic");
    fixture.edit("content/en/sleep-safe.md", "title:", "leaflet: true\ntitle:");
    fixture.edit("content/en/guides/_index.md", "title:", "downloads: bundle\ntitle:");
    fixture.edit("content/en/room/index.md", "title:", "downloads: all\ntitle:");
    fixture.build();
    let size = std::fs::metadata(fixture.path("public/downloads/pl/three-steps-toolkit-pl.zip")).unwrap().len();
    let guides = fixture.out("pl/guides/index.html");
    assert!(guides.contains("href=/downloads/pl/three-steps-toolkit-pl.zip"), "{guides}");
    assert!(guides.contains(&format!("{} KB", size.div_ceil(1024))), "the size is shown: {guides}");
    assert!(guides.contains("href=/leaflets/pl/sleep-safe.pdf"), "what is inside is listed: {guides}");
    let room = fixture.out("en/room/index.html");
    for url in [
        "/downloads/en/three-steps-toolkit-en.zip",
        "/downloads/ar/three-steps-toolkit-ar.zip",
        "/leaflets/ar/sleep-safe.pdf",
        "/leaflets/pl/red-book-qr.pdf",
    ] {
        assert!(room.contains(&format!("href={url}")), "the list has {url}: {room}");
    }
    assert!(room.contains("PDF, A4"), "formats are given");
    assert!(room.contains("lang=ar"), "each language is named in itself");
    // `downloads` belongs to the source page.
    fixture.edit("content/pl/sleep-safe.md", "title:", "downloads: all\ntitle:");
    let run = fixture.run(&["build", "--quiet"]);
    assert_ne!(run.code, 0);
    assert!(run.stderr.contains("content/pl/sleep-safe.md") && run.stderr.contains("`downloads`"), "{}", run.stderr);
}

#[test]
fn default_site_bundles_hold_every_leaflet_sheet_and_qr_code_of_their_language() {
    let public = default_site();
    for lang in ["en", "pl", "ur", "pa", "ro", "sk", "cs", "ar"] {
        let zip = public.join(format!("downloads/{lang}/three-steps-toolkit-{lang}.zip"));
        assert!(tool("unzip", &["-t", zip.to_str().unwrap()]).contains("No errors detected"));
        let names = members(&zip);
        let mut expected = vec!["contents.txt".to_string()];
        for (folder, dir) in [("leaflets", "leaflets"), ("qr", "qr")] {
            expected.extend(list_files(&public.join(dir).join(lang)).into_iter().map(|f| format!("{folder}/{f}")));
        }
        for folder in ["posters", "slides"] {
            if public.join(folder).join(lang).exists() {
                expected
                    .extend(list_files(&public.join(folder).join(lang)).into_iter().map(|f| format!("{folder}/{f}")));
            }
        }
        expected.sort();
        assert_eq!(names, expected, "{lang}");
        let contents = String::from_utf8(bytes_of_member(&zip, "contents.txt")).unwrap();
        for name in &names[1..] {
            assert!(contents.contains(&format!("{name}\t")), "{lang}: contents.txt does not list {name}");
        }
    }
    let champions = std::fs::read_to_string(public.join("ur/champions/index.html")).unwrap();
    assert!(champions.contains("href=/downloads/ur/three-steps-toolkit-ur.zip"), "the champions page links the bundle");
}
