//! `POST /authorize`: "may I do X here?", asked by any signed-in caller
//! about itself, answered by the one rule (`domain::decide`) from one read
//! of its membership. The Lambda authorizer asks the same.

use super::Caller;
use crate::Deps;
use crate::domain::{ListId, Permission, Reason, Role, decide};
use crate::error::Result;
use crate::store::records::MemberRecord;
use serde::Serialize;
use uuid::Uuid;

pub struct Question {
    pub account_id: Uuid,
    pub permission: Permission,
    pub list_id: Option<ListId>,
}

#[derive(Debug, Serialize)]
pub struct Answer {
    pub allowed: bool,
    pub reason: Reason,
    /// The caller's role there; `null` when it is not a user of the account.
    pub role: Option<Role>,
    /// The lists it is limited to; `null`: every list (or not a user).
    pub list_ids: Option<Vec<ListId>>,
    #[serde(skip)]
    pub member: Option<MemberRecord>,
}

/// Answers `question` for the sign-in `sub`.
pub async fn ask(deps: &Deps, sub: &str, question: &Question) -> Result<Answer> {
    let member = deps.store.membership(sub, question.account_id).await?;
    let now = crate::time::now();
    let grant = member.as_ref().map(|m| m.grant(now));
    let reason = decide(
        grant.as_ref(),
        question.permission,
        question.list_id.as_ref(),
    );
    Ok(Answer {
        allowed: reason == Reason::Granted,
        reason,
        role: member.as_ref().map(|m| m.role),
        list_ids: member.as_ref().and_then(|m| m.list_ids.clone()),
        member,
    })
}

/// `POST /authorize` for `caller`.
pub async fn authorize(deps: &Deps, caller: &Caller, question: &Question) -> Result<Answer> {
    ask(deps, &caller.sub, question).await
}
