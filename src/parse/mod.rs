//! Parse: pure functions from file text to values (front matter, Markdown, the raw HTML in Markdown).

pub mod date;
pub mod front_matter;
pub mod html;
pub mod markdown;
pub mod yaml;
