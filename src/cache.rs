//! The build cache, `.threesteps-cache/` in the site root: outputs that are
//! costly to make and depend only on their inputs (the QR codes' PNGs and
//! SVGs), each kept under the SHA-256 of every input and of the program that
//! made it. Its absence only costs time: an entry that is missing, cut
//! short, changed or made for other inputs is ignored and made again, so the
//! output is the same with or without it.

use sha2::{Digest, Sha256};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

/// The cache folder's name in the site root (ignored by git).
pub const CACHE_DIR: &str = ".threesteps-cache";

/// The first line of every entry; the key follows it.
const MAGIC: &str = "threesteps-cache 1";

/// How a run uses the cache: `build` reads and stores, `check` only reads
/// (it writes nothing), tests and `serve` neither.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum CacheUse {
    #[default]
    Off,
    Read,
    ReadAndStore,
}

/// Where cached outputs are read and stored; [`Cache::off`] keeps nothing.
#[derive(Debug, Clone)]
pub struct Cache {
    dir: Option<PathBuf>,
    store: bool,
    /// The entries this run read or stored: what [`Cache::prune`] keeps.
    used: Arc<Mutex<HashSet<PathBuf>>>,
}

impl Cache {
    /// The cache of the site at `root`.
    /// A cache folder that is a symbolic link is not used: nothing is
    /// ever written through a link to somewhere else.
    pub fn at(root: &Path) -> Cache {
        let dir = root.join(CACHE_DIR);
        if std::fs::symlink_metadata(&dir).is_ok_and(|m| m.file_type().is_symlink()) {
            return Cache::off();
        }
        Cache { dir: Some(dir), store: true, used: Arc::default() }
    }

    /// The cache of the site at `root`, used as `how` says.
    pub fn for_site(root: &Path, how: CacheUse) -> Cache {
        match how {
            CacheUse::Off => Cache::off(),
            CacheUse::Read => Cache { store: false, ..Cache::at(root) },
            CacheUse::ReadAndStore => Cache::at(root),
        }
    }

    /// No cache: everything is made afresh and nothing is stored.
    pub fn off() -> Cache {
        Cache { dir: None, store: false, used: Arc::default() }
    }

    /// The bytes kept for `kind` made from `inputs`, or else `make`'s,
    /// which are then stored (a failure to store only costs the next build time).
    pub fn get_or_make<E>(
        &self,
        kind: &str,
        inputs: &[&[u8]],
        make: impl FnOnce() -> Result<Vec<u8>, E>,
    ) -> Result<Vec<u8>, E> {
        let Some(dir) = &self.dir else { return make() };
        let key = key(kind, inputs);
        let path = dir.join(kind).join(&key);
        if let Ok(mut used) = self.used.lock() {
            used.insert(path.clone());
        }
        if let Some(bytes) = std::fs::read(&path).ok().and_then(|entry| payload(&entry, &key)) {
            return Ok(bytes);
        }
        let bytes = make()?;
        if self.store {
            store(&path, &entry(&key, &bytes));
        }
        Ok(bytes)
    }
}

impl Cache {
    /// After a successful build: removes the entries this build did not use
    /// (pages that changed, an older program's), and temporary files left by
    /// an interrupted one, so the folder holds one build's worth. Only files
    /// named as entries are touched; anything else in the folder stays.
    pub fn prune(&self) {
        let (Some(dir), true) = (&self.dir, self.store) else { return };
        let Ok(used) = self.used.lock() else { return };
        let Ok(kinds) = std::fs::read_dir(dir) else { return };
        for kind in kinds.flatten().filter(|k| k.file_type().is_ok_and(|t| t.is_dir())) {
            let Ok(entries) = std::fs::read_dir(kind.path()) else { continue };
            for entry in entries.flatten() {
                let name = entry.file_name().to_string_lossy().into_owned();
                let (stem, temporary) = match name.split_once(".tmp-") {
                    Some((stem, _)) => (stem.to_string(), true),
                    None => (name.clone(), false),
                };
                let ours = stem.len() == 64 && stem.bytes().all(|b| b.is_ascii_hexdigit());
                if ours && (temporary || !used.contains(&entry.path())) {
                    let _ = std::fs::remove_file(entry.path());
                }
            }
        }
    }
}

/// The hex SHA-256 of the program, `kind` and every input, each with its length.
pub fn key(kind: &str, inputs: &[&[u8]]) -> String {
    let mut hash = Sha256::new();
    hash.update(MAGIC);
    hash.update(program_identity());
    for part in std::iter::once(kind.as_bytes()).chain(inputs.iter().copied()) {
        hash.update((part.len() as u64).to_le_bytes());
        hash.update(part);
    }
    hex(&hash.finalize())
}

