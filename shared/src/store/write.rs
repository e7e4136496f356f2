//! The writes an operation commits together, in one `TransactWriteItems`.
//! Each carries the condition that makes it safe without a lock: the version
//! that was read, the absence of an item, a free seat, a free send slot, or
//! the partner state that was read.

use super::keys::{
    DUE_AT, DUE_SHARD, ENDS_AT, EXPIRES_AT, Item, Key, PENDING_SHARD, due_shard, pending_shard,
};
use super::records::{
    AccountRecord, AuditRecord, EndingSeat, MemberRecord, OwnershipOffer, PartnerRef,
    PartnerRequestRecord, PartnerState, PendingSeat,
};
use super::table::TTL_ATTRIBUTE;
use crate::domain::{
    AccountName, DeactivatedReason, Email, Locale, MfaRequirement, Role, Status, Suppression,
    TimeZone, UserRecord, seat_delta,
};
use aws_sdk_dynamodb::types::{
    AttributeValue, ConditionCheck, Delete, Put, TransactWriteItem, Update,
};
use std::collections::HashMap;
use uuid::Uuid;

/// What must hold of an item for the write to go through.
#[derive(Clone, Copy, Debug)]
pub enum Expect {
    Absent,
    Present,
    Version(u64),
}

/// A change to the account item: its seat count and pending invitations,
/// its partners' active users, its send slots, its partner. Every change to
/// a user that moves a seat or a partner's count comes with one, in the same
/// transaction; several merge into one (a transaction writes an item once).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AccountChange {
    /// Seats taken (positive) or freed (negative).
    pub seats: i64,
    /// `Some(n)`: only if the count is still `n` (used when expired
    /// invitations are freed in the same write); otherwise, when `seats` is
    /// positive (one seat: a change that takes one concerns one user), only
    /// if a seat is free.
    pub expect_seats_used: Option<u32>,
    pub set_pending: Option<(Uuid, PendingSeat)>,
    pub remove_pending: Vec<Uuid>,
    pub set_ending: Vec<(Uuid, EndingSeat)>,
    pub remove_ending: Vec<Uuid>,
    /// Active users of a partner account gained (positive) or lost.
    pub partner_active: Option<(Uuid, i64)>,
    /// Only if this partner's access is enabled, with this end (a partner
    /// creating its user, which copies the end).
    pub require_partner: Option<PartnerState>,
    /// The owner was reminded of the partner's end: only if that reminder
    /// is still due.
    pub partner_reminded: Option<PartnerReminded>,
    /// An invitation email sent at `at` takes send slot `slot`, which held
    /// `previous` (outside the window) when read.
    pub send: Option<SendSlot>,
    pub switch_partner: Option<PartnerSwitch>,
    /// Only while what users copy of the account is as read (its
    /// `settings_version`): a change that creates a user with that copy.
    pub expect_settings: Option<u64>,
    /// The account's settings changed, only if the account is still as read.
    pub settings: Option<SettingsChange>,
    /// The offer of ownership made, withdrawn or taken.
    pub offer: Option<OfferChange>,
}

/// What becomes of the offer of ownership, each only if the offer is still
/// the one read (`None`: none, or one whose time ran out, as read).
#[derive(Clone, Debug, PartialEq)]
pub enum OfferChange {
    Make {
        offer: OwnershipOffer,
        read: Option<OwnershipOffer>,
    },
    Withdraw {
        read: OwnershipOffer,
    },
    /// Taken: the account names its new owner, only if the old one is
    /// still the owner.
    Take {
        read: OwnershipOffer,
        from_sub: String,
        to_sub: String,
        to_email: Email,
    },
}

/// The account's settings as they become, written only while the account
/// item is at `from_version` (every write moves it on), so users created or
/// bound meanwhile make the change read and decide again.
#[derive(Clone, Debug, PartialEq)]
pub struct SettingsChange {
    pub from_version: u64,
    pub name: AccountName,
    pub locale: Locale,
    pub time_zone: TimeZone,
    pub require_mfa: Option<MfaRequirement>,
    pub mfa_grace_days: u32,
    /// Whether what users copy (the name, the requirement) changes: the
    /// account's `settings_version` then moves on.
    pub copied: bool,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SendSlot {
    pub slot: u32,
    pub previous: Option<i64>,
    pub at: i64,
}

/// Partner access turned to `to` (off when `None`) until `until`, with the
/// owner's reminder due at `remind_at`, only if the enabled partner is still
/// `from` and, for a partner, it still has the `from_active` active users
/// that were read (and are deactivated with it, or given the new end).
#[derive(Clone, Debug, PartialEq)]
pub struct PartnerSwitch {
    pub from: Option<PartnerState>,
    pub from_active: u32,
    pub to: Option<PartnerRef>,
    pub until: Option<i64>,
    pub remind_at: Option<i64>,
}

/// The reminder of the partner's end, due at `remind_at`, was sent; the
/// account is next due at the end, `until`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PartnerReminded {
    pub remind_at: i64,
    pub until: i64,
}

