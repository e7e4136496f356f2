//! The harness of the end-to-end tests: each test starts its own local API
//! (the real handlers, in-process, on a free loopback port) over its own
//! table in the moto server that `./scripts/test` started, and talks to it
//! over HTTP. Without that moto server every test fails: nothing is faked.

pub mod api;
pub mod catalog;
pub mod cognito;
pub mod infra;
pub mod operations;
pub mod placeholders;
pub mod recorder;
pub mod stream;
pub mod tour;

pub use api::{
    Answer, Api, Options, Person, StatusCode, moto_url, ses_sample, sleep_secs, token_of, unique,
};
pub use recorder::{Request, Requests};
