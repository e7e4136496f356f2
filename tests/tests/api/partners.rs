//! Partner access end to end: request, enable, the partner's own user,
//! disable and switch, and each refusal.

use e2e::{Api, Person};
use serde_json::{Value, json};

struct Agency {
    account: String,
    owner: Person,
    manager: Person,
    creator: Person,
}

async fn agency(api: &Api) -> Agency {
    let owner = api.person("agency-owner").await;
    let account = api.partner_account(&owner).await;
    let manager = api.person("agency-pm").await;
    api.join(&owner, &account, &manager, "partner_manager")
        .await;
    let creator = api.person("agency-cc").await;
    api.join(&owner, &account, &creator, "campaign_creator")
        .await;
    Agency {
        account,
        owner,
        manager,
        creator,
    }
}

async fn ask(api: &Api, who: &Person, client: &str, partner: &str) -> e2e::Answer {
    api.post(
        &format!("/accounts/{client}/partner-access/requests"),
        who,
        json!({"partner_account_id": partner}),
    )
    .await
}

async fn set(api: &Api, owner: &Person, client: &str, body: Value) -> e2e::Answer {
    api.put(&format!("/accounts/{client}/partner-access"), owner, body)
        .await
}

async fn create_user(api: &Api, who: &Person, client: &str, partner: &str) -> e2e::Answer {
    api.post(
        &format!("/accounts/{client}/partner-access/users"),
        who,
        json!({"partner_account_id": partner}),
    )
    .await
}

