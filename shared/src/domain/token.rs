//! Invitation links. A token names the invitation (account and user ids, not
//! secret) and carries a 256-bit secret from the OS random source. Only the
//! SHA-256 of the secret is stored, so a leaked table cannot be turned into
//! working links; naming the invitation inside the token lets a lookup go
//! straight to the user item without an index.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use sha2::{Digest, Sha256};
use uuid::Uuid;

const SECRET_LEN: usize = 32;
const TOKEN_LEN: usize = 16 + 16 + SECRET_LEN;

pub struct InviteToken {
    pub account_id: Uuid,
    pub user_id: Uuid,
    secret: [u8; SECRET_LEN],
}

impl InviteToken {
    pub fn generate(account_id: Uuid, user_id: Uuid) -> InviteToken {
        let mut secret = [0u8; SECRET_LEN];
        // Without an OS random source no secure link can be made at all.
        getrandom::fill(&mut secret).expect("the OS random source is unavailable");
        InviteToken {
            account_id,
            user_id,
            secret,
        }
    }

    /// Reads a token from a link; anything malformed is simply not a token.
    pub fn parse(text: &str) -> Option<InviteToken> {
        if text.len() != (TOKEN_LEN * 4).div_ceil(3) {
            return None;
        }
        let bytes = URL_SAFE_NO_PAD.decode(text).ok()?;
        let bytes: [u8; TOKEN_LEN] = bytes.try_into().ok()?;
        Some(InviteToken {
            account_id: Uuid::from_slice(&bytes[..16]).ok()?,
            user_id: Uuid::from_slice(&bytes[16..32]).ok()?,
            secret: bytes[32..].try_into().ok()?,
        })
    }

    /// The text that goes into the link.
    pub fn encode(&self) -> String {
        let mut bytes = Vec::with_capacity(TOKEN_LEN);
        bytes.extend_from_slice(self.account_id.as_bytes());
        bytes.extend_from_slice(self.user_id.as_bytes());
        bytes.extend_from_slice(&self.secret);
        URL_SAFE_NO_PAD.encode(bytes)
    }

    /// What the store keeps: the hash of the secret.
    pub fn hash(&self) -> String {
        URL_SAFE_NO_PAD.encode(Sha256::digest(self.secret))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_its_text() {
        let (a, u) = (Uuid::new_v4(), Uuid::new_v4());
        let token = InviteToken::generate(a, u);
        let text = token.encode();
        assert_eq!(text.len(), 86);
        let back = InviteToken::parse(&text).unwrap();
        assert_eq!((back.account_id, back.user_id), (a, u));
        assert_eq!(back.hash(), token.hash());
    }

    #[test]
    fn secrets_are_fresh_and_only_their_hash_is_kept() {
        let (a, u) = (Uuid::new_v4(), Uuid::new_v4());
        let one = InviteToken::generate(a, u);
        let two = InviteToken::generate(a, u);
        assert_ne!(one.secret, two.secret);
        assert_ne!(one.hash(), two.hash());
        let secret_text = URL_SAFE_NO_PAD.encode(one.secret);
        assert!(!one.hash().contains(&secret_text));
    }

    #[test]
    fn malformed_text_is_no_token() {
        let good = InviteToken::generate(Uuid::new_v4(), Uuid::new_v4()).encode();
        assert!(InviteToken::parse(&good[1..]).is_none());
        assert!(InviteToken::parse(&format!("{good}A")).is_none());
        assert!(InviteToken::parse(&good.replace(|c: char| c.is_alphanumeric(), "*")).is_none());
        assert!(InviteToken::parse("").is_none());
    }
}
