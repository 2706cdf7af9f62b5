//! Site model: pages × languages, translations, links, short links and
//! aliases. Built once from the parsed sources, then read-only.

pub mod links;
pub mod redirects;
pub mod site;
pub mod translations;
pub mod urls;

pub use site::{Page, PageKind, PageVersion, Site};
