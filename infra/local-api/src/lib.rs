//! The local API: every route of the contract at `LOCAL_API_ADDR`, each
//! request turned into an API Gateway payload 2.0 event and handed to the
//! same handler the function's Lambda binary runs. It stands in for the JWT
//! authorizer and for Cognito (an identity provider of its own: RS256
//! tokens, their JWKS, a sign-in page with the authorization code + PKCE
//! flow), serves the web pages under `/app/`, and adds local-only routes:
//! `POST /_local/tokens`, `GET /_local/emails` (and each email's page),
//! `POST /_local/sweep` and
//! `POST /_local/ses-events`.

pub mod event;
pub mod jwt;
mod mailbox;
pub mod pages;
pub mod routes;
pub mod signin;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Deserialize;
use serde_json::{Map, Value, json};
use shared::Deps;
use shared::http::problem;
use std::sync::Arc;
use tokio::net::TcpListener;

/// API Gateway's own payload limit; the handlers refuse anything over 64 KiB.
const GATEWAY_BODY_LIMIT: usize = 10 * 1024 * 1024;

pub struct LocalApi {
    pub deps: Deps,
    /// Signs and verifies the local tokens, with this API's base URL as issuer.
    pub signer: Arc<jwt::Signer>,
    /// Sign-in codes not yet traded for tokens.
    codes: signin::Codes,
    /// The sign-ins' authenticator apps, per `sub`.
    authenticators: signin::Authenticators,
    /// Base URL of the moto server, whose record of sent mail `/_local/emails` reads.
    pub moto_url: Option<String>,
    /// The web pages' files, served under `/app/`.
    pub web_dir: std::path::PathBuf,
    http: reqwest::Client,
}

impl LocalApi {
    /// An API at `base_url` with no AWS service behind it, its pages under
    /// `{base_url}/app`: for tests of what it answers before any AWS request
    /// (the sign-in, the pages, its log lines).
    pub fn without_aws(base_url: &str) -> LocalApi {
        let config = shared::Config::from_lookup(|name| {
            Some(match name {
                "TABLE_NAME" => "unused".into(),
                "INVITE_FROM_ADDRESS" => "invitations@roster.test".into(),
                "APP_BASE_URL" => format!("{base_url}/app"),
                _ => return None,
            })
        })
        .expect("the configuration is complete");
        let sdk = aws_config::SdkConfig::builder()
            .behavior_version(aws_config::BehaviorVersion::latest())
            .region(aws_config::Region::new("us-east-1"))
            .build();
        LocalApi::new(Deps::new(config, &sdk), base_url, None)
    }

    /// An API whose base URL (the issuer of its tokens) is `base_url`, with a
    /// signing key of its own, serving the repository's `web/`.
    pub fn new(deps: Deps, base_url: &str, moto_url: Option<String>) -> LocalApi {
        LocalApi {
            deps,
            signer: Arc::new(jwt::Signer::generate(base_url)),
            codes: signin::Codes::default(),
            authenticators: signin::Authenticators::default(),
            moto_url: moto_url.map(|u| u.trim_end_matches('/').to_owned()),
            web_dir: pages::default_dir(),
            http: reqwest::Client::new(),
        }
    }

    /// The same API signing in with `signer`: another API's identity
    /// provider, as the functions of one stack share one user pool.
    pub fn with_signer(self, signer: Arc<jwt::Signer>) -> LocalApi {
        LocalApi { signer, ..self }
    }

    /// Creates the table and lets SES send from the configured address, as the
    /// deployment does for real (a no-op when both exist).
    pub async fn prepare(
        &self,
        sdk: &aws_config::SdkConfig,
    ) -> Result<(), Box<dyn std::error::Error>> {
        shared::store::table::ensure(self.deps.store.client(), self.deps.store.table()).await?;
        let ses = aws_sdk_sesv2::Client::new(sdk);
        let created = ses
            .create_email_identity()
            .email_identity(&self.deps.config.invite_from_address)
            .send()
            .await;
        match created {
            Err(e)
                if !e
                    .as_service_error()
                    .is_some_and(|s| s.is_already_exists_exception()) =>
            {
                Err(e.into())
            }
            _ => Ok(()),
        }
    }
}

pub fn router(api: Arc<LocalApi>) -> Router {
    Router::new()
        .route("/_local/tokens", post(issue_token))
        .route("/_local/emails", get(mailbox::list))
        .route("/_local/emails/{id}", get(mailbox::show))
        .route("/_local/emails/{id}/text", get(mailbox::show_text))
        .route("/_local/sweep", post(run_sweep))
        .route("/_local/ses-events", post(record_ses_event))
        .route("/_local/jwks.json", get(signin::jwks))
        .route("/.well-known/jwks.json", get(signin::jwks))
        .route("/.well-known/openid-configuration", get(signin::discovery))
        .route(
            signin::AUTHORIZE_PATH,
            get(signin::authorize).post(signin::sign_in),
        )
        .route(signin::TOKEN_PATH, post(signin::token))
        .route(signin::LOGOUT_PATH, get(signin::logout))
        .merge(pages::router(&api.web_dir))
        .fallback(dispatch)
        .layer(DefaultBodyLimit::max(GATEWAY_BODY_LIMIT))
        .with_state(api)
}

pub async fn serve(listener: TcpListener, api: Arc<LocalApi>) -> std::io::Result<()> {
    axum::serve(listener, router(api)).await
}

fn to_axum(res: shared::http::Response<shared::http::Body>) -> Response {
    let (parts, body) = res.into_parts();
    Response::from_parts(parts, axum::body::Body::from(body.as_ref().to_vec()))
}

