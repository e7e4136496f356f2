//! Builds the API Gateway HTTP API (payload format 2.0) event for a request,
//! so handlers receive exactly what a deployed function would.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde_json::{Map, Value, json};
use std::collections::HashMap;

pub struct Incoming<'a> {
    pub method: &'a str,
    pub route_path: &'a str,
    pub raw_path: &'a str,
    pub raw_query: &'a str,
    /// Header names lower-cased, repeated values joined by commas.
    pub headers: Map<String, Value>,
    pub path_parameters: &'a [(&'static str, String)],
    pub claims: Option<HashMap<String, String>>,
    pub body: &'a [u8],
}

pub fn build(req: &Incoming<'_>) -> Value {
    let route_key = format!("{} {}", req.method, req.route_path);
    // API Gateway joins repeated query parameters with commas.
    let mut query: Map<String, Value> = Map::new();
    for (k, v) in form_urlencoded::parse(req.raw_query.as_bytes()) {
        match query.get_mut(k.as_ref()) {
            Some(Value::String(joined)) => {
                joined.push(',');
                joined.push_str(&v);
            }
            _ => {
                query.insert(k.into_owned(), Value::String(v.into_owned()));
            }
        }
    }
    let params: Map<String, Value> = req
        .path_parameters
        .iter()
        .map(|(k, v)| ((*k).to_owned(), Value::String(v.clone())))
        .collect();
    let (body, is_base64) = match std::str::from_utf8(req.body) {
        Ok(text) => (text.to_owned(), false),
        Err(_) => (STANDARD.encode(req.body), true),
    };
    let now = std::time::SystemTime::now();
    let epoch_ms = now
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64);
    let mut context = json!({
        "accountId": "000000000000",
        "apiId": "local",
        "domainName": "127.0.0.1",
        "domainPrefix": "local",
        "http": {
            "method": req.method,
            "path": req.raw_path,
            "protocol": "HTTP/1.1",
            "sourceIp": "127.0.0.1",
            "userAgent": req.headers.get("user-agent").cloned().unwrap_or(Value::from("")),
        },
        "requestId": uuid::Uuid::new_v4().to_string(),
        "routeKey": route_key,
        "stage": "$default",
        "time": humantime::format_rfc3339_seconds(now).to_string(),
        "timeEpoch": epoch_ms,
    });
    if let Some(claims) = &req.claims {
        context["authorizer"] = json!({ "jwt": { "claims": claims, "scopes": null } });
    }
    let mut event = json!({
        "version": "2.0",
        "routeKey": route_key,
        "rawPath": req.raw_path,
        "rawQueryString": req.raw_query,
        "headers": req.headers,
        "requestContext": context,
        "isBase64Encoded": is_base64,
    });
    if !query.is_empty() {
        event["queryStringParameters"] = Value::Object(query);
    }
    if !params.is_empty() {
        event["pathParameters"] = Value::Object(params);
    }
    if !req.body.is_empty() {
        event["body"] = Value::String(body);
    }
    event
}
