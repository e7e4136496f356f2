//! A user pool in moto's Cognito as the template makes it, and the
//! pre-token-generation trigger's event for its user: for the trigger's
//! tests (tests/tests/api/pre_token.rs) and the bench (its Cognito request
//! and cold start).

use crate::unique;
use shared::second_factor::Event;
use shared::second_factor::sdk::Client;
use shared::second_factor::sdk::types::{
    AttributeType, AuthFlowType, ChallengeNameType, ExplicitAuthFlowsType, MessageActionType,
    SoftwareTokenMfaSettingsType, UserPoolMfaType, UsernameAttributeType,
};

pub const PASSWORD: &str = "Correct-horse-9-battery";

/// A user pool as the template makes it (email as the username, TOTP
/// offered), an app client that signs in with a password (moto has no
/// managed login), and one user in one group.
pub struct Pool {
    pub cognito: Client,
    pub id: String,
    pub client_id: String,
    /// What Cognito calls the user in the event: a GUID, the email being
    /// the username attribute.
    pub username: String,
    pub email: String,
}

impl Pool {
    pub async fn new() -> Pool {
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
    pub async fn sign_in(&self) -> Result<String, ChallengeNameType> {
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
    pub async fn enable_totp(&self) {
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
        self.prefer_totp(true).await;
    }

    /// Makes the enrolled authenticator app the user's enabled and preferred
    /// factor (`on`), or turns it off.
    pub async fn prefer_totp(&self, on: bool) {
        let totp = SoftwareTokenMfaSettingsType::builder()
            .enabled(on)
            .preferred_mfa(on)
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
    pub fn event(&self) -> Event {
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
pub fn event(pool: &str, username: &str, email: &str) -> Event {
    let path = "functions/pre-token-generation/events/token-generation.json";
    let sample = crate::infra::read(path)
        .replace("us-east-1_SAMPLEPOOL", pool)
        .replace(crate::placeholders::USER, username)
        .replace("sue.casa@greenacresrealty.com", email);
    let mut event: Event = serde_json::from_str(&sample).expect("Cognito's V1_0 event parses");
    event.request.group_configuration.groups_to_override = vec!["editors".into()];
    event
}