impl AccountChange {
    /// What the account records when a user's stored status goes from
    /// `before` (`None`: new) to `after` (`None`: deleted): its seat (the one
    /// rule, `seat_delta`), its place among the pending invitations and the
    /// users whose access ends, and its partner's count of active users.
    pub fn between(before: Option<&UserRecord>, after: Option<&UserRecord>) -> AccountChange {
        let status = |u: Option<&UserRecord>| u.map(|u| u.status);
        let mut change = AccountChange {
            seats: seat_delta(status(before), status(after)),
            ..AccountChange::default()
        };
        let pending = |u: Option<&UserRecord>| {
            u.filter(|u| u.status == Status::Pending)
                .map(|u| PendingSeat {
                    expires_at: u.expires_at.unwrap_or(u.updated_at),
                    email: u.email.clone(),
                    role: u.role,
                })
        };
        match after {
            Some(user) if user.status == Status::Pending => {
                // News that leaves the invitation as it was (its email's
                // delivery) leaves the account alone.
                let seat = pending(after);
                if seat != pending(before) {
                    change.set_pending = seat.map(|seat| (user.id, seat));
                }
            }
            _ => {
                if let Some(user) = before.filter(|u| u.status == Status::Pending) {
                    change.remove_pending.push(user.id);
                }
            }
        }
        let (was, will) = (
            before.and_then(EndingSeat::of),
            after.and_then(EndingSeat::of),
        );
        if let Some(user) = after.or(before).filter(|_| was != will) {
            match will {
                Some(seat) => change.set_ending.push((user.id, seat)),
                None => change.remove_ending.push(user.id),
            }
        }
        let active = |u: Option<&UserRecord>| i64::from(status(u) == Some(Status::Active));
        let partner = after.or(before).and_then(|u| u.partner_account_id);
        let gained = active(after) - active(before);
        if let Some(partner) = partner.filter(|_| gained != 0) {
            change.partner_active = Some((partner, gained));
        }
        change
    }

    /// An overdue pending invitation written `expired`.
    pub fn expiry(user_id: Uuid) -> AccountChange {
        AccountChange {
            seats: seat_delta(Some(Status::Pending), Some(Status::Expired)),
            remove_pending: vec![user_id],
            ..AccountChange::default()
        }
    }

    /// An active user whose access ended written `deactivated`.
    pub fn end(user_id: Uuid, partner: Option<Uuid>) -> AccountChange {
        AccountChange {
            seats: seat_delta(Some(Status::Active), Some(Status::Deactivated)),
            remove_ending: vec![user_id],
            partner_active: partner.map(|p| (p, -1)),
            ..AccountChange::default()
        }
    }

    /// Both changes in one (they concern different users of one account).
    pub fn merge(mut self, other: AccountChange) -> AccountChange {
        self.seats += other.seats;
        self.expect_seats_used = self.expect_seats_used.or(other.expect_seats_used);
        self.set_pending = self.set_pending.or(other.set_pending);
        self.remove_pending.extend(other.remove_pending);
        self.set_ending.extend(other.set_ending);
        self.remove_ending.extend(other.remove_ending);
        self.partner_active = match (self.partner_active, other.partner_active) {
            (Some((p, a)), Some((q, b))) if p == q => Some((p, a + b)),
            (Some(_), Some(_)) => panic!("one account change counts one partner's users"),
            (mine, theirs) => mine.or(theirs),
        };
        self.require_partner = self.require_partner.or(other.require_partner);
        self.partner_reminded = self.partner_reminded.or(other.partner_reminded);
        self.send = self.send.or(other.send);
        self.switch_partner = self.switch_partner.or(other.switch_partner);
        self.expect_settings = self.expect_settings.or(other.expect_settings);
        self.settings = self.settings.or(other.settings);
        self.offer = self.offer.or(other.offer);
        self
    }

    /// Whether the account item needs writing at all.
    pub fn is_empty(&self) -> bool {
        *self == AccountChange::default()
    }
}

