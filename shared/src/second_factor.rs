//! Whether a sign-in's ID token shows a second factor: the rule of Cognito's
//! pre-token-generation trigger. Cognito refuses `amr` (and `acr`) from a
//! trigger, so the trigger sets a claim of its own, [`CLAIM`], to `"true"`
//! when the user has a second factor enabled, and sets nothing otherwise:
//! the claim's absence means none, never a `"false"`. The API reads it under
//! the name `MFA_CLAIM` gives (infra/template.yaml sets it to [`CLAIM`]).
//!
//! The trigger takes the V1_0 event: it customizes the ID token, the one the
//! API reads, and Cognito sends it on every feature plan.

use std::collections::HashMap;

/// The claim the trigger sets on the ID token, to `"true"` only.
pub const CLAIM: &str = "roster_mfa";

/// A user's MFA settings, as `AdminGetUser` reports them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MfaSettings {
    /// `UserMFASettingList`: the factors enabled (`SOFTWARE_TOKEN_MFA`,
    /// `SMS_MFA`, `EMAIL_OTP`).
    pub enabled: Vec<String>,
    /// `PreferredMfaSetting`; moto answers `""` for none.
    pub preferred: Option<String>,
}

impl MfaSettings {
    /// A factor enabled, or one preferred: Cognito then asks for it at every
    /// sign-in of a pool whose MFA is optional or on.
    pub fn has_second_factor(&self) -> bool {
        let named = |f: &str| !f.trim().is_empty();
        self.enabled.iter().any(|f| named(f)) || self.preferred.as_deref().is_some_and(named)
    }
}

/// The claims to add to the ID token of a user with `settings`: [`CLAIM`]
/// `"true"` with a second factor, none without.
pub fn claims_to_add(settings: &MfaSettings) -> HashMap<String, String> {
    if settings.has_second_factor() {
        HashMap::from([(CLAIM.to_owned(), "true".to_owned())])
    } else {
        HashMap::new()
    }
}

#[cfg(feature = "cognito")]
pub use trigger::*;

#[cfg(feature = "cognito")]
mod trigger {
    use super::{MfaSettings, claims_to_add};
    use crate::deps::{Opened, answered, bounded};
    use crate::observe::{observed, operation_span, record};
    use aws_lambda_events::event::cognito::ClaimsOverrideDetails;
    use aws_sdk_cognitoidentityprovider::error::ProvideErrorMetadata;
    use aws_sdk_cognitoidentityprovider::operation::admin_get_user::AdminGetUserOutput;
    use lambda_http::LambdaEvent;
    use std::collections::HashMap;
    use std::convert::Infallible;
    use std::future::Future;
    use std::pin::Pin;
    use std::time::Duration;

    /// The Cognito SDK, for the tests that set up a user pool.
    pub use aws_sdk_cognitoidentityprovider as sdk;

    /// Cognito's V1_0 pre-token-generation event, which the trigger answers
    /// with the same event, its `response` filled in.
    pub use aws_lambda_events::event::cognito::CognitoEventUserPoolsPreTokenGen as Event;

    /// The operation's name in the log.
    const OPERATION: &str = "pre_token_generation";

    /// Cognito waits 5 s for a trigger, a cold start's init included (its
    /// warm-up takes at most `WARM_UP_LIMIT`), then fails the sign-in:
    /// `AdminGetUser` gets 2 s, retries included, and past them the token
    /// goes out without the claim.
    const COGNITO_TIMEOUT: Duration = Duration::from_secs(2);

    /// The user pools' directory, asked for a user's MFA settings.
    pub struct Cognito {
        client: aws_sdk_cognitoidentityprovider::Client,
    }

    impl Cognito {
        /// A client from the SDK's configuration (`crate::aws::sdk_config`),
        /// bounded by `COGNITO_TIMEOUT`.
        pub fn new(sdk: &aws_config::SdkConfig) -> Cognito {
            Cognito::from_builder(aws_sdk_cognitoidentityprovider::config::Builder::from(sdk))
        }

