//! Offline and installable: the manifest of each language, the service
//! worker and what it saves, the offline page, `offline: false`, and the
//! worker's version following the build's output.

use crate::util::*;

/// The JSON value a generated constant of `sw.js` holds (`const NAME = …;`).
fn worker_constant(sw: &str, name: &str) -> serde_json::Value {
    let line = sw
        .lines()
        .find_map(|l| l.strip_prefix(&format!("const {name} = ")))
        .unwrap_or_else(|| panic!("sw.js has no constant {name}:\n{}", &sw[..sw.len().min(600)]));
    serde_json::from_str(line.trim_end_matches(';')).unwrap_or_else(|e| panic!("{name} is not JSON ({e}): {line}"))
}

fn strings(value: &serde_json::Value) -> Vec<String> {
    value.as_array().expect("a list").iter().map(|v| v.as_str().expect("a string").to_string()).collect()
}

/// The opening tags `<name …>` of an HTML text whose attribute `key` is `value`.
fn tags_with(html: &str, name: &str, key: &str, value: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find(&format!("<{name} ")) {
        let end = i + rest[i..].find('>').unwrap_or(rest.len() - i);
        let tag = format!("{} ", &rest[i..end]);
        if attribute(&tag, key).as_deref() == Some(value) {
            found.push(tag);
        }
        rest = &rest[end..];
    }
    found
}

/// Width and height from a PNG's IHDR chunk.
fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "not a PNG");
    let be = |at: usize| u32::from_be_bytes(bytes[at..at + 4].try_into().unwrap());
    (be(16), be(20))
}

#[test]
fn every_language_has_an_installable_manifest_in_its_own_language() {
    let fx = Fixture::new("basic");
    fx.build();
    for (lang, dir, name) in
        [("en", "ltr", "Three steps for baby safety"), ("pl", "ltr", "Trzy kroki"), ("ar", "rtl", "ثلاث خطوات")]
    {
        let manifest: serde_json::Value =
            serde_json::from_str(&fx.out(&format!("{lang}/manifest.webmanifest"))).unwrap();
        assert_eq!(manifest["name"], name, "{lang}: {manifest}");
        assert!(!manifest["short_name"].as_str().unwrap().is_empty());
        assert_eq!(manifest["lang"], lang);
        assert_eq!(manifest["dir"], dir);
        assert_eq!(manifest["start_url"], format!("/{lang}/"));
        assert_eq!(manifest["scope"], format!("/{lang}/"));
        assert_eq!(manifest["display"], "standalone");
        assert_eq!(manifest["theme_color"], "#0b5394", "the theme's --brand colour");
        assert_eq!(manifest["background_color"], "#ffffff", "the theme's --paper colour");
        let icons = manifest["icons"].as_array().unwrap();
        let mut found = Vec::new();
        for icon in icons {
            let src = icon["src"].as_str().unwrap();
            let bytes = std::fs::read(fx.path(&format!("public{src}"))).unwrap_or_else(|e| panic!("{src}: {e}"));
            let (w, h) = png_size(&bytes);
            assert_eq!(icon["sizes"], format!("{w}x{h}"), "{src} is {w}×{h}");
            found.push(format!("{}:{}", icon["purpose"].as_str().unwrap(), icon["sizes"].as_str().unwrap()));
        }
        assert_eq!(found, ["any:192x192", "any:512x512", "maskable:512x512"]);
    }
}