/// One more counted event, at `at`, on a tally item (`TallyRecord`): exact
/// under concurrent writers, whether or not the item was read first.
#[derive(Clone, Debug, PartialEq)]
pub struct Tally {
    pub key: Key,
    pub at: i64,
    /// When the window after this event ends: TTL may remove the item then.
    pub keep_until: i64,
    pub basis: TallyBasis,
    /// Lifts an address's suppression after a bounce (the owner's override).
    pub lift_bounce: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum TallyBasis {
    /// Not read: the event is added only while fewer than `limit` are
    /// listed and nothing suppresses the address. A list holding old events
    /// refuses it too: read it then, and decide again.
    Unread { limit: u32 },
    /// Read at `version` (`None`: absent): the list becomes `kept` (the
    /// events still in the window) and this one.
    Read {
        version: Option<u64>,
        kept: Vec<i64>,
    },
}

#[derive(Clone, Debug)]
pub enum Write {
    NewAccount(AccountRecord),
    Account {
        account_id: Uuid,
        change: AccountChange,
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
    /// Active -> deactivated because its access ended, written only if the
    /// user is still active and its end has passed at `now`.
    EndAccess {
        account_id: Uuid,
        user_id: Uuid,
        now: i64,
    },
    /// The membership of a user whose access ended, written to say so.
    EndMembership {
        sub: String,
        account_id: Uuid,
    },
    /// Nothing is written: only while the address at `key` takes mail.
    Unsuppressed(Key),
    /// Nothing is written: only while the sign-in `sub` is still the
    /// account's active `role` (the caller an owner's action was decided for).
    Holds {
        sub: String,
        account_id: Uuid,
        role: Role,
    },
    /// A user's item (or its membership) marked last seen at `at`, only if
    /// it exists and holds no mark as late.
    Seen {
        key: Key,
        at: i64,
    },
    /// Nothing is written: only while the user is still at `version`.
    Unchanged {
        account_id: Uuid,
        user_id: Uuid,
        version: u64,
    },
    /// A new request, or the live one refreshed: only if the request is
    /// still as read (`None`: absent or lapsed by `now`).
    PutPartnerRequest {
        request: PartnerRequestRecord,
        read_at: Option<i64>,
        now: i64,
    },
    DeletePartnerRequest {
        client_id: Uuid,
        partner_id: Uuid,
    },
    Audit(AuditRecord),
    Tally(Tally),
    /// An address takes no more invitation emails: a complaint replaces a
    /// bounce, never the other way round.
    Suppress {
        key: Key,
        reason: Suppression,
    },
}

fn s(v: impl Into<String>) -> AttributeValue {
    AttributeValue::S(v.into())
}

fn n(v: impl ToString) -> AttributeValue {
    AttributeValue::N(v.to_string())
}

fn map<T: serde::Serialize>(value: &T) -> AttributeValue {
    AttributeValue::M(serde_dynamo::to_item(value).expect("records always serialize"))
}

/// Serializes a record and adds its key. Absent optional fields are left out
/// rather than written as NULL, which an index key attribute may not be.
pub fn item_of<T: serde::Serialize>(key: &Key, record: &T) -> Item {
    let mut item: Item = serde_dynamo::to_item(record).expect("records always serialize");
    item.retain(|_, v| !v.is_null());
    item.extend(key.to_item());
    item
}

/// A user's item, with the attributes of the sparse indexes it is in: a
/// pending invitation by its expiry, and whatever of it falls due (its
/// reminder, or the end of its access, whichever is first).
pub fn user_item(user: &UserRecord) -> Item {
    let mut item = item_of(&Key::user(user.account_id, user.id), user);
    let due = match user.status {
        Status::Pending => {
            item.insert(PENDING_SHARD.into(), s(pending_shard(user.id)));
            user.remind_at
        }
        Status::Active if !user.is_owner() => user.ends_at().map(|ends| {
            item.insert(ENDS_AT.into(), n(ends));
            user.remind_at.map_or(ends, |at| at.min(ends))
        }),
        _ => None,
    };
    if let Some(at) = due {
        item.insert(DUE_SHARD.into(), s(due_shard(user.id)));
        item.insert(DUE_AT.into(), n(at));
    }
    item
}

/// An expression's conditions, names and values, named as they are added.
#[derive(Default)]
struct Expression {
    conditions: Vec<String>,
    names: HashMap<String, String>,
    values: HashMap<String, AttributeValue>,
}

impl Expression {
    /// `#name` for an attribute name (or a map key) that is not a literal.
    fn name(&mut self, name: impl ToString) -> String {
        let placeholder = format!("#n{}", self.names.len());
        self.names.insert(placeholder.clone(), name.to_string());
        placeholder
    }

