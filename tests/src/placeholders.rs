//! The placeholders the sample events under `functions/*/events/` use, for
//! tests and the bench to put real values in their place.

pub const ACCOUNT: &str = "11111111-1111-4111-8111-111111111111";
pub const USER: &str = "22222222-2222-4222-8222-222222222222";
pub const PARTNER: &str = "33333333-3333-4333-8333-333333333333";
/// The invitation id in an SES event's tags.
pub const INVITATION: &str = "44444444-4444-4444-8444-444444444444";
/// The invitation token at the end of a link.
pub const TOKEN: &str = "SAMPLE_INVITATION_TOKEN";
/// The bearer token of the authorizer's sample request.
pub const BEARER_TOKEN: &str = "SAMPLE_BEARER_TOKEN";
