//! The local sign-in over HTTP, as a browser and the web's auth module use
//! it: the authorization code + PKCE flow, its refusals, the discovery
//! document and JWKS, and the pages' routes. None of it touches DynamoDB or
//! SES, so these tests need no moto server.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use jsonwebtoken::jwk::JwkSet;
use jsonwebtoken::{Algorithm, DecodingKey, Validation};
use reqwest::StatusCode;
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};
use std::sync::Arc;

struct Local {
    base: String,
    http: reqwest::Client,
}

async fn start() -> Local {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let api = local_api::LocalApi::without_aws(&base);
    tokio::spawn(local_api::serve(listener, Arc::new(api)));
    Local {
        base,
        http: reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap(),
    }
}

const VERIFIER: &str = "a-verifier-of-enough-length-for-pkce-0123456789";

fn challenge(verifier: &str) -> String {
    URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()))
}

fn form(pairs: &[(&str, &str)]) -> String {
    let mut s = form_urlencoded::Serializer::new(String::new());
    for (k, v) in pairs {
        s.append_pair(k, v);
    }
    s.finish()
}

impl Local {
    fn redirect_uri(&self) -> String {
        format!("{}/app/signed-in.html", self.base)
    }

    fn authorize_params(&self) -> Vec<(&'static str, String)> {
        vec![
            ("response_type", "code".into()),
            ("client_id", "roster-local".into()),
            ("redirect_uri", self.redirect_uri()),
            ("state", "st4te".into()),
            ("code_challenge", challenge(VERIFIER)),
            ("code_challenge_method", "S256".into()),
        ]
    }

    async fn get(&self, path: &str) -> reqwest::Response {
        self.http
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .unwrap()
    }

