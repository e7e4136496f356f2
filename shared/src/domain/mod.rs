//! The product's rules, free of I/O: who may do what, which transitions a
//! status offers, what a valid address and an invitation token are.

pub mod email;
pub mod role;
pub mod status;
pub mod token;

pub use email::Email;
pub use role::{Permission, Role};
pub use status::{Action, Status};
pub use token::InviteToken;
