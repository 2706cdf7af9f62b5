//! threesteps: a static site generator for multilingual baby-safety resource sites.
//!
//! Data flows one way: [`source`] (discover files) → [`parse`] (front matter,
//! Markdown) → [`model`] (the site: pages × languages, links, redirects) →
//! [`output`] (HTML, sitemap, redirects, headers, assets) → [`write`] (atomic swap).
//! [`pipeline`] runs the stages for `build` and `check`; [`routes`] makes
//! every URL and output path they publish.

pub mod bidi;
pub mod cache;
pub mod cli;
pub mod cmd;
pub mod config;
pub mod diag;
pub mod history;
pub mod i18n;
pub mod model;
pub mod output;
pub mod parse;
pub mod pipeline;
pub mod routes;
pub mod serve;
pub mod sms;
pub mod source;
pub mod textdiff;
pub mod write;
