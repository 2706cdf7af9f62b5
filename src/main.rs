//! `threesteps`: parse the command line, run the command, print
//! diagnostics, exit with 0 (success), 1 (site errors) or 2 (usage).

use clap::Parser;
use std::process::ExitCode;
use threesteps::cli::{Cli, Command};
use threesteps::cmd;

/// mimalloc: the build allocates many small strings from several threads.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let code = match cli.command {
        Command::Build { root, output, base_url, drafts, quiet, verbose } => {
            cmd::build::run(&root, output.as_deref(), base_url, drafts, quiet, verbose)
        }
        Command::Check { root, drafts } => cmd::check::run(&root, drafts),
        Command::Serve { root, bind, port, open } => {
            match threesteps::serve::run(&threesteps::serve::ServeOptions { root, bind, port, open }) {
                Ok(()) => 0,
                Err(problem) => {
                    eprintln!("{problem}");
                    1
                }
            }
        }
        Command::Translations { root, lang, format, action } => {
            cmd::translations::run(&root, lang.as_deref(), format, action)
        }
        Command::SearchDebug { lang, index } => cmd::search_debug::run(&lang, index),
    };
    ExitCode::from(code)
}
