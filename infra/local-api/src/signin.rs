//! The local stand-in for Cognito's managed login: the authorization code
//! flow with PKCE (S256), so the web pages run the same sign-in code locally
//! as deployed. `GET /_local/oauth2/authorize` shows a sign-in form (an email
//! address, no password), its `POST` redirects back with a code, and
//! `POST /_local/oauth2/token` trades the code and its verifier for tokens.
//! Discovery at `/.well-known/openid-configuration`, keys at
//! `/.well-known/jwks.json` (and `/_local/jwks.json`).

use crate::LocalApi;
use crate::jwt::{CLIENT_ID, Identity, LIFETIME_SECS};
use axum::Form;
use axum::extract::{Query, State};
use axum::http::{HeaderValue, StatusCode, Uri, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use html_escape::{encode_double_quoted_attribute as attr, encode_text as text};
use serde::Deserialize;
use serde_json::json;
use sha2::{Digest, Sha256};
use shared::Error;
use shared::domain::Email;
use shared::http::problem_response;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub const AUTHORIZE_PATH: &str = "/_local/oauth2/authorize";
pub const TOKEN_PATH: &str = "/_local/oauth2/token";
pub const LOGOUT_PATH: &str = "/_local/logout";
/// How long a code may wait to be traded: Cognito's five minutes.
const CODE_LIFETIME: Duration = Duration::from_secs(300);
/// The namespace of the `sub` made from an address when no name is given,
/// so one address signs in as the same `sub` every time.
const SUB_NAMESPACE: uuid::Uuid = uuid::Uuid::from_u128(0x6c6f_6361_6c2d_4000_8000_726f_7374_6572);

/// Codes handed out and not yet traded, each for one sign-in.
#[derive(Default)]
pub struct Codes(Mutex<HashMap<String, Grant>>);

struct Grant {
    sub: String,
    email: Email,
    redirect_uri: String,
    challenge: String,
    expires: Instant,
}

/// The authorize endpoint's parameters, carried through the form as hidden fields.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AuthorizeQuery {
    response_type: String,
    client_id: String,
    redirect_uri: String,
    state: Option<String>,
    scope: Option<String>,
    code_challenge: String,
    code_challenge_method: String,
}

#[derive(Deserialize)]
pub struct SignInForm {
    #[serde(flatten)]
    query: AuthorizeQuery,
    #[serde(default)]
    email: String,
    #[serde(default)]
    name: String,
}

/// Whether `uri` is a page of this server: codes go nowhere else.
fn own_page(api: &LocalApi, uri: &str) -> bool {
    uri.strip_prefix(api.signer.issuer())
        .is_some_and(|rest| rest.starts_with('/'))
}

/// A problem naming `field` when `uri` is not an absolute URI (ASCII, RFC
/// 3986) without a fragment (RFC 6749, 3.1.2): only such an address fits in
/// a `Location` header and takes the answer's query.
fn malformed(field: &str, uri: &str) -> Option<Response> {
    let absolute = uri.is_ascii()
        && uri
            .parse::<Uri>()
            .is_ok_and(|u| u.scheme().is_some() && u.authority().is_some());
    (!absolute || uri.contains('#')).then(|| {
        crate::to_axum(problem_response(&Error::invalid(
            "invalid_field",
            field,
            "must be an absolute URL, percent-encoded, without a fragment",
        )))
    })
}

/// `redirect_uri` with the answer's parameters appended.
fn back_to(redirect_uri: &str, params: &[(&str, &str)]) -> Response {
    let mut query = form_urlencoded::Serializer::new(String::new());
    for (name, value) in params {
        query.append_pair(name, value);
    }
    let sep = if redirect_uri.contains('?') { '&' } else { '?' };
    Redirect::to(&format!("{redirect_uri}{sep}{}", query.finish())).into_response()
}

/// What to answer instead of the sign-in form, if anything, as Cognito
/// does: an address that is no URL gets a problem, a client or redirect it
/// does not know an error page (never a redirect); the rest of what is wrong
/// goes back to the app as `error`.
fn refusal(api: &LocalApi, q: &AuthorizeQuery) -> Option<Response> {
    if let Some(problem) = malformed("redirect_uri", &q.redirect_uri) {
        return Some(problem);
    }
    if q.client_id != CLIENT_ID {
        return Some(page(
            StatusCode::BAD_REQUEST,
            &format!("Unknown app client. The local app client is {CLIENT_ID}."),
            None,
        ));
    }
    if !own_page(api, &q.redirect_uri) {
        return Some(page(
            StatusCode::BAD_REQUEST,
            "The redirect address is not a page of this local API.",
            None,
        ));
    }
    let (error, description) = if q.response_type != "code" {
        (
            "unsupported_response_type",
            "only response_type=code is supported",
        )
    } else if q.code_challenge.is_empty() || q.code_challenge_method != "S256" {
        (
            "invalid_request",
            "PKCE is required: send code_challenge with code_challenge_method=S256",
        )
    } else {
        return None;
    };
    let state = q.state.as_deref().unwrap_or_default();
    Some(back_to(
        &q.redirect_uri,
        &[
            ("error", error),
            ("error_description", description),
            ("state", state),
        ],
    ))
}