fn local_problem(status: StatusCode, code: &str, title: &str, detail: &str) -> Response {
    to_axum(problem(status, code, title, detail, &[]))
}

/// The longest URL API Gateway takes (its request line limit); longer ones
/// get a problem here rather than an empty answer from the HTTP server.
const MAX_URL: usize = 8 * 1024;

async fn dispatch(
    State(api): State<Arc<LocalApi>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let path = uri.path();
    if uri.to_string().len() > MAX_URL {
        return local_problem(
            StatusCode::URI_TOO_LONG,
            "uri_too_long",
            "URL too long",
            &format!("URLs are at most {MAX_URL} bytes"),
        );
    }
    // HEAD is GET without the body (axum drops it); OPTIONS says what is allowed.
    let routed = if method == Method::HEAD {
        Method::GET
    } else {
        method.clone()
    };
    let (route, params) = match routes::find(routed.as_str(), path) {
        routes::Found::Route(route, params) => (route, params),
        routes::Found::MethodNotAllowed(allowed) if method == Method::OPTIONS => {
            return (StatusCode::NO_CONTENT, [(header::ALLOW, allow(&allowed))]).into_response();
        }
        routes::Found::MethodNotAllowed(allowed) => {
            let mut res = local_problem(
                StatusCode::METHOD_NOT_ALLOWED,
                "method_not_allowed",
                "Method not allowed",
                &format!("{method} is not a method of {path}"),
            );
            res.headers_mut().insert(header::ALLOW, allow(&allowed));
            return res;
        }
        routes::Found::NotFound => {
            return local_problem(
                StatusCode::NOT_FOUND,
                "not_found",
                "Not found",
                &format!("no route {path}"),
            );
        }
    };
    let mut header_map = Map::new();
    for name in headers.keys() {
        let values: Vec<&str> = headers
            .get_all(name)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .collect();
        header_map.insert(name.as_str().to_owned(), Value::String(values.join(",")));
    }
    // Like API Gateway's authorizer, an invalid token passes no claims; the
    // handler then answers 401 itself, as problem+json.
    let claims = route.signed_in.then(|| {
        let authorization = headers.get("authorization").and_then(|v| v.to_str().ok());
        api.signer.verify(authorization)
    });
    let event = event::build(&event::Incoming {
        method: routed.as_str(),
        route_path: route.path,
        raw_path: path,
        raw_query: uri.query().unwrap_or_default(),
        headers: header_map,
        path_parameters: &params,
        claims: claims.flatten(),
        body: &body,
    });
    match lambda_http::request::from_str(&event.to_string()) {
        Ok(request) => {
            to_axum(shared::lambda::invoke(route.function, route.handler, &api.deps, request).await)
        }
        Err(e) => local_problem(
            StatusCode::BAD_REQUEST,
            "bad_request",
            "Bad request",
            &format!("the request cannot be carried in an API Gateway event: {e}"),
        ),
    }
}

/// An `Allow` header's value: the methods a path has (GET brings HEAD).
fn allow(methods: &[&str]) -> HeaderValue {
    let mut all: Vec<&str> = methods.to_vec();
    if all.contains(&"GET") {
        all.push("HEAD");
    }
    all.push("OPTIONS");
    HeaderValue::from_str(&all.join(", ")).expect("method names are header text")
}

/// `POST /_local/sweep`: runs the expiry sweep now, as its schedule would,
/// through the same handler as the `expire-invitations` function.
async fn run_sweep(State(api): State<Arc<LocalApi>>) -> Response {
    match expire_invitations::handle(&api.deps).await {
        Ok(report) => axum::Json(report).into_response(),
        Err(e) => local_problem(
            StatusCode::SERVICE_UNAVAILABLE,
            "unavailable",
            "Sweep failed",
            &e.to_string(),
        ),
    }
}

/// `POST /_local/ses-events`: records an SES event (EventBridge's JSON, as
/// in functions/record-delivery/events/) as its rule would deployed: moto
/// publishes none, so this is how a bounce reaches the pages locally.
async fn record_ses_event(
    State(api): State<Arc<LocalApi>>,
    axum::Json(event): axum::Json<serde_json::Value>,
) -> Response {
    match record_delivery::handle(&api.deps, event).await {
        Ok(report) => axum::Json(report).into_response(),
        Err(e) => local_problem(
            StatusCode::SERVICE_UNAVAILABLE,
            "unavailable",
            "Recording the event failed",
            &e.to_string(),
        ),
    }
}

#[derive(Deserialize)]
struct TokenRequest {
    sub: String,
    email: String,
    #[serde(default = "verified")]
    email_verified: bool,
    /// RFC 8176 values, so a test can stand for a sign-in with a second
    /// factor (the sign-in page sets them only after a real code).
    #[serde(default)]
    amr: Vec<String>,
}

fn verified() -> bool {
    true
}

/// `POST /_local/tokens` `{sub, email, email_verified?, amr?}` -> `{token}`: an ID
/// token as the sign-in page would give, without the page.
async fn issue_token(State(api): State<Arc<LocalApi>>, body: Bytes) -> Response {
    match serde_json::from_slice::<TokenRequest>(&body) {
        Ok(req) if !req.sub.trim().is_empty() => {
            let token = api.signer.id_token(&jwt::Identity {
                sub: &req.sub,
                email: &req.email,
                email_verified: req.email_verified,
                amr: &req.amr,
            });
            axum::Json(json!({ "token": token })).into_response()
        }
        _ => local_problem(
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_field",
            "Invalid request",
            "send {\"sub\": \"...\", \"email\": \"...\"} (email_verified defaults to true)",
        ),
    }
}
