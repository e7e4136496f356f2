//! `POST /accounts` `{name, kind?}`: a new account owned by the caller; 201.

use shared::http::{self, Body, Fields, Request, Response};
use shared::ops::AccountView;
use shared::ops::accounts::{self, NewAccount};
use shared::store::records::AccountKind;
use shared::{Deps, Result};

/// Longest account name accepted, in characters.
const MAX_NAME: usize = 100;

pub async fn handle(deps: &Deps, req: Request) -> Response<Body> {
    http::respond(create(deps, &req).await, http::created)
}

async fn create(deps: &Deps, req: &Request) -> Result<AccountView> {
    let caller = http::caller(req)?;
    let new = Fields::of(req)?.parse(|f| {
        let name = f.text("name", MAX_NAME);
        let kind = match f.optional_string("kind").as_deref() {
            None | Some("standard") => Some(AccountKind::Standard),
            Some("partner") => Some(AccountKind::Partner),
            Some(_) => {
                f.refuse("kind", "must be standard or partner");
                None
            }
        };
        Some(NewAccount {
            name: name?,
            kind: kind?,
        })
    })?;
    accounts::create(deps, &caller, new).await
}
