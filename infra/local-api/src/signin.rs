//! The local stand-in for Cognito's managed login: the authorization code
//! flow with PKCE (S256), so the web pages run the same sign-in code locally
//! as deployed. `GET /_local/oauth2/authorize` shows a sign-in form (an email
//! address, no password), its `POST` redirects back with a code, and
//! `POST /_local/oauth2/token` trades the code and its verifier for tokens.
//! A sign-in may set up an authenticator app (TOTP, RFC 6238); every later
//! sign-in of its `sub` then asks for the app's code after the address, and
//! its tokens say so in `amr`. Discovery at
//! `/.well-known/openid-configuration`, keys at `/.well-known/jwks.json` (and
//! `/_local/jwks.json`).

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
use totp_rs::Totp;

pub const AUTHORIZE_PATH: &str = "/_local/oauth2/authorize";
pub const TOKEN_PATH: &str = "/_local/oauth2/token";
pub const LOGOUT_PATH: &str = "/_local/logout";
/// How long a code may wait to be traded: Cognito's five minutes.
const CODE_LIFETIME: Duration = Duration::from_secs(300);
/// The namespace of the `sub` made from an address when no name is given,
/// so one address signs in as the same `sub` every time.
const SUB_NAMESPACE: uuid::Uuid = uuid::Uuid::from_u128(0x6c6f_6361_6c2d_4000_8000_726f_7374_6572);
/// The name an authenticator app shows beside the address.
const TOTP_ISSUER: &str = "Roster (local)";
/// How a token says its sign-in took a verified code (RFC 8176).
const SECOND_FACTOR_AMR: [&str; 3] = ["pwd", "otp", "mfa"];

/// Codes handed out and not yet traded, each for one sign-in.
#[derive(Default)]
pub struct Codes(Mutex<HashMap<String, Grant>>);

struct Grant {
    sub: String,
    email: Email,
    redirect_uri: String,
    challenge: String,
    expires: Instant,
    /// Whether the sign-in took an authenticator app's code.
    second_factor: bool,
}

/// Authenticator apps, per `sub`: set up, or being set up until a first
/// code confirms them. In memory only: a restart forgets them all.
#[derive(Default)]
pub struct Authenticators(Mutex<HashMap<String, Authenticator>>);

struct Authenticator {
    totp: Totp,
    confirmed: bool,
    /// The time step of the last code taken: a code works once (RFC 6238, 5.2).
    last_step: Option<u64>,
}

/// What the page shows to set up an app: its key and the `otpauth://` URI
/// that the QR code holds.
struct SetUp {
    key: String,
    uri: String,
}

/// The code an app shows: six digits, spaces allowed between them (apps
/// show `123 456`).
struct OtpCode(String);

impl OtpCode {
    fn parse(raw: &str) -> Result<OtpCode, &'static str> {
        let digits: String = raw.chars().filter(|c| !c.is_whitespace()).collect();
        if digits.len() == 6 && digits.bytes().all(|b| b.is_ascii_digit()) {
            Ok(OtpCode(digits))
        } else {
            Err("The code is 6 digits: type the one your authenticator app shows now.")
        }
    }
}

impl Authenticators {
    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Authenticator>> {
        self.0.lock().expect("authenticators lock")
    }

    /// Whether `sub` has an app set up, whose code every sign-in asks for.
    fn set_up(&self, sub: &str) -> bool {
        self.lock().get(sub).is_some_and(|app| app.confirmed)
    }

    /// A new secret for `sub`'s app (160 bits, as RFC 4226 advises), in
    /// place of one not yet confirmed; `None` when an app is set up already.
    fn start(&self, sub: &str, email: &Email) -> Option<SetUp> {
        let mut secret = vec![0u8; 20];
        getrandom::fill(&mut secret).expect("the OS random source");
        // An address holds no colon (Email refuses quoted local parts), the
        // one thing an account name may not hold.
        let totp = totp_rs::Builder::new()
            .with_secret(secret)
            .with_issuer(Some(TOTP_ISSUER))
            .with_account_name(email.as_str())
            .build()
            .expect("a 160-bit secret, 6 digits and names without a colon");
        let mut apps = self.lock();
        if apps.get(sub).is_some_and(|app| app.confirmed) {
            return None;
        }
        let shown = set_up_of(&totp);
        apps.insert(
            sub.to_owned(),
            Authenticator {
                totp,
                confirmed: false,
                last_step: None,
            },
        );
        Some(shown)
    }