    async fn post_form(&self, path: &str, pairs: &[(&str, &str)]) -> reqwest::Response {
        self.http
            .post(format!("{}{path}", self.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(form(pairs))
            .send()
            .await
            .unwrap()
    }

    /// Signs in as `email` on the form; the answer's `Location`.
    async fn sign_in(&self, email: &str, name: &str) -> String {
        let params = self.authorize_params();
        let mut pairs: Vec<(&str, &str)> = params.iter().map(|(k, v)| (*k, v.as_str())).collect();
        pairs.extend([("email", email), ("name", name)]);
        let res = self.post_form("/_local/oauth2/authorize", &pairs).await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        res.headers()["location"].to_str().unwrap().to_owned()
    }

    async fn trade(&self, code: &str, verifier: &str, redirect_uri: &str) -> (StatusCode, Value) {
        let res = self
            .post_form(
                "/_local/oauth2/token",
                &[
                    ("grant_type", "authorization_code"),
                    ("client_id", "roster-local"),
                    ("code", code),
                    ("redirect_uri", redirect_uri),
                    ("code_verifier", verifier),
                ],
            )
            .await;
        (res.status(), res.json().await.unwrap())
    }
}

fn query_of(location: &str) -> std::collections::HashMap<String, String> {
    let query = location.split_once('?').unwrap().1;
    form_urlencoded::parse(query.as_bytes())
        .into_owned()
        .collect()
}

#[tokio::test]
async fn a_sign_in_trades_its_code_once_for_an_id_token_the_jwks_verifies() {
    let local = start().await;
    let page = local
        .get(&format!(
            "/_local/oauth2/authorize?{}",
            form(
                &local
                    .authorize_params()
                    .iter()
                    .map(|(k, v)| (*k, v.as_str()))
                    .collect::<Vec<_>>()
            )
        ))
        .await;
    assert_eq!(page.status(), StatusCode::OK);
    assert!(
        page.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .contains("script-src 'self'")
    );
    assert!(page.text().await.unwrap().contains("local stand-in"));

    let location = local.sign_in("  Sue.Casa@Example.com ", "").await;
    assert!(location.starts_with(&local.redirect_uri()), "{location}");
    let query = query_of(&location);
    assert_eq!(query["state"], "st4te");
    let (status, tokens) = local
        .trade(&query["code"], VERIFIER, &local.redirect_uri())
        .await;
    assert_eq!(status, StatusCode::OK, "{tokens}");
    assert_eq!(tokens["token_type"], "Bearer");
    assert_eq!(tokens["expires_in"], 3600);
    assert!(tokens["access_token"].is_string());

    // Discovery names the JWKS, which verifies the ID token as an authorizer would.
    let discovery: Value = local
        .get("/.well-known/openid-configuration")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(discovery["issuer"], local.base);
    assert_eq!(
        discovery["code_challenge_methods_supported"],
        serde_json::json!(["S256"])
    );
    let jwks_uri = discovery["jwks_uri"].as_str().unwrap();
    assert_eq!(jwks_uri, format!("{}/.well-known/jwks.json", local.base));
    let jwks: JwkSet = local
        .http
        .get(jwks_uri)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let local_jwks: JwkSet = local.get("/_local/jwks.json").await.json().await.unwrap();
    assert_eq!(jwks, local_jwks);
    let id_token = tokens["id_token"].as_str().unwrap();
    let kid = jsonwebtoken::decode_header(id_token).unwrap().kid.unwrap();
    let mut validation = Validation::new(Algorithm::RS256);
    validation.set_issuer(&[&local.base]);
    validation.set_audience(&["roster-local"]);
    let claims = jsonwebtoken::decode::<Map<String, Value>>(
        id_token,
        &DecodingKey::from_jwk(jwks.find(&kid).unwrap()).unwrap(),
        &validation,
    )
    .unwrap()
    .claims;
    assert_eq!(claims["email"], "sue.casa@example.com");
    assert_eq!(claims["email_verified"], true);
    assert_eq!(claims["token_use"], "id");
    // The same address signs in as the same sub every time.
    let again = query_of(&local.sign_in("sue.casa@example.com", "").await);
    let (_, tokens_again) = local
        .trade(&again["code"], VERIFIER, &local.redirect_uri())
        .await;
    let sub_of = |t: &Value| {
        let payload = t["id_token"]
            .as_str()
            .unwrap()
            .split('.')
            .nth(1)
            .unwrap()
            .to_owned();
        serde_json::from_slice::<Value>(&URL_SAFE_NO_PAD.decode(payload).unwrap()).unwrap()["sub"]
            .clone()
    };
    assert_eq!(sub_of(&tokens), sub_of(&tokens_again));
    assert_eq!(claims["sub"], sub_of(&tokens));

    // A code is good once.
    let (status, error) = local
        .trade(&query["code"], VERIFIER, &local.redirect_uri())
        .await;
    assert_eq!(
        (status, error["error"].as_str()),
        (StatusCode::BAD_REQUEST, Some("invalid_grant"))
    );
}

#[tokio::test]
async fn a_code_needs_its_verifier_and_redirect_and_is_gone_after_one_try() {
    let local = start().await;
    let code = query_of(&local.sign_in("sue@example.com", "sue-1").await)["code"].clone();
    let (status, error) = local
        .trade(&code, "another-verifier", &local.redirect_uri())
        .await;
    assert_eq!(
        (status, error["error"].as_str()),
        (StatusCode::BAD_REQUEST, Some("invalid_grant"))
    );
    // The failed try used the code up.
    let (status, _) = local.trade(&code, VERIFIER, &local.redirect_uri()).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);

    let code = query_of(&local.sign_in("sue@example.com", "sue-1").await)["code"].clone();
    let (status, error) = local
        .trade(&code, VERIFIER, &format!("{}/app/other.html", local.base))
        .await;
    assert_eq!(
        (status, error["error"].as_str()),
        (StatusCode::BAD_REQUEST, Some("invalid_grant"))
    );

    let res = local
        .post_form(
            "/_local/oauth2/token",
            &[("grant_type", "password"), ("client_id", "roster-local")],
        )
        .await;
    assert_eq!(
        res.json::<Value>().await.unwrap()["error"],
        "unsupported_grant_type"
    );
}

#[tokio::test]
async fn the_authorize_endpoint_refuses_unknown_clients_foreign_redirects_and_no_pkce() {
    let local = start().await;
    let with = |name: &str, value: &str| {
        let params: Vec<(&str, String)> = local
            .authorize_params()
            .into_iter()
            .map(|(k, v)| (k, if k == name { value.to_owned() } else { v }))
            .collect();
        format!(
            "/_local/oauth2/authorize?{}",
            form(
                &params
                    .iter()
                    .map(|(k, v)| (*k, v.as_str()))
                    .collect::<Vec<_>>()
            )
        )
    };
    // No redirect to an address the request names when it cannot be trusted.
    for path in [
        with("client_id", "other"),
        with("redirect_uri", "https://evil.example/cb"),
    ] {
        let res = local.get(&path).await;
        assert_eq!(res.status(), StatusCode::BAD_REQUEST, "{path}");
        assert!(res.headers().get("location").is_none());
    }
    // The rest goes back to the app as an OAuth error.
    for (name, value, error) in [
        ("code_challenge_method", "plain", "invalid_request"),
        ("code_challenge", "", "invalid_request"),
        ("response_type", "token", "unsupported_response_type"),
    ] {
        let res = local.get(&with(name, value)).await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER, "{name}");
        let query = query_of(res.headers()["location"].to_str().unwrap());
        assert_eq!(query["error"], error);
        assert_eq!(query["state"], "st4te");
    }
    // A bad address shows the form again, saying why.
    let params = local.authorize_params();
    let mut pairs: Vec<(&str, &str)> = params.iter().map(|(k, v)| (*k, v.as_str())).collect();
    pairs.push(("email", "not-an-address"));
    let res = local.post_form("/_local/oauth2/authorize", &pairs).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = res.text().await.unwrap();
    assert!(
        html.contains("is not a valid email address") && html.contains(r#"aria-invalid="true""#)
    );
}

#[tokio::test]
async fn pages_are_served_under_app_and_the_link_opens_the_invitation_page() {
    let local = start().await;
    for (path, to) in [("/", "/app/"), ("/app", "/app/")] {
        let res = local.get(path).await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER, "{path}");
        assert_eq!(res.headers()["location"], to);
    }
    let invitation = local.get("/app/invitations/abc.def").await;
    assert_eq!(invitation.status(), StatusCode::OK);
    assert!(invitation.headers().contains_key("content-security-policy"));
    assert_eq!(invitation.headers()["referrer-policy"], "no-referrer");
    assert!(
        invitation
            .text()
            .await
            .unwrap()
            .contains("<roster-invitation>")
    );
    let config: Value = local.get("/app/config.json").await.json().await.unwrap();
    assert_eq!(config["client_id"], "roster-local");
    // The API's own preview keeps its path.
    let preview = local.get("/invitations/abc.def").await;
    assert_eq!(
        preview.headers()["content-type"],
        "application/problem+json"
    );
}

