//! Integration tests: build fixture sites with the real binary and check
//! what a user would see — output files, error messages, exit codes.

mod build_output;
mod check;
mod cli;
mod default_site;
mod errors;
mod hardening;
mod leaflets;
mod links_page;
mod offline;
mod parents;
mod posters;
mod qr;
mod search;
mod serve;
mod sitemaps;
mod text_layer;
mod toolkit;
mod translations;
mod urls;
mod util;