    /// The app `sub` is setting up, if any.
    fn being_set_up(&self, sub: &str) -> Option<SetUp> {
        self.lock()
            .get(sub)
            .filter(|app| !app.confirmed)
            .map(|app| set_up_of(&app.totp))
    }

    /// Whether `code` is the one `sub`'s app shows at `now` (Unix seconds),
    /// give or take a 30-second step for clocks that differ (RFC 6238, 5.2),
    /// and is newer than the last one taken. A right code confirms an app
    /// being set up.
    fn verify(&self, sub: &str, code: &OtpCode, now: u64) -> bool {
        let mut apps = self.lock();
        let Some(app) = apps.get_mut(sub) else {
            return false;
        };
        match app.totp.check(&code.0, now) {
            Some(step) if app.last_step.is_none_or(|last| step > last) => {
                app.last_step = Some(step);
                app.confirmed = true;
                true
            }
            _ => false,
        }
    }
}

fn set_up_of(totp: &Totp) -> SetUp {
    SetUp {
        key: totp.secret().to_base32(),
        uri: totp.to_url().expect("the app has an account name"),
    }
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

/// Which of the page's forms was sent.
#[derive(Deserialize, Default, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
enum Posted {
    /// The address (and a name), perhaps asking to set up an app.
    #[default]
    Address,
    /// The code of the app set up for the sign-in.
    Code,
    /// The first code of an app being set up.
    SetUp,
}

#[derive(Deserialize)]
pub struct SignInForm {
    #[serde(flatten)]
    query: AuthorizeQuery,
    #[serde(default)]
    email: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    step: Posted,
    /// The checkbox "Set up an authenticator app".
    #[serde(default)]
    set_up: Option<String>,
    #[serde(default)]
    otp: String,
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
    refusal(&api, &q).unwrap_or_else(|| {
        page(
            StatusCode::OK,
            "",
            Some(Asked::new(&q, "", "", Step::Address { set_up: false })),
        )
    })
}

/// `POST /_local/oauth2/authorize`: signs in as the address typed, after
/// the code of its authenticator app if it has one (or sets one up when
/// asked), and goes back to the app with a code.
pub async fn sign_in(State(api): State<Arc<LocalApi>>, Form(form): Form<SignInForm>) -> Response {
    let q = &form.query;
    if let Some(refused) = refusal(&api, q) {
        return refused;
    }
    let asked = |step| Asked::new(q, &form.email, &form.name, step);
    let email = match Email::parse(&form.email) {
        Ok(email) => email,
        Err(why) => {
            let step = Step::Address {
                set_up: form.set_up.is_some(),
            };
            return page(
                StatusCode::UNPROCESSABLE_ENTITY,
                &format!("The email address {why}."),
                Some(asked(step).invalid()),
            );
        }
    };
    let sub = match form.name.trim() {
        "" => uuid::Uuid::new_v5(&SUB_NAMESPACE, email.as_str().as_bytes()).to_string(),
        name => name.to_owned(),
    };
    let apps = &api.authenticators;
    // The app the code is for: the one set up (None) or the one being set up.
    let set_up = match (apps.set_up(&sub), form.step) {
        (true, Posted::Code) => None,
        (true, _) => return page(StatusCode::OK, "", Some(asked(Step::Code))),
        (false, Posted::Address) if form.set_up.is_some() => {
            return match apps.start(&sub, &email) {
                Some(shown) => page(StatusCode::OK, "", Some(asked(Step::SetUp(&shown)))),
                None => page(StatusCode::OK, "", Some(asked(Step::Code))),
            };
        }
        (false, Posted::Address) => return grant(&api, q, sub, email, false),
        (false, Posted::SetUp) => match apps.being_set_up(&sub) {
            Some(shown) => Some(shown),
            None => return forgotten(q, &form),
        },
        (false, Posted::Code) => return forgotten(q, &form),
    };
    let step = set_up.as_ref().map_or(Step::Code, Step::SetUp);
    let code = match OtpCode::parse(&form.otp) {
        Ok(code) => code,
        Err(why) => {
            return page(
                StatusCode::UNPROCESSABLE_ENTITY,
                why,
                Some(asked(step).invalid()),
            );
        }
    };
    if !apps.verify(&sub, &code, jsonwebtoken::get_current_timestamp()) {
        return page(
            StatusCode::UNPROCESSABLE_ENTITY,
            "That code is not the one your authenticator app shows now, or it was used already. \
             Type the code it shows now (a new one comes every 30 seconds).",
            Some(asked(step).invalid()),
        );
    }
    grant(&api, q, sub, email, true)
}

/// The address form again, when the app a code was typed for is gone: the
/// local API forgets them when it restarts.
fn forgotten(q: &AuthorizeQuery, form: &SignInForm) -> Response {
    page(
        StatusCode::UNPROCESSABLE_ENTITY,
        "The local sign-in no longer knows this authenticator app (it forgets them when it restarts). \
         Sign in again, and set the app up again if you like.",
        Some(Asked::new(
            q,
            &form.email,
            &form.name,
            Step::Address { set_up: true },
        )),
    )
}

/// A code for `sub`'s sign-in, and the way back to the app with it.
fn grant(
    api: &LocalApi,
    q: &AuthorizeQuery,
    sub: String,
    email: Email,
    second_factor: bool,
) -> Response {
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
            second_factor,
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
    let amr: Vec<String> = if grant.second_factor {
        SECOND_FACTOR_AMR.map(String::from).to_vec()
    } else {
        Vec::new()
    };
    let who = Identity {
        sub: &grant.sub,
        email: grant.email.as_str(),
        email_verified: true,
        amr: &amr,
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
        "claims_supported": ["sub", "email", "email_verified", "token_use", "iss", "aud", "iat", "exp", "auth_time", "amr"],
    }))
    .into_response()
}

