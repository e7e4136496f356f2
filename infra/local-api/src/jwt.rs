//! The local stand-in for API Gateway's JWT authorizer: HS256 tokens signed
//! with `LOCAL_JWT_SECRET`, whose claims reach the handler as API Gateway
//! passes them (every value a string).

use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// The secret when `LOCAL_JWT_SECRET` is not set. Local use only.
pub const DEFAULT_SECRET: &str = "roster-local-development-secret";
/// How long a local token lasts.
const LIFETIME_SECS: u64 = 24 * 3600;

#[derive(Serialize, Deserialize)]
struct Claims {
    sub: String,
    email: String,
    email_verified: bool,
    iat: u64,
    exp: u64,
}

pub fn issue(secret: &str, sub: &str, email: &str, email_verified: bool) -> String {
    let iat = jsonwebtoken::get_current_timestamp();
    let claims = Claims {
        sub: sub.to_owned(),
        email: email.to_owned(),
        email_verified,
        iat,
        exp: iat + LIFETIME_SECS,
    };
    jsonwebtoken::encode(
        &Header::new(Algorithm::HS256),
        &claims,
        &EncodingKey::from_secret(secret.as_bytes()),
    )
    .expect("HS256 signing cannot fail")
}

/// The claims of a valid `Bearer` token, as strings; `None` for anything else.
pub fn verify(secret: &str, authorization: Option<&str>) -> Option<HashMap<String, String>> {
    let token = authorization?.strip_prefix("Bearer ")?.trim();
    let data = jsonwebtoken::decode::<Claims>(
        token,
        &DecodingKey::from_secret(secret.as_bytes()),
        &Validation::new(Algorithm::HS256),
    )
    .ok()?;
    let c = data.claims;
    Some(HashMap::from([
        ("sub".into(), c.sub),
        ("email".into(), c.email),
        ("email_verified".into(), c.email_verified.to_string()),
        ("iat".into(), c.iat.to_string()),
        ("exp".into(), c.exp.to_string()),
    ]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issued_tokens_verify_to_string_claims() {
        let token = issue("s3cret", "user-1", "a@example.com", true);
        let claims = verify("s3cret", Some(&format!("Bearer {token}"))).unwrap();
        assert_eq!(claims["sub"], "user-1");
        assert_eq!(claims["email_verified"], "true");
    }

    #[test]
    fn wrong_secret_or_shape_gives_no_claims() {
        let token = issue("s3cret", "user-1", "a@example.com", true);
        assert!(verify("other", Some(&format!("Bearer {token}"))).is_none());
        assert!(verify("s3cret", Some(&token)).is_none());
        assert!(verify("s3cret", None).is_none());
    }
}
