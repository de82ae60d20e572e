//! The locked envelope: what the browser stores, and what an encrypted copy holds, while the
//! person has set a passcode.
//!
//! This module only describes and checks the envelope, and plans which stored texts to lock
//! or open; the cryptography itself is the browser's (WebCrypto), never compiled in.
//!
//! # Wire format, lock version 1
//!
//! ```json
//! {
//!   "format": "recovery-widgets/locked",
//!   "lock_version": 1,
//!   "holds": "record",
//!   "kdf": { "name": "PBKDF2-SHA-256", "iterations": 600000, "salt": "<16 bytes, base64>" },
//!   "cipher": { "name": "AES-GCM-256", "nonce": "<12 bytes, base64>" },
//!   "ciphertext": "<base64>"
//! }
//! ```
//!
//! - `holds` says what the ciphertext is once opened: `record` (a record in the
//!   [stored format](super::to_storage_json)), `drafts` (the unfinished "add" boxes, a JSON
//!   object of box to text) or `set_aside` (stored text that could not be read, kept as it
//!   was). It is also the cipher's additional data (see [`LockedEnvelope::additional_data`]),
//!   so an envelope moved to another place in storage does not open.
//! - The key is derived from the passcode with PBKDF2-SHA-256, `iterations` at least
//!   [`MIN_ITERATIONS`] (OWASP's figure), over a random 16-byte salt chosen when the passcode
//!   is set. Every save has a fresh random 12-byte nonce.
//! - `ciphertext` is AES-GCM with a 256-bit key and a 128-bit tag (the tag at its end).
//! - Base64 is the standard alphabet with padding.
//! - A `lock_version` newer than [`LOCK_VERSION`] is refused whole. The envelope's version
//!   is its own: the record inside keeps its `schema_version`.

use serde::{Deserialize, Serialize};

/// The value of the `format` field of every locked envelope.
pub const LOCKED_FORMAT_NAME: &str = "recovery-widgets/locked";

/// The newest envelope version this crate writes and reads.
pub const LOCK_VERSION: u32 = 1;

/// The key derivation, as named in the envelope.
pub const KDF_NAME: &str = "PBKDF2-SHA-256";

/// The cipher, as named in the envelope.
pub const CIPHER_NAME: &str = "AES-GCM-256";

/// PBKDF2 iterations written in new envelopes.
pub const ITERATIONS: u32 = 600_000;

/// The fewest PBKDF2 iterations an envelope may name (OWASP's current figure for
/// PBKDF2-HMAC-SHA-256); fewer would make a passcode easier to guess, so such an envelope is
/// refused.
pub const MIN_ITERATIONS: u32 = 600_000;

/// The length of the random salt, in bytes.
pub const SALT_BYTES: usize = 16;

/// The length of an AES-GCM nonce, in bytes.
pub const NONCE_BYTES: usize = 12;

/// The length of the AES-GCM tag at the end of the ciphertext, in bytes.
pub const TAG_BYTES: usize = 16;

/// What an envelope holds once opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Holds {
    /// The record, in the stored format.
    Record,
    /// The unfinished "add" boxes.
    Drafts,
    /// Stored text that could not be read, kept as it was.
    SetAside,
}

impl Holds {
    fn name(self) -> &'static str {
        match self {
            Holds::Record => "record",
            Holds::Drafts => "drafts",
            Holds::SetAside => "set_aside",
        }
    }
}

/// One locked text: everything needed to open it except the passcode.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LockedEnvelope {
    /// What the ciphertext holds.
    pub holds: Holds,
    /// PBKDF2 iterations.
    pub iterations: u32,
    /// The passcode's salt ([`SALT_BYTES`] long).
    pub salt: Vec<u8>,
    /// This save's nonce ([`NONCE_BYTES`] long).
    pub nonce: Vec<u8>,
    /// AES-GCM's output: the encrypted text followed by the tag.
    pub ciphertext: Vec<u8>,
}

