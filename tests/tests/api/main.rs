//! The end-to-end tests, one module per subject, in one binary: the AWS SDK
//! is linked once, and every test drives a local API of its own over HTTP
//! against the moto server that `./scripts/test` started.

mod access_ends;
mod access_review;
mod account_settings;
mod audit;
mod authorizer;
mod concurrency;
mod delivery;
mod email_failure;
mod emails;
mod errors;
mod events;
mod floods;
mod identity;
mod input_edges;
mod last_active;
mod leaving;
mod lifecycle;
mod limits;
mod local_moto;
mod logs;
mod openapi_routes;
mod ownership;
mod pagination;
mod partner_races;
mod partners;
mod pre_token;
mod request_counts;
mod sample_events;
mod sweep;
mod two_step;
mod warm_up;
