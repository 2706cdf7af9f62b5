//! QR codes of short links, for leaflets and the red book: an SVG and a PNG
//! per short link per language, encoding the absolute short URL.
//!
//! Error correction M (15% of the code can be damaged), a quiet zone of 4
//! modules, and the PNG at a whole number of pixels per module, at least 600 px.

use crate::cache::Cache;
use crate::config::Lang;
use crate::diag::Diagnostic;
use crate::model::redirects::{Redirect, RedirectKind};
use crate::model::site::Site;
use crate::output::{escape_markup, OutputFile};
use crate::routes;
use qrcode::{Color, EcLevel, QrCode};

/// Modules of white border around the code (the QR standard's minimum).
pub const QUIET_ZONE: usize = 4;
/// Smallest PNG side in pixels.
pub const MIN_PNG_SIZE: usize = 600;

/// The absolute URL a short link's QR code encodes: `base/<code>/` for the
/// default language, `base/<lang>/<code>/` for the others.
pub fn short_url(site: &Site, lang: &Lang, code: &str) -> String {
    routes::absolute(&site.config.base_url, &routes::short_link(&lang.code, code, &site.config.default_language))
}

/// The QR code of `url`, at error correction M.
pub fn encode(url: &str) -> Result<QrCode, Diagnostic> {
    QrCode::with_error_correction_level(url.as_bytes(), EcLevel::M).map_err(|e| too_long(url, e))
}

/// The error for a URL no QR code holds.
fn too_long(url: &str, e: qrcode::types::QrError) -> Diagnostic {
    Diagnostic::error(format!("cannot make a QR code of {url}: {e}")).hint("use a shorter base_url or code")
}

/// Every short link in every language: its redirect, language and code.
fn short_codes<'a>(site: &'a Site, redirects: &'a [Redirect]) -> Vec<(&'a Redirect, &'a Lang, &'a str)> {
    // One QR per code and language: skip the root `/code/` entry, the
    // default language's `/<default>/<code>/` entry stands for it.
    redirects
        .iter()
        .filter_map(|redirect| match &redirect.kind {
            RedirectKind::Short { code } if redirect.from.starts_with(&routes::language_home(&redirect.lang)) => {
                Some((redirect, site.config.language(&redirect.lang)?, code.as_str()))
            }
            _ => None,
        })
        .collect()
}

/// `qr/<lang>/<code>.svg` and `.png` for every short link in every language,
/// encoded in parallel, each read from `cache` when it holds the same one.
pub fn qr_codes(site: &Site, redirects: &[Redirect], cache: &Cache) -> Result<Vec<OutputFile>, Diagnostic> {
    use rayon::prelude::*;
    let codes = short_codes(site, redirects);
    let pairs = codes
        .par_iter()
        .map(|&(redirect, lang, code)| {
            let url = short_url(site, lang, code);
            let title = &site.pages[redirect.page].shown(&site.config, lang).front.title;
            let (svg, png) = cached_files(cache, &url, title)?;
            Ok([
                OutputFile::new(routes::output_path(&routes::qr_image(&redirect.lang, code, "svg")), svg),
                OutputFile::new(routes::output_path(&routes::qr_image(&redirect.lang, code, "png")), png),
            ])
        })
        .collect::<Result<Vec<_>, Diagnostic>>()?;
    Ok(pairs.into_iter().flatten().collect())
}

/// The paths [`qr_codes`] would write, each URL checked to fit in a QR code
/// (the same error) but nothing drawn: for `check`, which keeps no file.
pub fn qr_paths(site: &Site, redirects: &[Redirect]) -> Result<Vec<String>, Diagnostic> {
    let mut paths = Vec::new();
    for (redirect, lang, code) in short_codes(site, redirects) {
        let url = short_url(site, lang, code);
        qrcode::bits::encode_auto(url.as_bytes(), EcLevel::M).map_err(|e| too_long(&url, e))?;
        for ext in ["svg", "png"] {
            paths.push(routes::output_path(&routes::qr_image(&redirect.lang, code, ext)));
        }
    }
    Ok(paths)
}

