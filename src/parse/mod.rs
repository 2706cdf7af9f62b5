//! Parse: pure functions from file text to values (front matter, Markdown).

pub mod date;
pub mod front_matter;
pub mod markdown;
pub mod yaml;
