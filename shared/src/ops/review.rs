//! `GET /accounts/{account_id}/access`: the owner's access review. Every
//! user of the account with, for each permission (or the one asked about),
//! whether they hold it, the lists a list-scoped one reaches, and the
//! reason when they do not: the one rule `/authorize` answers by
//! (`domain::decide`), from the account's partition read in one query.
//! A user is reviewed as signed in with a second factor: what they hold
//! when they sign in as the account asks. With `Accept: text/csv`, the same
//! review as a sheet, a row per user.

use super::Caller;
use super::reads::owned;
use super::sheet::Sheet;
use crate::Deps;
use crate::domain::{
    Email, ListId, Permission, Reason, Role, Status, UserRecord, decide, wire_name,
};
use crate::error::Result;
use crate::store::records::MemberRecord;
use crate::time::{as_rfc3339, now, rfc3339};
use serde::Serialize;
use uuid::Uuid;

/// `?permission=&list_id=`: one permission, on one list, or all of them.
#[derive(Debug, Default)]
pub struct ReviewQuery {
    pub permission: Option<Permission>,
    pub list_id: Option<ListId>,
}

#[derive(Debug, Serialize)]
pub struct Review {
    pub users: Vec<Reviewed>,
}

#[derive(Debug, Serialize)]
pub struct Reviewed {
    pub user_id: Uuid,
    pub email: Email,
    pub role: Role,
    pub status: Status,
    /// When it last used the account; `null`: never.
    #[serde(with = "as_rfc3339::option")]
    pub last_active_at: Option<i64>,
    pub permissions: Vec<Held>,
}

#[derive(Debug, Serialize)]
pub struct Held {
    pub permission: Permission,
    pub allowed: bool,
    pub reason: Reason,
    /// The lists a list-scoped permission reaches, held or held only on
    /// lists the question did not name (`list_not_in_scope`); `null`: every
    /// list, or not held at all, or not list-scoped.
    pub list_ids: Option<Vec<ListId>>,
}

impl Held {
    /// In a sheet's cell: the reason, then any lists it reaches after `: `
    /// (`granted: newsletter vip`); list ids hold no space.
    fn cell(&self) -> String {
        let reason = wire_name(self.reason);
        match &self.list_ids {
            Some(lists) => {
                let lists: Vec<&str> = lists.iter().map(ListId::as_str).collect();
                format!("{reason}: {}", lists.join(" "))
            }
            None => reason,
        }
    }
}

impl Review {
    /// The review as a sheet: a row per user, with a column per permission
    /// asked about (`query`'s, or every one).
    pub fn csv(&self, query: &ReviewQuery) -> Result<Vec<u8>> {
        let mut columns = vec!["user_id", "email", "role", "status", "last_active_at"];
        columns.extend(asked(query).into_iter().map(Permission::as_str));
        let mut sheet = Sheet::new(&columns)?;
        for user in &self.users {
            let mut row = vec![
                user.user_id.to_string(),
                user.email.as_str().to_owned(),
                user.role.as_str().to_owned(),
                user.status.as_str().to_owned(),
                user.last_active_at.map(rfc3339).unwrap_or_default(),
            ];
            row.extend(user.permissions.iter().map(Held::cell));
            sheet.row(&row)?;
        }
        sheet.into_bytes()
    }
}

/// The permissions a review answers about: the one asked, or every one.
fn asked(query: &ReviewQuery) -> Vec<Permission> {
    match query.permission {
        Some(p) => vec![p],
        None => Permission::ALL.to_vec(),
    }
}

pub async fn review(
    deps: &Deps,
    caller: &Caller,
    account_id: Uuid,
    query: &ReviewQuery,
) -> Result<Review> {
    let partition = deps.store.account_partition(account_id).await?;
    let at = now();
    owned(caller, &partition, at)?;
    let mut users: Vec<Reviewed> = partition
        .users
        .iter()
        .map(|user| reviewed(user, query, at))
        .collect();
    users.sort_by(|a, b| a.email.as_str().cmp(b.email.as_str()));
    Ok(Review { users })
}

/// What `user` holds at `now`. A user not bound to a sign-in (an invitation
/// not accepted) is no member yet.
fn reviewed(user: &UserRecord, query: &ReviewQuery, now: i64) -> Reviewed {
    let member = user.sub.as_ref().map(|_| MemberRecord::of(user));
    let grant = member.as_ref().map(|m| m.grant(now, true));
    Reviewed {
        user_id: user.id,
        email: user.email.clone(),
        role: user.role,
        status: user.status_at(now),
        last_active_at: user.last_active_at,
        permissions: asked(query)
            .into_iter()
            .map(|permission| {
                let reason = decide(grant.as_ref(), permission, query.list_id.as_ref());
                let allowed = reason == Reason::Granted;
                // Held on some lists, asked about none or another: which
                // lists it does reach is the answer an owner needs.
                let reaches = allowed || reason == Reason::ListNotInScope;
                Held {
                    permission,
                    allowed,
                    reason,
                    list_ids: user
                        .list_ids
                        .clone()
                        .filter(|_| reaches && permission.is_list_scoped()),
                }
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Limits;
    use crate::store::records::sample;

    #[test]
    fn a_review_gives_the_reasons_of_authorize() {
        let mut sue = sample::user(Status::Active);
        sue.bind("sue", 0);
        let vip = ListId::parse("vip").unwrap();
        sue.role = Role::AccountManager;
        sue.set_limits(
            Limits::new(
                Role::AccountManager,
                Some(vec![vip.clone()]),
                vec![Permission::ContactsExport],
            )
            .unwrap(),
        );
        let all = reviewed(&sue, &ReviewQuery::default(), 10);
        let of = |p: Permission| all.permissions.iter().find(|h| h.permission == p).unwrap();
        assert_eq!(of(Permission::CampaignsEdit).reason, Reason::Granted);
        assert_eq!(of(Permission::ContactsExport).reason, Reason::Withheld);
        assert_eq!(of(Permission::BillingManage).reason, Reason::NotInRole);
        // Without a list named, a list-limited user holds no list-scoped
        // one, and the review says on which lists it would.
        assert_eq!(of(Permission::ListsEdit).reason, Reason::ListNotInScope);
        assert_eq!(of(Permission::ListsEdit).list_ids, Some(vec![vip.clone()]));
        assert_eq!(of(Permission::ListsEdit).cell(), "list_not_in_scope: vip");
        assert_eq!(of(Permission::ContactsExport).list_ids, None);
        assert_eq!(of(Permission::ContactsExport).cell(), "withheld");
        let on_vip = ReviewQuery {
            permission: Some(Permission::ListsEdit),
            list_id: Some(vip.clone()),
        };
        let one = reviewed(&sue, &on_vip, 10);
        assert_eq!(one.permissions.len(), 1);
        assert!(one.permissions[0].allowed);
        assert_eq!(one.permissions[0].list_ids, Some(vec![vip]));
        let pending = sample::user(Status::Pending);
        let not_yet = reviewed(&pending, &ReviewQuery::default(), 10);
        assert!(
            not_yet
                .permissions
                .iter()
                .all(|h| h.reason == Reason::NotAMember)
        );
    }
}