/// Why a text is not an envelope this bundle can open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LockError {
    /// The text is not a locked envelope at all (it may be a plain record).
    NotLocked,
    /// A newer bundle wrote it: it is left as it is.
    NewerVersion {
        /// The envelope's version.
        found: u64,
        /// The newest version this bundle reads.
        supported: u32,
    },
    /// It says it is an envelope, but a part is missing or wrong (named, with no content).
    Damaged(&'static str),
}

impl std::fmt::Display for LockError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LockError::NotLocked => f.write_str("not a locked envelope"),
            LockError::NewerVersion { found, supported } => write!(
                f,
                "locked with envelope version {found}; this version reads up to {supported}"
            ),
            LockError::Damaged(what) => write!(f, "a damaged locked envelope: {what}"),
        }
    }
}

#[derive(Serialize, Deserialize)]
struct WireKdf {
    name: String,
    iterations: u32,
    salt: String,
}

#[derive(Serialize, Deserialize)]
struct WireCipher {
    name: String,
    nonce: String,
}

#[derive(Serialize, Deserialize)]
struct WireEnvelope {
    format: String,
    lock_version: u64,
    holds: Holds,
    kdf: WireKdf,
    cipher: WireCipher,
    ciphertext: String,
}

#[derive(Deserialize)]
struct Head {
    #[serde(default)]
    format: Option<String>,
    #[serde(default)]
    lock_version: Option<serde_json::Value>,
}

/// Whether a stored text is a locked envelope (of any version), without reading the rest.
pub fn is_locked(text: &str) -> bool {
    serde_json::from_str::<Head>(text.trim_start_matches('\u{feff}'))
        .is_ok_and(|head| head.format.as_deref() == Some(LOCKED_FORMAT_NAME))
}

impl LockedEnvelope {
    /// The envelope as compact JSON, for storage or a file.
    pub fn to_json(&self) -> String {
        let (before, after) = self.json_around_ciphertext();
        [before, base64_encode(&self.ciphertext), after].concat()
    }

    /// The envelope's JSON before and after the ciphertext's base64 (the ciphertext itself is
    /// not read), so a caller holding the ciphertext elsewhere (the browser) can put the
    /// three together without copying it here. Written by hand, in the order and shape serde
    /// would write it: every value is a name of ours, a number or base64, none needing
    /// escapes.
    pub fn json_around_ciphertext(&self) -> (String, String) {
        let holds = self.holds.name();
        let (salt, nonce) = (base64_encode(&self.salt), base64_encode(&self.nonce));
        let iterations = self.iterations;
        (
            format!(
                "{{\"format\":\"{LOCKED_FORMAT_NAME}\",\"lock_version\":{LOCK_VERSION},\"holds\":\"{holds}\",\"kdf\":{{\"name\":\"{KDF_NAME}\",\"iterations\":{iterations},\"salt\":\"{salt}\"}},\"cipher\":{{\"name\":\"{CIPHER_NAME}\",\"nonce\":\"{nonce}\"}},\"ciphertext\":\""
            ),
            "\"}".to_owned(),
        )
    }

    #[cfg(test)]
    fn to_json_by_serde(&self) -> String {
        let wire = WireEnvelope {
            format: LOCKED_FORMAT_NAME.to_owned(),
            lock_version: u64::from(LOCK_VERSION),
            holds: self.holds,
            kdf: WireKdf {
                name: KDF_NAME.to_owned(),
                iterations: self.iterations,
                salt: base64_encode(&self.salt),
            },
            cipher: WireCipher {
                name: CIPHER_NAME.to_owned(),
                nonce: base64_encode(&self.nonce),
            },
            ciphertext: base64_encode(&self.ciphertext),
        };
        serde_json::to_string(&wire).unwrap_or_default()
    }

