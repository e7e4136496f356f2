//! The HTTP side shared by every function: who is calling (the JWT
//! authorizer's claims), path and query parameters, JSON bodies, and answers
//! as JSON or problem+json.

mod body;
mod problem;
pub mod requests;

pub use body::Fields;
pub use problem::{problem, problem_response};

use crate::domain::Email;
use crate::domain::settings::{amr_values, second_factor_shown};
use crate::error::Error;
use crate::ops::UserView;
use crate::ops::users::Target;
use crate::ops::{Caller, IfMatch};
use crate::{Config, Result};
use lambda_http::RequestExt;
pub use lambda_http::http::StatusCode;
use lambda_http::http::{HeaderValue, header};
pub use lambda_http::{Body, Request, Response};
use serde::Serialize;
use uuid::Uuid;

/// The largest request body accepted.
pub const MAX_BODY: usize = 64 * 1024;

/// The caller, from `requestContext.authorizer.jwt.claims` only: identity never
/// comes from a header or the body. Claim values are strings there (an
/// array claim such as `amr` too: `[pwd otp mfa]`).
pub fn caller(req: &Request, config: &Config) -> Result<Caller> {
    let claims = req
        .request_context_ref()
        .and_then(|ctx| ctx.authorizer())
        .and_then(|auth| auth.jwt.as_ref())
        .map(|jwt| &jwt.claims)
        .ok_or(Error::Unauthenticated)?;
    let sub = claims
        .get("sub")
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .ok_or(Error::Unauthenticated)?;
    crate::observe::record("sub", sub);
    Ok(Caller {
        sub: sub.to_owned(),
        email: claims.get("email").and_then(|e| Email::parse(e).ok()),
        email_verified: claims.get("email_verified").is_some_and(|v| v == "true"),
        second_factor: second_factor_shown(
            claims
                .get("amr")
                .map(|v| amr_values(v))
                .into_iter()
                .flatten(),
            config
                .mfa_claim
                .as_ref()
                .and_then(|name| claims.get(name))
                .map(String::as_str),
        ),
    })
}

fn path_param<'a>(req: &'a Request, name: &str) -> Option<&'a str> {
    req.path_parameters_ref().and_then(|p| p.first(name))
}

/// The path's account id; one that is not a UUID names no account.
pub fn account_id(req: &Request) -> Result<Uuid> {
    let id = path_param(req, "account_id")
        .and_then(|id| Uuid::try_parse(id).ok())
        .ok_or(Error::AccountNotFound)?;
    crate::observe::record("account_id", &id.to_string());
    Ok(id)
}

/// The path's user id, `None` when it cannot name a user.
pub fn user_id(req: &Request) -> Option<Uuid> {
    path_param(req, "user_id").and_then(|id| Uuid::try_parse(id).ok())
}

pub fn path_token(req: &Request) -> &str {
    path_param(req, "token").unwrap_or_default()
}

pub fn query<'a>(req: &'a Request, name: &str) -> Option<&'a str> {
    req.query_string_parameters_ref()
        .and_then(|q| q.first(name))
}

/// The request's path and query with `name` set to `value` (a value that
/// needs no escaping, such as a cursor), the rest of the query as sent.
pub fn with_query(req: &Request, name: &str, value: &str) -> String {
    let uri = req.uri();
    let mut pairs: Vec<&str> = uri
        .query()
        .unwrap_or_default()
        .split('&')
        .filter(|p| !p.is_empty() && p.split('=').next() != Some(name))
        .collect();
    let set = format!("{name}={value}");
    pairs.push(&set);
    format!("{}?{}", uri.path(), pairs.join("&"))
}

pub fn if_match(req: &Request) -> Option<IfMatch> {
    req.headers()
        .get(header::IF_MATCH)
        .map(|v| IfMatch::parse(v.to_str().unwrap_or_default()))
}

/// The user an owner's request is about, from its path and `If-Match`.
pub fn target(req: &Request) -> Result<Target> {
    Ok(Target {
        account_id: account_id(req)?,
        user_id: user_id(req),
        if_match: if_match(req),
    })
}

/// A JSON answer.
pub fn json<T: Serialize>(status: StatusCode, value: &T) -> Response<Body> {
    let body = serde_json::to_vec(value).expect("answers always serialize");
    let mut res = Response::new(Body::Binary(body));
    *res.status_mut() = status;
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    res
}

/// A user answer with its `ETag`, for `If-Match` on the next write.
fn with_etag(status: StatusCode, view: &UserView) -> Response<Body> {
    let mut res = json(status, view);
    if let Ok(tag) = HeaderValue::from_str(&view.etag) {
        res.headers_mut().insert(header::ETAG, tag);
    }
    res
}

/// A user, 200, with its `ETag`.
pub fn user(view: UserView) -> Response<Body> {
    with_etag(StatusCode::OK, &view)
}

/// A user just created, 201, with its `ETag`.
pub fn created_user(view: UserView) -> Response<Body> {
    with_etag(StatusCode::CREATED, &view)
}

pub fn ok<T: Serialize>(value: T) -> Response<Body> {
    json(StatusCode::OK, &value)
}

pub fn created<T: Serialize>(value: T) -> Response<Body> {
    json(StatusCode::CREATED, &value)
}

/// Whether the caller asks for CSV (`Accept: text/csv`).
pub fn wants_csv(req: &Request) -> bool {
    req.headers()
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.to_ascii_lowercase().contains("text/csv"))
}

/// A CSV download named `filename`; `next`, the link to the rest, if any.
pub fn csv(body: Vec<u8>, filename: &str, next: Option<String>) -> Response<Body> {
    let mut res = Response::new(Body::Binary(body));
    let headers = res.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/csv; charset=utf-8; header=present"),
    );
    let disposition = format!("attachment; filename=\"{filename}\"");
    if let Ok(value) = HeaderValue::from_str(&disposition) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    if let Some(value) =
        next.and_then(|n| HeaderValue::from_str(&format!("<{n}>; rel=\"next\"")).ok())
    {
        headers.insert(header::LINK, value);
    }
    res
}

pub fn no_content() -> Response<Body> {
    let mut res = Response::new(Body::Empty);
    *res.status_mut() = StatusCode::NO_CONTENT;
    res
}

/// Turns an operation's outcome into the answer: its success shape, or the
/// problem+json of its error.
pub fn respond<T>(outcome: Result<T>, ok: impl FnOnce(T) -> Response<Body>) -> Response<Body> {
    match outcome {
        Ok(value) => {
            crate::observe::record("outcome", "ok");
            ok(value)
        }
        Err(err) => problem_response(&err),
    }
}
