//! Partner access: a partner agency asks a client account for managed access;
//! the client's owner enables it for one partner (or none); while enabled, a
//! member of that partner with `partner:tools` creates its own user in the
//! client account. Turning it off (or to another partner) deactivates every
//! user the old partner created, in the same operation.

use super::accounts::user_id;
use super::users::{put_bound_user, take_seat, user_audit};
use super::{Caller, UserView, authorize};
use crate::Deps;
use crate::domain::{Permission, Role, Status};
use crate::error::{Error, Result};
use crate::store::records::{
    AccountKind, AccountRecord, AuditRecord, MemberRecord, PartnerRef, PartnerRequestRecord,
    UserRecord,
};
use crate::store::{Expect, Partition, Reads, Write, retrying};
use crate::time::{as_rfc3339, now};
use serde::Serialize;
use uuid::Uuid;

/// How long a request stays open without an answer.
const REQUEST_LIFETIME_SECS: i64 = 30 * 24 * 3600;
/// Users deactivated per transaction when a partner's access ends (each takes
/// three writes; a transaction holds at most 100).
const DEACTIVATIONS_PER_WRITE: usize = 30;

#[derive(Debug, Serialize)]
pub struct RequestView {
    pub client_account_id: Uuid,
    pub partner_account_id: Uuid,
    pub partner_name: String,
    pub requested_by: Option<crate::domain::Email>,
    #[serde(with = "as_rfc3339")]
    pub requested_at: i64,
}