/// `GET /_local/oauth2/authorize`: the sign-in form.
pub async fn authorize(
    State(api): State<Arc<LocalApi>>,
    Query(q): Query<AuthorizeQuery>,
) -> Response {
    refusal(&api, &q).unwrap_or_else(|| page(StatusCode::OK, "", Some((&q, "", ""))))
}

/// `POST /_local/oauth2/authorize`: signs in as the address typed, and goes
/// back to the app with a code.
pub async fn sign_in(State(api): State<Arc<LocalApi>>, Form(form): Form<SignInForm>) -> Response {
    let q = &form.query;
    if let Some(refused) = refusal(&api, q) {
        return refused;
    }
    let email = match Email::parse(&form.email) {
        Ok(email) => email,
        Err(why) => {
            return page(
                StatusCode::UNPROCESSABLE_ENTITY,
                &format!("The email address {why}."),
                Some((q, &form.email, &form.name)),
            );
        }
    };
    let sub = match form.name.trim() {
        "" => uuid::Uuid::new_v5(&SUB_NAMESPACE, email.as_str().as_bytes()).to_string(),
        name => name.to_owned(),
    };
    let code = random_code();
    let now = Instant::now();
    let mut codes = api.codes.0.lock().expect("codes lock");
    codes.retain(|_, grant| grant.expires > now);
    codes.insert(
        code.clone(),
        Grant {
            sub,
            email,
            redirect_uri: q.redirect_uri.clone(),
            challenge: q.code_challenge.clone(),
            expires: now + CODE_LIFETIME,
        },
    );
    drop(codes);
    let mut params = vec![("code", code.as_str())];
    if let Some(state) = &q.state {
        params.push(("state", state));
    }
    back_to(&q.redirect_uri, &params)
}

fn random_code() -> String {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).expect("the OS random source");
    URL_SAFE_NO_PAD.encode(bytes)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TokenRequest {
    grant_type: String,
    code: String,
    redirect_uri: String,
    client_id: String,
    code_verifier: String,
}

/// An OAuth 2.0 error answer of the token endpoint (RFC 6749, 5.2).
fn token_error(error: &str, description: &str) -> Response {
    let body = json!({"error": error, "error_description": description});
    (
        StatusCode::BAD_REQUEST,
        no_store(axum::Json(body).into_response()),
    )
        .into_response()
}

