//! Cognito's pre-token-generation trigger (`shared::second_factor`) against
//! moto's Cognito: a user without a second factor gets no claim, the same
//! user with an authenticator app enabled and preferred gets `roster_mfa`
//! `"true"`, and an unknown user or pool fails closed (no claim, the sign-in
//! goes on); no log line names the user. Without moto: the template tells
//! the API the claim the trigger sets, and lets the trigger read users of
//! the one pool it serves.

use e2e::infra::yaml;
use e2e::unique;
use serde_json::{Value, json};
use shared::second_factor::sdk::Client;
use shared::second_factor::sdk::types::{
    AttributeType, AuthFlowType, ChallengeNameType, ExplicitAuthFlowsType, MessageActionType,
    SoftwareTokenMfaSettingsType, UserPoolMfaType, UsernameAttributeType,
};
use shared::second_factor::{Answered, CLAIM, Cognito, Event, Handler, Outcome, serve};
use std::io::Write;
use std::sync::{Arc, Mutex};

const PASSWORD: &str = "Correct-horse-9-battery";

/// A user pool as the template makes it (email as the username, TOTP
/// offered), an app client that signs in with a password (moto has no
/// managed login), and one user in one group.
struct Pool {
    cognito: Client,
    id: String,
    client_id: String,
    /// What Cognito calls the user in the event: a GUID, the email being
    /// the username attribute.
    username: String,
    email: String,
}

impl Pool {
    async fn new() -> Pool {
        let cognito = Client::new(&shared::aws::sdk_config().await);
        let pool = cognito
            .create_user_pool()
            .pool_name(unique("roster-pool"))
            .username_attributes(UsernameAttributeType::Email)
            .mfa_configuration(UserPoolMfaType::Optional)
            .send()
            .await
            .expect("moto creates the user pool");
        let id = pool.user_pool.unwrap().id.unwrap();
        let client = cognito
            .create_user_pool_client()
            .user_pool_id(&id)
            .client_name("pages")
            .explicit_auth_flows(ExplicitAuthFlowsType::AllowAdminUserPasswordAuth)
            .send()
            .await
            .unwrap();
        let client_id = client.user_pool_client.unwrap().client_id.unwrap();
        let email = format!("{}@greenacresrealty.com", unique("sue"));
        let created = cognito
            .admin_create_user()
            .user_pool_id(&id)
            .username(&email)
            .user_attributes(attribute("email_verified", "true"))
            .message_action(MessageActionType::Suppress)
            .send()
            .await
            .unwrap();
        let username = created.user.unwrap().username.unwrap();
        assert_ne!(username, email, "the email is an alias of a GUID username");
        cognito
            .admin_set_user_password()
            .user_pool_id(&id)
            .username(&email)
            .password(PASSWORD)
            .permanent(true)
            .send()
            .await
            .unwrap();
        cognito
            .create_group()
            .user_pool_id(&id)
            .group_name("editors")
            .send()
            .await
            .unwrap();
        cognito
            .admin_add_user_to_group()
            .user_pool_id(&id)
            .username(&username)
            .group_name("editors")
            .send()
            .await
            .unwrap();
        Pool {
            cognito,
            id,
            client_id,
            username,
            email,
        }
    }

    /// Signs in with the password: the access token, or the challenge
    /// Cognito answers with instead.
    async fn sign_in(&self) -> Result<String, ChallengeNameType> {
        let out = self
            .cognito
            .admin_initiate_auth()
            .user_pool_id(&self.id)
            .client_id(&self.client_id)
            .auth_flow(AuthFlowType::AdminUserPasswordAuth)
            .auth_parameters("USERNAME", &self.email)
            .auth_parameters("PASSWORD", PASSWORD)
            .send()
            .await
            .unwrap();
        match out.authentication_result {
            Some(tokens) => Ok(tokens.access_token.unwrap()),
            None => Err(out.challenge_name.unwrap()),
        }
    }

    /// Enrols an authenticator app, as the pages do with the user's access
    /// token, and makes it the user's enabled and preferred factor. moto
    /// accepts any code unless MOTO_COGNITO_IDP_USER_POOL_ENABLE_TOTP is set.
    async fn enable_totp(&self) {
        let access = self.sign_in().await.expect("no challenge without MFA");
        self.cognito
            .associate_software_token()
            .access_token(&access)
            .send()
            .await
            .unwrap();
        self.cognito
            .verify_software_token()
            .access_token(&access)
            .user_code("123456")
            .send()
            .await
            .unwrap();
        let totp = SoftwareTokenMfaSettingsType::builder()
            .enabled(true)
            .preferred_mfa(true)
            .build();
        self.cognito
            .admin_set_user_mfa_preference()
            .user_pool_id(&self.id)
            .username(&self.username)
            .software_token_mfa_settings(totp)
            .send()
            .await
            .unwrap();
    }

    /// The V1_0 event Cognito sends the trigger when it makes the user's
    /// tokens at a sign-in through managed login.
    fn event(&self) -> Event {
        event(&self.id, &self.username, &self.email)
    }
}

fn attribute(name: &str, value: &str) -> AttributeType {
    AttributeType::builder()
        .name(name)
        .value(value)
        .build()
        .unwrap()
}

/// The function's sample event (a sign-in through managed login, as
/// Cognito sends it), for `username` of `pool`, who is in the group
/// `editors`.
fn event(pool: &str, username: &str, email: &str) -> Event {
    let path = "functions/pre-token-generation/events/token-generation.json";
    let sample = e2e::infra::read(path)
        .replace("us-east-1_SAMPLEPOOL", pool)
        .replace(e2e::placeholders::USER, username)
        .replace("sue.casa@greenacresrealty.com", email);
    let mut event: Event = serde_json::from_str(&sample).expect("Cognito's V1_0 event parses");
    event.request.group_configuration.groups_to_override = vec!["editors".into()];
    event
}

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
    let off = SoftwareTokenMfaSettingsType::builder()
        .enabled(false)
        .preferred_mfa(false)
        .build();
    pool.cognito
        .admin_set_user_mfa_preference()
        .user_pool_id(&pool.id)
        .username(&pool.username)
        .software_token_mfa_settings(off)
        .send()
        .await
        .unwrap();
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
