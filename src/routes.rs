//! Every URL the site publishes and every output path, made here and nowhere
//! else. URLs are site-relative (`/pl/safer-sleep/`) unless the function says
//! otherwise; output paths are relative to the output folder
//! (`pl/safer-sleep/index.html`). Pure functions of their arguments: no
//! module below `lib.rs` is imported, so every stage may use them.

/// File name of a language's red book QR sheet, in `/leaflets/<lang>/`.
pub const RED_BOOK_FILE: &str = "red-book-qr.pdf";

/// A language's home page: `/<lang>/`.
pub fn language_home(lang: &str) -> String {
    format!("/{lang}/")
}

/// A content page: `/<lang>/` for the home page (empty path), otherwise
/// `/<lang>/<path>/`.
pub fn page(lang: &str, path: &str) -> String {
    if path.is_empty() {
        language_home(lang)
    } else {
        format!("/{lang}/{path}/")
    }
}

/// A page the build makes for every language (`search`, `links`, `offline`,
/// `red-book`): `/<lang>/<slug>/`.
pub fn generated(lang: &str, slug: &str) -> String {
    format!("/{lang}/{slug}/")
}

/// The search page of a language.
pub fn search_page(lang: &str) -> String {
    generated(lang, "search")
}

/// The offline page of a language.
pub fn offline_page(lang: &str) -> String {
    generated(lang, "offline")
}

/// A language's web app manifest.
pub fn manifest(lang: &str) -> String {
    format!("/{lang}/manifest.webmanifest")
}

/// A language's search index (lunr) and the documents its results show.
pub fn search_index(lang: &str) -> String {
    format!("/{lang}/search-index.json")
}

/// See [`search_index`].
pub fn search_docs(lang: &str) -> String {
    format!("/{lang}/search-docs.json")
}

/// A language's words, for correcting a mistyped query word (see [`search_index`]).
pub fn search_words(lang: &str) -> String {
    format!("/{lang}/search-words.json")
}

/// A file that sits next to a page (a picture), at `rel` inside the language folder.
pub fn language_file(lang: &str, rel: &str) -> String {
    format!("/{lang}/{rel}")
}

/// A folder at the top of the site (reserved names such as `qr`).
pub fn top_folder(name: &str) -> String {
    format!("/{name}/")
}

/// The redirect every language shares for a short code: `/<code>/`.
pub fn short_root(code: &str) -> String {
    format!("/{code}/")
}

/// The short link of `code` in `lang`: `/<code>/` in the default language
/// (it is what the red book prints), `/<lang>/<code>/` in the others.
pub fn short_link(lang: &str, code: &str, default_language: &str) -> String {
    if lang == default_language {
        short_root(code)
    } else {
        short_in_language(lang, code)
    }
}

/// A short code's redirect inside a language folder: `/<lang>/<code>/`.
pub fn short_in_language(lang: &str, code: &str) -> String {
    format!("/{lang}/{code}/")
}

/// The QR code image of a short link: `/qr/<lang>/<code>.<svg|png>`.
pub fn qr_image(lang: &str, code: &str, extension: &str) -> String {
    format!("/qr/{lang}/{code}.{extension}")
}

/// A page's PDF leaflet: `/leaflets/<lang>/<path>.pdf` (`index.pdf` for the home page).
pub fn leaflet(lang: &str, page_path: &str) -> String {
    format!("/leaflets/{lang}/{}.pdf", file_stem(page_path))
}

/// A language's red book QR sheet.
pub fn red_book_sheet(lang: &str) -> String {
    format!("/leaflets/{lang}/{RED_BOOK_FILE}")
}

/// A poster made from the theme's `posters/<name>.typ`.
pub fn poster(lang: &str, name: &str) -> String {
    format!("/posters/{lang}/{name}.pdf")
}

/// A page's 16:9 slide deck.
pub fn slides(lang: &str, page_path: &str) -> String {
    format!("/slides/{lang}/{}.pdf", file_stem(page_path))
}

/// A language's download-everything toolkit bundle.
pub fn bundle(lang: &str) -> String {
    format!("/downloads/{lang}/three-steps-toolkit-{lang}.zip")
}

/// `base` (the site's `base_url`, no trailing slash) joined to a site-relative URL.
pub fn absolute(base: &str, url: &str) -> String {
    format!("{base}{url}")
}

/// An absolute URL as people type it, without `https://`.
pub fn display(url: &str) -> &str {
    url.split_once("://").map_or(url, |(_, rest)| rest)
}

/// Where the file of a site-relative URL is written: a URL ending in `/`
/// is a folder with `index.html` in it.
pub fn output_path(url: &str) -> String {
    let path = url.trim_start_matches('/');
    if path.is_empty() || path.ends_with('/') {
        format!("{path}index.html")
    } else {
        path.to_string()
    }
}

/// The site-relative URL of an output path (the inverse of [`output_path`]
/// for files that are not pages).
pub fn url_of_output(path: &str) -> String {
    format!("/{path}")
}

/// What kind of made file a site-relative URL names, by its top folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Made {
    Leaflet,
    PosterOrSlides,
    Bundle,
    QrImage,
    Other,
}

/// Which kind of made file `url` is (see [`Made`]).
pub fn made_kind(url: &str) -> Made {
    match url.trim_start_matches('/').split('/').next().unwrap_or("") {
        "leaflets" => Made::Leaflet,
        "posters" | "slides" => Made::PosterOrSlides,
        "downloads" => Made::Bundle,
        "qr" => Made::QrImage,
        _ => Made::Other,
    }
}

/// A page path as a file name: the home page (empty path) is `index`.
fn file_stem(page_path: &str) -> &str {
    if page_path.is_empty() {
        "index"
    } else {
        page_path
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_short_links_and_files() {
        assert_eq!(page("pl", ""), "/pl/");
        assert_eq!(page("pl", "dad-guides/first-weeks"), "/pl/dad-guides/first-weeks/");
        assert_eq!(short_link("en", "sleep", "en"), "/sleep/");
        assert_eq!(short_link("ur", "sleep", "en"), "/ur/sleep/");
        assert_eq!(qr_image("ar", "cry", "png"), "/qr/ar/cry.png");
        assert_eq!(leaflet("cs", ""), "/leaflets/cs/index.pdf");
        assert_eq!(slides("en", "champions/briefing"), "/slides/en/champions/briefing.pdf");
        assert_eq!(bundle("sk"), "/downloads/sk/three-steps-toolkit-sk.zip");
    }

    #[test]
    fn output_paths_of_urls() {
        assert_eq!(output_path("/"), "index.html");
        assert_eq!(output_path("/pl/search/"), "pl/search/index.html");
        assert_eq!(output_path("/qr/pl/sleep.svg"), "qr/pl/sleep.svg");
        assert_eq!(output_path("/en/safe-space/kitchen.svg"), "en/safe-space/kitchen.svg");
        assert_eq!(url_of_output("qr/pl/sleep.svg"), "/qr/pl/sleep.svg");
        assert_eq!(made_kind(&slides("en", "champions/briefing")), Made::PosterOrSlides);
        assert_eq!(made_kind(&bundle("en")), Made::Bundle);
        assert_eq!(made_kind(&red_book_sheet("en")), Made::Leaflet);
        assert_eq!(made_kind("/leaflets"), Made::Leaflet);
        assert_eq!(made_kind("/en/leaflets/"), Made::Other);
    }
}