fn no_store(mut res: Response) -> Response {
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

/// `POST /_local/oauth2/token`: a code (once), its redirect and the PKCE
/// verifier for `{id_token, access_token, token_type, expires_in}`.
pub async fn token(State(api): State<Arc<LocalApi>>, Form(req): Form<TokenRequest>) -> Response {
    if req.grant_type != "authorization_code" {
        return token_error(
            "unsupported_grant_type",
            "only authorization_code is supported",
        );
    }
    if req.client_id != CLIENT_ID {
        return token_error("invalid_client", "unknown app client");
    }
    // Taken out whatever follows: a code is good for one try.
    let grant = api.codes.0.lock().expect("codes lock").remove(&req.code);
    let Some(grant) = grant.filter(|g| g.expires > Instant::now()) else {
        return token_error("invalid_grant", "the code is unknown, used or expired");
    };
    if grant.redirect_uri != req.redirect_uri {
        return token_error(
            "invalid_grant",
            "redirect_uri differs from the one the code was given for",
        );
    }
    let challenge = URL_SAFE_NO_PAD.encode(Sha256::digest(req.code_verifier.as_bytes()));
    if challenge != grant.challenge {
        return token_error(
            "invalid_grant",
            "code_verifier does not match the code_challenge",
        );
    }
    let who = Identity {
        sub: &grant.sub,
        email: grant.email.as_str(),
        email_verified: true,
        amr: &[],
    };
    no_store(
        axum::Json(json!({
            "id_token": api.signer.id_token(&who),
            "access_token": api.signer.access_token(&grant.sub),
            "token_type": "Bearer",
            "expires_in": LIFETIME_SECS,
        }))
        .into_response(),
    )
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LogoutQuery {
    client_id: String,
    logout_uri: String,
}

/// `GET /_local/logout`: Cognito's logout ends its own session and goes
/// back to the app; the local sign-in keeps no session, so it only goes back.
pub async fn logout(State(api): State<Arc<LocalApi>>, Query(q): Query<LogoutQuery>) -> Response {
    if let Some(problem) = malformed("logout_uri", &q.logout_uri) {
        return problem;
    }
    if q.client_id != CLIENT_ID || !own_page(&api, &q.logout_uri) {
        return page(
            StatusCode::BAD_REQUEST,
            "Unknown app client or sign-out address.",
            None,
        );
    }
    Redirect::to(&q.logout_uri).into_response()
}

/// `GET /.well-known/openid-configuration`.
pub async fn discovery(State(api): State<Arc<LocalApi>>) -> Response {
    let issuer = api.signer.issuer();
    axum::Json(json!({
        "issuer": issuer,
        "authorization_endpoint": format!("{issuer}{AUTHORIZE_PATH}"),
        "token_endpoint": format!("{issuer}{TOKEN_PATH}"),
        "end_session_endpoint": format!("{issuer}{LOGOUT_PATH}"),
        "jwks_uri": format!("{issuer}/.well-known/jwks.json"),
        "response_types_supported": ["code"],
        "grant_types_supported": ["authorization_code"],
        "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported": ["RS256"],
        "code_challenge_methods_supported": ["S256"],
        "token_endpoint_auth_methods_supported": ["none"],
        "scopes_supported": ["openid", "email", "profile"],
        "claims_supported": ["sub", "email", "email_verified", "token_use", "iss", "aud", "iat", "exp", "auth_time"],
    }))
    .into_response()
}

/// `GET /.well-known/jwks.json` and `/_local/jwks.json`.
pub async fn jwks(State(api): State<Arc<LocalApi>>) -> Response {
    axum::Json(api.signer.jwks()).into_response()
}

/// The sign-in page: the form (with what was typed and the request's
/// parameters), or only a message when the request cannot go on.
fn page(
    status: StatusCode,
    message: &str,
    form: Option<(&AuthorizeQuery, &str, &str)>,
) -> Response {
    let alert = if message.is_empty() {
        String::new()
    } else {
        format!(
            r#"<p class="alert" id="sign-in-error" role="alert">{}</p>"#,
            text(message)
        )
    };
    let form = form.map_or_else(String::new, |(q, email, name)| {
        let hidden: String = [
            ("response_type", q.response_type.as_str()),
            ("client_id", &q.client_id),
            ("redirect_uri", &q.redirect_uri),
            ("state", q.state.as_deref().unwrap_or_default()),
            ("scope", q.scope.as_deref().unwrap_or_default()),
            ("code_challenge", &q.code_challenge),
            ("code_challenge_method", &q.code_challenge_method),
        ]
        .iter()
        .map(|(n, v)| format!(r#"<input type="hidden" name="{n}" value="{}">"#, attr(v)))
        .collect();
        let invalid = if message.is_empty() {
            ""
        } else {
            r#" aria-invalid="true" aria-describedby="sign-in-error""#
        };
        format!(
            r#"<form method="post" action="{AUTHORIZE_PATH}" class="stack">{hidden}
      <div class="field"><label for="email">Email address</label>
        <input id="email" name="email" type="email" autocomplete="email" required autofocus value="{email}"{invalid}></div>
      <div class="field"><label for="name">Name for this sign-in <span class="hint">(optional: the token's <code>sub</code>; by default one is made from the address)</span></label>
        <input id="name" name="name" type="text" autocomplete="off" value="{name}"></div>
      <button type="submit" class="primary">Sign in</button>
    </form>"#,
            email = attr(email),
            name = attr(name),
        )
    });
    let html = format!(
        r#"<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Sign in - Roster (local)</title>
  <link rel="stylesheet" href="/app/css/roster.css">
</head>
<body>
  <main class="narrow">
    <h1>Sign in to Roster</h1>
    <p class="notice">This is the local stand-in for the sign-in page. There is no password: type any address
      and you are signed in with it, its address verified. Deployed, Cognito's managed login asks who you are.</p>
    {alert}
    {form}
  </main>
</body>
</html>
"#
    );
    (
        status,
        crate::pages::with_page_headers(Html(html).into_response()),
    )
        .into_response()
}
