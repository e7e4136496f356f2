//! The writes an operation commits together, in one `TransactWriteItems`.
//! Each carries the condition that makes it safe without a lock: the version
//! that was read, the absence of an item, or a free seat.

use super::keys::{EXPIRES_AT, Item, Key, PENDING_SHARD, pending_shard};
use super::records::{
    AccountRecord, AuditRecord, MemberRecord, PartnerRef, PartnerRequestRecord, PendingSeat,
    UserRecord,
};
use crate::domain::Status;
use aws_sdk_dynamodb::types::{
    AttributeValue, Delete, Put, ReturnValuesOnConditionCheckFailure, TransactWriteItem, Update,
};
use std::collections::HashMap;
use uuid::Uuid;

/// What must hold of an item for the write to go through.
#[derive(Clone, Copy, Debug)]
pub enum Expect {
    /// Unconditional.
    Any,
    Absent,
    Present,
    Version(u64),
}

/// A change to the account item's seat count and its list of pending seats.
#[derive(Clone, Debug, Default)]
pub struct SeatChange {
    pub delta: i64,
    /// `Some(n)`: only if the count is still `n` (used when expired
    /// invitations are freed in the same write); otherwise, when `delta` is
    /// positive, only if a seat is free.
    pub expect_seats_used: Option<u32>,
    pub set_pending: Option<(Uuid, PendingSeat)>,
    pub remove_pending: Vec<Uuid>,
    /// Only if this partner's access is enabled (a partner creating its user).
    pub require_partner: Option<Uuid>,
}

#[derive(Clone, Debug)]
pub enum Write {
    NewAccount(AccountRecord),
    Seats {
        account_id: Uuid,
        change: SeatChange,
    },
    PutUser {
        user: UserRecord,
        expect: Expect,
    },
    DeleteUser {
        user: UserRecord,
    },
    PutMember {
        sub: String,
        member: MemberRecord,
        expect: Expect,
    },
    DeleteMember {
        sub: String,
        account_id: Uuid,
    },
    /// Pending -> expired, written only if the invitation is still pending and
    /// its expiry has passed at `now`.
    ExpireInvitation {
        account_id: Uuid,
        user_id: Uuid,
        now: i64,
    },
    /// Turns partner access on for `to` or off (`None`), only if the enabled
    /// partner is still `from`, freeing the seats of the users it deactivates.
    SetPartner {
        account_id: Uuid,
        from: Option<Uuid>,
        to: Option<PartnerRef>,
        seats_freed: u32,
    },
    PutPartnerRequest(PartnerRequestRecord),
    DeletePartnerRequest {
        client_id: Uuid,
        partner_id: Uuid,
    },
    Audit(AuditRecord),
}

fn s(v: impl Into<String>) -> AttributeValue {
    AttributeValue::S(v.into())
}

fn n(v: impl ToString) -> AttributeValue {
    AttributeValue::N(v.to_string())
}

/// Serializes a record and adds its key. Absent optional fields are left out
/// rather than written as NULL, which an index key attribute may not be.
pub fn item_of<T: serde::Serialize>(key: &Key, record: &T) -> Item {
    let mut item: Item = serde_dynamo::to_item(record).expect("records always serialize");
    item.retain(|_, v| !v.is_null());
    item.extend(key.to_item());
    item
}

pub fn user_item(user: &UserRecord) -> Item {
    let mut item = item_of(&Key::user(user.account_id, user.id), user);
    if user.status == Status::Pending {
        item.insert(PENDING_SHARD.into(), s(pending_shard(user.id)));
    }
    item
}

/// Condition text and values for an expectation on an item.
fn condition(expect: Expect, values: &mut HashMap<String, AttributeValue>) -> Option<String> {
    Some(match expect {
        Expect::Any => return None,
        Expect::Absent => "attribute_not_exists(pk)".into(),
        Expect::Present => "attribute_exists(pk)".into(),
        Expect::Version(v) => {
            values.insert(":expected_version".into(), n(v));
            "version = :expected_version".into()
        }
    })
}

fn put(table: &str, item: Item, expect: Expect) -> TransactWriteItem {
    let mut values = HashMap::new();
    let cond = condition(expect, &mut values);
    let put = Put::builder()
        .table_name(table)
        .set_item(Some(item))
        .set_condition_expression(cond)
        .set_expression_attribute_values((!values.is_empty()).then_some(values))
        .return_values_on_condition_check_failure(ReturnValuesOnConditionCheckFailure::AllOld)
        .build()
        .expect("put has table and item");
    TransactWriteItem::builder().put(put).build()
}

fn delete(table: &str, key: Key, expect: Expect) -> TransactWriteItem {
    let mut values = HashMap::new();
    let cond = condition(expect, &mut values);
    let delete = Delete::builder()
        .table_name(table)
        .set_key(Some(key.to_item()))
        .set_condition_expression(cond)
        .set_expression_attribute_values((!values.is_empty()).then_some(values))
        .build()
        .expect("delete has table and key");
    TransactWriteItem::builder().delete(delete).build()
}

fn update(
    table: &str,
    key: Key,
    expression: String,
    cond: String,
    names: HashMap<String, String>,
    values: HashMap<String, AttributeValue>,
) -> TransactWriteItem {
    let update = Update::builder()
        .table_name(table)
        .set_key(Some(key.to_item()))
        .update_expression(expression)
        .condition_expression(cond)
        .set_expression_attribute_names((!names.is_empty()).then_some(names))
        .set_expression_attribute_values((!values.is_empty()).then_some(values))
        .build()
        .expect("update has table, key and expression");
    TransactWriteItem::builder().update(update).build()
}

