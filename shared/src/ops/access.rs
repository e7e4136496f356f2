//! `POST /authorize`: "may I do X here?", asked by any signed-in caller
//! about itself, answered by the one rule (`domain::decide`) from one read
//! of its membership. The Lambda authorizer asks the same.

use super::Caller;
use crate::Deps;
use crate::domain::{ListId, Permission, Reason, Role, SecondFactor, decide};
use crate::error::Result;
use crate::store::records::MemberRecord;
use crate::time::as_rfc3339;
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
    /// What the caller should do soon, whatever the answer; left out when
    /// nothing.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub warning: Option<Warning>,
    #[serde(skip)]
    pub member: Option<MemberRecord>,
}

/// Something the caller must do before a date to keep its access.
#[derive(Debug, Serialize)]
pub struct Warning {
    /// `mfa_required_soon`: the account requires a second factor from
    /// `required_from`, and this sign-in used none.
    pub code: &'static str,
    #[serde(with = "as_rfc3339")]
    pub required_from: i64,
}

/// Answers `question` for the sign-in `sub`, which used a second factor
/// (`second_factor`) or not.
pub async fn ask(
    deps: &Deps,
    sub: &str,
    second_factor: bool,
    question: &Question,
) -> Result<Answer> {
    let member = deps.store.membership(sub, question.account_id).await?;
    let now = crate::time::now();
    super::last_active::seen(deps, sub, member.as_ref(), now);
    let grant = member.as_ref().map(|m| m.grant(now, second_factor));
    let reason = decide(
        grant.as_ref(),
        question.permission,
        question.list_id.as_ref(),
    );
    let in_grace = grant.is_some_and(|g| g.second_factor == SecondFactor::Grace);
    let warning = member
        .as_ref()
        .and_then(|m| m.mfa_from)
        .filter(|_| in_grace)
        .map(|required_from| Warning {
            code: "mfa_required_soon",
            required_from,
        });
    Ok(Answer {
        allowed: reason == Reason::Granted,
        reason,
        role: member.as_ref().map(|m| m.role),
        list_ids: member.as_ref().and_then(|m| m.list_ids.clone()),
        warning,
        member,
    })
}

/// `POST /authorize` for `caller`.
pub async fn authorize(deps: &Deps, caller: &Caller, question: &Question) -> Result<Answer> {
    ask(deps, &caller.sub, caller.second_factor, question).await
}
