//! Files copied as they are: theme static files to the root, content files
//! next to their pages (`content/en/safe-space/kitchen.svg` → `en/safe-space/kitchen.svg`).
//! Their bytes come from the model, which holds them as discovery read them.

use crate::model::site::Site;
use crate::output::OutputFile;
use crate::routes;

pub fn copied_files(site: &Site) -> Vec<OutputFile> {
    let statics = site.static_files.iter().map(|(rel, bytes)| OutputFile::new(rel.clone(), bytes.clone()));
    let assets = site
        .assets
        .iter()
        .map(|a| OutputFile::new(routes::output_path(&routes::language_file(&a.lang, &a.rel)), a.bytes.clone()));
    statics.chain(assets).collect()
}
