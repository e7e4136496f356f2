//! `POST /accounts/{account_id}/users` `{email, role, replace_pending?}`:
//! invites an address; answers 201 `{user, invite_url, email}`.

use shared::http::{self, Body, Fields, Request, Response};
use shared::ops::users::{self, Issued, NewInvitation};
use shared::{Deps, Result};

pub async fn handle(deps: &Deps, req: Request) -> Response<Body> {
    http::respond(invite(deps, &req).await, http::created)
}

async fn invite(deps: &Deps, req: &Request) -> Result<Issued> {
    let caller = http::caller(req)?;
    let account_id = http::account_id(req)?;
    let new = Fields::of(req)?.parse(|f| {
        let email = f.email("email");
        let role = f.role("role");
        let replace_pending = f.optional_bool("replace_pending").unwrap_or(false);
        Some(NewInvitation {
            email: email?,
            role: role?,
            replace_pending,
        })
    })?;
    users::invite(deps, &caller, account_id, new).await
}
