//! `GET /roles`: every role with what it grants and whether an owner may give
//! it, and every permission with whether it is list-scoped. Open, the same
//! for everyone and made from the code alone (no AWS request), so any cache
//! may keep it.

use lambda_http::http::{HeaderValue, header};
use shared::http::{self, Body, Request, Response};
use shared::{Deps, ops::roles};

/// Only a deployment changes the answer; an hour old is recent enough.
const CACHE_CONTROL: &str = "public, max-age=3600";

pub async fn handle(_deps: &Deps, _req: Request) -> Response<Body> {
    http::respond(Ok(roles::catalog()), |catalog| {
        let mut res = http::ok(catalog);
        res.headers_mut().insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static(CACHE_CONTROL),
        );
        res
    })
}
