//! QR codes: every short link in every language, decoded back with a real
//! QR decoder (zbarimg) from the PNG and from the SVG's geometry.

use crate::util::*;

/// The one QR code in an image file, and the PNG's side in pixels.
fn decode_png(path: &std::path::Path) -> (String, u32) {
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(path).unwrap()));
    let reader = decoder.read_info().expect("PNG header");
    let side = reader.info().width;
    let codes = decode_qr_codes(path);
    assert_eq!(codes.len(), 1, "expected one QR code in {}: {codes:?}", path.display());
    (codes[0].clone(), side)
}

/// Rasterises the SVG's `M x y hNv1h-Nz` runs of modules at 6 px per unit and decodes it.
fn decode_svg(svg: &str, scratch: &std::path::Path) -> String {
    let view = svg.split("viewBox=\"0 0 ").nth(1).unwrap();
    let size: usize = view.split(' ').next().unwrap().parse().unwrap();
    let path = svg.split(" d=\"").nth(1).unwrap().split('"').next().unwrap();
    let mut dark = vec![false; size * size];
    for run in path.split('M').filter(|m| !m.is_empty()) {
        let (x, rest) = run.split_once(' ').unwrap();
        let (y, rest) = rest.split_once('h').unwrap();
        let (n, rest) = rest.split_once('v').unwrap();
        assert_eq!(rest, format!("1h-{n}z"), "a run one module high: M{run}");
        let (x, y, n): (usize, usize, usize) = (x.parse().unwrap(), y.parse().unwrap(), n.parse().unwrap());
        for module in x..x + n {
            dark[y * size + module] = true;
        }
    }
    let scale = 6;
    let file = scratch.join("svg-raster.pgm");
    write_pgm(&file, size * scale, size * scale, |x, y| if dark[(y / scale) * size + x / scale] { 0 } else { 255 });
    let codes = decode_qr_codes(&file);
    assert_eq!(codes.len(), 1, "expected one QR code: {codes:?}");
    codes[0].clone()
}

#[test]
fn every_short_link_has_qr_codes_that_decode_to_its_url() {
    let fx = Fixture::new("basic");
    fx.build();
    let mut checked = 0;
    for (lang, expected) in [
        ("en", "https://example.test/sleep/"),
        ("pl", "https://example.test/pl/sleep/"),
        ("ar", "https://example.test/ar/sleep/"),
    ] {
        let (decoded, side) = decode_png(&fx.path(&format!("public/qr/{lang}/sleep.png")));
        assert_eq!(decoded, expected, "{lang} PNG");
        assert!(side >= 600, "{lang} PNG is {side} px");
        let svg = fx.out(&format!("qr/{lang}/sleep.svg"));
        assert_eq!(decode_svg(&svg, fx.root()), expected, "{lang} SVG");
        assert!(svg.contains("<title"), "the SVG has a title");
        checked += 1;
    }
    assert_eq!(checked, 3);
    // Only short links get QR codes.
    let files = list_files(&fx.path("public/qr"));
    assert_eq!(files.len(), 6, "{files:?}");
}

#[test]
fn default_site_qr_codes_all_decode() {
    let out = tempdir();
    let root = repo_root();
    let target = out.path().join("public");
    let run =
        run(&["build", "--quiet", "--root", root.to_str().unwrap(), "--output", target.to_str().unwrap()], out.path());
    assert_eq!(run.code, 0, "{}", run.stderr);
    let files = list_files(&target.join("qr"));
    let codes = list_files(&root.join("content/en"))
        .iter()
        .filter(|f| f.ends_with(".md"))
        .filter(|f| std::fs::read_to_string(root.join("content/en").join(f)).unwrap().contains("\nshort: "))
        .count();
    assert!(codes >= 8, "the parents' pages have short links: {codes}");
    assert_eq!(files.len(), codes * 8 * 2, "{codes} short links × 8 languages × (svg, png): {files:?}");
    for file in files.iter().filter(|f| f.ends_with(".png")) {
        let (lang, code) = file.trim_end_matches(".png").split_once('/').unwrap();
        let expected = if lang == "en" {
            format!("https://babysafety.example.org/{code}/")
        } else {
            format!("https://babysafety.example.org/{lang}/{code}/")
        };
        let (decoded, _) = decode_png(&target.join("qr").join(file));
        assert_eq!(decoded, expected, "{file}");
    }
}

