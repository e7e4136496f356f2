//! `authorize-request`: the API Gateway HTTP API Lambda authorizer (payload
//! 2.0, simple responses) that the product's other APIs attach to their
//! routes. It verifies the bearer JWT itself (`crate::jwt`), maps the route
//! key to a permission (`ROUTE_PERMISSIONS`), takes `account_id` and
//! `list_id` from the path, and asks the one rule (`ops::access`) with one
//! read. Anything missing or wrong denies: fail closed.

use crate::Deps;
use crate::config::ConfigError;
use crate::deps::Opened;
use crate::domain::{ListId, Permission};
use crate::jwt::{Claims, Refused, TokenUse, Trust, Verifier};
use crate::ops::access::{self, Question};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use uuid::Uuid;

/// Route keys (`POST /accounts/{account_id}/lists/{list_id}/exports`) and
/// the permission each needs.
#[derive(Debug)]
pub struct Routes(HashMap<String, Permission>);

impl Routes {
    /// `ROUTE_PERMISSIONS`: a JSON object of route keys to permission names.
    /// An unknown permission is an error naming it, at init, rather than a
    /// silent deny later.
    pub fn parse(json: &str) -> Result<Routes, String> {
        let map: HashMap<String, String> = serde_json::from_str(json)
            .map_err(|e| format!("must be a JSON object of route keys to permissions: {e}"))?;
        let mut routes = HashMap::new();
        for (route, permission) in map {
            let p = permission.parse::<Permission>().map_err(|_| {
                format!("{route:?} names {permission:?}, which is not a permission")
            })?;
            routes.insert(route, p);
        }
        Ok(Routes(routes))
    }
}

/// What the authorizer is built from, once per process.
pub struct Authorizer {
    verifier: Verifier,
    routes: Routes,
}

impl Authorizer {
    /// From `JWT_ISSUER`, `JWT_AUDIENCE`, `ROUTE_PERMISSIONS`, and optionally
    /// `JWT_TOKEN_USE` (`id`, the default, `access` or `any`), `JWKS_URL`
    /// (default `{JWT_ISSUER}/.well-known/jwks.json`, Cognito's) and
    /// `MFA_CLAIM` (the deployment's claim of a second factor).
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Authorizer, ConfigError> {
        let required = |name: &'static str| {
            lookup(name)
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty())
                .ok_or(ConfigError::Missing(name))
        };
        let issuer = required("JWT_ISSUER")?.trim_end_matches('/').to_owned();
        let token_use = match lookup("JWT_TOKEN_USE") {
            None => TokenUse::Id,
            Some(text) => TokenUse::parse(text.trim()).ok_or(ConfigError::Invalid {
                name: "JWT_TOKEN_USE",
                reason: format!("{text:?}: write id, access or any"),
            })?,
        };
        let routes = Routes::parse(&required("ROUTE_PERMISSIONS")?).map_err(|reason| {
            ConfigError::Invalid {
                name: "ROUTE_PERMISSIONS",
                reason,
            }
        })?;
        let trust = Trust {
            jwks_url: lookup("JWKS_URL")
                .unwrap_or_else(|| format!("{issuer}/.well-known/jwks.json")),
            issuer,
            audience: required("JWT_AUDIENCE")?,
            token_use,
            mfa_claim: required("MFA_CLAIM").ok(),
        };
        Ok(Authorizer {
            verifier: Verifier::new(trust),
            routes,
        })
    }

    pub fn from_env() -> Result<Authorizer, ConfigError> {
        Authorizer::from_lookup(|name| std::env::var(name).ok())
    }

    /// Fetches the issuer's JWKS during init, within `WARM_UP_LIMIT`: the
    /// first token then needs no fetch (over TLS, at a 128 MB function's
    /// share of the CPU). Not fetched, the first token fetches it.
    pub async fn warm_up(&self) -> Opened {
        crate::deps::bounded("JWKS", self.verifier.warm_up()).await
    }
}

/// The parts of an authorizer event (payload 2.0) it reads.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Event {
    #[serde(default)]
    pub route_key: String,
    #[serde(default)]
    pub headers: HashMap<String, String>,
    #[serde(default)]
    pub path_parameters: HashMap<String, String>,
}

/// The simple response.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Decision {
    pub is_authorized: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context: Option<Context>,
}

/// Who is calling, for the product's own functions to read without another
/// lookup (`$context.authorizer.*`, or `requestContext.authorizer.lambda`).
#[derive(Debug, Serialize)]
pub struct Context {
    pub account_id: Uuid,
    pub sub: String,
    /// Empty when the token carries none (access tokens) or its issuer did
    /// not verify it.
    pub email: String,
    pub role: String,
    /// Effective permissions there, separated by spaces (like OAuth scopes).
    pub permissions: String,
}

/// Why a request was denied, for the log.
#[derive(Debug, thiserror::Error)]
enum Denied {
    #[error("the route is not in ROUTE_PERMISSIONS")]
    UnmappedRoute,
    #[error("{0}")]
    Token(Refused),
    #[error("no account id in the path")]
    NoAccount,
    #[error("the path's list id is not one")]
    BadList,
    #[error("refused: {0:?}")]
    Refused(crate::domain::Reason),
    #[error("the store did not answer")]
    Store,
}

