//! The operations of the API, one module per resource. An operation that
//! changes something names what it reads, decides from that snapshot in a
//! pure function and commits the plan through `plan::run`, whose
//! transaction re-checks the decision; a lost race reads and decides again.

pub mod access;
pub mod accounts;
pub mod audit;
mod caller;
mod changes;
pub mod cursor;
pub mod delivery;
mod etag;
pub mod events;
pub mod invitations;
pub mod last_active;
pub mod ownership;
pub mod partners;
mod plan;
mod reads;
mod reminders;
pub mod review;
pub mod roles;
mod seats;
pub mod settings;
mod sheet;
pub mod sweep;
pub mod users;
mod views;

pub use caller::{Caller, permit};
pub use etag::{IfMatch, etag};
pub use views::{
    AccessView, AccountView, AuditEventView, MembershipView, PartnerView, Preview, RequestView,
    UserView,
};