/// Every file below `dir` with its bytes.
fn snapshot(dir: &std::path::Path) -> Vec<(String, Vec<u8>)> {
    list_files(dir).into_iter().map(|f| (f.clone(), std::fs::read(dir.join(&f)).unwrap())).collect()
}

#[test]
fn the_cache_changes_no_output_and_a_damaged_entry_is_made_again() {
    let fx = Fixture::new("basic");
    let check = fx.run(&["check"]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    assert!(!fx.path(".threesteps-cache").exists(), "check writes no cache");
    fx.build();
    let cold = snapshot(&fx.path("public"));
    let entries = list_files(&fx.path(".threesteps-cache"));
    let kind = |prefix: &str| -> Vec<String> { entries.iter().filter(|e| e.starts_with(prefix)).cloned().collect() };
    let (pdfs, pngs, svgs) = (kind("pdf/"), kind("qr-png/"), kind("qr-svg/"));
    assert_eq!(pngs.len() + svgs.len(), 6, "an SVG and a PNG per code and language: {entries:?}");
    assert!(!pdfs.is_empty(), "the red book sheets are kept: {entries:?}");
    assert_eq!(entries.len(), pdfs.len() + 6, "nothing else is kept: {entries:?}");
    // From the cache: the same bytes; `check` reads it and changes nothing.
    let check = fx.run(&["check"]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    assert_eq!(list_files(&fx.path(".threesteps-cache")), entries, "check stores nothing");
    fx.build();
    assert_eq!(snapshot(&fx.path("public")), cold, "a build from the cache");
    // Entries cut short, changed, emptied or swapped are made again.
    let entry = |rel: &str| fx.path(&format!(".threesteps-cache/{rel}"));
    let bytes = std::fs::read(entry(&pdfs[0])).unwrap();
    std::fs::write(entry(&pdfs[0]), &bytes[..bytes.len() - 10]).unwrap();
    let mut changed = std::fs::read(entry(&pngs[0])).unwrap();
    *changed.last_mut().unwrap() ^= 0xff;
    std::fs::write(entry(&pngs[0]), changed).unwrap();
    std::fs::write(entry(&pngs[1]), "").unwrap();
    std::fs::copy(entry(&svgs[1]), entry(&svgs[0])).unwrap();
    fx.build();
    assert_eq!(snapshot(&fx.path("public")), cold, "a build from a damaged cache");
    // And without it.
    std::fs::remove_dir_all(fx.path(".threesteps-cache")).unwrap();
    fx.build();
    assert_eq!(snapshot(&fx.path("public")), cold, "a build without the cache");
}

#[test]
fn a_build_keeps_only_the_cache_entries_it_used_and_nothing_it_did_not_make() {
    let fx = Fixture::new("basic");
    fx.build();
    let cache = fx.path(".threesteps-cache");
    let before = list_files(&cache);
    // A leftover of an interrupted build, and a file that is not ours.
    let leftover = format!("qr-png/{}.tmp-1-ThreadId(2)", "a".repeat(64));
    std::fs::write(cache.join(&leftover), "half").unwrap();
    std::fs::write(cache.join("qr-png/notes.txt"), "mine").unwrap();
    // The page with the short link gets another title: its QR entries change.
    fx.edit("content/en/sleep-safe.md", "title: Sleeping safely", "title: Sleeping safely tonight");
    fx.build();
    let after = list_files(&cache);
    assert!(!after.contains(&leftover), "the interrupted build's temporary file goes: {after:?}");
    assert!(after.contains(&"qr-png/notes.txt".to_string()), "a file we did not make stays: {after:?}");
    let gone: Vec<&String> = before.iter().filter(|e| !after.contains(e)).collect();
    assert!(!gone.is_empty(), "the old title's QR entries are pruned: {before:?} → {after:?}");
    assert!(gone.len() < before.len() / 2, "entries whose inputs did not change stay: {gone:?} of {before:?}");
    assert_eq!(after.len(), before.len() + 1, "one build's worth of entries, plus notes.txt: {after:?}");
}

#[test]
fn a_cache_folder_that_is_a_link_is_never_written_through() {
    let fx = Fixture::new("basic");
    let elsewhere = tempdir();
    std::os::unix::fs::symlink(elsewhere.path(), fx.path(".threesteps-cache")).unwrap();
    fx.build();
    assert!(list_files(elsewhere.path()).is_empty(), "nothing is written where the link points");
}
