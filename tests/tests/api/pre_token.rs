//! Cognito's pre-token-generation trigger (`shared::second_factor`) against
//! moto's Cognito: a user without a second factor gets no claim, the same
//! user with an authenticator app enabled and preferred gets `roster_mfa`
//! `"true"`, and an unknown user or pool fails closed (no claim, the sign-in
//! goes on); no log line names the user. Without moto: the template tells
//! the API the claim the trigger sets, and lets the trigger read users of
//! the one pool it serves.

use e2e::cognito::{Pool, event};
use e2e::infra::yaml;
use e2e::unique;
use serde_json::{Value, json};
use shared::second_factor::sdk::types::ChallengeNameType;
use shared::second_factor::{Answered, CLAIM, Cognito, Event, Handler, Outcome, serve};
use std::io::Write;
use std::sync::{Arc, Mutex};

/// The function's handler, as its `main` gives it.
const HANDLER: Handler = |cognito, event| Box::pin(pre_token_generation::handle(cognito, event));

/// Answers `event` as the deployed function does, and what Cognito reads
/// back: the event as JSON.
async fn trigger(cognito: &Cognito, event: Event) -> (Outcome, Value) {
    let Answered { event, outcome } = serve(cognito, HANDLER, event, "request-1").await;
    (outcome, serde_json::to_value(event).unwrap())
}

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn the_id_token_shows_a_second_factor_once_the_user_has_one() {
    let captured = Captured::default();
    let sink = captured.clone();
    let _lines = shared::lambda::trace_thread_to(move || sink.clone());
    let pool = Pool::new().await;
    let cognito = Cognito::new(&shared::aws::sdk_config().await);

    let (outcome, answer) = trigger(&cognito, pool.event()).await;
    assert_eq!(outcome, Outcome::NoSecondFactor);
    assert_eq!(
        answer["response"],
        json!({"claimsOverrideDetails": null}),
        "no claim at all without a second factor, not even \"false\""
    );

    pool.enable_totp().await;
    assert_eq!(
        pool.sign_in().await,
        Err(ChallengeNameType::SoftwareTokenMfa),
        "a sign-in now asks for the app's code"
    );
    let (outcome, answer) = trigger(&cognito, pool.event()).await;
    assert_eq!(outcome, Outcome::SecondFactor);
    let details = &answer["response"]["claimsOverrideDetails"];
    assert_eq!(details["claimsToAddOrOverride"], json!({CLAIM: "true"}));
    assert_eq!(details["claimsToSuppress"], json!([]));
    assert_eq!(
        details["groupOverrideDetails"],
        json!({"groupsToOverride": ["editors"], "iamRolesToOverride": [], "preferredRole": null}),
        "the user's groups stay in the tokens"
    );
    assert_eq!(answer["userName"], pool.username.as_str());

    // Turned off again: the next tokens (a refresh) carry no claim.
    pool.prefer_totp(false).await;
    let (outcome, answer) = trigger(&cognito, pool.event()).await;
    assert_eq!(outcome, Outcome::NoSecondFactor);
    assert_eq!(answer["response"]["claimsOverrideDetails"], Value::Null);

    let lines = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    let done: Vec<Value> = lines
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .filter(|l| l["fields"]["message"] == "request done")
        .collect();
    assert_eq!(done.len(), 3, "{lines}");
    assert_eq!(done[1]["span"]["operation"], "pre_token_generation");
    assert_eq!(done[1]["span"]["outcome"], "second_factor");
    assert_eq!(done[1]["fields"]["status"], 200);
    assert!(
        !lines.contains(&pool.email),
        "a line names the user: {lines}"
    );
    assert!(
        !lines.contains(&pool.username),
        "a line names the user: {lines}"
    );
}

#[tokio::test]
async fn an_unknown_user_or_pool_fails_closed_without_naming_anyone() {
    let captured = Captured::default();
    let sink = captured.clone();
    let _lines = shared::lambda::trace_thread_to(move || sink.clone());
    let pool = Pool::new().await;
    pool.enable_totp().await;
    let cognito = Cognito::new(&shared::aws::sdk_config().await);

    let stranger = format!("{}@example.com", unique("stranger"));
    for event in [
        event(&pool.id, "00000000-0000-4000-8000-000000000000", &stranger),
        event("us-east-1_NoSuchPool", &pool.username, &pool.email),
    ] {
        let (outcome, answer) = trigger(&cognito, event).await;
        assert!(matches!(outcome, Outcome::Unknown(_)), "{outcome:?}");
        assert_eq!(answer["response"]["claimsOverrideDetails"], Value::Null);
    }

    let lines = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    let warnings: Vec<Value> = lines
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .filter(|l| l["level"] == "WARN")
        .collect();
    assert_eq!(warnings.len(), 2, "one line says why, each time: {lines}");
    assert_eq!(warnings[0]["fields"]["reason"], "UserNotFoundException");
    assert_eq!(warnings[1]["fields"]["reason"], "ResourceNotFoundException");
    for name in [&stranger, &pool.email, &pool.username] {
        assert!(
            !lines.contains(name.as_str()),
            "a line names a user: {lines}"
        );
    }
}

/// Without moto: the API is told the claim the trigger sets, in every
/// function (the authorizers read it too), and the trigger may read users of
/// the pool it serves, nothing more.
#[test]
fn the_template_names_the_claim_and_grants_the_lookup() {
    let template = yaml("infra/template.yaml");
    assert_eq!(
        template["Globals"]["Function"]["Environment"]["Variables"]["MFA_CLAIM"], CLAIM,
        "MFA_CLAIM (infra/template.yaml) and shared::second_factor::CLAIM"
    );
    let resources = &template["Resources"];
    let function = &resources["PreTokenGeneration"];
    assert_eq!(
        function["Metadata"]["BuildProperties"]["Binary"],
        "pre-token-generation"
    );
    assert!(
        e2e::infra::allowed_actions(&function["Properties"]).is_empty(),
        "the lookup is granted apart, once the pool exists"
    );
    let grant = &resources["PreTokenGenerationReadsUsers"]["Properties"];
    assert_eq!(grant["Roles"], json!([{"!Ref": "PreTokenGenerationRole"}]));
    let statements = grant["PolicyDocument"]["Statement"].as_array().unwrap();
    assert_eq!(statements.len(), 1);
    assert_eq!(statements[0]["Action"], json!(["cognito-idp:AdminGetUser"]));
    // The pool the stack creates, or the one it is given; so may Cognito
    // invoke the trigger for that pool alone.
    let the_pool = json!({"!If": [
        "CreatesUserPool",
        {"!GetAtt": "UserPool.Arn"},
        {"!Sub": "arn:${AWS::Partition}:cognito-idp:${AWS::Region}:${AWS::AccountId}:userpool/${CognitoUserPoolId}"}
    ]});
    assert_eq!(statements[0]["Resource"], the_pool);
    let invoke = &resources["PreTokenGenerationInvoke"]["Properties"];
    assert_eq!(invoke["Principal"], "cognito-idp.amazonaws.com");
    assert_eq!(invoke["SourceArn"], the_pool);
    let trigger = &resources["UserPool"]["Properties"]["LambdaConfig"]["PreTokenGenerationConfig"];
    assert_eq!(
        trigger["LambdaArn"],
        json!({"!GetAtt": "PreTokenGeneration.Arn"})
    );
    assert_eq!(
        trigger["LambdaVersion"], "V1_0",
        "the event shared::second_factor reads"
    );
}
