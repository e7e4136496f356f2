//! Bearer tokens verified against the issuer's JWKS, for the Lambda
//! authorizer: the same code for Cognito's tokens and the local API's. RS256
//! and ES256 only (never `none`, never an HMAC keyed by a public key); the
//! issuer, the audience (`aud` for ID tokens, `client_id` for access
//! tokens), `token_use`, `exp` and `nbf` are checked. The JWKS is fetched
//! once per process, and again only for an unknown key id, at most once a
//! minute.

use crate::aws::amazon_roots;
use crate::domain::settings::second_factor_shown;
use http_body_util::{BodyExt, Empty, Limited};
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;
use jsonwebtoken::jwk::JwkSet;
use jsonwebtoken::{Algorithm, DecodingKey, Validation};
use serde::Deserialize;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The least time between two fetches of the JWKS for unknown key ids, so a
/// flood of made-up `kid`s cannot make every request a fetch.
const REFETCH_AFTER: Duration = Duration::from_secs(60);
/// A JWKS is a few KB; anything far larger is not one.
const MAX_JWKS_BYTES: usize = 256 * 1024;
const FETCH_TIMEOUT: Duration = Duration::from_secs(3);

/// Which tokens are accepted (`JWT_TOKEN_USE`): Cognito's ID tokens carry the
/// address; its access tokens do not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenUse {
    Id,
    Access,
    Any,
}

impl TokenUse {
    pub fn parse(text: &str) -> Option<TokenUse> {
        match text {
            "id" => Some(TokenUse::Id),
            "access" => Some(TokenUse::Access),
            "any" => Some(TokenUse::Any),
            _ => None,
        }
    }
}

/// What the verifier trusts.
#[derive(Clone, Debug)]
pub struct Trust {
    pub issuer: String,
    /// The app client: `aud` of ID tokens, `client_id` of access tokens.
    pub audience: String,
    pub token_use: TokenUse,
    pub jwks_url: String,
    /// The deployment's claim that says `"true"` after a second factor
    /// (`MFA_CLAIM`), beside `amr`.
    pub mfa_claim: Option<String>,
}

/// The claims a verified token gives the authorizer.
#[derive(Clone, Debug, Deserialize)]
pub struct Claims {
    pub sub: String,
    #[serde(default)]
    pub email: Option<String>,
    /// Whether the issuer verified `email`: Cognito writes a JSON `true`,
    /// some issuers the string `"true"`; anything else, or nothing, is no.
    #[serde(default, deserialize_with = "said_true")]
    pub email_verified: bool,
    #[serde(default)]
    token_use: Option<String>,
    #[serde(default)]
    client_id: Option<String>,
    /// Whether the sign-in used a second factor, from `amr` or the
    /// deployment's claim (`domain::settings::second_factor_shown`).
    #[serde(skip)]
    pub second_factor: bool,
}

fn said_true<'de, D: serde::Deserializer<'de>>(claim: D) -> Result<bool, D::Error> {
    Ok(match serde_json::Value::deserialize(claim)? {
        serde_json::Value::Bool(verified) => verified,
        serde_json::Value::String(text) => text == "true",
        _ => false,
    })
}

/// Why a token was refused (for the log: never the token itself).
#[derive(Debug, thiserror::Error)]
pub enum Refused {
    #[error("no bearer token")]
    Missing,
    #[error("malformed token or unsupported algorithm")]
    Malformed,
    #[error("no key of the issuer's JWKS has this key id")]
    UnknownKey,
    #[error("the issuer's JWKS could not be fetched")]
    NoKeys,
    #[error("invalid token: {0}")]
    Invalid(String),
}

struct Keys {
    set: Option<JwkSet>,
    fetched_at: Option<Instant>,
}

pub struct Verifier {
    trust: Trust,
    keys: Mutex<Keys>,
    http: Client<hyper_rustls::HttpsConnector<HttpConnector>, Empty<&'static [u8]>>,
}