#[test]
fn every_page_links_its_manifest_the_icon_and_the_deferred_registration_script() {
    let fx = Fixture::new("basic");
    fx.build();
    for lang in ["en", "pl", "ar"] {
        for page in ["", "sleep-safe/", "guides/", "room/", "search/", "offline/", "links/"] {
            let html = fx.out(&format!("{lang}/{page}index.html"));
            let manifests = tags_with(&html, "link", "rel", "manifest");
            let hrefs: Vec<_> = manifests.iter().filter_map(|t| attribute(t, "href")).collect();
            assert_eq!(hrefs, [format!("/{lang}/manifest.webmanifest")], "{lang}/{page}");
            assert_eq!(tags_with(&html, "link", "href", "/icons/icon.svg").len(), 1, "{lang}/{page} declares no icon");
            let scripts = tags_with(&html, "script", "src", "/js/offline.js");
            assert_eq!(scripts.len(), 1, "{lang}/{page}");
            assert!(scripts[0].contains(" defer "), "{lang}/{page}: the script must not block: {}", scripts[0]);
        }
    }
    for file in ["index.html", "404.html"] {
        assert_eq!(tags_with(&fx.out(file), "link", "rel", "icon").len(), 1, "{file} declares no icon");
    }
    let csp = fx.out("_headers");
    assert!(csp.contains("worker-src 'self'") && csp.contains("manifest-src 'self'"), "{csp}");
    assert!(csp.contains("/sw.js\n  Cache-Control: no-cache"), "{csp}");
}

#[test]
fn the_worker_saves_the_parents_pages_their_files_and_search_per_language() {
    let fx = Fixture::new("basic");
    fx.build();
    let sw = fx.out("sw.js");
    let saved = worker_constant(&sw, "SAVED");
    for lang in ["en", "pl", "ar"] {
        let urls = strings(&saved[lang]);
        for expected in [
            format!("/{lang}/"),
            format!("/{lang}/sleep-safe/"),
            format!("/{lang}/guides/crying/"),
            format!("/{lang}/search/"),
            format!("/{lang}/offline/"),
            format!("/{lang}/search-index.json"),
            format!("/{lang}/search-docs.json"),
            format!("/{lang}/search-words.json"),
            "/css/site.css".into(),
            "/js/offline.js".into(),
            "/icons/icon.svg".into(),
            "/js/search.js".into(),
        ] {
            assert!(urls.contains(&expected), "{lang} does not save {expected}: {urls:?}");
        }
        for unexpected in [format!("/{lang}/guides/"), format!("/{lang}/room/"), format!("/{lang}/links/")] {
            assert!(!urls.contains(&unexpected), "{lang} saves {unexpected}, which is not for parents");
        }
        assert!(!urls.iter().any(|u| u.ends_with(".pdf")), "leaflets are saved only when opened: {urls:?}");
        for url in &urls {
            let file = if url.ends_with('/') { format!("{url}index.html") } else { url.clone() };
            assert!(fx.path(&format!("public{file}")).is_file(), "{lang} saves {url}, which the build did not make");
        }
    }
    let essentials = strings(&worker_constant(&sw, "ESSENTIALS")["ar"]);
    assert!(essentials.contains(&"/css/site.css".to_string()), "{essentials:?}");
    assert_eq!(worker_constant(&sw, "OFFLINE_PAGES")["ar"], "/ar/offline/");
    assert_eq!(worker_constant(&sw, "VERSION").as_str().unwrap().len(), 16);
    assert!(!sw.contains("http://") && !sw.contains("https://"), "the worker fetches only this site's own URLs");
}

#[test]
fn the_offline_page_is_in_the_readers_language_and_lists_what_is_saved() {
    let fx = Fixture::new("basic");
    fx.build();
    for (lang, dir) in [("en", "ltr"), ("ar", "rtl")] {
        let html = fx.out(&format!("{lang}/offline/index.html"));
        let tag = html_tag(&html);
        assert_eq!(attribute(&tag, "lang").as_deref(), Some(lang));
        assert_eq!(attribute(&tag, "dir").as_deref(), Some(dir));
        let robots = tags_with(&html, "meta", "name", "robots");
        assert!(robots.len() == 1 && robots[0].contains("content=noindex"), "{lang}: not for search engines");
        let main = &html[html.find("<main").unwrap()..html.find("</main>").unwrap()];
        let links = attr_values(main, "<a ", "href");
        for page in ["", "sleep-safe/", "guides/crying/", "search/"] {
            assert!(
                links.contains(&format!("/{lang}/{page}")),
                "{lang} offline page does not list /{lang}/{page}: {links:?}"
            );
        }
    }
    assert!(fx.out("en/offline/index.html").contains("No signal"));
    assert!(fx.read("urls.lock").lines().any(|l| l == "/ar/offline/"), "the offline page is a published URL");
    assert!(!fx.out("sitemap.xml").contains("/offline/"));
}

