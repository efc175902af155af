//! The store key: Argon2id once per session, then XChaCha20-Poly1305 per record and HMAC-SHA256 for
//! the audit chain, each from its own sub-key.

use crate::kdf::Kdf;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::{Digest, Sha256};

use super::CaseError;

const NONCE_LEN: usize = 24;

/// The keys of one unlocked store.
pub(crate) struct StoreKey {
    aead: XChaCha20Poly1305,
    mac: [u8; 32],
}

impl std::fmt::Debug for StoreKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("StoreKey(..)")
    }
}

impl StoreKey {
    /// Derives the keys from the passphrase and the store's salt.
    pub(crate) fn derive(passphrase: &str, salt: &[u8], kdf: Kdf) -> Result<StoreKey, CaseError> {
        let master = kdf.derive(passphrase, salt).map_err(CaseError::Kdf)?;
        let sub = |label: &[u8]| -> [u8; 32] {
            let mut h = Sha256::new();
            h.update(label);
            h.update(master);
            h.finalize().into()
        };
        let enc = sub(b"wenzhou-assess case store: records");
        Ok(StoreKey {
            aead: XChaCha20Poly1305::new(&enc.into()),
            mac: sub(b"wenzhou-assess case store: audit"),
        })
    }

    /// Encrypts `plain`, bound to `aad` (table, row, column): nonce ‖ ciphertext.
    pub(crate) fn seal(&self, aad: &[u8], plain: &[u8]) -> Vec<u8> {
        let mut nonce = [0u8; NONCE_LEN];
        rand::thread_rng().fill_bytes(&mut nonce);
        let ct = self
            .aead
            .encrypt(XNonce::from_slice(&nonce), Payload { msg: plain, aad })
            // Encryption fails only for messages beyond 256 GiB.
            .unwrap_or_default();
        let mut out = nonce.to_vec();
        out.extend_from_slice(&ct);
        out
    }

    /// Decrypts a sealed record; `None` if it was altered, damaged or sealed under another key.
    pub(crate) fn open(&self, aad: &[u8], sealed: &[u8]) -> Option<Vec<u8>> {
        if sealed.len() < NONCE_LEN {
            return None;
        }
        let (nonce, ct) = sealed.split_at(NONCE_LEN);
        self.aead
            .decrypt(XNonce::from_slice(nonce), Payload { msg: ct, aad })
            .ok()
    }

    /// The keyed hash of an audit entry.
    pub(crate) fn mac(&self, data: &[u8]) -> String {
        let mut m = <Hmac<Sha256> as Mac>::new_from_slice(&self.mac)
            // HMAC accepts keys of any length.
            .unwrap_or_else(|_| unreachable!());
        m.update(data);
        hex::encode(m.finalize().into_bytes())
    }
}

/// Fresh random bytes (salts, ids).
pub(crate) fn random<const N: usize>() -> [u8; N] {
    let mut b = [0u8; N];
    rand::thread_rng().fill_bytes(&mut b);
    b
}