fn seats(table: &str, account_id: Uuid, change: SeatChange) -> TransactWriteItem {
    let mut names = HashMap::new();
    let mut values = HashMap::new();
    let mut sets = vec!["seats_used = seats_used + :delta".to_owned()];
    values.insert(":delta".into(), n(change.delta));
    if let Some((id, seat)) = &change.set_pending {
        names.insert("#set".into(), id.to_string());
        values.insert(
            ":seat".into(),
            AttributeValue::M(serde_dynamo::to_item(seat).expect("seat serializes")),
        );
        sets.push("pending.#set = :seat".into());
    }
    let mut expression = format!("SET {}", sets.join(", "));
    if !change.remove_pending.is_empty() {
        let removed: Vec<String> = change
            .remove_pending
            .iter()
            .enumerate()
            .map(|(i, id)| {
                names.insert(format!("#rm{i}"), id.to_string());
                format!("pending.#rm{i}")
            })
            .collect();
        expression.push_str(&format!(" REMOVE {}", removed.join(", ")));
    }
    let mut cond = "attribute_exists(pk)".to_owned();
    if let Some(expected) = change.expect_seats_used {
        values.insert(":expected_seats".into(), n(expected));
        cond.push_str(" AND seats_used = :expected_seats");
    } else if change.delta > 0 {
        cond.push_str(" AND seats_used < seat_limit");
    }
    if let Some(partner) = change.require_partner {
        values.insert(":partner".into(), s(partner.to_string()));
        cond.push_str(" AND partner.account_id = :partner");
    }
    update(
        table,
        Key::account(account_id),
        expression,
        cond,
        names,
        values,
    )
}

fn set_partner(
    table: &str,
    account_id: Uuid,
    from: Option<Uuid>,
    to: Option<PartnerRef>,
    seats_freed: u32,
) -> TransactWriteItem {
    let mut values = HashMap::from([(":freed".to_owned(), n(seats_freed))]);
    let mut expression = "SET seats_used = seats_used - :freed".to_owned();
    match to {
        Some(partner) => {
            values.insert(
                ":to".into(),
                AttributeValue::M(serde_dynamo::to_item(&partner).expect("partner serializes")),
            );
            expression.push_str(", partner = :to");
        }
        None => expression.push_str(" REMOVE partner"),
    }
    let cond = match from {
        Some(current) => {
            values.insert(":from".into(), s(current.to_string()));
            "partner.account_id = :from"
        }
        None => "attribute_exists(pk) AND attribute_not_exists(partner)",
    };
    update(
        table,
        Key::account(account_id),
        expression,
        cond.to_owned(),
        HashMap::new(),
        values,
    )
}

fn expire(table: &str, account_id: Uuid, user_id: Uuid, now: i64) -> TransactWriteItem {
    // The token hash stays so that the old link answers "expired", not
    // "unknown"; leaving the index is what takes it off the sweep's list.
    let names = HashMap::from([("#status".to_owned(), "status".to_owned())]);
    let values = HashMap::from([
        (":pending".to_owned(), s(Status::Pending.as_str())),
        (":expired".to_owned(), s(Status::Expired.as_str())),
        (":now".to_owned(), n(now)),
        (":one".to_owned(), n(1)),
    ]);
    update(
        table,
        Key::user(account_id, user_id),
        format!(
            "SET #status = :expired, updated_at = :now, version = version + :one REMOVE {PENDING_SHARD}"
        ),
        format!("#status = :pending AND {EXPIRES_AT} <= :now"),
        names,
        values,
    )
}

impl Write {
    pub fn into_transact_item(self, table: &str) -> TransactWriteItem {
        match self {
            Write::NewAccount(account) => put(
                table,
                item_of(&Key::account(account.id), &account),
                Expect::Absent,
            ),
            Write::Seats { account_id, change } => seats(table, account_id, change),
            Write::PutUser { user, expect } => put(table, user_item(&user), expect),
            Write::DeleteUser { user } => delete(
                table,
                Key::user(user.account_id, user.id),
                Expect::Version(user.version),
            ),
            Write::PutMember {
                sub,
                member,
                expect,
            } => put(
                table,
                item_of(&Key::member(&sub, member.account_id), &member),
                expect,
            ),
            Write::DeleteMember { sub, account_id } => {
                delete(table, Key::member(&sub, account_id), Expect::Present)
            }
            Write::ExpireInvitation {
                account_id,
                user_id,
                now,
            } => expire(table, account_id, user_id, now),
            Write::SetPartner {
                account_id,
                from,
                to,
                seats_freed,
            } => set_partner(table, account_id, from, to, seats_freed),
            Write::PutPartnerRequest(request) => {
                let key =
                    Key::partner_request(request.client_account_id, request.partner.account_id);
                // Asking again refreshes the request rather than adding one.
                let mut item = item_of(&key, &request);
                item.insert(super::table::TTL_ATTRIBUTE.into(), n(request.ttl));
                put(table, item, Expect::Any)
            }
            Write::DeletePartnerRequest {
                client_id,
                partner_id,
            } => delete(
                table,
                Key::partner_request(client_id, partner_id),
                Expect::Present,
            ),
            Write::Audit(event) => put(
                table,
                item_of(&Key::audit(event.account_id, event.id), &event),
                Expect::Absent,
            ),
        }
    }
}