    /// Reads an envelope, refusing one this bundle could not open safely: not an envelope, a
    /// newer version, another key derivation or cipher, too few iterations, or parts of the
    /// wrong length.
    pub fn from_json(text: &str) -> Result<LockedEnvelope, LockError> {
        let text = text.trim_start_matches('\u{feff}');
        let head: Head = serde_json::from_str(text).map_err(|_| LockError::NotLocked)?;
        if head.format.as_deref() != Some(LOCKED_FORMAT_NAME) {
            return Err(LockError::NotLocked);
        }
        match head
            .lock_version
            .as_ref()
            .and_then(serde_json::Value::as_u64)
        {
            Some(v) if v > u64::from(LOCK_VERSION) => {
                return Err(LockError::NewerVersion {
                    found: v,
                    supported: LOCK_VERSION,
                })
            }
            Some(v) if v >= 1 => {}
            _ => return Err(LockError::Damaged("its version is not a version")),
        }
        let wire: WireEnvelope = serde_json::from_str(text)
            .map_err(|_| LockError::Damaged("a part is missing or of the wrong kind"))?;
        if wire.kdf.name != KDF_NAME {
            return Err(LockError::Damaged("another key derivation"));
        }
        if wire.cipher.name != CIPHER_NAME {
            return Err(LockError::Damaged("another cipher"));
        }
        if wire.kdf.iterations < MIN_ITERATIONS {
            return Err(LockError::Damaged("too few iterations"));
        }
        let salt = base64_decode(&wire.kdf.salt).ok_or(LockError::Damaged("the salt"))?;
        let nonce = base64_decode(&wire.cipher.nonce).ok_or(LockError::Damaged("the nonce"))?;
        let ciphertext =
            base64_decode(&wire.ciphertext).ok_or(LockError::Damaged("the ciphertext"))?;
        if salt.len() != SALT_BYTES {
            return Err(LockError::Damaged("the salt's length"));
        }
        if nonce.len() != NONCE_BYTES {
            return Err(LockError::Damaged("the nonce's length"));
        }
        if ciphertext.len() < TAG_BYTES {
            return Err(LockError::Damaged("the ciphertext is shorter than its tag"));
        }
        Ok(LockedEnvelope {
            holds: wire.holds,
            iterations: wire.kdf.iterations,
            salt,
            nonce,
            ciphertext,
        })
    }

    /// The cipher's additional data for an envelope that holds `holds`: the format, its
    /// version and what it holds, so an envelope opens only as what it was written as.
    pub fn additional_data(holds: Holds) -> Vec<u8> {
        format!("{LOCKED_FORMAT_NAME}:{LOCK_VERSION}:{}", holds.name()).into_bytes()
    }
}

/// The fewest characters a new passcode may have.
pub const MIN_PASSCODE_CHARS: usize = 4;

/// Why a new passcode is not taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NewPasscodeProblem {
    /// Fewer than [`MIN_PASSCODE_CHARS`] characters.
    TooShort,
    /// The two boxes differ.
    NotTheSame,
}

/// Checks a new passcode, typed twice. Any characters are allowed, as typed (no trimming):
/// what opens the record is exactly what was typed.
pub fn check_new_passcode(passcode: &str, again: &str) -> Result<(), NewPasscodeProblem> {
    if passcode.chars().count() < MIN_PASSCODE_CHARS {
        return Err(NewPasscodeProblem::TooShort);
    }
    if passcode != again {
        return Err(NewPasscodeProblem::NotTheSame);
    }
    Ok(())
}

/// Wrong passcodes that may be tried again at once.
pub const FREE_TRIES: u32 = 3;

/// The longest wait between tries, in milliseconds: gentle, never a lock-out.
pub const LONGEST_WAIT_MS: u32 = 30_000;