#[test]
fn offline_false_publishes_no_manifest_and_a_worker_that_removes_itself() {
    let fx = Fixture::new("basic");
    let config = fx.read("site.yaml");
    fx.write("site.yaml", &format!("{config}offline: false\n"));
    fx.build();
    assert!(!fx.path("public/en/manifest.webmanifest").exists());
    let html = fx.out("en/sleep-safe/index.html");
    assert!(!html.contains("manifest") && !html.contains("offline.js"), "{html}");
    assert_eq!(tags_with(&html, "link", "rel", "icon").len(), 1, "the icon stays");
    let sw = fx.out("sw.js");
    assert!(sw.contains("unregister()") && !sw.contains("const SAVED"), "{sw}");
    // The offline page stays published (printed links never break), without a saved list.
    let offline = fx.out("en/offline/index.html");
    assert!(!offline.contains("offline-saved-title"), "no list of saved pages when nothing is saved: {offline}");
}

#[test]
fn a_theme_without_icons_is_an_error_unless_offline_is_off() {
    let fx = Fixture::new("basic");
    std::fs::remove_file(fx.path("themes/default/static/icons/icon-512.png")).unwrap();
    let run = fx.run(&["build"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("themes/default/static/icons/icon-512.png") && run.stderr.contains("offline: false"),
        "{}",
        run.stderr
    );
    let config = fx.read("site.yaml");
    fx.write("site.yaml", &format!("{config}offline: false\n"));
    fx.build();
}

#[test]
fn the_worker_is_the_same_for_the_same_input_and_new_for_any_change() {
    let fx = Fixture::new("basic");
    fx.build();
    let first = fx.out("sw.js");
    let manifest = fx.out("ar/manifest.webmanifest");
    fx.build();
    assert_eq!(fx.out("sw.js"), first, "a rebuild gives a byte-identical worker");
    assert_eq!(fx.out("ar/manifest.webmanifest"), manifest);
    fx.edit("content/en/guides/crying.md", "audience: dads", "audience: dads\nupdated: 2026-12-01");
    fx.build();
    let second = fx.out("sw.js");
    assert_ne!(
        worker_constant(&second, "VERSION"),
        worker_constant(&first, "VERSION"),
        "a changed page, a new version"
    );
}

#[test]
fn the_default_sites_saved_set_fits_the_budget_in_every_language() {
    let out = tempdir();
    let root = repo_root();
    let public = out.path().join("public");
    let run = run(&["build", "--root", root.to_str().unwrap(), "--output", public.to_str().unwrap()], out.path());
    assert_eq!(run.code, 0, "{}", run.stderr);
    let sw = std::fs::read_to_string(public.join("sw.js")).unwrap();
    let saved = worker_constant(&sw, "SAVED");
    for lang in ["en", "pl", "ur", "pa", "ro", "sk", "cs", "ar"] {
        let urls = strings(&saved[lang]);
        let bytes: u64 = urls
            .iter()
            .map(|url| {
                let file = if url.ends_with('/') { format!("{url}index.html") } else { url.clone() };
                std::fs::metadata(public.join(file.trim_start_matches('/'))).map(|m| m.len()).unwrap()
            })
            .sum();
        eprintln!("offline set {lang}: {} files, {} KiB", urls.len(), bytes / 1024);
        assert!(bytes <= 1024 * 1024, "{lang} saves {bytes} bytes, over 1 MiB");
        for page in ["", "safer-sleep/", "for-dads/", "get-help/", "safe-space/", "coping-with-crying/", "co-sleeping/"]
        {
            assert!(urls.contains(&format!("/{lang}/{page}")), "{lang} does not save /{lang}/{page}");
        }
        assert!(!urls.iter().any(|u| u.contains("/practitioners/")), "{lang}: {urls:?}");
    }
}