        /// A client of `builder`'s configuration (the bench adds its request
        /// recorder there), bounded by `COGNITO_TIMEOUT`.
        pub fn from_builder(builder: aws_sdk_cognitoidentityprovider::config::Builder) -> Cognito {
            use aws_sdk_cognitoidentityprovider::config;
            let config = builder
                .retry_config(config::retry::RetryConfig::standard().with_max_attempts(2))
                .timeout_config(
                    config::timeout::TimeoutConfig::builder()
                        .operation_timeout(COGNITO_TIMEOUT)
                        .build(),
                )
                .build();
            Cognito {
                client: aws_sdk_cognitoidentityprovider::Client::from_conf(config),
            }
        }

        /// Opens, during init, the connection the first sign-in's
        /// `AdminGetUser` will use, as `Deps::warm_up` does for the others
        /// (within `WARM_UP_LIMIT`, never failing init). `GetUser` goes
        /// unsigned and Cognito refuses a token that is none before it reads
        /// anything: no permission is needed and nothing is read.
        pub async fn warm_up(&self) -> Opened {
            let request = self.client.get_user().access_token("warm-up");
            bounded("Cognito", async { answered(request.send().await) }).await
        }

        /// The MFA settings of `user` in `pool`, or why they are unknown: the
        /// code of Cognito's error only (its messages may name the user).
        async fn mfa_settings(&self, pool: &str, user: &str) -> Result<MfaSettings, &'static str> {
            let asked = self
                .client
                .admin_get_user()
                .user_pool_id(pool)
                .username(user)
                .send()
                .await;
            match asked {
                Ok(out) => Ok(MfaSettings::from(&out)),
                Err(err) => Err(match err.as_service_error() {
                    Some(e) if e.is_user_not_found_exception() => "UserNotFoundException",
                    Some(e) if e.is_resource_not_found_exception() => "ResourceNotFoundException",
                    Some(e) if e.is_too_many_requests_exception() => "TooManyRequestsException",
                    Some(e) if e.is_not_authorized_exception() => "NotAuthorizedException",
                    Some(e) if e.code() == Some("AccessDeniedException") => "AccessDeniedException",
                    Some(_) => "another error of Cognito's",
                    None => match answered::<(), _, _>(Err(err)) {
                        Err(reason) => reason,
                        Ok(()) => "an answer that could not be read",
                    },
                }),
            }
        }
    }

    impl From<&AdminGetUserOutput> for MfaSettings {
        fn from(out: &AdminGetUserOutput) -> MfaSettings {
            MfaSettings {
                enabled: out.user_mfa_setting_list().to_vec(),
                preferred: out.preferred_mfa_setting().map(str::to_owned),
            }
        }
    }

    /// What the trigger found out about the signing-in user.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Outcome {
        /// A second factor: the token carries the claim.
        SecondFactor,
        /// None: the token carries no claim.
        NoSecondFactor,
        /// The settings could not be read (the reason, naming no one): the
        /// token carries no claim. Failing closed only withholds what needs
        /// a second factor; failing the trigger would fail the sign-in.
        Unknown(&'static str),
    }

    impl Outcome {
        /// The outcome's code in the log.
        pub fn code(self) -> &'static str {
            match self {
                Outcome::SecondFactor => "second_factor",
                Outcome::NoSecondFactor => "no_second_factor",
                Outcome::Unknown(_) => "mfa_settings_unknown",
            }
        }

        /// The status the answer reads as in the log: settings unknown is a
        /// 503, though the sign-in goes on.
        pub fn status(self) -> u16 {
            match self {
                Outcome::Unknown(_) => 503,
                _ => 200,
            }
        }
    }

    /// The event answered, and what the trigger found.
    #[derive(Debug, Clone)]
    pub struct Answered {
        pub event: Event,
        pub outcome: Outcome,
    }

    /// Answers the event: the claims for the user's MFA settings, read from
    /// the event's user pool with `AdminGetUser`. Never fails: without the
    /// settings the token goes out as Cognito made it.
    pub async fn answer(cognito: &Cognito, mut event: Event) -> Answered {
        let header = &event.cognito_event_user_pools_header;
        let settings = match (header.user_pool_id.as_deref(), header.user_name.as_deref()) {
            (Some(pool), Some(user)) if !pool.is_empty() && !user.is_empty() => {
                cognito.mfa_settings(pool, user).await
            }
            _ => Err("the event names no user pool or no user"),
        };
        let outcome = match &settings {
            Ok(s) if s.has_second_factor() => Outcome::SecondFactor,
            Ok(_) => Outcome::NoSecondFactor,
            Err(reason) => Outcome::Unknown(reason),
        };
        record("outcome", outcome.code());
        if let Outcome::Unknown(reason) = outcome {
            tracing::warn!(
                reason,
                "the user's MFA settings are unknown; the ID token goes out without the claim"
            );
        }
        add_claims(
            &mut event,
            settings.as_ref().map(claims_to_add).unwrap_or_default(),
        );
        Answered { event, outcome }
    }

    /// Puts `claims` in the event's answer; with none, the answer stays
    /// empty and Cognito issues the token as it made it.
    pub fn add_claims(event: &mut Event, claims: HashMap<String, String>) {
        if claims.is_empty() {
            return;
        }
        let mut details = ClaimsOverrideDetails::default();
        details.claims_to_add_or_override = claims;
        // An override answers for the groups too: an empty one would take
        // `cognito:groups` out of both tokens. The request's keeps them.
        details.group_override_details = event.request.group_configuration.clone();
        event.response.claims_override_details = Some(details);
    }

    /// A trigger's handler: the event in, the event answered out.
    pub type Handler =
        for<'a> fn(&'a Cognito, Event) -> Pin<Box<dyn Future<Output = Answered> + Send + 'a>>;

    /// Answers one event with `handler`, observed (`crate::observe`): in the
    /// operation's span, whose closing line gives the outcome and status.
    pub async fn serve(
        cognito: &Cognito,
        handler: Handler,
        event: Event,
        request_id: &str,
    ) -> Answered {
        let span = operation_span(OPERATION, request_id);
        observed(span, handler(cognito, event), |a: &Answered| {
            a.outcome.status()
        })
        .await
    }

    /// Runs the trigger: the Cognito client is built once (from the SDK's
    /// configuration chain) and its connection opened in init (unless the
    /// bench leaves the warm-up out), then each
    /// event is served by `handler`, on a single-threaded runtime as every
    /// function of ours.
    pub fn run(handler: Handler) -> Result<(), crate::lambda::Error> {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?
            .block_on(async {
                crate::lambda::init_tracing();
                let cognito = Cognito::new(&crate::aws::sdk_config().await);
                let cognito: &'static Cognito = Box::leak(Box::new(cognito));
                if crate::lambda::warm_up_wanted() {
                    cognito.warm_up().await;
                }
                lambda_http::lambda_runtime::run(lambda_http::lambda_runtime::service_fn(
                    move |event: LambdaEvent<Event>| async move {
                        let request_id = &event.context.request_id;
                        let answered = serve(cognito, handler, event.payload, request_id).await;
                        Ok::<_, Infallible>(answered.event)
                    },
                ))
                .await
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(enabled: &[&str], preferred: Option<&str>) -> MfaSettings {
        MfaSettings {
            enabled: enabled.iter().map(|s| s.to_string()).collect(),
            preferred: preferred.map(str::to_owned),
        }
    }

    #[test]
    fn a_factor_enabled_or_preferred_is_a_second_factor() {
        let claim = HashMap::from([(CLAIM.to_owned(), "true".to_owned())]);
        for with in [
            settings(&["SOFTWARE_TOKEN_MFA"], Some("SOFTWARE_TOKEN_MFA")),
            settings(&["SOFTWARE_TOKEN_MFA"], None),
            settings(&["SMS_MFA", "EMAIL_OTP"], Some("")),
            settings(&[], Some("SOFTWARE_TOKEN_MFA")),
        ] {
            assert!(with.has_second_factor(), "{with:?}");
            assert_eq!(claims_to_add(&with), claim, "{with:?}");
        }
    }

    #[test]
    fn without_a_factor_no_claim_is_added_not_even_false() {
        for without in [
            MfaSettings::default(),
            settings(&[], Some("")),
            settings(&[""], Some("  ")),
        ] {
            assert!(!without.has_second_factor(), "{without:?}");
            assert!(claims_to_add(&without).is_empty(), "{without:?}");
        }
    }

    #[cfg(feature = "cognito")]
    mod trigger {
        use super::super::*;
        use crate::deps::Opened;
        use crate::deps::tests::{refusing, sdk_at};
        use serde_json::{Value, json};

        /// A V1_0 event as Cognito sends it (the shape of the developer
        /// guide's), for a user in one group.
        fn event(pool: &str, user: &str) -> Event {
            serde_json::from_value(json!({
                "version": "1",
                "triggerSource": "TokenGeneration_HostedAuth",
                "region": "us-east-1",
                "userPoolId": pool,
                "userName": user,
                "callerContext": {"awsSdkVersion": "aws-sdk-unknown-unknown", "clientId": "client"},
                "request": {
                    "userAttributes": {"sub": user, "email": "sue@example.com", "email_verified": "true"},
                    "groupConfiguration": {"groupsToOverride": ["editors"], "iamRolesToOverride": [], "preferredRole": null}
                },
                "response": {"claimsOverrideDetails": null}
            }))
            .unwrap()
        }

        #[tokio::test]
        async fn a_refused_lookup_fails_closed_and_names_no_one() {
            let (url, mut heads) = refusing().await;
            let cognito = Cognito::new(&sdk_at(&url));
            let answered = answer(&cognito, event("us-east-1_pool", "user-1")).await;
            assert!(matches!(answered.outcome, Outcome::Unknown(_)));
            assert_eq!(answered.outcome.status(), 503);
            let wire = serde_json::to_value(&answered.event).unwrap();
            assert_eq!(wire["response"]["claimsOverrideDetails"], Value::Null);
            assert_eq!(wire["userName"], "user-1", "the event goes back as it came");
            let head = heads.try_recv().expect("Cognito was asked");
            assert!(
                head.contains("\r\nx-amz-target: awscognitoidentityproviderservice.admingetuser"),
                "{head}"
            );
            assert!(
                head.contains("\r\nauthorization: aws4-hmac-sha256"),
                "{head}"
            );
        }

        #[tokio::test]
        async fn an_event_without_a_user_is_answered_without_asking() {
            let (url, mut heads) = refusing().await;
            let cognito = Cognito::new(&sdk_at(&url));
            let mut nameless = event("us-east-1_pool", "user-1");
            nameless.cognito_event_user_pools_header.user_name = None;
            let answered = answer(&cognito, nameless).await;
            assert_eq!(
                answered.outcome,
                Outcome::Unknown("the event names no user pool or no user")
            );
            assert!(heads.try_recv().is_err(), "nothing to ask Cognito about");
        }

        #[tokio::test]
        async fn the_warm_up_asks_unsigned_and_a_refusal_opened_the_connection() {
            let (url, mut heads) = refusing().await;
            let cognito = Cognito::new(&sdk_at(&url));
            assert_eq!(cognito.warm_up().await, Opened::Yes);
            let head = heads.try_recv().expect("Cognito was asked");
            assert!(
                head.contains("\r\nx-amz-target: awscognitoidentityproviderservice.getuser"),
                "{head}"
            );
            assert!(!head.contains("\r\nauthorization:"), "unsigned: {head}");
        }

        #[test]
        fn claims_are_answered_with_the_groups_kept() {
            let mut event = event("us-east-1_pool", "user-1");
            let second_factor = MfaSettings {
                enabled: vec!["SOFTWARE_TOKEN_MFA".into()],
                preferred: None,
            };
            add_claims(&mut event, claims_to_add(&second_factor));
            let wire = serde_json::to_value(&event).unwrap();
            let details = &wire["response"]["claimsOverrideDetails"];
            assert_eq!(details["claimsToAddOrOverride"], json!({CLAIM: "true"}));
            assert_eq!(details["claimsToSuppress"], json!([]));
            assert_eq!(
                details["groupOverrideDetails"]["groupsToOverride"],
                json!(["editors"])
            );
        }

        #[test]
        fn no_claims_leave_the_answer_empty() {
            let mut event = event("us-east-1_pool", "user-1");
            add_claims(&mut event, claims_to_add(&MfaSettings::default()));
            let wire = serde_json::to_value(&event).unwrap();
            assert_eq!(wire["response"], json!({"claimsOverrideDetails": null}));
        }
    }
}