    fn value(&mut self, value: AttributeValue) -> String {
        let placeholder = format!(":v{}", self.values.len());
        self.values.insert(placeholder.clone(), value);
        placeholder
    }

    fn require(&mut self, condition: String) {
        self.conditions.push(condition);
    }

    fn expect(&mut self, expect: Expect) {
        match expect {
            Expect::Absent => self.require("attribute_not_exists(pk)".into()),
            Expect::Present => self.require("attribute_exists(pk)".into()),
            Expect::Version(v) => {
                let v = self.value(n(v));
                self.require(format!("version = {v}"));
            }
        }
    }

    fn condition(&self) -> Option<String> {
        (!self.conditions.is_empty()).then(|| self.conditions.join(" AND "))
    }

    fn names(&self) -> Option<HashMap<String, String>> {
        (!self.names.is_empty()).then(|| self.names.clone())
    }

    fn values(&self) -> Option<HashMap<String, AttributeValue>> {
        (!self.values.is_empty()).then(|| self.values.clone())
    }
}

fn put(table: &str, item: Item, e: Expression) -> TransactWriteItem {
    let put = Put::builder()
        .table_name(table)
        .set_item(Some(item))
        .set_condition_expression(e.condition())
        .set_expression_attribute_names(e.names())
        .set_expression_attribute_values(e.values())
        .build()
        .expect("put has table and item");
    TransactWriteItem::builder().put(put).build()
}

fn delete(table: &str, key: Key, expect: Expect) -> TransactWriteItem {
    let mut e = Expression::default();
    e.expect(expect);
    let delete = Delete::builder()
        .table_name(table)
        .set_key(Some(key.to_item()))
        .set_condition_expression(e.condition())
        .set_expression_attribute_values(e.values())
        .build()
        .expect("delete has table and key");
    TransactWriteItem::builder().delete(delete).build()
}

fn update(
    table: &str,
    key: Key,
    set: &[String],
    remove: &[String],
    e: Expression,
) -> TransactWriteItem {
    let mut expression = format!("SET {}", set.join(", "));
    if !remove.is_empty() {
        expression.push_str(&format!(" REMOVE {}", remove.join(", ")));
    }
    let update = Update::builder()
        .table_name(table)
        .set_key(Some(key.to_item()))
        .update_expression(expression)
        .set_condition_expression(e.condition())
        .set_expression_attribute_names(e.names())
        .set_expression_attribute_values(e.values())
        .build()
        .expect("update has table, key and expression");
    TransactWriteItem::builder().update(update).build()
}

fn account(table: &str, account_id: Uuid, change: AccountChange) -> TransactWriteItem {
    let mut e = Expression::default();
    let mut set = Vec::new();
    let mut remove = Vec::new();
    e.require("attribute_exists(pk)".into());
    let seats = e.value(n(change.seats));
    set.push(format!("seats_used = seats_used + {seats}"));
    let (zero, one) = (e.value(n(0)), e.value(n(1)));
    set.push(format!("version = if_not_exists(version, {zero}) + {one}"));
    if let Some(version) = change.expect_settings {
        expect_counter(&mut e, "settings_version", version);
    }
    if let Some(offer) = &change.offer {
        change_offer(&mut e, &mut set, &mut remove, offer);
    }
    if let Some(settings) = &change.settings {
        expect_counter(&mut e, "version", settings.from_version);
        let name = e.name("name");
        let fields = [
            (name.as_str(), s(settings.name.as_str())),
            ("locale", s(settings.locale.as_str())),
            ("time_zone", s(settings.time_zone.as_str())),
            ("mfa_grace_days", n(settings.mfa_grace_days)),
        ];
        for (field, value) in fields {
            let value = e.value(value);
            set.push(format!("{field} = {value}"));
        }
        match &settings.require_mfa {
            Some(rule) => {
                let rule = e.value(map(rule));
                set.push(format!("require_mfa = {rule}"));
            }
            None => remove.push("require_mfa".into()),
        }
        if settings.copied {
            set.push(format!(
                "settings_version = if_not_exists(settings_version, {zero}) + {one}"
            ));
        }
    }
    match change.expect_seats_used {
        Some(expected) => {
            let expected = e.value(n(expected));
            e.require(format!("seats_used = {expected}"));
        }
        // A change takes at most one seat (it concerns one user): a free one.
        None if change.seats > 0 => e.require("seats_used < seat_limit".into()),
        None => {}
    }
    if let Some((id, seat)) = &change.set_pending {
        let (id, seat) = (e.name(id), e.value(map(seat)));
        set.push(format!("pending.{id} = {seat}"));
    }
    for id in &change.remove_pending {
        remove.push(format!("pending.{}", e.name(id)));
    }
    for (id, seat) in &change.set_ending {
        let (id, seat) = (e.name(id), e.value(map(seat)));
        set.push(format!("ending.{id} = {seat}"));
    }
    for id in &change.remove_ending {
        remove.push(format!("ending.{}", e.name(id)));
    }
    if let Some(state) = change.require_partner {
        expect_partner(&mut e, state);
    }
    if let Some(reminded) = change.partner_reminded {
        let (at, until) = (e.value(n(reminded.remind_at)), e.value(n(reminded.until)));
        e.require(format!("partner_remind_at = {at}"));
        remove.push("partner_remind_at".into());
        set.push(format!("{DUE_AT} = {until}"));
    }
    if let Some((partner, gained)) = change.partner_active {
        let (key, zero, gained) = (e.name(partner), e.value(n(0)), e.value(n(gained)));
        set.push(format!(
            "partner_active.{key} = if_not_exists(partner_active.{key}, {zero}) + {gained}"
        ));
    }
    if let Some(send) = change.send {
        let (slot, at) = (e.name(send.slot), e.value(n(send.at)));
        set.push(format!("send_slots.{slot} = {at}"));
        match send.previous {
            None => e.require(format!("attribute_not_exists(send_slots.{slot})")),
            Some(previous) => {
                let previous = e.value(n(previous));
                e.require(format!("send_slots.{slot} = {previous}"));
            }
        }
    }
    if let Some(switch) = change.switch_partner {
        match switch.from {
            Some(from) => {
                expect_partner(&mut e, from);
                let key = e.name(from.id);
                let count = e.value(n(switch.from_active));
                e.require(if switch.from_active == 0 {
                    format!(
                        "(attribute_not_exists(partner_active.{key}) OR partner_active.{key} = {count})"
                    )
                } else {
                    format!("partner_active.{key} = {count}")
                });
            }
            None => e.require("attribute_not_exists(partner)".into()),
        }
        match &switch.to {
            Some(partner) => {
                let to = e.value(map(partner));
                set.push(format!("partner = {to}"));
            }
            None => remove.push("partner".into()),
        }
        // In the due index while an end is to come: at the reminder, then the end.
        let until = switch.until.filter(|_| switch.to.is_some());
        let remind_at = switch.remind_at.filter(|_| until.is_some());
        let due = until.map(|u| remind_at.map_or(u, |r| r.min(u)));
        let shard = due.map(|_| s(due_shard(account_id)));
        let fields: [(&str, Option<AttributeValue>); 4] = [
            ("partner_until", until.map(n)),
            ("partner_remind_at", remind_at.map(n)),
            (DUE_AT, due.map(n)),
            (DUE_SHARD, shard),
        ];
        for (name, value) in fields {
            match value {
                Some(value) => {
                    let value = e.value(value);
                    set.push(format!("{name} = {value}"));
                }
                None => remove.push(name.to_owned()),
            }
        }
    }
    update(table, Key::account(account_id), &set, &remove, e)
}

/// The offer of ownership's change, expecting the offer as read.
fn change_offer(
    e: &mut Expression,
    set: &mut Vec<String>,
    remove: &mut Vec<String>,
    offer: &OfferChange,
) {
    let read = match offer {
        OfferChange::Make { read, .. } => read.as_ref(),
        OfferChange::Withdraw { read } | OfferChange::Take { read, .. } => Some(read),
    };
    match read {
        Some(read) => {
            let (user, expires) = (
                e.value(s(read.user_id.to_string())),
                e.value(n(read.expires_at)),
            );
            e.require(format!(
                "ownership_offer.user_id = {user} AND ownership_offer.expires_at = {expires}"
            ));
        }
        None => e.require("attribute_not_exists(ownership_offer)".into()),
    }
    match offer {
        OfferChange::Make { offer, .. } => {
            let offer = e.value(map(offer));
            set.push(format!("ownership_offer = {offer}"));
        }
        OfferChange::Withdraw { .. } => remove.push("ownership_offer".into()),
        OfferChange::Take {
            from_sub,
            to_sub,
            to_email,
            ..
        } => {
            let (from, to, email) = (
                e.value(s(from_sub)),
                e.value(s(to_sub)),
                e.value(s(to_email.as_str())),
            );
            e.require(format!("owner_sub = {from}"));
            set.push(format!("owner_sub = {to}"));
            set.push(format!("owner_email = {email}"));
            remove.push("ownership_offer".into());
        }
    }
}

/// The condition that a counter of the account item (absent on items
/// written before it was kept: zero) is still `at`.
fn expect_counter(e: &mut Expression, counter: &str, at: u64) {
    let value = e.value(n(at));
    e.require(if at == 0 {
        format!("(attribute_not_exists({counter}) OR {counter} = {value})")
    } else {
        format!("{counter} = {value}")
    });
}

/// The condition that the enabled partner and the end of its access are
/// still as read.
fn expect_partner(e: &mut Expression, state: PartnerState) {
    let id = e.value(s(state.id.to_string()));
    e.require(format!("partner.account_id = {id}"));
    match state.until {
        Some(until) => {
            let until = e.value(n(until));
            e.require(format!("partner_until = {until}"));
        }
        None => e.require("attribute_not_exists(partner_until)".into()),
    }
}

fn expire(table: &str, account_id: Uuid, user_id: Uuid, now: i64) -> TransactWriteItem {
    // The token hash stays so that the old link answers "expired", not
    // "unknown"; leaving the index is what takes it off the sweep's list.
    let mut e = Expression::default();
    let status = e.name("status");
    let (pending, expired) = (
        e.value(s(Status::Pending.as_str())),
        e.value(s(Status::Expired.as_str())),
    );
    let (now, one) = (e.value(n(now)), e.value(n(1)));
    e.require(format!("{status} = {pending} AND {EXPIRES_AT} <= {now}"));
    let set = [
        format!("{status} = {expired}"),
        format!("updated_at = {now}"),
        format!("version = version + {one}"),
    ];
    update(
        table,
        Key::user(account_id, user_id),
        &set,
        &[PENDING_SHARD.to_owned()],
        e,
    )
}

/// Active -> deactivated for the end of its access: the user as `expire`
/// does an invitation, leaving the due index; its membership likewise.
fn end_access(table: &str, account_id: Uuid, user_id: Uuid, now: i64) -> TransactWriteItem {
    let mut e = Expression::default();
    let status = e.name("status");
    let active = e.value(s(Status::Active.as_str()));
    let (now, one) = (e.value(n(now)), e.value(n(1)));
    e.require(format!("{status} = {active} AND {ENDS_AT} <= {now}"));
    let mut set = ended(&mut e, status);
    set.extend([
        format!("updated_at = {now}"),
        format!("version = version + {one}"),
    ]);
    let remove = [ENDS_AT, DUE_SHARD, DUE_AT, "remind_at"].map(str::to_owned);
    update(table, Key::user(account_id, user_id), &set, &remove, e)
}

fn end_membership(table: &str, sub: &str, account_id: Uuid) -> TransactWriteItem {
    let mut e = Expression::default();
    e.expect(Expect::Present);
    let status = e.name("status");
    let set = ended(&mut e, status);
    update(table, Key::member(sub, account_id), &set, &[], e)
}

/// What an item says of a user whose access ended.
fn ended(e: &mut Expression, status: String) -> Vec<String> {
    let deactivated = e.value(s(Status::Deactivated.as_str()));
    let reason = e.value(s(DeactivatedReason::AccessEnded.as_str()));
    vec![
        format!("{status} = {deactivated}"),
        format!("deactivated_reason = {reason}"),
    ]
}

/// A check of `key` that writes nothing: the transaction holds only while
/// `condition` does.
fn check(table: &str, key: Key, e: Expression, condition: &str) -> TransactWriteItem {
    let check = ConditionCheck::builder()
        .table_name(table)
        .set_key(Some(key.to_item()))
        .condition_expression(condition)
        .set_expression_attribute_names(e.names())
        .set_expression_attribute_values(e.values())
        .build()
        .expect("check has table, key and condition");
    TransactWriteItem::builder().condition_check(check).build()
}

/// A suppressed address's item has no TTL: `Suppress` removes it, and a
/// tally write passes the condition only while nothing suppresses it.
fn tally(table: &str, tally: Tally) -> TransactWriteItem {
    let mut e = Expression::default();
    let (list, version, ttl) = (e.name("at"), e.name("version"), e.name(TTL_ATTRIBUTE));
    let expires = e.value(n(tally.keep_until));
    let one = e.value(n(1));
    let mut set = vec![format!("{ttl} = {expires}")];
    let mut remove = Vec::new();
    match tally.basis {
        TallyBasis::Unread { limit } => {
            let (empty, now) = (
                e.value(AttributeValue::L(Vec::new())),
                e.value(AttributeValue::L(vec![n(tally.at)])),
            );
            let (zero, limit) = (e.value(n(0)), e.value(n(limit)));
            set.push(format!(
                "{list} = list_append(if_not_exists({list}, {empty}), {now})"
            ));
            set.push(format!(
                "{version} = if_not_exists({version}, {zero}) + {one}"
            ));
            let suppressed = e.name("suppressed");
            e.require(format!(
                "(attribute_not_exists({list}) OR size({list}) < {limit}) AND attribute_not_exists({suppressed})"
            ));
        }
        TallyBasis::Read {
            version: read,
            kept,
        } => {
            let events = kept.into_iter().chain([tally.at]).map(n).collect();
            let events = e.value(AttributeValue::L(events));
            set.push(format!("{list} = {events}"));
            match read {
                None => {
                    set.push(format!("{version} = {one}"));
                    e.expect(Expect::Absent);
                }
                Some(read) => {
                    let (read, next) = (e.value(n(read)), e.value(n(read + 1)));
                    set.push(format!("{version} = {next}"));
                    e.require(format!("{version} = {read}"));
                }
            }
        }
    }
    if tally.lift_bounce {
        remove.push(e.name("suppressed"));
    }
    update(table, tally.key, &set, &remove, e)
}

fn suppress(table: &str, key: Key, reason: Suppression) -> TransactWriteItem {
    let mut e = Expression::default();
    let (suppressed, version, ttl) = (
        e.name("suppressed"),
        e.name("version"),
        e.name(TTL_ATTRIBUTE),
    );
    let (reason_value, zero, one) = (e.value(s(reason.as_str())), e.value(n(0)), e.value(n(1)));
    let value = match reason {
        Suppression::Complained => reason_value,
        Suppression::Bounced => format!("if_not_exists({suppressed}, {reason_value})"),
    };
    let set = [
        format!("{suppressed} = {value}"),
        format!("{version} = if_not_exists({version}, {zero}) + {one}"),
    ];
    update(table, key, &set, &[ttl], e)
}

impl Write {
    pub fn into_transact_item(self, table: &str) -> TransactWriteItem {
        match self {
            Write::NewAccount(account) => {
                let mut e = Expression::default();
                e.expect(Expect::Absent);
                put(table, item_of(&Key::account(account.id), &account), e)
            }
            Write::Account { account_id, change } => account(table, account_id, change),
            Write::PutUser { user, expect } => {
                let mut e = Expression::default();
                e.expect(expect);
                put(table, user_item(&user), e)
            }
            Write::DeleteUser { user } => delete(
                table,
                Key::user(user.account_id, user.id),
                Expect::Version(user.version),
            ),
            Write::PutMember {
                sub,
                member,
                expect,
            } => {
                let mut e = Expression::default();
                e.expect(expect);
                put(
                    table,
                    item_of(&Key::member(&sub, member.account_id), &member),
                    e,
                )
            }
            Write::DeleteMember { sub, account_id } => {
                delete(table, Key::member(&sub, account_id), Expect::Present)
            }
            Write::ExpireInvitation {
                account_id,
                user_id,
                now,
            } => expire(table, account_id, user_id, now),
            Write::PutPartnerRequest {
                request,
                read_at,
                now,
            } => {
                let key =
                    Key::partner_request(request.client_account_id, request.partner.account_id);
                let mut e = Expression::default();
                match read_at {
                    Some(at) => {
                        let at = e.value(n(at));
                        e.require(format!("requested_at = {at}"));
                    }
                    None => {
                        let (ttl, now) = (e.name(TTL_ATTRIBUTE), e.value(n(now)));
                        e.require(format!("(attribute_not_exists(pk) OR {ttl} <= {now})"));
                    }
                }
                put(table, item_of(&key, &request), e)
            }
            Write::DeletePartnerRequest {
                client_id,
                partner_id,
            } => delete(
                table,
                Key::partner_request(client_id, partner_id),
                Expect::Present,
            ),
            Write::Audit(event) => {
                let mut e = Expression::default();
                e.expect(Expect::Absent);
                put(
                    table,
                    item_of(&Key::audit(event.account_id, event.id), &event),
                    e,
                )
            }
            Write::EndAccess {
                account_id,
                user_id,
                now,
            } => end_access(table, account_id, user_id, now),
            Write::EndMembership { sub, account_id } => end_membership(table, &sub, account_id),
            Write::Unsuppressed(key) => check(
                table,
                key,
                Expression::default(),
                "attribute_not_exists(suppressed)",
            ),
            Write::Holds {
                sub,
                account_id,
                role,
            } => {
                let mut e = Expression::default();
                let (role_name, status) = (e.name("role"), e.name("status"));
                let (role, active) = (
                    e.value(s(role.as_str())),
                    e.value(s(Status::Active.as_str())),
                );
                let condition = format!("{role_name} = {role} AND {status} = {active}");
                check(table, Key::member(&sub, account_id), e, &condition)
            }
            Write::Seen { key, at } => {
                let mut e = Expression::default();
                let at = e.value(n(at));
                e.require(format!(
                    "attribute_exists(pk) AND (attribute_not_exists(last_active_at) OR last_active_at < {at})"
                ));
                update(table, key, &[format!("last_active_at = {at}")], &[], e)
            }
            Write::Unchanged {
                account_id,
                user_id,
                version,
            } => {
                let mut e = Expression::default();
                let version = e.value(n(version));
                let condition = format!("version = {version}");
                check(table, Key::user(account_id, user_id), e, &condition)
            }
            Write::Tally(t) => tally(table, t),
            Write::Suppress { key, reason } => suppress(table, key, reason),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Role;
    use crate::store::records::sample;

    fn user(status: Status, partner: Option<Uuid>) -> UserRecord {
        let mut user = sample::user(status);
        user.partner_account_id = partner;
        user
    }

    #[test]
    fn an_invitation_takes_a_seat_and_is_remembered_pending() {
        let invited = user(Status::Pending, None);
        let change = AccountChange::between(None, Some(&invited));
        assert_eq!(change.seats, 1);
        assert_eq!(
            change
                .set_pending
                .as_ref()
                .map(|(id, s)| (*id, s.expires_at)),
            Some((invited.id, 200))
        );
        assert!(change.remove_pending.is_empty());
    }

    #[test]
    fn accepting_keeps_the_seat_and_forgets_the_pending_invitation() {
        let (before, after) = (user(Status::Pending, None), user(Status::Active, None));
        let change = AccountChange::between(Some(&before), Some(&after));
        assert_eq!(change.seats, 0);
        assert_eq!(change.remove_pending, [before.id]);
        assert_eq!(change.partner_active, None);
    }

    #[test]
    fn a_partner_user_counts_for_its_partner_while_active() {
        let partner = Uuid::new_v4();
        let active = user(Status::Active, Some(partner));
        let off = user(Status::Deactivated, Some(partner));
        assert_eq!(
            AccountChange::between(None, Some(&active)).partner_active,
            Some((partner, 1))
        );
        let change = AccountChange::between(Some(&active), Some(&off));
        assert_eq!(
            (change.seats, change.partner_active),
            (-1, Some((partner, -1)))
        );
        assert!(AccountChange::between(Some(&off), None).is_empty());
    }

    #[test]
    fn merged_changes_add_up() {
        let partner = Uuid::new_v4();
        let off = |_| {
            AccountChange::between(
                Some(&user(Status::Active, Some(partner))),
                Some(&user(Status::Deactivated, Some(partner))),
            )
        };
        let all = (0..3)
            .map(off)
            .fold(AccountChange::default(), AccountChange::merge);
        assert_eq!((all.seats, all.partner_active), (-3, Some((partner, -3))));
    }

    #[test]
    fn an_active_user_with_an_end_is_remembered_by_the_account_and_indexed_when_due() {
        let mut active = user(Status::Active, None);
        active.access_until = Some(900);
        active.remind_at = Some(600);
        let dated = AccountChange::between(Some(&user(Status::Active, None)), Some(&active));
        assert_eq!(dated.set_ending.len(), 1);
        assert_eq!(dated.set_ending[0].1.ends_at, 900);
        let item = user_item(&active);
        assert_eq!(item[DUE_AT], n(600), "the reminder first");
        assert_eq!(item[ENDS_AT], n(900));
        let reminded = active.next(601, |u| u.remind_at = None);
        assert_eq!(user_item(&reminded)[DUE_AT], n(900), "then the end");
        let off = active.next(700, |u| u.status = Status::Deactivated);
        assert!(!user_item(&off).contains_key(DUE_SHARD));
        let undated = AccountChange::between(Some(&active), Some(&off));
        assert_eq!(undated.remove_ending, [active.id]);
    }

    #[test]
    fn a_change_of_role_leaves_the_account_alone() {
        let before = user(Status::Active, None);
        let after = before.next(300, |u| u.role = Role::AccountManager);
        assert!(AccountChange::between(Some(&before), Some(&after)).is_empty());
    }
}