impl Verifier {
    pub fn new(trust: Trust) -> Verifier {
        let tls = rustls::ClientConfig::builder_with_provider(
            rustls::crypto::aws_lc_rs::default_provider().into(),
        )
        .with_safe_default_protocol_versions()
        .expect("aws-lc supports the default protocol versions")
        .with_root_certificates(amazon_roots())
        .with_no_client_auth();
        // Cognito's JWKS is served over HTTPS signed by Amazon's roots; the
        // local API's over plain HTTP on loopback.
        let https = hyper_rustls::HttpsConnectorBuilder::new()
            .with_tls_config(tls)
            .https_or_http()
            .enable_http1()
            .build();
        Verifier {
            trust,
            keys: Mutex::new(Keys {
                set: None,
                fetched_at: None,
            }),
            http: Client::builder(TokioExecutor::new()).build(https),
        }
    }

    pub fn trust(&self) -> &Trust {
        &self.trust
    }

    /// The claims of `authorization` (`Bearer <jwt>`), if it is a token the
    /// issuer signed for this audience, of an accepted use, current.
    pub async fn verify(&self, authorization: Option<&str>) -> Result<Claims, Refused> {
        let token = authorization
            .and_then(|a| a.strip_prefix("Bearer "))
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .ok_or(Refused::Missing)?;
        let header = jsonwebtoken::decode_header(token).map_err(|_| Refused::Malformed)?;
        if !matches!(header.alg, Algorithm::RS256 | Algorithm::ES256) {
            return Err(Refused::Malformed);
        }
        let kid = header.kid.ok_or(Refused::UnknownKey)?;
        let key = self.key(&kid).await?;
        let mut validation = Validation::new(header.alg);
        validation.set_issuer(&[&self.trust.issuer]);
        validation.validate_nbf = true;
        validation.set_required_spec_claims(&["exp", "iss", "sub"]);
        let id_token = self.trust.token_use != TokenUse::Access;
        // ID tokens name the client in `aud`; access tokens in `client_id`.
        validation.validate_aud = false;
        let claims = jsonwebtoken::decode::<serde_json::Value>(token, &key, &validation)
            .map_err(|e| Refused::Invalid(e.kind_name()))?
            .claims;
        let aud_ok = audience_names(&claims["aud"], &self.trust.audience);
        let amr = claims["amr"].as_array().into_iter().flatten();
        let own = self.trust.mfa_claim.as_deref().map(|name| &claims[name]);
        let second_factor =
            second_factor_shown(amr.filter_map(|v| v.as_str()), own.and_then(|v| v.as_str()));
        let mut parsed: Claims =
            serde_json::from_value(claims).map_err(|_| Refused::Invalid("claims".into()))?;
        parsed.second_factor = second_factor;
        let token_use = parsed.token_use.as_deref();
        let accepted = match token_use {
            Some("id") => id_token && aud_ok,
            Some("access") => {
                self.trust.token_use != TokenUse::Id
                    && parsed.client_id.as_deref() == Some(self.trust.audience.as_str())
            }
            // A token without `token_use` (not Cognito's) counts as an ID token.
            None => id_token && aud_ok,
            Some(_) => false,
        };
        if !accepted {
            return Err(Refused::Invalid("audience or token use".into()));
        }
        Ok(parsed)
    }

