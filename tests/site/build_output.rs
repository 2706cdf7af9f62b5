//! A successful build of the fixture: the files and the HTML every page carries.

use crate::util::*;

const LANGS: [(&str, &str); 3] = [("en", "ltr"), ("pl", "ltr"), ("ar", "rtl")];
const PAGES: [&str; 5] = ["", "sleep-safe/", "guides/", "guides/crying/", "room/"];

#[test]
fn every_page_is_published_in_every_language_with_lang_and_dir() {
    let fx = Fixture::new("basic");
    fx.build();
    for (lang, dir) in LANGS {
        for page in PAGES {
            let html = fx.out(&format!("{lang}/{page}index.html"));
            let tag = html_tag(&html);
            assert_eq!(attribute(&tag, "lang").as_deref(), Some(lang), "{lang}/{page}: {tag}");
            assert_eq!(attribute(&tag, "dir").as_deref(), Some(dir), "{lang}/{page}: {tag}");
            assert!(html.contains("rel=canonical"), "{lang}/{page} has no canonical");
            assert!(
                html.contains("property=og:title") && html.contains("property=og:description"),
                "{lang}/{page} lacks Open Graph"
            );
        }
    }
}

#[test]
fn hreflang_alternates_are_reciprocal_and_skip_fallbacks() {
    let fx = Fixture::new("basic");
    fx.build();
    let alternates = |lang: &str, page: &str| {
        let html = fx.out(&format!("{lang}/{page}index.html"));
        let mut found: Vec<(String, String)> = Vec::new();
        let mut rest = html.as_str();
        while let Some(i) = rest.find("<link") {
            let end = i + rest[i..].find('>').unwrap();
            let tag = &rest[i..end];
            if tag.contains("rel=alternate") {
                found.push((attribute(tag, "hreflang").unwrap(), attribute(tag, "href").unwrap()));
            }
            rest = &rest[end..];
        }
        found.sort();
        found
    };
    // sleep-safe exists in all three: each lists all three, the same everywhere.
    let en = alternates("en", "sleep-safe/");
    assert_eq!(en.len(), 3, "{en:?}");
    assert_eq!(alternates("pl", "sleep-safe/"), en);
    assert_eq!(alternates("ar", "sleep-safe/"), en);
    assert!(en.contains(&("ar".into(), "https://example.test/ar/sleep-safe/".into())));
    // guides/crying exists only in English: no alternate points at a fallback.
    assert_eq!(
        alternates("pl", "guides/crying/"),
        vec![("en".to_string(), "https://example.test/en/guides/crying/".to_string())]
    );
}

#[test]
fn fallback_page_has_notice_in_reader_language_and_english_content_marked() {
    let fx = Fixture::new("basic");
    fx.build();
    let html = fx.out("pl/guides/crying/index.html");
    assert!(html.contains("notice-fallback"), "no fallback notice");
    assert!(html.contains("Ta strona nie jest jeszcze dostępna"), "notice not in Polish");
    assert!(html.contains("<article class=content dir=ltr lang=en>"), "English block not marked lang=en");
    assert!(
        html.contains("<link href=https://example.test/en/guides/crying/ rel=canonical>"),
        "canonical must be the English page"
    );
    // Missing Fluent keys fall back to English.
    assert!(html.contains("Skip to main content"));
    // A translated page has no fallback notice.
    assert!(!fx.out("pl/sleep-safe/index.html").contains("notice-fallback"));
}

#[test]
fn language_switcher_lists_every_language_in_its_own_name() {
    let fx = Fixture::new("basic");
    fx.build();
    for page in ["pl/guides/crying/index.html", "ar/index.html", "index.html"] {
        let html = fx.out(page);
        for name in ["English", "Polski", "العربية"] {
            assert!(html.contains(name), "{page} lacks {name}");
        }
    }
    let html = fx.out("ar/sleep-safe/index.html");
    let switcher: Vec<String> = attr_values(&html, "<a ", "hreflang");
    for lang in ["en", "pl", "ar"] {
        assert!(switcher.iter().any(|l| l == lang), "switcher lacks {lang}: {switcher:?}");
    }
    assert!(html.contains("href=/pl/sleep-safe/ hreflang=pl lang=pl"));
}

