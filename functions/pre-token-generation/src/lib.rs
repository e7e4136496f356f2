//! Cognito's pre-token-generation trigger (the V1_0 event): the ID token of
//! a user with a second factor enabled carries the claim `roster_mfa`
//! (`shared::second_factor`).

use shared::second_factor::{Answered, Cognito, Event};

/// Answers the event with the claims for the user's MFA settings; never
/// fails the sign-in.
pub async fn handle(cognito: &Cognito, event: Event) -> Answered {
    shared::second_factor::answer(cognito, event).await
}
