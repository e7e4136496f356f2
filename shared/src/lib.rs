//! Roster's one library: the domain rules, the DynamoDB store, the SES mailer,
//! configuration and the HTTP mapping that every function shares.

pub mod authorizer;
pub mod aws;
pub mod config;
pub mod deps;
pub mod domain;
pub mod error;
pub mod http;
pub mod jwt;
pub mod lambda;
pub mod mail;
pub mod observe;
pub mod ops;
pub mod second_factor;
pub mod store;
pub mod time;

pub use config::Config;
pub use deps::Deps;
pub use error::{Error, Result};