#[test]
fn breadcrumbs_menu_and_section_navigation() {
    let fx = Fixture::new("basic");
    fx.build();
    let html = fx.out("en/guides/crying/index.html");
    assert!(html.contains("class=\"breadcrumbs wrap\""));
    assert!(html.contains("<li><a href=/en/>Fixture home</a></li><li><a href=/en/guides/>Guides</a></li><li><span aria-current=page>Coping with crying</span>"));
    assert!(html.contains("class=section-nav"));
    let section = fx.out("en/guides/index.html");
    assert!(section.contains("href=/en/guides/crying/"), "section lists its pages");
    // Menu in weight order: sleep-safe (1), guides (2), room (3).
    let home = fx.out("en/index.html");
    let a = home.find("href=/en/sleep-safe/>").unwrap();
    let b = home.find("href=/en/guides/>").unwrap();
    let c = home.find("href=/en/room/>").unwrap();
    assert!(a < b && b < c, "menu not in weight order");
}

#[test]
fn markdown_features_and_links_are_rendered() {
    let fx = Fixture::new("basic");
    fx.build();
    let html = fx.out("en/sleep-safe/index.html");
    assert!(html.contains("<table>"), "table");
    assert!(html.contains("footnote"), "footnote");
    assert!(html.contains("<h2 id=on-back>"), "explicit heading id");
    assert!(html.contains("href=/en/room/"), "@/ link resolved");
    let crying = fx.out("pl/guides/crying/index.html");
    assert!(crying.contains("href=/pl/sleep-safe/#on-back"), "@/ link follows the reader's language");
    let room = fx.out("en/room/index.html");
    assert!(room.contains("src=/en/room/cot.svg"), "image next to its page");
    assert!(room.contains("alt=\"A cot with nothing in it\""));
    assert_eq!(fx.read("public/en/room/cot.svg"), fx.read("content/en/room/cot.svg"));
    // Smart punctuation.
    fx.edit("content/en/room/index.md", "![A cot", "It's \"quoted\".\n\n![A cot");
    fx.build();
    assert!(fx.out("en/room/index.html").contains("It’s “quoted”."));
}

#[test]
fn chooser_404_sitemap_robots_headers() {
    let fx = Fixture::new("basic");
    fx.build();
    let chooser = fx.out("index.html");
    for (code, name) in [("en", "English"), ("pl", "Polski"), ("ar", "العربية")] {
        assert!(chooser.contains(&format!("href=/{code}/")), "chooser links {code}");
        assert!(chooser.contains(name));
    }
    let not_found = fx.out("404.html");
    assert!(not_found.contains("lang=pl") && not_found.contains("lang=ar"), "404 speaks every language");
    assert!(not_found.contains("noindex"));

    let sitemap = fx.out("sitemap.xml");
    assert!(sitemap.contains("<loc>https://example.test/pl/sleep-safe/</loc>"));
    assert!(
        !sitemap.contains("<loc>https://example.test/pl/guides/crying/</loc>"),
        "fallbacks stay out of the sitemap"
    );
    assert!(sitemap.contains("hreflang=\"ar\" href=\"https://example.test/ar/sleep-safe/\""));
    assert!(sitemap.contains("hreflang=\"x-default\""));

    assert!(fx.out("robots.txt").contains("Sitemap: https://example.test/sitemap.xml"));
    let headers = fx.out("_headers");
    assert!(headers.starts_with("/*\n"));
    let csp = headers.lines().find(|l| l.contains("Content-Security-Policy")).expect("CSP");
    for needed in ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'"] {
        assert!(csp.contains(needed), "CSP lacks {needed}");
    }
    assert!(!csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"));
    for header in ["X-Content-Type-Options: nosniff", "Referrer-Policy:", "Permissions-Policy:"] {
        assert!(headers.contains(header), "_headers lacks {header}");
    }
}

#[test]
fn no_inline_scripts_or_styles_and_no_third_party_urls() {
    let fx = Fixture::new("basic");
    fx.build();
    for file in list_files(&fx.path("public")).iter().filter(|f| f.ends_with(".html")) {
        let html = fx.out(file);
        assert!(!html.contains("<style"), "{file} has an inline style element");
        assert!(!html.contains(" style="), "{file} has a style attribute");
        for script in html.match_indices("<script").map(|(i, _)| &html[i..i + html[i..].find('>').unwrap()]) {
            assert!(script.contains("src="), "{file} has an inline script");
        }
        for src in attr_values(&html, "<script", "src")
            .iter()
            .chain(attr_values(&html, "<link", "href").iter().filter(|h| !h.starts_with("https://example.test")))
        {
            assert!(src.starts_with('/'), "{file} loads {src} from elsewhere");
        }
    }
}