/// `GET /.well-known/jwks.json` and `/_local/jwks.json`.
pub async fn jwks(State(api): State<Arc<LocalApi>>) -> Response {
    axum::Json(api.signer.jwks()).into_response()
}

/// What the sign-in page asks for.
enum Step<'a> {
    /// The address (and a name), with the choice to set up an app.
    Address { set_up: bool },
    /// The code of the app set up for this sign-in.
    Code,
    /// A new app's key, as text and as a QR code, and its first code.
    SetUp(&'a SetUp),
}

/// A form of the page: the request's parameters, what was typed, and
/// whether the message is about the step's field.
struct Asked<'a> {
    query: &'a AuthorizeQuery,
    email: &'a str,
    name: &'a str,
    step: Step<'a>,
    invalid: bool,
}

impl<'a> Asked<'a> {
    fn new(query: &'a AuthorizeQuery, email: &'a str, name: &'a str, step: Step<'a>) -> Self {
        Asked {
            query,
            email,
            name,
            step,
            invalid: false,
        }
    }

    fn invalid(self) -> Self {
        Asked {
            invalid: true,
            ..self
        }
    }

    /// The request's parameters, as the form carries them on.
    fn params(&self) -> [(&'static str, &'a str); 7] {
        let q = self.query;
        [
            ("response_type", q.response_type.as_str()),
            ("client_id", &q.client_id),
            ("redirect_uri", &q.redirect_uri),
            ("state", q.state.as_deref().unwrap_or_default()),
            ("scope", q.scope.as_deref().unwrap_or_default()),
            ("code_challenge", &q.code_challenge),
            ("code_challenge_method", &q.code_challenge_method),
        ]
    }