/// The control characters of the percent-encoded forms `%0d%0a`, `%00`,
/// `%0a` and `%7f` (the form encoder writes them so).
const CONTROLS: [&str; 4] = ["\r\n", "\0", "\n", "\x7f"];

/// Every way a sign-in address reaches an answer: the form, an OAuth error
/// sent back, a sign-in, and the sign-out.
#[derive(Clone, Copy, Debug)]
enum Step {
    Form,
    ErrorBack,
    SignIn,
    SignOut,
}

impl Step {
    const ALL: [Step; 4] = [Step::Form, Step::ErrorBack, Step::SignIn, Step::SignOut];

    /// The parameter that carries the address.
    fn field(self) -> &'static str {
        match self {
            Step::SignOut => "logout_uri",
            _ => "redirect_uri",
        }
    }
}

impl Local {
    /// Takes `step` with `address` as its redirect or sign-out address.
    async fn take(&self, step: Step, address: &str) -> reqwest::Response {
        let mut params = self.authorize_params();
        for (name, value) in &mut params {
            if *name == "redirect_uri" {
                *value = address.to_owned();
            } else if *name == "response_type" && matches!(step, Step::ErrorBack) {
                *value = "token".to_owned();
            }
        }
        let mut pairs: Vec<(&str, &str)> = params.iter().map(|(k, v)| (*k, v.as_str())).collect();
        match step {
            Step::Form | Step::ErrorBack => {
                self.get(&format!("/_local/oauth2/authorize?{}", form(&pairs)))
                    .await
            }
            Step::SignIn => {
                pairs.push(("email", "sue@example.com"));
                self.post_form("/_local/oauth2/authorize", &pairs).await
            }
            Step::SignOut => {
                let query = form(&[("client_id", "roster-local"), ("logout_uri", address)]);
                self.get(&format!("/_local/logout?{query}")).await
            }
        }
    }
}

/// A 4xx problem+json (RFC 9457) whose `errors` name `field`.
async fn assert_problem_about(res: reqwest::Response, field: &str, what: &str) {
    let status = res.status();
    assert!(status.is_client_error(), "{what}: {status}");
    assert_eq!(
        res.headers()["content-type"],
        "application/problem+json",
        "{what}"
    );
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["status"], status.as_u16(), "{what}: {body}");
    for member in ["type", "title", "detail", "code"] {
        assert!(body[member].is_string(), "{what}: {member} in {body}");
    }
    assert_eq!(body["errors"][0]["field"], field, "{what}: {body}");
    assert!(body["errors"][0]["message"].is_string(), "{what}: {body}");
}

#[tokio::test]
async fn an_address_holding_a_control_character_is_a_problem_naming_its_field() {
    let local = start().await;
    for control in CONTROLS {
        let address = format!("{}{control}Set-Cookie:a=b", local.redirect_uri());
        for step in Step::ALL {
            let what = format!("{step:?} with {control:?}");
            assert_problem_about(local.take(step, &address).await, step.field(), &what).await;
        }
    }
}

#[tokio::test]
async fn no_character_in_an_address_makes_the_sign_in_fail() {
    let local = start().await;
    // Every ASCII character, and beyond it a letter, a C1 control, a line
    // separator and characters of several UTF-8 lengths.
    let others = ['é', '\u{85}', '\u{2028}', '\u{fffd}', '🦀'];
    for c in (0..0x80u8).map(char::from).chain(others) {
        let address = format!("{}/app/sign{c}ed-in.html", local.base);
        for step in Step::ALL {
            let res = local.take(step, &address).await;
            let status = res.status();
            assert!(
                status.is_success() || status.is_redirection() || status.is_client_error(),
                "{step:?} with {c:?}: {status}"
            );
            if status.is_redirection() {
                let location = res.headers()["location"].to_str().unwrap();
                assert!(location.starts_with(&local.base), "{location}");
            }
        }
    }
}