#[test]
fn short_links_and_aliases_redirect() {
    let fx = Fixture::new("basic");
    fx.build();
    for (file, target) in [
        ("sleep/index.html", "/en/sleep-safe/"),
        ("pl/sleep/index.html", "/pl/sleep-safe/"),
        ("en/sleep/index.html", "/en/sleep-safe/"),
        ("en/old-sleep/index.html", "/en/sleep-safe/"),
    ] {
        let html = fx.out(file);
        assert!(html.contains(&format!("content=\"0; url={target}\"")), "{file} does not refresh to {target}");
        assert!(html.contains(&format!("href={target}>")), "{file} has no visible link");
        assert!(html.contains("noindex"), "{file} is not noindex");
    }
    let redirects = fx.out("_redirects");
    assert!(redirects.contains("/sleep/ /en/sleep-safe/ 301"));
    assert!(redirects.contains("/ar/sleep/ /ar/sleep-safe/ 301"));
    assert!(redirects.contains("/en/old-sleep/ /en/sleep-safe/ 301"));
}

#[test]
fn html_is_minified_and_output_is_deterministic() {
    let fx = Fixture::new("basic");
    fx.build();
    let first: Vec<(String, Vec<u8>)> = list_files(&fx.path("public"))
        .into_iter()
        .map(|f| (f.clone(), std::fs::read(fx.path(&format!("public/{f}"))).unwrap()))
        .collect();
    assert!(!fx.out("en/index.html").contains("\n<"), "HTML not minified");
    fx.build();
    let second: Vec<(String, Vec<u8>)> = list_files(&fx.path("public"))
        .into_iter()
        .map(|f| (f.clone(), std::fs::read(fx.path(&format!("public/{f}"))).unwrap()))
        .collect();
    assert!(first == second, "two builds of the same input differ");
}

#[test]
fn drafts_are_left_out_unless_asked_for() {
    let fx = Fixture::new("basic");
    fx.write("content/en/wip.md", "---\ntitle: Work in progress\ndescription: Not ready.\ndraft: true\n---\nSoon.\n");
    fx.build();
    assert!(!fx.path("public/en/wip/index.html").exists());
    assert!(!fx.out("sitemap.xml").contains("/en/wip/"));
    let run = fx.run(&["build", "--quiet", "--drafts"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(fx.path("public/en/wip/index.html").exists());
    // A published page may not link to a draft.
    fx.edit("content/en/_index.md", "Welcome.", "Welcome. [Soon](@/wip.md)");
    let run = fx.run(&["build", "--quiet"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("content/en/_index.md:5: link to a draft page: @/wip.md"), "{}", run.stderr);
}

#[test]
fn output_and_base_url_options() {
    let fx = Fixture::new("basic");
    let out = tempdir();
    let target = out.path().join("site");
    let run = fx.run(&["build", "--quiet", "--output", target.to_str().unwrap(), "--base-url", "https://other.test/"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let html = std::fs::read_to_string(target.join("en/sleep-safe/index.html")).unwrap();
    assert!(html.contains("https://other.test/en/sleep-safe/"));
    assert!(!fx.path("public").exists(), "--output must not write public/");
}

#[test]
fn long_sections_list_neighbours_and_link_the_full_list() {
    let fx = Fixture::new("basic");
    for i in 2..=21 {
        fx.write(
            &format!("content/en/guides/g{i:02}.md"),
            &format!("---\ntitle: Guide {i:02}\ndescription: Guide.\nweight: {i}\n---\nText.\n"),
        );
    }
    fx.build();
    let html = fx.out("en/guides/g12/index.html");
    let nav = &html[html.find("class=section-nav").unwrap()..];
    let nav = &nav[..nav.find("</nav>").unwrap()];
    assert_eq!(nav.matches("<li>").count(), 15, "{nav}");
    assert!(
        nav.contains("aria-current=page href=/en/guides/g12/")
            || nav.contains("href=/en/guides/g12/ aria-current=page"),
        "{nav}"
    );
    assert!(nav.contains("href=/en/guides/>Guides</a>"), "heading links the section: {nav}");
    let section = fx.out("en/guides/index.html");
    assert_eq!(section.matches("href=/en/guides/g").count(), 20, "the section page lists every guide");
}
