//! `GET /invitations/{token}`: what an invitation offers, for anyone holding
//! the link. It only reads: mail scanners open links.

use shared::http::{self, Body, Request, Response};
use shared::{Deps, ops::invitations};

pub async fn handle(deps: &Deps, req: Request) -> Response<Body> {
    http::respond(
        invitations::preview(deps, http::path_token(&req)).await,
        http::ok,
    )
}