    fn hidden(&self, pairs: &[(&str, &str)]) -> String {
        self.params()
            .iter()
            .chain(pairs)
            .map(|(n, v)| format!(r#"<input type="hidden" name="{n}" value="{}">"#, attr(v)))
            .collect()
    }

    /// The sign-in's first page again, to start over with another address.
    fn start_over(&self) -> String {
        let mut query = form_urlencoded::Serializer::new(String::new());
        for (name, value) in self.params() {
            if !value.is_empty() {
                query.append_pair(name, value);
            }
        }
        format!(
            r#"<p><a href="{AUTHORIZE_PATH}?{}">Sign in with another address</a></p>"#,
            attr(&query.finish())
        )
    }

    /// The title and the form of the step.
    fn render(&self) -> (&'static str, String) {
        match &self.step {
            Step::Address { set_up } => ("Sign in", self.address_form(*set_up)),
            Step::Code => (
                "Two-step verification",
                format!(
                    r#"<h2>Two-step verification</h2>
    <p>Signing in as <strong>{email}</strong>. An authenticator app is set up for this sign-in:
      type the 6-digit code it shows for {TOTP_ISSUER}.</p>
    {form}
    {start_over}"#,
                    email = text(self.email.trim()),
                    form = self.code_form("code"),
                    start_over = self.start_over(),
                ),
            ),
            Step::SetUp(shown) => (
                "Set up an authenticator app",
                format!(
                    r#"<h2>Set up an authenticator app</h2>
    <p>Signing in as <strong>{email}</strong>. Add {TOTP_ISSUER} to your authenticator app: scan the QR code
      with it, or type the key. From then on, every sign-in as this address (or name) asks for the code the app shows.</p>
    <div>{qr}</div>
    <p>Key: <code id="totp-key">{key}</code> <span class="hint">(time-based, 6 digits, every 30 seconds)</span></p>
    {form}
    {start_over}"#,
                    email = text(self.email.trim()),
                    qr = qr_svg(&shown.uri),
                    key = text(&grouped(&shown.key)),
                    form = self.code_form("set_up"),
                    start_over = self.start_over(),
                ),
            ),
        }
    }

    fn address_form(&self, set_up: bool) -> String {
        let hidden = self.hidden(&[]);
        let invalid = if self.invalid {
            r#" aria-invalid="true" aria-describedby="sign-in-error""#
        } else {
            ""
        };
        let checked = if set_up { " checked" } else { "" };
        format!(
            r#"<form method="post" action="{AUTHORIZE_PATH}" class="stack">{hidden}
      <div class="field"><label for="email">Email address</label>
        <input id="email" name="email" type="email" autocomplete="email" required autofocus value="{email}"{invalid}></div>
      <div class="field"><label for="name">Name for this sign-in <span class="hint">(optional: the token's <code>sub</code>; by default one is made from the address)</span></label>
        <input id="name" name="name" type="text" autocomplete="off" value="{name}"></div>
      <div class="choice"><input id="set-up" name="set_up" type="checkbox" value="totp" aria-describedby="set-up-hint"{checked}>
        <label for="set-up">Set up an authenticator app</label>
        <p class="hint" id="set-up-hint">Two-step verification: every later sign-in as this address (or name) then asks for the app's code.</p></div>
      <button type="submit" class="primary">Sign in</button>
    </form>"#,
            email = attr(self.email),
            name = attr(self.name),
        )
    }

    /// The form that takes an app's code, for the step `posted` names.
    fn code_form(&self, posted: &str) -> String {
        let hidden = self.hidden(&[("email", self.email), ("name", self.name), ("step", posted)]);
        let described = if self.invalid {
            r#" aria-invalid="true" aria-describedby="sign-in-error otp-hint""#
        } else {
            r#" aria-describedby="otp-hint""#
        };
        format!(
            r#"<form method="post" action="{AUTHORIZE_PATH}" class="stack">{hidden}
      <div class="field"><label for="otp">6-digit code</label>
        <p class="hint" id="otp-hint">From your authenticator app; a new one comes every 30 seconds.</p>
        <input id="otp" name="otp" type="text" inputmode="numeric" autocomplete="one-time-code" required autofocus{described}></div>
      <button type="submit" class="primary">Verify and sign in</button>
    </form>"#
        )
    }
}

/// The key in groups of four, as authenticator apps take it typed.
fn grouped(key: &str) -> String {
    key.as_bytes()
        .chunks(4)
        .map(|chunk| std::str::from_utf8(chunk).expect("base32 is ASCII"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// `uri` as a QR code, an inline SVG (the policy lets no inline style in,
/// and the SVG has none: its colours are attributes), at most 256 pixels
/// wide so that it fits a 360-pixel screen.
fn qr_svg(uri: &str) -> String {
    let svg = qrcode::QrCode::new(uri.as_bytes())
        .expect("an otpauth URI fits a QR code")
        .render::<qrcode::render::svg::Color>()
        .max_dimensions(256, 256)
        .build();
    // The renderer writes a standalone document: inside HTML, only the element.
    let element = &svg[svg.find("<svg").expect("the renderer writes an <svg>")..];
    element.replacen(
        "<svg ",
        &format!(
            r#"<svg role="img" aria-label="QR code that adds {TOTP_ISSUER} to an authenticator app" "#
        ),
        1,
    )
}

/// The sign-in page: a form (with what was typed and the request's
/// parameters), or only a message when the request cannot go on.
fn page(status: StatusCode, message: &str, form: Option<Asked<'_>>) -> Response {
    let alert = if message.is_empty() {
        String::new()
    } else {
        format!(
            r#"<p class="alert" id="sign-in-error" role="alert">{}</p>"#,
            text(message)
        )
    };
    let (title, form) = form.map_or(("Sign in", String::new()), |asked| asked.render());
    let html = format!(
        r#"<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{title} - Roster (local)</title>
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

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = "http://127.0.0.1:3000";
    const VERIFIER: &str = "a-verifier-of-enough-length-for-pkce-0123456789";

    fn sue() -> Email {
        Email::parse("sue.casa@example.com").unwrap()
    }

    fn code(raw: &str) -> OtpCode {
        OtpCode::parse(raw).unwrap()
    }

    /// The code `sub`'s app shows at `time`, computed from the secret the page shows.
    fn shown_code(apps: &Authenticators, sub: &str, time: u64) -> String {
        apps.lock()[sub].totp.generate(time).to_string()
    }

    #[test]
    fn codes_are_six_digits_spaces_allowed() {
        assert_eq!(code(" 123 456 ").0, "123456");
        for wrong in ["", "12345", "1234567", "12345a", "+12345", "١٢٣٤٥٦"] {
            assert!(OtpCode::parse(wrong).is_err(), "{wrong}");
        }
    }

    #[test]
    fn an_app_is_set_up_by_its_first_right_code_and_each_code_works_once() {
        let apps = Authenticators::default();
        let shown = apps.start("sub-1", &sue()).unwrap();
        assert!(!apps.set_up("sub-1"));
        assert_eq!(shown.key.len(), 32, "160 bits in base32");
        assert_eq!(
            shown.uri,
            format!(
                "otpauth://totp/Roster%20%28local%29:sue.casa%40example.com?secret={}&issuer=Roster%20%28local%29",
                shown.key
            )
        );

        let t = 1_800_000_000;
        let right = shown_code(&apps, "sub-1", t);
        let wrong = format!("{:06}", (right.parse::<u32>().unwrap() + 1) % 1_000_000);
        assert!(!apps.verify("sub-1", &code(&wrong), t));
        assert!(!apps.set_up("sub-1"), "a wrong code sets nothing up");
        assert_eq!(apps.being_set_up("sub-1").unwrap().key, shown.key);

        assert!(apps.verify("sub-1", &code(&right), t));
        assert!(apps.set_up("sub-1"));
        assert!(apps.start("sub-1", &sue()).is_none(), "set up: no new key");
        assert!(
            !apps.verify("sub-1", &code(&right), t + 5),
            "the same code again"
        );
        // A step either side of the clock is taken, once; older ones never.
        assert!(apps.verify("sub-1", &code(&shown_code(&apps, "sub-1", t + 60)), t + 30));
        assert!(!apps.verify("sub-1", &code(&shown_code(&apps, "sub-1", t + 30)), t + 60));
        assert!(!apps.verify("sub-1", &code(&shown_code(&apps, "sub-1", t + 150)), t + 90));
        assert!(!apps.verify("sub-2", &code(&right), t), "no app for sub-2");
    }

    #[tokio::test]
    async fn the_forms_fields_name_the_step_the_checkbox_and_the_code() {
        use axum::extract::FromRequest;
        let posted = |body: &'static str| async move {
            let req = axum::http::Request::post(AUTHORIZE_PATH)
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(axum::body::Body::from(body))
                .unwrap();
            Form::<SignInForm>::from_request(req, &())
                .await
                .map(|f| f.0)
        };
        let form = posted("client_id=roster-local&email=a%40b.co&step=set_up&otp=123+456")
            .await
            .unwrap();
        assert!(form.step == Posted::SetUp && form.set_up.is_none());
        assert_eq!(code(&form.otp).0, "123456");
        assert_eq!(form.query.client_id, CLIENT_ID);
        let form = posted("email=a%40b.co&set_up=totp").await.unwrap();
        assert!(form.step == Posted::Address && form.set_up.is_some());
        assert!(posted("step=code").await.unwrap().step == Posted::Code);
        assert!(posted("step=other").await.is_err());
    }

    fn form(email: &str, step: Posted, set_up: bool, otp: &str) -> SignInForm {
        SignInForm {
            query: AuthorizeQuery {
                response_type: "code".into(),
                client_id: CLIENT_ID.into(),
                redirect_uri: format!("{BASE}/app/signed-in.html"),
                state: Some("st4te".into()),
                scope: None,
                code_challenge: URL_SAFE_NO_PAD.encode(Sha256::digest(VERIFIER.as_bytes())),
                code_challenge_method: "S256".into(),
            },
            email: email.into(),
            name: String::new(),
            step,
            set_up: set_up.then(|| "totp".into()),
            otp: otp.into(),
        }
    }

    async fn post(api: &Arc<LocalApi>, form: SignInForm) -> (StatusCode, String) {
        let res = sign_in(State(api.clone()), Form(form)).await;
        let status = res.status();
        let location = res
            .headers()
            .get(header::LOCATION)
            .map(|l| l.to_str().unwrap().to_owned());
        let body = axum::body::to_bytes(res.into_body(), 1 << 20)
            .await
            .unwrap();
        (
            status,
            location.unwrap_or_else(|| String::from_utf8(body.to_vec()).unwrap()),
        )
    }

    /// The claims of the ID token that the code in `location` trades for.
    async fn claims_of(api: &Arc<LocalApi>, location: &str) -> HashMap<String, String> {
        let query = location.split_once('?').unwrap().1;
        let code = form_urlencoded::parse(query.as_bytes())
            .find(|(k, _)| k == "code")
            .unwrap()
            .1
            .into_owned();
        let req = TokenRequest {
            grant_type: "authorization_code".into(),
            code,
            redirect_uri: format!("{BASE}/app/signed-in.html"),
            client_id: CLIENT_ID.into(),
            code_verifier: VERIFIER.into(),
        };
        let res = token(State(api.clone()), Form(req)).await;
        assert_eq!(res.status(), StatusCode::OK);
        let body = axum::body::to_bytes(res.into_body(), 1 << 20)
            .await
            .unwrap();
        let tokens: serde_json::Value = serde_json::from_slice(&body).unwrap();
        let bearer = format!("Bearer {}", tokens["id_token"].as_str().unwrap());
        api.signer.verify(Some(&bearer)).unwrap()
    }

    fn sub_of(email: &str) -> String {
        uuid::Uuid::new_v5(&SUB_NAMESPACE, email.as_bytes()).to_string()
    }

    #[tokio::test]
    async fn setting_up_an_app_shows_its_key_and_qr_code_and_signs_in_with_a_second_factor() {
        let api = Arc::new(LocalApi::without_aws(BASE));
        let email = "sue.casa@example.com";
        let (status, without) = post(&api, form(email, Posted::Address, false, "")).await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        assert!(!claims_of(&api, &without).await.contains_key("amr"));

        let (status, page) = post(&api, form(email, Posted::Address, true, "")).await;
        assert_eq!(status, StatusCode::OK);
        let key = api.authenticators.being_set_up(&sub_of(email)).unwrap().key;
        assert!(page.contains(&grouped(&key)), "{page}");
        assert!(
            page.contains(r#"<svg role="img" aria-label="QR code"#),
            "{page}"
        );
        assert!(!page.contains("<?xml") && !page.contains("style="));
        assert!(page.contains(r#"autocomplete="one-time-code""#));

        let now = jsonwebtoken::get_current_timestamp();
        let right = shown_code(&api.authenticators, &sub_of(email), now);
        let (status, location) = post(&api, form(email, Posted::SetUp, false, &right)).await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{location}");
        assert_eq!(claims_of(&api, &location).await["amr"], "[pwd otp mfa]");

        // The same code at once: refused, as a code works once.
        let (status, page) = post(&api, form(email, Posted::Code, false, &right)).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(page.contains(r#"role="alert""#) && page.contains("used already"));
    }

    #[tokio::test]
    async fn a_set_up_sign_in_asks_for_the_code_refuses_a_wrong_one_and_its_token_carries_amr() {
        let api = Arc::new(LocalApi::without_aws(BASE));
        let email = "sue.casa@example.com";
        let sub = sub_of(email);
        // Set up an hour ago, so that the code of now is a new one.
        let apps = &api.authenticators;
        apps.start(&sub, &sue()).unwrap();
        let then = jsonwebtoken::get_current_timestamp() - 3600;
        assert!(apps.verify(&sub, &code(&shown_code(apps, &sub, then)), then));

        // Asking to set up another app changes nothing: the code is asked for.
        for set_up in [false, true] {
            let (status, page) = post(&api, form(email, Posted::Address, set_up, "")).await;
            assert_eq!(status, StatusCode::OK);
            assert!(page.contains("<h2>Two-step verification</h2>"), "{page}");
            assert!(page.contains(r#"inputmode="numeric""#));
        }
        for (typed, why) in [("12345", "is 6 digits"), ("", "is 6 digits")] {
            let (status, page) = post(&api, form(email, Posted::Code, false, typed)).await;
            assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
            assert!(page.contains(why) && page.contains(r#"aria-invalid="true""#));
        }
        let right = shown_code(apps, &sub, jsonwebtoken::get_current_timestamp());
        let wrong = format!(
            "{:06}",
            (right.parse::<u32>().unwrap() + 500_000) % 1_000_000
        );
        let (status, page) = post(&api, form(email, Posted::Code, false, &wrong)).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(page.contains(r#"role="alert""#) && page.contains("not the one"));
        assert!(api.codes.0.lock().unwrap().is_empty(), "no code given");
        // A code posted as if from the address form is not taken either.
        let (status, _) = post(&api, form(email, Posted::Address, false, &right)).await;
        assert_eq!(status, StatusCode::OK);

        let right = shown_code(apps, &sub, jsonwebtoken::get_current_timestamp());
        let (status, location) = post(&api, form(email, Posted::Code, false, &right)).await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{location}");
        let claims = claims_of(&api, &location).await;
        assert_eq!(claims["amr"], "[pwd otp mfa]");
        assert_eq!(claims["sub"], sub);
    }

    #[tokio::test]
    async fn a_code_for_an_app_the_api_forgot_is_refused_with_the_address_form() {
        let api = Arc::new(LocalApi::without_aws(BASE));
        for step in [Posted::Code, Posted::SetUp] {
            let (status, page) = post(&api, form("ann@example.com", step, false, "123456")).await;
            assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
            assert!(page.contains("no longer knows") && page.contains(r#"id="email""#));
        }
        assert!(api.codes.0.lock().unwrap().is_empty());
    }
}