    /// Fetches the JWKS ahead of the first token (at init). A failure
    /// leaves the key cache as it was, so the first token fetches it again.
    pub async fn warm_up(&self) -> Result<(), &'static str> {
        let set = self.fetch().await.ok_or("the JWKS could not be fetched")?;
        let mut keys = self.keys.lock().expect("the key cache is never poisoned");
        keys.set = Some(set);
        keys.fetched_at = Some(Instant::now());
        Ok(())
    }

    /// The key for `kid`, fetching the JWKS the first time and again for an
    /// unknown id when the last fetch is over a minute old.
    async fn key(&self, kid: &str) -> Result<DecodingKey, Refused> {
        if let Some(key) = self.known(kid)? {
            return Ok(key);
        }
        let due = {
            let keys = self.keys.lock().expect("the key cache is never poisoned");
            keys.fetched_at
                .is_none_or(|at| at.elapsed() >= REFETCH_AFTER)
        };
        if !due {
            return Err(Refused::UnknownKey);
        }
        let fetched = self.fetch().await;
        {
            let mut keys = self.keys.lock().expect("the key cache is never poisoned");
            keys.fetched_at = Some(Instant::now());
            if let Some(set) = fetched {
                keys.set = Some(set);
            }
        }
        self.known(kid)?.ok_or(Refused::UnknownKey)
    }

    fn known(&self, kid: &str) -> Result<Option<DecodingKey>, Refused> {
        let keys = self.keys.lock().expect("the key cache is never poisoned");
        let Some(set) = &keys.set else {
            return Ok(None);
        };
        match set.find(kid) {
            Some(jwk) => DecodingKey::from_jwk(jwk)
                .map(Some)
                .map_err(|_| Refused::NoKeys),
            None => Ok(None),
        }
    }

    async fn fetch(&self) -> Option<JwkSet> {
        let request = || async {
            let uri: lambda_http::http::Uri = self.trust.jwks_url.parse().ok()?;
            let res = self.http.get(uri).await.ok()?;
            if !res.status().is_success() {
                return None;
            }
            let body = Limited::new(res.into_body(), MAX_JWKS_BYTES)
                .collect()
                .await
                .ok()?
                .to_bytes();
            serde_json::from_slice::<JwkSet>(&body).ok()
        };
        let set = tokio::time::timeout(FETCH_TIMEOUT, request())
            .await
            .ok()
            .flatten();
        if set.is_none() {
            tracing::error!("the issuer's JWKS could not be fetched");
        }
        set
    }
}

/// Whether an `aud` claim (a string or an array) names `audience`.
fn audience_names(aud: &serde_json::Value, audience: &str) -> bool {
    match aud {
        serde_json::Value::String(one) => one == audience,
        serde_json::Value::Array(many) => many.iter().any(|a| a == audience),
        _ => false,
    }
}

trait KindName {
    fn kind_name(&self) -> String;
}

impl KindName for jsonwebtoken::errors::Error {
    /// The kind of failure only: an error's text may quote the token.
    fn kind_name(&self) -> String {
        format!("{:?}", self.kind())
            .split(['(', ' '])
            .next()
            .unwrap_or_default()
            .to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    fn verifier(jwks_url: String) -> Verifier {
        Verifier::new(Trust {
            issuer: "https://issuer.example".into(),
            audience: "client".into(),
            token_use: TokenUse::Id,
            jwks_url,
            mfa_claim: Some("roster_mfa".into()),
        })
    }

    #[tokio::test]
    async fn a_failed_warm_up_leaves_the_first_token_to_fetch_the_jwks() {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/jwks.json", listener.local_addr().unwrap());
        drop(listener);
        let verifier = verifier(url);
        assert!(verifier.warm_up().await.is_err());
        let keys = verifier.keys.lock().unwrap();
        assert!(keys.set.is_none());
        assert!(keys.fetched_at.is_none(), "the next unknown key fetches");
    }

    #[tokio::test]
    async fn a_warm_up_keeps_the_jwks_it_fetched() {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/jwks.json", listener.local_addr().unwrap());
        tokio::spawn(async move {
            let (mut socket, _) = listener.accept().await.unwrap();
            // The request is read first: closing a socket with unread bytes
            // resets the connection before the answer is read.
            let mut request = vec![0; 4096];
            let _ = socket.read(&mut request).await;
            let body = r#"{"keys":[]}"#;
            let answer = format!(
                "HTTP/1.1 200 OK\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                body.len()
            );
            socket.write_all(answer.as_bytes()).await.unwrap();
        });
        let verifier = verifier(url);
        verifier.warm_up().await.unwrap();
        let keys = verifier.keys.lock().unwrap();
        assert!(keys.set.as_ref().is_some_and(|set| set.keys.is_empty()));
        assert!(keys.fetched_at.is_some());
    }
}
