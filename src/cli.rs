//! Command-line definitions.

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(name = "threesteps", version, about = "Build multilingual baby-safety resource websites")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the site into the output folder (public/ by default).
    Build {
        /// The site folder (with site.yaml).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Where to write the site (default: <root>/public).
        #[arg(long)]
        output: Option<PathBuf>,
        /// Use this base URL instead of site.yaml's.
        #[arg(long)]
        base_url: Option<String>,
        /// Include pages marked `draft: true`.
        #[arg(long)]
        drafts: bool,
        /// Print nothing but problems.
        #[arg(long, short)]
        quiet: bool,
        /// List every file written.
        #[arg(long, short)]
        verbose: bool,
    },
    /// Run every check of build and write nothing.
    Check {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        #[arg(long)]
        drafts: bool,
    },
    /// Build into memory, serve with live reload, rebuild on every change.
    Serve {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Address to listen on (loopback by default: only this machine).
        #[arg(long, default_value = "127.0.0.1")]
        bind: String,
        /// Port (0 picks a free one).
        #[arg(long, default_value_t = 1111)]
        port: u16,
        /// Open the site in the browser.
        #[arg(long)]
        open: bool,
    },
    /// Report translation status: current, outdated, missing, unreviewed.
    Translations {
        #[arg(long, default_value = ".", global = true)]
        root: PathBuf,
        /// Only this language.
        #[arg(long)]
        lang: Option<String>,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        #[command(subcommand)]
        action: Option<TranslationsAction>,
    },
    /// For the search parity tests: prints, as JSON, the search terms of the
    /// text on stdin (`--lang`), or with `--index` the lunr index of the
    /// documents on stdin (`{"fields":[[name,boost]],"docs":[{"ref","fields":[[term]]}]}`).
    #[command(hide = true)]
    SearchDebug {
        #[arg(long, default_value = "en")]
        lang: String,
        #[arg(long)]
        index: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum TranslationsAction {
    /// Record the source's current hash in translations (after updating them).
    Stamp {
        /// Translation files, e.g. content/pl/safer-sleep.md.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Also mark them `reviewed: true`.
        #[arg(long)]
        reviewed: bool,
    },
    /// Show, word by word, what changed in the source page since a translation was made.
    Diff {
        /// A translation file, e.g. content/pl/safer-sleep.md.
        path: PathBuf,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
}
