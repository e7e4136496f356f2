//! `GET /_local/emails`: what SES was asked to send, read from moto's record
//! (kept whole by scripts/moto_server.py: both parts and the Reply-To). As
//! JSON for tests and scripts; for a browser (`Accept: text/html`), a page
//! listing them, each email opened as its reader would see it
//! (`/_local/emails/{id}`) or as plain text (`/_local/emails/{id}/text`).

use super::{LocalApi, local_problem};
use askama::Template;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use serde::Serialize;
use serde_json::{Value, json};
use std::sync::Arc;

/// Where our moto launcher (scripts/moto_server.py) lists SES's sent
/// messages, alone: moto's dashboard dumps all of its state.
const SENT_MAIL_PATH: &str = "/_roster/ses/messages";

/// An email's own page: its inline styles and nothing else, so nothing
/// from another origin (nor this one) is loaded, as a careful mail client
/// shows it.
const EMAIL_POLICY: &str = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; \
     form-action 'none'; frame-ancestors 'none'";

/// One email as SES was asked to send it.
#[derive(Serialize)]
struct Sent {
    id: String,
    /// The From header's value as sent (its display name in RFC 2047
    /// encoded words where it needs them) and that display name read back.
    from: String,
    from_name: Option<String>,
    reply_to: Vec<String>,
    to: Vec<String>,
    subject: String,
    text: String,
    html: String,
}

impl Sent {
    fn of(message: &Value) -> Sent {
        let strings = |v: &Value| -> Vec<String> {
            v.as_array()
                .into_iter()
                .flatten()
                .filter_map(|s| s.as_str().map(str::to_owned))
                .collect()
        };
        let text = |v: &Value| v.as_str().unwrap_or_default().to_owned();
        let from = text(&message["source"]);
        Sent {
            id: text(&message["id"]),
            from_name: display_name(&from),
            from,
            reply_to: strings(&message["reply_to"]),
            to: strings(&message["destinations"]["ToAddresses"]),
            subject: text(&message["subject"]),
            text: text(&message["text"]),
            html: text(&message["html"]),
        }
    }
}

/// The display name of the From header's value `from`, as a mail client
/// reads it.
fn display_name(from: &str) -> Option<String> {
    let header = format!("From: {from}\r\n\r\n");
    let message = mail_parser::MessageParser::default().parse(header.as_bytes())?;
    let name = message.from()?.first()?.name()?;
    Some(name.to_owned())
}

/// The emails SES was asked to send, oldest first.
async fn sent(api: &LocalApi) -> Result<Vec<Sent>, Response> {
    let unavailable = |detail| {
        local_problem(
            StatusCode::SERVICE_UNAVAILABLE,
            "no_local_ses",
            "No local SES",
            detail,
        )
    };
    let Some(moto) = &api.moto_url else {
        return Err(unavailable(
            "AWS_ENDPOINT_URL does not point at a moto server",
        ));
    };
    let data: Result<Value, reqwest::Error> = async {
        api.http
            .get(format!("{moto}{SENT_MAIL_PATH}"))
            .send()
            .await?
            .error_for_status()?
            .json()
            .await
    }
    .await;
    let data = data.map_err(|_| {
        unavailable("the moto server did not list its sent mail (is it scripts/moto_server.py?)")
    })?;
    Ok(data["messages"]
        .as_array()
        .into_iter()
        .flatten()
        .map(Sent::of)
        .collect())
}

#[derive(Template)]
#[template(path = "emails.html")]
struct Listing<'a> {
    emails: Vec<Row<'a>>,
}

struct Row<'a> {
    id: &'a str,
    subject: &'a str,
    to: String,
    from: String,
    reply_to: String,
}

/// `GET /_local/emails`: JSON `{emails}`, oldest first; a page, newest first,
/// for a browser.
pub async fn list(State(api): State<Arc<LocalApi>>, headers: HeaderMap) -> Response {
    let emails = match sent(&api).await {
        Ok(emails) => emails,
        Err(problem) => return problem,
    };
    let wants_page = headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|accept| accept.contains("text/html"));
    if !wants_page {
        return Json(json!({ "emails": emails })).into_response();
    }
    let rows = emails
        .iter()
        .rev()
        .map(|e| Row {
            id: &e.id,
            subject: &e.subject,
            to: e.to.join(", "),
            from: e.from_name.clone().unwrap_or_else(|| e.from.clone()),
            reply_to: e.reply_to.join(", "),
        })
        .collect();
    match (Listing { emails: rows }).render() {
        Ok(page) => super::pages::with_page_headers(Html(page).into_response()),
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

/// The email `id`, its HTML part (`as_text`: its plain-text part).
async fn one(api: &LocalApi, id: &str, as_text: bool) -> Response {
    let emails = match sent(api).await {
        Ok(emails) => emails,
        Err(problem) => return problem,
    };
    let Some(email) = emails.into_iter().find(|e| e.id == id) else {
        return local_problem(
            StatusCode::NOT_FOUND,
            "email_not_found",
            "No such email",
            "no email with this id was sent (moto keeps the newest 1000)",
        );
    };
    let mut res = if as_text {
        email.text.into_response()
    } else {
        Html(email.html).into_response()
    };
    let headers = res.headers_mut();
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(EMAIL_POLICY),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    res
}

/// `GET /_local/emails/{id}`: the email as its reader sees it.
pub async fn show(State(api): State<Arc<LocalApi>>, Path(id): Path<String>) -> Response {
    one(&api, &id, false).await
}

/// `GET /_local/emails/{id}/text`: its plain-text part.
pub async fn show_text(State(api): State<Arc<LocalApi>>, Path(id): Path<String>) -> Response {
    one(&api, &id, true).await
}