/// How long to wait, in milliseconds, before the next try after `wrong` wrong passcodes in a
/// row: none for the first [`FREE_TRIES`], then two seconds doubling each time, never more
/// than [`LONGEST_WAIT_MS`]. Deriving each key already takes a moment; this only slows a
/// run of guesses, and nothing is ever locked out or removed.
pub fn wait_after_wrong_tries(wrong: u32) -> u32 {
    if wrong < FREE_TRIES {
        return 0;
    }
    let doublings = (wrong - FREE_TRIES).min(10);
    (2_000u32 << doublings).min(LONGEST_WAIT_MS)
}

/// One text to lock with the passcode: where it goes, and what it holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ToLock {
    /// The storage key to write the envelope to (the key it is stored under now).
    pub key: String,
    /// What it holds.
    pub holds: Holds,
    /// The text as stored now, to encrypt.
    pub plain: String,
}

/// What a stored key beside a record holds, if it holds a person's words: the record
/// itself, its drafts (`<record key>:drafts`), or text set aside (`<record key>:unreadable:…`).
/// Anything else under the record's name (the chosen language, the lock signal) holds none.
pub fn holds_at(record_key: &str, key: &str) -> Option<Holds> {
    let rest = key.strip_prefix(record_key)?;
    match rest {
        "" => Some(Holds::Record),
        ":drafts" => Some(Holds::Drafts),
        _ if rest.starts_with(":unreadable:") => Some(Holds::SetAside),
        _ => None,
    }
}

/// The plan for setting a passcode: of what is stored (every key and its text), each text
/// that holds a person's words and is not locked yet, to be encrypted and written back
/// under the same key. The record comes first, so a reload part way through finds it locked;
/// keys that hold nothing personal, and envelopes, are left alone.
pub fn plan_locking(record_key: &str, stored: &[(String, String)]) -> Vec<ToLock> {
    let mut plan: Vec<ToLock> = stored
        .iter()
        .filter(|(_, text)| !is_locked(text))
        .filter_map(|(key, text)| {
            holds_at(record_key, key).map(|holds| ToLock {
                key: key.clone(),
                holds,
                plain: text.clone(),
            })
        })
        .collect();
    plan.sort_by_key(|item| (item.holds != Holds::Record, item.key.clone()));
    plan
}

const BASE64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 with padding.
pub fn base64_encode(bytes: &[u8]) -> String {
    let mut out = Vec::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        for i in 0..4 {
            out.push(if i <= chunk.len() {
                BASE64[(n >> (18 - 6 * i) & 63) as usize]
            } else {
                b'='
            });
        }
    }
    // Only the alphabet and '=' were pushed: always UTF-8.
    String::from_utf8(out).unwrap_or_default()
}