/// The SVG and PNG of `url`'s code, from `cache` or encoded (once for both).
fn cached_files(cache: &Cache, url: &str, title: &str) -> Result<(Vec<u8>, Vec<u8>), Diagnostic> {
    let encoded = std::cell::OnceCell::new();
    let qr = || match encoded.get() {
        Some(qr) => Ok(qr),
        None => encode(url).map(|qr| encoded.get_or_init(|| qr)),
    };
    let svg = cache.get_or_make(SVG_KIND, &[url.as_bytes(), title.as_bytes()], || {
        qr().map(|qr| svg(qr, url, title).into_bytes())
    })?;
    let png = cache.get_or_make("qr-png", &[url.as_bytes()], || qr().and_then(png))?;
    Ok((svg, png))
}

/// The cache's name for QR SVGs, shared by the QR files and the red book sheets.
const SVG_KIND: &str = "qr-svg";

/// The SVG of `url`'s code titled `title`, from `cache` or encoded.
pub fn cached_svg(cache: &Cache, url: &str, title: &str) -> Result<Vec<u8>, Diagnostic> {
    cache.get_or_make(SVG_KIND, &[url.as_bytes(), title.as_bytes()], || {
        encode(url).map(|qr| svg(&qr, url, title).into_bytes())
    })
}

/// The file at `/qr/<lang>/<code>.svg` or `.png`, made on its own (for the
/// bundles `serve` makes on request); `None` when there is no such code.
pub fn file_at(site: &Site, url: &str) -> Option<Result<Vec<u8>, Diagnostic>> {
    let (lang, file) = url.strip_prefix("/qr/")?.split_once('/')?;
    let (code, ext) = file.rsplit_once('.')?;
    let lang = site.config.language(lang)?;
    let pages = site.short_link_pages();
    let page = pages.iter().find(|p| p.source(&site.config).front.short.as_deref() == Some(code))?;
    let url = short_url(site, lang, code);
    let title = &page.shown(&site.config, lang).front.title;
    match ext {
        "svg" => Some(encode(&url).map(|qr| svg(&qr, &url, title).into_bytes())),
        "png" => Some(encode(&url).and_then(|qr| png(&qr))),
        _ => None,
    }
}

/// An SVG of the code: one unit per module, the dark modules as one path
/// with a rectangle for each run of them along a row (about half the bytes
/// of a square per module, and a lighter layout in the red book sheets).
pub fn svg(qr: &QrCode, url: &str, title: &str) -> String {
    use std::fmt::Write;
    let width = qr.width();
    let size = width + 2 * QUIET_ZONE;
    let colors = qr.to_colors();
    let mut path = String::new();
    for (y, row) in colors.chunks(width).enumerate() {
        let mut x = 0;
        while x < width {
            let run = row[x..].iter().take_while(|&&color| color == Color::Dark).count();
            if run > 0 {
                let _ = write!(path, "M{} {}h{run}v1h-{run}z", x + QUIET_ZONE, y + QUIET_ZONE);
            }
            x += run.max(1);
        }
    }
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" width=\"{px}\" height=\"{px}\" role=\"img\" aria-labelledby=\"t\" shape-rendering=\"crispEdges\"><title id=\"t\">{} — {}</title><rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{path}\"/></svg>\n",
        escape_markup(title),
        escape_markup(url),
        px = size * 8,
    )
}

/// A greyscale PNG of the code, at least [`MIN_PNG_SIZE`] pixels a side.
pub fn png(qr: &QrCode) -> Result<Vec<u8>, Diagnostic> {
    let width = qr.width();
    let modules = width + 2 * QUIET_ZONE;
    let scale = MIN_PNG_SIZE.div_ceil(modules);
    let side = modules * scale;
    let colors = qr.to_colors();
    let mut pixels = vec![255u8; side * side];
    for y in 0..width {
        for x in 0..width {
            if colors[y * width + x] == Color::Dark {
                for dy in 0..scale {
                    let row = ((y + QUIET_ZONE) * scale + dy) * side;
                    let start = row + (x + QUIET_ZONE) * scale;
                    pixels[start..start + scale].fill(0);
                }
            }
        }
    }
    let mut bytes = Vec::new();
    let fail = |e: png::EncodingError| Diagnostic::error(format!("cannot encode a QR PNG: {e}"));
    {
        let mut encoder = png::Encoder::new(&mut bytes, side as u32, side as u32);
        encoder.set_color(png::ColorType::Grayscale);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder.write_header().map_err(fail)?;
        writer.write_image_data(&pixels).map_err(fail)?;
    }
    Ok(bytes)
}