impl RequestView {
    fn of(request: &PartnerRequestRecord) -> RequestView {
        RequestView {
            client_account_id: request.client_account_id,
            partner_account_id: request.partner.account_id,
            partner_name: request.partner.name.clone(),
            requested_by: request.requested_by.email.clone(),
            requested_at: request.requested_at,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct PartnerView {
    pub account_id: Uuid,
    pub name: String,
}

#[derive(Debug, Serialize)]
pub struct AccessView {
    pub enabled: bool,
    pub partner: Option<PartnerView>,
    /// Open requests, oldest first; the enabled partner's is not among them.
    pub requests: Vec<RequestView>,
}

/// The caller's membership of the partner account it acts for, which must
/// be a `partner` account in which it has `partner:tools`.
fn acting_partner(
    member: Option<&MemberRecord>,
    client_id: Uuid,
    partner_id: Uuid,
) -> Result<&MemberRecord> {
    if partner_id == client_id {
        return Err(Error::invalid(
            "invalid_field",
            "partner_account_id",
            "an account cannot be its own partner",
        ));
    }
    // Not being a user of the partner account is "forbidden" here, not "not
    // found": the path names the client account, which is not in question.
    let member = member.ok_or(Error::Forbidden)?;
    authorize(Some(member), Some(Permission::PartnerTools))?;
    if member.account_kind != AccountKind::Partner {
        return Err(Error::invalid(
            "invalid_field",
            "partner_account_id",
            "is not a partner account",
        ));
    }
    Ok(member)
}

/// `POST .../partner-access/requests`: asks again refreshes the request.
pub async fn request(
    deps: &Deps,
    caller: &Caller,
    client_id: Uuid,
    partner_id: Uuid,
) -> Result<RequestView> {
    retrying(|| async {
        let now = now();
        let snapshot = deps
            .store
            .load(Reads {
                account: Some(client_id),
                member: Some((&caller.sub, partner_id)),
                ..Reads::default()
            })
            .await?;
        let member = acting_partner(snapshot.member.as_ref(), client_id, partner_id)?;
        snapshot.account.ok_or(Error::AccountNotFound)?;
        let request = PartnerRequestRecord {
            client_account_id: client_id,
            partner: PartnerRef {
                account_id: partner_id,
                name: member.account_name.clone(),
            },
            requested_by: caller.actor(),
            requested_at: now,
            ttl: now + REQUEST_LIFETIME_SECS,
        };
        let view = RequestView::of(&request);
        let writes = vec![
            Write::PutPartnerRequest(request),
            Write::Audit(AuditRecord::new(
                client_id,
                "partner_access.requested",
                &caller.actor(),
                None,
                None,
                None,
                now,
            )),
        ];
        Ok(deps.store.commit(writes).await?.then_some(view))
    })
    .await
}

/// What partner access shows: the enabled partner, and the open requests of
/// the others, oldest first.
fn access_view(
    partner: Option<PartnerRef>,
    requests: &[PartnerRequestRecord],
    now: i64,
) -> AccessView {
    let enabled_id = partner.as_ref().map(|p| p.account_id);
    let mut requests: Vec<RequestView> = requests
        .iter()
        // TTL removes lapsed requests some day; until then they are ignored.
        .filter(|r| r.ttl > now && Some(r.partner.account_id) != enabled_id)
        .map(RequestView::of)
        .collect();
    requests.sort_by_key(|r| r.requested_at);
    AccessView {
        enabled: partner.is_some(),
        partner: partner.map(|p| PartnerView {
            account_id: p.account_id,
            name: p.name,
        }),
        requests,
    }
}

/// The client account's partition, read in one query, once the caller is
/// known as its owner from its own user there. (The owner never changes, so
/// no write needs to check it again.)
async fn owned_client(
    deps: &Deps,
    caller: &Caller,
    client_id: Uuid,
) -> Result<(AccountRecord, Partition)> {
    let mut partition = deps.store.account_partition(client_id).await?;
    let me = partition
        .users
        .iter()
        .find(|u| u.sub.as_deref() == Some(caller.sub.as_str()))
        .map(MemberRecord::of);
    authorize(me.as_ref(), Some(Permission::AccountEdit))?;
    let account = partition.account.take().ok_or(Error::AccountNotFound)?;
    Ok((account, partition))
}

/// `GET .../partner-access`: owner only.
pub async fn get(deps: &Deps, caller: &Caller, client_id: Uuid) -> Result<AccessView> {
    let (account, partition) = owned_client(deps, caller, client_id).await?;
    Ok(access_view(account.partner, &partition.requests, now()))
}

/// `PUT .../partner-access`: on for `partner` (which must have asked), or off.
pub async fn set(
    deps: &Deps,
    caller: &Caller,
    client_id: Uuid,
    partner: Option<Uuid>,
) -> Result<AccessView> {
    retrying(|| async {
        let now = now();
        let (account, partition) = owned_client(deps, caller, client_id).await?;
        let current = account.partner.as_ref().map(|p| p.account_id);
        if current == partner {
            return Ok(Some(access_view(account.partner, &partition.requests, now)));
        }
        let to = match partner {
            None => None,
            Some(id) => {
                let request = partition
                    .requests
                    .iter()
                    .find(|r| r.partner.account_id == id && r.ttl > now)
                    .ok_or(Error::PartnerRequestMissing)?;
                Some(PartnerRef {
                    account_id: id,
                    name: request.partner.name.clone(),
                })
            }
        };
        // The old partner's active users lose access in the same operation.
        let leaving: Vec<UserRecord> = partition
            .users
            .into_iter()
            .filter(|u| {
                current.is_some_and(|old| u.partner_account_id == Some(old))
                    && u.status == Status::Active
            })
            .collect();
        let mut chunks: Vec<&[UserRecord]> = leaving.chunks(DEACTIVATIONS_PER_WRITE).collect();
        let last = chunks.pop().unwrap_or(&[]);
        // More than one transaction's worth: the earlier chunks go first; the
        // last one switches the partner.
        for chunk in chunks {
            let mut writes = deactivations(chunk, caller, now);
            writes.push(Write::Seats {
                account_id: client_id,
                change: crate::store::SeatChange {
                    delta: -(chunk.len() as i64),
                    ..Default::default()
                },
            });
            if !deps.store.commit(writes).await? {
                return Ok(None);
            }
        }
        let mut writes = deactivations(last, caller, now);
        writes.push(Write::SetPartner {
            account_id: client_id,
            from: current,
            to: to.clone(),
            seats_freed: last.len() as u32,
        });
        if let Some(p) = &to {
            // The request is answered: it leaves the list of open ones.
            writes.push(Write::DeletePartnerRequest {
                client_id,
                partner_id: p.account_id,
            });
        }
        let action = if to.is_some() {
            "partner_access.enabled"
        } else {
            "partner_access.disabled"
        };
        writes.push(Write::Audit(AuditRecord::new(
            client_id,
            action,
            &caller.actor(),
            None,
            None,
            None,
            now,
        )));
        let committed = deps.store.commit(writes).await?;
        Ok(committed.then(|| access_view(to, &partition.requests, now)))
    })
    .await
}

/// Deactivates partner-created users, mirrored in their memberships.
fn deactivations(users: &[UserRecord], caller: &Caller, now: i64) -> Vec<Write> {
    let mut writes = Vec::new();
    for user in users {
        let next = user.next(now, |u| u.status = Status::Deactivated);
        writes.extend(put_bound_user(user, &next));
        writes.push(Write::Audit(user_audit(
            caller,
            "user.deactivated",
            user,
            Some(&next),
            now,
        )));
    }
    writes
}

/// `POST .../partner-access/users`: the caller's own user in the client
/// account, as an active Account Manager marked with the partner's id.
pub async fn create_user(
    deps: &Deps,
    caller: &Caller,
    client_id: Uuid,
    partner_id: Uuid,
) -> Result<UserView> {
    let email = caller.verified_email().cloned().ok_or_else(|| {
        Error::invalid(
            "invalid_email",
            "email",
            "your sign-in needs a verified email address to become a user",
        )
    })?;
    let id = user_id(client_id, &email);
    retrying(|| async {
        let now = now();
        let snapshot = deps
            .store
            .load(Reads {
                account: Some(client_id),
                member: Some((&caller.sub, partner_id)),
                user: Some((client_id, id)),
                other_member: Some((&caller.sub, client_id)),
            })
            .await?;
        acting_partner(snapshot.member.as_ref(), client_id, partner_id)?;
        let account = snapshot.account.ok_or(Error::AccountNotFound)?;
        if account.partner.as_ref().map(|p| p.account_id) != Some(partner_id) {
            return Err(Error::PartnerAccessDisabled);
        }
        // One user per partner sign-in, and never over an existing user.
        if snapshot.other_member.is_some() {
            return Err(Error::AlreadyMember);
        }
        if snapshot.user.is_some() {
            return Err(Error::UserExists);
        }
        let user = UserRecord {
            id,
            account_id: client_id,
            email: email.clone(),
            role: Role::AccountManager,
            status: Status::Active,
            invited_by: None,
            invited_at: None,
            expires_at: None,
            accepted_at: Some(now),
            updated_at: now,
            version: 1,
            partner_account_id: Some(partner_id),
            sub: Some(caller.sub.clone()),
            token_hash: None,
            account_name: account.name.clone(),
            account_kind: account.kind,
        };
        let (mut seats, mut writes) = take_seat(&account, id, now)?;
        seats.require_partner = Some(partner_id);
        writes.push(Write::Seats {
            account_id: client_id,
            change: seats,
        });
        writes.push(Write::PutUser {
            user: user.clone(),
            expect: Expect::Absent,
        });
        writes.push(Write::PutMember {
            sub: caller.sub.clone(),
            member: MemberRecord::of(&user),
            expect: Expect::Absent,
        });
        writes.push(Write::Audit(AuditRecord::new(
            client_id,
            "partner_user.created",
            &caller.actor(),
            Some((id, &email)),
            None,
            Some(user.standing(now)),
            now,
        )));
        let committed = deps.store.commit(writes).await?;
        Ok(committed.then(|| UserView::of(&user, now)))
    })
    .await
}