/// This program's version, size and modification time: a rebuilt program may
/// make other bytes, so it never reads a cache an older one wrote.
fn program_identity() -> &'static str {
    static IDENTITY: OnceLock<String> = OnceLock::new();
    IDENTITY.get_or_init(|| {
        let exe = std::env::current_exe().ok().and_then(|path| std::fs::metadata(path).ok());
        let (len, modified) = exe
            .map(|m| (m.len(), m.modified().ok().and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())))
            .unwrap_or((0, None));
        format!("{} {len} {:?}", env!("CARGO_PKG_VERSION"), modified)
    })
}

/// An entry: the magic line with the key, the payload's hex SHA-256, then the payload.
fn entry(key: &str, payload: &[u8]) -> Vec<u8> {
    let mut entry = format!("{MAGIC} {key}\n{}\n", hex(&Sha256::digest(payload))).into_bytes();
    entry.extend_from_slice(payload);
    entry
}

/// The payload of `entry` when it is whole and was stored under `key`.
fn payload(entry: &[u8], key: &str) -> Option<Vec<u8>> {
    let header = format!("{MAGIC} {key}\n");
    let rest = entry.strip_prefix(header.as_bytes())?;
    let newline = rest.iter().position(|&b| b == b'\n')?;
    let (digest, payload) = (&rest[..newline], &rest[newline + 1..]);
    (digest == hex(&Sha256::digest(payload)).as_bytes()).then(|| payload.to_vec())
}

/// Writes `bytes` to `path` through a temporary file and a rename, so a
/// reader never sees half an entry; failures are ignored.
fn store(path: &Path, bytes: &[u8]) {
    let Some(dir) = path.parent() else { return };
    if std::fs::create_dir_all(dir).is_err() {
        return;
    }
    let temporary = path.with_extension(format!("tmp-{}-{:?}", std::process::id(), std::thread::current().id()));
    if std::fs::write(&temporary, bytes).is_ok() && std::fs::rename(&temporary, path).is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("threesteps-cache-test-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        dir
    }

    fn made(bytes: &[u8]) -> Result<Vec<u8>, ()> {
        Ok(bytes.to_vec())
    }

    #[test]
    fn a_stored_entry_is_read_back_instead_of_made_again() {
        let root = scratch("hit");
        let cache = Cache::at(&root);
        assert_eq!(cache.get_or_make("qr", &[b"url"], || made(b"first")), Ok(b"first".to_vec()));
        let again = cache.get_or_make("qr", &[b"url"], || -> Result<Vec<u8>, ()> { panic!("made twice") });
        assert_eq!(again, Ok(b"first".to_vec()));
        // Other inputs are another entry.
        assert_eq!(cache.get_or_make("qr", &[b"other"], || made(b"second")), Ok(b"second".to_vec()));
        let _ = std::fs::remove_dir_all(&root);
    }

    #[test]
    fn corrupt_cut_or_foreign_entries_are_made_again() {
        let root = scratch("bad");
        let cache = Cache::at(&root);
        let path = root.join(CACHE_DIR).join("qr").join(key("qr", &[b"url"]));
        let good = entry(&key("qr", &[b"url"]), b"good");
        let cut = good[..good.len() - 1].to_vec();
        let mut flipped = good.clone();
        *flipped.last_mut().unwrap() ^= 1;
        let foreign = entry(&key("qr", &[b"another url"]), b"good");
        for bad in [cut, flipped, foreign, b"garbage".to_vec(), Vec::new()] {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, bad).unwrap();
            assert_eq!(cache.get_or_make("qr", &[b"url"], || made(b"fresh")), Ok(b"fresh".to_vec()));
            // The bad entry was replaced by a good one.
            assert_eq!(payload(&std::fs::read(&path).unwrap(), &key("qr", &[b"url"])), Some(b"fresh".to_vec()));
        }
        let _ = std::fs::remove_dir_all(&root);
    }

    #[test]
    fn inputs_are_kept_apart_by_their_lengths() {
        assert_ne!(key("qr", &[b"ab", b"c"]), key("qr", &[b"a", b"bc"]));
        assert_ne!(key("qr-png", &[b"x"]), key("qr-svg", &[b"x"]));
    }

    #[test]
    fn a_read_only_cache_reads_and_stores_nothing() {
        let root = scratch("read");
        let reader = Cache::for_site(&root, CacheUse::Read);
        assert_eq!(reader.get_or_make("qr", &[b"url"], || made(b"a")), Ok(b"a".to_vec()));
        assert!(!root.join(CACHE_DIR).exists(), "nothing stored");
        let _ = Cache::at(&root).get_or_make("qr", &[b"url"], || made(b"stored"));
        assert_eq!(reader.get_or_make("qr", &[b"url"], || made(b"b")), Ok(b"stored".to_vec()));
        let _ = std::fs::remove_dir_all(&root);
    }

    #[test]
    fn without_a_cache_nothing_is_stored() {
        let cache = Cache::off();
        assert_eq!(cache.get_or_make("qr", &[b"url"], || made(b"a")), Ok(b"a".to_vec()));
        assert_eq!(cache.get_or_make("qr", &[b"url"], || made(b"b")), Ok(b"b".to_vec()));
    }
}
