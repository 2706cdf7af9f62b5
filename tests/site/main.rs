//! Integration tests: build fixture sites with the real binary and check
//! what a user would see — output files, error messages, exit codes.

mod build_output;
mod cli;
mod default_site;
mod errors;
mod leaflets;
mod links_page;
mod posters;
mod qr;
mod search;
mod serve;
mod toolkit;
mod translations;
mod urls;
mod util;
