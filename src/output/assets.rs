//! Files copied as they are: theme static files to the root, content files
//! next to their pages (`content/en/safe-space/kitchen.svg` → `en/safe-space/kitchen.svg`).

use crate::model::site::Site;
use crate::output::OutputFile;
use crate::routes;
use crate::source::SourceTree;

pub fn copied_files(site: &Site, tree: &SourceTree) -> Vec<OutputFile> {
    let statics = tree.static_files.iter().map(|(rel, bytes)| OutputFile::new(rel.clone(), bytes.clone()));
    let assets = site
        .assets
        .iter()
        .map(|a| OutputFile::new(routes::output_path(&routes::language_file(&a.lang, &a.rel)), a.bytes.clone()));
    statics.chain(assets).collect()
}
