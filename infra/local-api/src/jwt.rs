//! The local identity provider's tokens: RS256, signed by a key made at
//! start, shaped like Cognito's (an ID token carries `sub`, `email`,
//! `email_verified`, `token_use: "id"`, `iss`, `aud`, `iat`, `exp`), with the
//! public key published as a JWKS. Also the local stand-in for API Gateway's
//! JWT authorizer, which checks signature, issuer, audience and expiry and
//! passes the claims on as API Gateway does: every value a string.

use jsonwebtoken::jwk::{Jwk, JwkSet, PublicKeyUse, ThumbprintHash};
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde_json::{Map, Value, json};
use std::collections::HashMap;

/// The audience of local ID tokens: the local app client's id.
pub const CLIENT_ID: &str = "roster-local";
/// How long a local token lasts: Cognito's default for ID tokens.
pub const LIFETIME_SECS: u64 = 3600;

pub struct Signer {
    issuer: String,
    kid: String,
    encoding: EncodingKey,
    decoding: DecodingKey,
    jwk: Jwk,
}

/// Who a token is about.
pub struct Identity<'a> {
    pub sub: &'a str,
    pub email: &'a str,
    pub email_verified: bool,
    /// How the sign-in was made (RFC 8176): `["pwd", "otp", "mfa"]` after a
    /// second factor; none when the caller does not say.
    pub amr: &'a [String],
}

impl Signer {
    /// A fresh 2048-bit RSA key (aws-lc), for tokens issued by `issuer`.
    pub fn generate(issuer: &str) -> Signer {
        use aws_lc_rs::encoding::AsDer;
        let pair = aws_lc_rs::rsa::KeyPair::generate(aws_lc_rs::rsa::KeySize::Rsa2048)
            .expect("RSA key generation");
        let pkcs8 =
            AsDer::<aws_lc_rs::encoding::Pkcs8V1Der>::as_der(&pair).expect("an RSA key serializes");
        // jsonwebtoken takes RSA private keys as PKCS#1 DER, or as PEM of
        // either form: PEM lets it unwrap the PKCS#8 that aws-lc gives.
        let pem = pem::encode(&pem::Pem::new("PRIVATE KEY", pkcs8.as_ref()));
        let encoding = EncodingKey::from_rsa_pem(pem.as_bytes()).expect("a PKCS#8 RSA key");
        let mut jwk = Jwk::from_encoding_key(&encoding, Algorithm::RS256).expect("an RSA JWK");
        let kid = jwk
            .thumbprint(ThumbprintHash::SHA256)
            .expect("an RSA JWK has a thumbprint");
        jwk.common.key_id = Some(kid.clone());
        jwk.common.public_key_use = Some(PublicKeyUse::Signature);
        let decoding = DecodingKey::from_jwk(&jwk).expect("the JWK is an RSA public key");
        Signer {
            issuer: issuer.trim_end_matches('/').to_owned(),
            kid,
            encoding,
            decoding,
            jwk,
        }
    }

    pub fn issuer(&self) -> &str {
        &self.issuer
    }

    pub fn jwks(&self) -> JwkSet {
        JwkSet {
            keys: vec![self.jwk.clone()],
        }
    }

    /// Signs any claims with this key (tests make expired or foreign tokens).
    pub fn sign(&self, claims: Value) -> String {
        let mut header = Header::new(Algorithm::RS256);
        header.kid = Some(self.kid.clone());
        jsonwebtoken::encode(&header, &claims, &self.encoding).expect("RS256 signing")
    }

    /// An ID token, as Cognito issues them to the app client.
    pub fn id_token(&self, who: &Identity<'_>) -> String {
        let iat = jsonwebtoken::get_current_timestamp();
        let mut claims = json!({
            "sub": who.sub,
            "email": who.email,
            "email_verified": who.email_verified,
            "token_use": "id",
            "iss": self.issuer,
            "aud": CLIENT_ID,
            "iat": iat,
            "auth_time": iat,
            "exp": iat + LIFETIME_SECS,
        });
        if !who.amr.is_empty() {
            claims["amr"] = json!(who.amr);
        }
        self.sign(claims)
    }

    /// An access token, as Cognito's: `client_id` instead of `aud`, and no
    /// address, so the API (which wants ID tokens) refuses it.
    pub fn access_token(&self, sub: &str) -> String {
        let iat = jsonwebtoken::get_current_timestamp();
        self.sign(json!({
            "sub": sub,
            "token_use": "access",
            "scope": "openid email",
            "client_id": CLIENT_ID,
            "iss": self.issuer,
            "iat": iat,
            "exp": iat + LIFETIME_SECS,
        }))
    }