impl Decision {
    pub fn deny() -> Decision {
        Decision {
            is_authorized: false,
            context: None,
        }
    }
}

/// The authorizer's answer to `event`.
pub async fn authorize(deps: &Deps, authorizer: &Authorizer, event: &Event) -> Decision {
    match decide(deps, authorizer, event).await {
        Ok(context) => Decision {
            is_authorized: true,
            context: Some(context),
        },
        Err(why) => {
            tracing::info!(route = %event.route_key, denied = %why, "request denied");
            Decision::deny()
        }
    }
}

async fn decide(deps: &Deps, authorizer: &Authorizer, event: &Event) -> Result<Context, Denied> {
    let permission = *authorizer
        .routes
        .0
        .get(&event.route_key)
        .ok_or(Denied::UnmappedRoute)?;
    let authorization = event.headers.get("authorization").map(String::as_str);
    let claims = authorizer
        .verifier
        .verify(authorization)
        .await
        .map_err(Denied::Token)?;
    crate::observe::record("sub", &claims.sub);
    let account_id = event
        .path_parameters
        .get("account_id")
        .and_then(|id| Uuid::try_parse(id).ok())
        .ok_or(Denied::NoAccount)?;
    let list_id = match event.path_parameters.get("list_id") {
        Some(raw) => Some(ListId::parse(raw).map_err(|_| Denied::BadList)?),
        None => None,
    };
    let question = Question {
        account_id,
        permission,
        list_id,
    };
    let answer = access::ask(deps, &claims.sub, claims.second_factor, &question)
        .await
        .map_err(|_| Denied::Store)?;
    let member = answer
        .member
        .filter(|_| answer.allowed)
        .ok_or(Denied::Refused(answer.reason))?;
    let permissions: Vec<&str> = member.permissions.iter().map(|p| p.as_str()).collect();
    Ok(Context {
        account_id,
        email: verified_email(&claims),
        sub: claims.sub,
        role: member.role.as_str().to_owned(),
        permissions: permissions.join(" "),
    })
}

/// The token's address when its issuer verified it, else `""` as for none:
/// the product's functions trust the context, and an unverified address is
/// only what someone typed at sign-up.
fn verified_email(claims: &Claims) -> String {
    claims
        .email
        .clone()
        .filter(|_| claims.email_verified)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn only_a_verified_address_reaches_the_context() {
        let email_of = |claims: serde_json::Value| {
            verified_email(&serde_json::from_value::<Claims>(claims).unwrap())
        };
        let sue = "sue@example.com";
        for (verified, email) in [
            (json!(true), sue),
            (json!("true"), sue),
            (json!(false), ""),
            (json!("false"), ""),
            (json!("TRUE"), ""),
            (json!(1), ""),
            (json!(null), ""),
        ] {
            let claims = json!({"sub": "s", "email": sue, "email_verified": verified});
            assert_eq!(email_of(claims), email, "{verified}");
        }
        assert_eq!(email_of(json!({"sub": "s", "email": sue})), "");
        assert_eq!(email_of(json!({"sub": "s", "email_verified": true})), "");
    }

    #[test]
    fn route_permissions_name_real_permissions() {
        let routes = Routes::parse(
            r#"{"POST /accounts/{account_id}/lists/{list_id}/exports": "contacts:export"}"#,
        )
        .unwrap();
        assert_eq!(
            routes.0["POST /accounts/{account_id}/lists/{list_id}/exports"],
            Permission::ContactsExport
        );
        let err = Routes::parse(r#"{"GET /x": "contacts:delete"}"#).unwrap_err();
        assert!(err.contains("contacts:delete"), "{err}");
        assert!(Routes::parse("[]").is_err());
    }

    fn from(pairs: &[(&str, &str)]) -> Result<Authorizer, ConfigError> {
        let env: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Authorizer::from_lookup(|name| env.get(name).cloned())
    }

    #[test]
    fn configuration_is_checked_at_init() {
        let routes = (
            "ROUTE_PERMISSIONS",
            r#"{"GET /a/{account_id}": "reports:view"}"#,
        );
        let ok = from(&[
            ("JWT_ISSUER", "https://issuer.example/"),
            ("JWT_AUDIENCE", "client"),
            routes,
        ])
        .unwrap();
        assert_eq!(
            ok.verifier.trust().jwks_url,
            "https://issuer.example/.well-known/jwks.json"
        );
        let unknown = ("ROUTE_PERMISSIONS", r#"{"GET /a": "nope"}"#);
        assert!(from(&[("JWT_ISSUER", "x"), ("JWT_AUDIENCE", "c"), unknown]).is_err());
        assert!(from(&[("JWT_ISSUER", "x"), routes]).is_err());
        let both = ("JWT_TOKEN_USE", "both");
        assert!(from(&[("JWT_ISSUER", "x"), ("JWT_AUDIENCE", "c"), routes, both]).is_err());
    }
}