#[tokio::test]
async fn the_whole_partner_flow() {
    let api = Api::start().await;
    let client_owner = api.person("client").await;
    let client = api.account(&client_owner).await;
    let agency = agency(&api).await;
    let access = format!("/accounts/{client}/partner-access");

    // Ask twice: one request, refreshed.
    let asked = ask(&api, &agency.manager, &client, &agency.account)
        .await
        .expect(202, None);
    assert_eq!(asked.body["partner_account_id"], agency.account);
    ask(&api, &agency.manager, &client, &agency.account)
        .await
        .expect(202, None);
    let seen = api.get(&access, &client_owner).await.expect(200, None);
    assert_eq!(seen.body["enabled"], false);
    assert_eq!(seen.body["partner"], json!(null));
    let requests = seen.body["requests"].as_array().unwrap();
    assert_eq!(requests.len(), 1);
    assert!(
        requests[0]["partner_name"]
            .as_str()
            .unwrap()
            .starts_with("Agency")
    );
    assert_eq!(requests[0]["requested_by"], agency.manager.email);

    // Not yet enabled: no partner user.
    create_user(&api, &agency.manager, &client, &agency.account)
        .await
        .expect(403, Some("partner_access_disabled"));

    // Enable: the partner is named, its request answered.
    let on = set(
        &api,
        &client_owner,
        &client,
        json!({"enabled": true, "partner_account_id": agency.account}),
    )
    .await
    .expect(200, None);
    assert_eq!(on.body["enabled"], true);
    assert_eq!(on.body["partner"]["account_id"], agency.account);
    assert_eq!(on.body["requests"], json!([]));

    // The partner's members with partner:tools create their own users.
    let made = create_user(&api, &agency.manager, &client, &agency.account)
        .await
        .expect(201, None);
    assert_eq!(made.body["role"], "account_manager");
    assert_eq!(made.body["status"], "active");
    assert_eq!(made.body["email"], agency.manager.email);
    assert_eq!(made.body["partner_account_id"], agency.account);
    create_user(&api, &agency.owner, &client, &agency.account)
        .await
        .expect(201, None);
    create_user(&api, &agency.manager, &client, &agency.account)
        .await
        .expect(409, Some("already_member"));
    create_user(&api, &agency.creator, &client, &agency.account)
        .await
        .expect(403, Some("forbidden"));
    let me = api.get("/me", &agency.manager).await;
    let in_client: Vec<&Value> = me.body["accounts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["account_id"] == client)
        .collect();
    assert_eq!(in_client[0]["role"], "account_manager");
    assert_eq!(in_client[0]["status"], "active");
    assert_eq!(
        api.get(&format!("/accounts/{client}"), &client_owner)
            .await
            .body["seats_used"],
        3
    );

    // Off: every user the partner created is deactivated at once.
    let off = set(&api, &client_owner, &client, json!({"enabled": false}))
        .await
        .expect(200, None);
    assert_eq!(off.body["enabled"], false);
    for who in [&agency.manager, &agency.owner] {
        api.get(&format!("/accounts/{client}"), who)
            .await
            .expect(403, Some("forbidden"));
    }
    let users = api.all_users(&client_owner, &client).await;
    let partner_users: Vec<_> = users
        .iter()
        .filter(|u| u["partner_account_id"] == agency.account)
        .collect();
    assert_eq!(partner_users.len(), 2);
    assert!(partner_users.iter().all(|u| u["status"] == "deactivated"));
    assert_eq!(api.assert_seats_exact(&client_owner, &client).await, 1);
    create_user(&api, &agency.manager, &client, &agency.account)
        .await
        .expect(403, Some("partner_access_disabled"));
    // Its request was answered: enabling again needs a new one.
    set(
        &api,
        &client_owner,
        &client,
        json!({"enabled": true, "partner_account_id": agency.account}),
    )
    .await
    .expect(409, Some("partner_request_missing"));
}

#[tokio::test]
async fn switching_partners_deactivates_the_old_ones_users_in_one_operation() {
    let api = Api::start().await;
    let client_owner = api.person("client").await;
    let client = api.account(&client_owner).await;
    let (first, second) = (agency(&api).await, agency(&api).await);
    ask(&api, &first.manager, &client, &first.account)
        .await
        .expect(202, None);
    ask(&api, &second.manager, &client, &second.account)
        .await
        .expect(202, None);
    set(
        &api,
        &client_owner,
        &client,
        json!({"enabled": true, "partner_account_id": first.account}),
    )
    .await
    .expect(200, None);
    create_user(&api, &first.manager, &client, &first.account)
        .await
        .expect(201, None);

    let switched = set(
        &api,
        &client_owner,
        &client,
        json!({"enabled": true, "partner_account_id": second.account}),
    )
    .await
    .expect(200, None);
    assert_eq!(switched.body["partner"]["account_id"], second.account);
    api.get(&format!("/accounts/{client}"), &first.manager)
        .await
        .expect(403, Some("forbidden"));
    create_user(&api, &first.manager, &client, &first.account)
        .await
        .expect(403, Some("partner_access_disabled"));
    create_user(&api, &second.manager, &client, &second.account)
        .await
        .expect(201, None);
    api.assert_seats_exact(&client_owner, &client).await;
}

#[tokio::test]
async fn partner_refusals() {
    let api = Api::start().await;
    let client_owner = api.person("client").await;
    let client = api.account(&client_owner).await;
    let agency = agency(&api).await;
    let stranger = api.person("stranger").await;

    // Only partner:tools members of a partner account may ask.
    ask(&api, &agency.creator, &client, &agency.account)
        .await
        .expect(403, Some("forbidden"));
    ask(&api, &stranger, &client, &agency.account)
        .await
        .expect(403, Some("forbidden"));
    let standard = api.account(&agency.manager).await;
    ask(&api, &agency.manager, &client, &standard)
        .await
        .expect(422, Some("invalid_field"));
    ask(&api, &agency.manager, &client, "not-a-uuid")
        .await
        .expect(422, Some("invalid_field"));
    ask(
        &api,
        &agency.manager,
        &uuid::Uuid::new_v4().to_string(),
        &agency.account,
    )
    .await
    .expect(404, Some("account_not_found"));
    ask(&api, &agency.owner, &agency.account, &agency.account)
        .await
        .expect(422, Some("invalid_field"));

    // Only the client's owner reads and sets partner access.
    let access = format!("/accounts/{client}/partner-access");
    api.get(&access, &stranger)
        .await
        .expect(404, Some("account_not_found"));
    set(&api, &stranger, &client, json!({"enabled": false}))
        .await
        .expect(404, Some("account_not_found"));
    set(&api, &client_owner, &client, json!({"enabled": true}))
        .await
        .expect(422, Some("invalid_field"));
    set(&api, &client_owner, &client, json!({"enabled": "yes"}))
        .await
        .expect(422, Some("invalid_field"));
    set(
        &api,
        &client_owner,
        &client,
        json!({"enabled": true, "partner_account_id": agency.account}),
    )
    .await
    .expect(409, Some("partner_request_missing"));

    // Enabled for this partner, but another one's member cannot come in.
    ask(&api, &agency.manager, &client, &agency.account)
        .await
        .expect(202, None);
    set(
        &api,
        &client_owner,
        &client,
        json!({"enabled": true, "partner_account_id": agency.account}),
    )
    .await
    .expect(200, None);
    let other = self::agency(&api).await;
    create_user(&api, &other.manager, &client, &other.account)
        .await
        .expect(403, Some("partner_access_disabled"));
    create_user(&api, &other.manager, &client, &agency.account)
        .await
        .expect(403, Some("forbidden"));

    // Seats: fill all but one of the client's ten.
    for i in 0..8 {
        let email = format!("{}@example.com", e2e::unique(&format!("fill{i}")));
        api.invite(&client_owner, &client, &email, "campaign_creator")
            .await
            .expect(201, None);
    }
    create_user(&api, &agency.manager, &client, &agency.account)
        .await
        .expect(201, None);
    create_user(&api, &agency.owner, &client, &agency.account)
        .await
        .expect(409, Some("seat_limit_reached"));
    // A member of the client who is not the owner cannot manage access.
    api.get(&access, &agency.manager)
        .await
        .expect(403, Some("forbidden"));
}