    /// The claims of a valid `Bearer` ID token, as API Gateway passes them;
    /// `None` for anything else.
    pub fn verify(&self, authorization: Option<&str>) -> Option<HashMap<String, String>> {
        let token = authorization?.strip_prefix("Bearer ")?.trim();
        let header = jsonwebtoken::decode_header(token).ok()?;
        if header.kid.as_deref() != Some(self.kid.as_str()) {
            return None;
        }
        let mut validation = Validation::new(Algorithm::RS256);
        validation.set_issuer(&[&self.issuer]);
        validation.set_audience(&[CLIENT_ID]);
        validation.set_required_spec_claims(&["exp", "iss", "aud", "sub"]);
        let data =
            jsonwebtoken::decode::<Map<String, Value>>(token, &self.decoding, &validation).ok()?;
        Some(
            data.claims
                .into_iter()
                .map(|(name, value)| (name, claim_string(value)))
                .collect(),
        )
    }
}

/// A claim as API Gateway's JWT authorizer passes it: strings as they are,
/// arrays as `[a b]`, anything else in its JSON form.
fn claim_string(value: Value) -> String {
    match value {
        Value::String(s) => s,
        Value::Array(items) => {
            let items: Vec<String> = items.into_iter().map(claim_string).collect();
            format!("[{}]", items.join(" "))
        }
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::LazyLock;

    static SIGNER: LazyLock<Signer> = LazyLock::new(|| Signer::generate("http://127.0.0.1:3000/"));

    fn sue() -> Identity<'static> {
        Identity {
            sub: "user-1",
            email: "sue@example.com",
            email_verified: true,
            amr: &[],
        }
    }

    fn bearer(token: &str) -> Option<HashMap<String, String>> {
        SIGNER.verify(Some(&format!("Bearer {token}")))
    }

    #[test]
    fn id_tokens_verify_to_string_claims_shaped_like_cognitos() {
        let claims = bearer(&SIGNER.id_token(&sue())).unwrap();
        assert_eq!(claims["sub"], "user-1");
        assert_eq!(claims["email"], "sue@example.com");
        assert_eq!(claims["email_verified"], "true");
        assert_eq!(claims["token_use"], "id");
        assert_eq!(claims["iss"], "http://127.0.0.1:3000");
        assert_eq!(claims["aud"], CLIENT_ID);
        assert!(claims["exp"].parse::<u64>().unwrap() > claims["iat"].parse::<u64>().unwrap());
    }

    #[test]
    fn tokens_name_the_key_of_the_published_jwks() {
        let token = SIGNER.id_token(&sue());
        let kid = jsonwebtoken::decode_header(&token).unwrap().kid.unwrap();
        let jwks = SIGNER.jwks();
        let jwk = jwks.find(&kid).expect("the JWKS holds the token's key");
        // Anyone holding only the JWKS can verify the token, as an authorizer does.
        let mut validation = Validation::new(Algorithm::RS256);
        validation.set_audience(&[CLIENT_ID]);
        let key = DecodingKey::from_jwk(jwk).unwrap();
        assert!(jsonwebtoken::decode::<Map<String, Value>>(&token, &key, &validation).is_ok());
        assert_eq!(
            jsonwebtoken::decode_header(&token).unwrap().alg,
            Algorithm::RS256
        );
    }

    /// `claims` signed by `key` under the name of the published key.
    fn resigned(claims: Value, key: &Signer) -> String {
        let mut header = Header::new(Algorithm::RS256);
        header.kid = Some(SIGNER.kid.clone());
        jsonwebtoken::encode(&header, &claims, &key.encoding).unwrap()
    }

    #[test]
    fn wrong_key_issuer_audience_expiry_or_shape_gives_no_claims() {
        let now = jsonwebtoken::get_current_timestamp();
        let good = json!({"sub": "u", "email": "a@b.c", "iss": SIGNER.issuer(), "aud": CLIENT_ID, "exp": now + 60});
        assert!(bearer(&resigned(good.clone(), &SIGNER)).is_some());
        let other = Signer::generate(SIGNER.issuer());
        assert!(
            bearer(&resigned(good.clone(), &other)).is_none(),
            "signed by another key"
        );
        assert!(
            bearer(&other.sign(good.clone())).is_none(),
            "another key id"
        );
        for (claim, value) in [
            ("iss", json!("http://elsewhere")),
            ("aud", json!("another-client")),
            ("exp", json!(now - 3600)),
        ] {
            let mut claims = good.clone();
            claims[claim] = value;
            assert!(bearer(&resigned(claims, &SIGNER)).is_none(), "{claim}");
        }
        assert!(
            bearer(&SIGNER.access_token("u")).is_none(),
            "access tokens carry no aud"
        );
        let token = SIGNER.id_token(&sue());
        assert!(SIGNER.verify(Some(&token)).is_none(), "not a Bearer header");
        assert!(SIGNER.verify(None).is_none());
        assert!(bearer("not.a.jwt").is_none());
    }

    #[test]
    fn array_claims_are_passed_as_api_gateway_does() {
        assert_eq!(claim_string(json!(["a", "b"])), "[a b]");
        assert_eq!(claim_string(json!(true)), "true");
        assert_eq!(claim_string(json!(12)), "12");
    }
}
