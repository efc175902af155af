//! Passphrase key derivation: Argon2id, with its cost recorded beside every salt so that the cost
//! can be raised and files made under an older cost are still opened (and upgraded on unlock).

use argon2::{Algorithm, Argon2, Params, Version};

/// An Argon2id cost: memory in KiB, passes, lanes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Kdf {
    memory_kib: u32,
    passes: u32,
    lanes: u32,
}

impl Kdf {
    /// The cost of files made before it was recorded: the argon2 crate's default (19 MiB, two
    /// passes, one lane).
    pub const LEGACY: Kdf = Kdf {
        memory_kib: 19 * 1024,
        passes: 2,
        lanes: 1,
    };

    /// The cost of new files: 46 MiB and two passes, at or above every row of the OWASP password
    /// storage cheat sheet's Argon2id table (46 MiB with one pass; 19 MiB with two; …); some 0.2 s
    /// on an office laptop, once per unlock.
    pub const CURRENT: Kdf = Kdf {
        memory_kib: 46 * 1024,
        passes: 2,
        lanes: 1,
    };

    /// The cost as recorded in a file: `argon2id m=47104 t=2 p=1`.
    #[must_use]
    pub fn code(self) -> String {
        format!(
            "argon2id m={} t={} p={}",
            self.memory_kib, self.passes, self.lanes
        )
    }

    /// A recorded cost; `None` for text that is not one (a file of a newer program, or damaged).
    #[must_use]
    pub fn parse(code: &str) -> Option<Kdf> {
        let mut parts = code.split_whitespace();
        if parts.next()? != "argon2id" {
            return None;
        }
        let mut value = |name: &str| -> Option<u32> {
            parts
                .next()?
                .strip_prefix(name)?
                .strip_prefix('=')?
                .parse()
                .ok()
        };
        let kdf = Kdf {
            memory_kib: value("m")?,
            passes: value("t")?,
            lanes: value("p")?,
        };
        Params::new(kdf.memory_kib, kdf.passes, kdf.lanes, None)
            .is_ok()
            .then_some(kdf)
    }

    /// The cost a file records, `LEGACY` where it records none.
    ///
    /// # Errors
    /// The recorded text, when it is not a cost this program knows.
    pub fn recorded(code: Option<&str>) -> Result<Kdf, String> {
        match code {
            None => Ok(Kdf::LEGACY),
            Some(c) => Kdf::parse(c).ok_or_else(|| format!("unknown key derivation: {c}")),
        }
    }

    /// 32 bytes of key from `passphrase` and `salt`.
    ///
    /// # Errors
    /// Argon2's own error (a salt too short).
    pub fn derive(self, passphrase: &str, salt: &[u8]) -> Result<[u8; 32], String> {
        let params = Params::new(self.memory_kib, self.passes, self.lanes, Some(32))
            .map_err(|e| e.to_string())?;
        let mut key = [0u8; 32];
        Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
            .hash_password_into(passphrase.as_bytes(), salt, &mut key)
            .map_err(|e| e.to_string())?;
        Ok(key)
    }
}

#[cfg(test)]
mod tests {
    use super::Kdf;

    #[test]
    fn the_legacy_cost_is_argon2s_default_and_costs_read_back() {
        let salt = [7u8; 16];
        let mut default = [0u8; 32];
        argon2::Argon2::default()
            .hash_password_into(b"pass", &salt, &mut default)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(Kdf::LEGACY.derive("pass", &salt), Ok(default));
        assert_ne!(Kdf::CURRENT.derive("pass", &salt), Ok(default));
        for k in [Kdf::LEGACY, Kdf::CURRENT] {
            assert_eq!(Kdf::parse(&k.code()), Some(k));
        }
        assert_eq!(Kdf::recorded(None), Ok(Kdf::LEGACY));
        assert!(Kdf::recorded(Some("scrypt n=1")).is_err());
    }
}
