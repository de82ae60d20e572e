//! What the golden-file tests share (`share.rs`, `fhir.rs`): the crate's folder, a built-in
//! language's words, and comparing with a golden file.

use recovery_core::text::{read_words, Catalogue};
use std::path::{Path, PathBuf};

/// The core crate's folder.
pub fn manifest() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A built-in language's words, from its file in `lang/` (English is built in).
pub fn language(tag: &str) -> Catalogue {
    if tag == "en" {
        return Catalogue::english();
    }
    let path = manifest().join(format!("lang/{tag}.json"));
    let words = read_words(&std::fs::read_to_string(path).unwrap()).unwrap();
    Catalogue::built_in(tag).and_language(words)
}

/// Compares `actual` with the golden file at `path`, or writes it first when
/// `RECOVERY_WRITE_GOLDEN` is set (after a change meant to alter it: read the diff).
pub fn golden(path: &Path, actual: &str) {
    if std::env::var_os("RECOVERY_WRITE_GOLDEN").is_some() {
        std::fs::write(path, actual).unwrap();
    }
    let expected = std::fs::read_to_string(path)
        .unwrap_or_else(|_| panic!("{path:?} is missing: run with RECOVERY_WRITE_GOLDEN=1"));
    assert!(
        expected == actual,
        "{path:?} differs from its golden file:\n{actual}"
    );
}
