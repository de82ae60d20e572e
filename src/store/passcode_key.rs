//! The passcode's key, and the only calls to the browser's WebCrypto: PBKDF2-SHA-256 to derive
//! the key, AES-GCM to lock and open texts, `getRandomValues` for salts and nonces. No
//! cryptography is compiled into the bundle.
//!
//! The key is derived once per unlock, is not extractable, and lives in this page's memory
//! only: it is never stored.

use js_sys::{Array, JsString, Object, Reflect, Uint8Array};
use recovery_core::format::locked::{
    base64_encode, Holds, LockedEnvelope, ITERATIONS, NONCE_BYTES, SALT_BYTES,
};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CryptoKey, SubtleCrypto};

/// Why a text could not be locked or opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CryptoError {
    /// The browser offers no WebCrypto here (an insecure page, or a very old browser).
    Unavailable,
    /// The passcode does not open it (or it was changed on the way: AES-GCM cannot tell).
    WrongPasscode,
}

/// The key a passcode gives, with the salt and iterations it was derived with.
#[derive(Clone)]
pub struct PasscodeKey {
    key: CryptoKey,
    salt: Vec<u8>,
    iterations: u32,
}

impl PartialEq for PasscodeKey {
    /// Two keys from the same salt are from the same setting of the passcode.
    fn eq(&self, other: &Self) -> bool {
        self.salt == other.salt && self.iterations == other.iterations
    }
}

impl PasscodeKey {
    /// A new key for a passcode being set: a fresh random salt, the current iterations.
    pub async fn new_passcode(passcode: &str) -> Result<PasscodeKey, CryptoError> {
        let salt = random_bytes(SALT_BYTES)?;
        PasscodeKey::derive(passcode, salt, ITERATIONS).await
    }

    /// The key for a passcode, from the salt and iterations an envelope names.
    pub async fn for_envelope(
        passcode: &str,
        envelope: &LockedEnvelope,
    ) -> Result<PasscodeKey, CryptoError> {
        PasscodeKey::derive(passcode, envelope.salt.clone(), envelope.iterations).await
    }

    async fn derive(
        passcode: &str,
        salt: Vec<u8>,
        iterations: u32,
    ) -> Result<PasscodeKey, CryptoError> {
        let subtle = subtle()?;
        let raw = Uint8Array::from(passcode.as_bytes());
        let base = call(subtle.import_key_with_str(
            "raw",
            &raw,
            "PBKDF2",
            false,
            &Array::of1(&"deriveKey".into()),
        ))
        .await?
        .unchecked_into::<CryptoKey>();
        let params = object(&[
            ("name", "PBKDF2".into()),
            ("hash", "SHA-256".into()),
            ("iterations", iterations.into()),
            ("salt", Uint8Array::from(salt.as_slice()).into()),
        ]);
        let aes = object(&[("name", "AES-GCM".into()), ("length", 256.into())]);
        let usages = Array::of2(&"encrypt".into(), &"decrypt".into());
        let key =
            call(subtle.derive_key_with_object_and_object(&params, &base, &aes, false, &usages))
                .await?
                .unchecked_into::<CryptoKey>();
        Ok(PasscodeKey {
            key,
            salt,
            iterations,
        })
    }

    /// Whether an envelope was locked with this key's passcode setting (same salt).
    pub fn fits(&self, envelope: &LockedEnvelope) -> bool {
        envelope.salt == self.salt && envelope.iterations == self.iterations
    }

    /// Locks a text with a fresh nonce, and gives the envelope's JSON.
    pub async fn lock(&self, holds: Holds, plain: &str) -> Result<String, CryptoError> {
        Ok(self.lock_in_js(holds, plain).await?.into())
    }

    /// Locks a text with a fresh nonce, and gives the envelope's JSON as a JavaScript string,
    /// to be stored as it is: a large record's ciphertext is turned into base64 by the
    /// browser (`Uint8Array.prototype.toBase64`, where there is one) and never copied into
    /// the bundle's memory and out again.
    pub async fn lock_in_js(&self, holds: Holds, plain: &str) -> Result<JsString, CryptoError> {
        let nonce = random_bytes(NONCE_BYTES)?;
        let params = gcm(&nonce, holds);
        let sealed =
            call(subtle()?.encrypt_with_object_and_u8_array(&params, &self.key, plain.as_bytes()))
                .await?;
        let sealed = Uint8Array::new(&sealed);
        let (before, after) = LockedEnvelope {
            holds,
            iterations: self.iterations,
            salt: self.salt.clone(),
            nonce,
            ciphertext: Vec::new(),
        }
        .json_around_ciphertext();
        let to_base64 = Reflect::get(&sealed, &"toBase64".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        let base64 = match to_base64.map(|f| f.call0(&sealed)) {
            Some(Ok(text)) if text.is_string() => text,
            _ => JsValue::from_str(&base64_encode(&sealed.to_vec())),
        };
        Ok(JsString::from(before)
            .concat(&base64)
            .concat(&JsValue::from_str(&after)))
    }

    /// Opens an envelope locked with this key.
    pub async fn open(&self, envelope: &LockedEnvelope) -> Result<String, CryptoError> {
        if !self.fits(envelope) {
            return Err(CryptoError::WrongPasscode);
        }
        let params = gcm(&envelope.nonce, envelope.holds);
        let opened = JsFuture::from(
            subtle()?
                .decrypt_with_object_and_u8_array(&params, &self.key, &envelope.ciphertext)
                .map_err(|_| CryptoError::Unavailable)?,
        )
        .await
        .map_err(|_| CryptoError::WrongPasscode)?;
        String::from_utf8(Uint8Array::new(&opened).to_vec()).map_err(|_| CryptoError::WrongPasscode)
    }
}

fn gcm(nonce: &[u8], holds: Holds) -> Object {
    object(&[
        ("name", "AES-GCM".into()),
        ("iv", Uint8Array::from(nonce).into()),
        (
            "additionalData",
            Uint8Array::from(LockedEnvelope::additional_data(holds).as_slice()).into(),
        ),
        ("tagLength", 128.into()),
    ])
}

fn object(fields: &[(&str, JsValue)]) -> Object {
    let object = Object::new();
    for (name, value) in fields {
        let _ = Reflect::set(&object, &(*name).into(), value);
    }
    object
}

fn crypto() -> Result<web_sys::Crypto, CryptoError> {
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .ok_or(CryptoError::Unavailable)
}

fn subtle() -> Result<SubtleCrypto, CryptoError> {
    let subtle = crypto()?.subtle();
    // `crypto.subtle` is undefined on a page that is not a secure context.
    if JsValue::from(subtle.clone()).is_undefined() {
        return Err(CryptoError::Unavailable);
    }
    Ok(subtle)
}

fn random_bytes(n: usize) -> Result<Vec<u8>, CryptoError> {
    let mut bytes = vec![0u8; n];
    crypto()?
        .get_random_values_with_u8_array(&mut bytes)
        .map_err(|_| CryptoError::Unavailable)?;
    Ok(bytes)
}

async fn call(promise: Result<js_sys::Promise, JsValue>) -> Result<JsValue, CryptoError> {
    let promise = promise.map_err(|_| CryptoError::Unavailable)?;
    JsFuture::from(promise)
        .await
        .map_err(|_| CryptoError::Unavailable)
}