/// Reads standard base64 with padding; `None` for anything else.
pub fn base64_decode(text: &str) -> Option<Vec<u8>> {
    let bytes = text.as_bytes();
    if bytes.len() % 4 != 0 {
        return None;
    }
    let mut out = Vec::with_capacity(bytes.len() / 4 * 3);
    for (index, chunk) in bytes.chunks(4).enumerate() {
        let last = index + 1 == bytes.len() / 4;
        let pad = chunk.iter().rev().take_while(|&&c| c == b'=').count();
        if pad > 2 || (pad > 0 && !last) {
            return None;
        }
        let mut n = 0u32;
        for &c in &chunk[..4 - pad] {
            let v = BASE64.iter().position(|&b| b == c)? as u32;
            n = n << 6 | v;
        }
        n <<= 6 * pad as u32;
        let got = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        // Bits a padded group does not use must be zero, so every text has one reading.
        if got[3 - pad..].iter().any(|&b| b != 0) {
            return None;
        }
        out.extend_from_slice(&got[..3 - pad]);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> LockedEnvelope {
        LockedEnvelope {
            holds: Holds::Record,
            iterations: ITERATIONS,
            salt: (0..16).collect(),
            nonce: (100..112).collect(),
            ciphertext: b"not really encrypted, sixteen+ bytes".to_vec(),
        }
    }

    #[test]
    fn an_envelope_survives_its_json() {
        let envelope = sample();
        let text = envelope.to_json();
        assert!(is_locked(&text));
        assert_eq!(LockedEnvelope::from_json(&text), Ok(envelope));
    }

    #[test]
    fn the_hand_written_json_is_what_serde_writes() {
        for holds in [Holds::Record, Holds::Drafts, Holds::SetAside] {
            let envelope = LockedEnvelope { holds, ..sample() };
            assert_eq!(envelope.to_json(), envelope.to_json_by_serde());
        }
    }

    #[test]
    fn the_json_has_the_documented_shape() {
        let value: serde_json::Value = serde_json::from_str(&sample().to_json()).unwrap();
        assert_eq!(
            value,
            serde_json::json!({
                "format": "recovery-widgets/locked",
                "lock_version": 1,
                "holds": "record",
                "kdf": { "name": "PBKDF2-SHA-256", "iterations": 600000,
                         "salt": "AAECAwQFBgcICQoLDA0ODw==" },
                "cipher": { "name": "AES-GCM-256", "nonce": "ZGVmZ2hpamtsbW5v" },
                "ciphertext": base64_encode(b"not really encrypted, sixteen+ bytes"),
            })
        );
    }

    fn with(change: impl FnOnce(&mut serde_json::Value)) -> String {
        let mut value: serde_json::Value = serde_json::from_str(&sample().to_json()).unwrap();
        change(&mut value);
        value.to_string()
    }

    #[test]
    fn envelopes_it_cannot_open_safely_are_refused() {
        let cases: Vec<(String, LockError)> = vec![
            (
                with(|v| v["lock_version"] = 2.into()),
                LockError::NewerVersion {
                    found: 2,
                    supported: 1,
                },
            ),
            (
                with(|v| v["lock_version"] = "1".into()),
                LockError::Damaged("its version is not a version"),
            ),
            (
                with(|v| v["lock_version"] = 0.into()),
                LockError::Damaged("its version is not a version"),
            ),
            (
                with(|v| v["kdf"]["iterations"] = 599_999.into()),
                LockError::Damaged("too few iterations"),
            ),
            (
                with(|v| v["kdf"]["name"] = "scrypt".into()),
                LockError::Damaged("another key derivation"),
            ),
            (
                with(|v| v["cipher"]["name"] = "AES-CBC".into()),
                LockError::Damaged("another cipher"),
            ),
            (
                with(|v| v["cipher"]["nonce"] = base64_encode(&[1; 16]).into()),
                LockError::Damaged("the nonce's length"),
            ),
            (
                with(|v| v["kdf"]["salt"] = base64_encode(&[1; 8]).into()),
                LockError::Damaged("the salt's length"),
            ),
            (
                with(|v| v["ciphertext"] = "abc".into()),
                LockError::Damaged("the ciphertext"),
            ),
            (
                with(|v| v["ciphertext"] = base64_encode(&[1; 15]).into()),
                LockError::Damaged("the ciphertext is shorter than its tag"),
            ),
            (
                with(|v| v["holds"] = "everything".into()),
                LockError::Damaged("a part is missing or of the wrong kind"),
            ),
            (
                r#"{"format":"recovery-widgets/record","schema_version":3}"#.to_owned(),
                LockError::NotLocked,
            ),
            ("not json".to_owned(), LockError::NotLocked),
        ];
        for (text, expected) in cases {
            assert_eq!(LockedEnvelope::from_json(&text), Err(expected), "{text}");
        }
        assert!(!is_locked(
            r#"{"format":"recovery-widgets/record","schema_version":3}"#
        ));
        assert!(is_locked(&with(|v| v["lock_version"] = 9.into())));
    }

    #[test]
    fn what_each_envelope_holds_is_bound_into_its_cipher() {
        let all = [Holds::Record, Holds::Drafts, Holds::SetAside];
        for a in all {
            for b in all {
                assert_eq!(
                    LockedEnvelope::additional_data(a) == LockedEnvelope::additional_data(b),
                    a == b
                );
            }
        }
        assert_eq!(
            LockedEnvelope::additional_data(Holds::Drafts),
            b"recovery-widgets/locked:1:drafts"
        );
    }

    #[test]
    fn a_new_passcode_is_long_enough_and_typed_the_same_twice() {
        use NewPasscodeProblem::*;
        let cases = [
            ("", "", Err(TooShort)),
            ("abc", "abc", Err(TooShort)),
            ("🌱🌱🌱", "🌱🌱🌱", Err(TooShort)),
            ("abcd", "abce", Err(NotTheSame)),
            ("abcd ", "abcd", Err(NotTheSame)),
            ("abcd", "abcd", Ok(())),
            ("بيتي١٢", "بيتي١٢", Ok(())),
        ];
        for (a, b, expected) in cases {
            assert_eq!(check_new_passcode(a, b), expected, "{a:?} {b:?}");
        }
    }

    #[test]
    fn wrong_tries_are_slowed_gently_and_never_stopped() {
        let waits: Vec<u32> = (0..10).map(wait_after_wrong_tries).collect();
        assert_eq!(
            waits,
            [0, 0, 0, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]
        );
        assert_eq!(wait_after_wrong_tries(u32::MAX), LONGEST_WAIT_MS);
    }

    #[test]
    fn base64_is_the_standard_alphabet_with_padding() {
        let cases: [(&[u8], &str); 7] = [
            (b"", ""),
            (b"f", "Zg=="),
            (b"fo", "Zm8="),
            (b"foo", "Zm9v"),
            (b"foob", "Zm9vYg=="),
            (b"fooba", "Zm9vYmE="),
            (&[0xfb, 0xff, 0xbf], "+/+/"),
        ];
        for (bytes, text) in cases {
            assert_eq!(base64_encode(bytes), text);
            assert_eq!(base64_decode(text).as_deref(), Some(bytes));
        }
        for bad in ["Zg=", "Zh==", "Z===", "Zg==Zg==", "Zm9v!A==", "Zm 9"] {
            assert_eq!(base64_decode(bad), None, "{bad}");
        }
        let all: Vec<u8> = (0..=255).collect();
        assert_eq!(base64_decode(&base64_encode(&all)), Some(all));
    }

    #[test]
    fn locking_a_plain_stored_record_plans_every_text_with_words_and_nothing_else() {
        let key = "recovery-widgets:harbourside:record";
        let envelope = sample().to_json();
        let stored = vec![
            (
                format!("{key}:drafts"),
                r#"{"a":"half a thought"}"#.to_owned(),
            ),
            (format!("{key}:language"), "ar".to_owned()),
            (format!("{key}:unreadable:17"), "{broken".to_owned()),
            (
                key.to_owned(),
                r#"{"format":"recovery-widgets/record"}"#.to_owned(),
            ),
            (format!("{key}:unreadable:18"), envelope),
            ("recovery-widgets:other:record".to_owned(), "{}".to_owned()),
            (format!("{key}:lock"), "1795426200250".to_owned()),
        ];
        let plan = plan_locking(key, &stored);
        let got: Vec<(&str, Holds, &str)> = plan
            .iter()
            .map(|t| (t.key.as_str(), t.holds, t.plain.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                (
                    key,
                    Holds::Record,
                    r#"{"format":"recovery-widgets/record"}"#
                ),
                (
                    "recovery-widgets:harbourside:record:drafts",
                    Holds::Drafts,
                    r#"{"a":"half a thought"}"#
                ),
                (
                    "recovery-widgets:harbourside:record:unreadable:17",
                    Holds::SetAside,
                    "{broken"
                ),
            ]
        );
        assert_eq!(plan_locking(key, &[]), vec![]);
    }
}
