//! One pass over every user-facing operation, recording the AWS requests and
//! capacity each made. The request-count test holds its numbers; the
//! benchmark reports them.

use crate::operations::*;
use crate::{Api, Options, Person, Request, Requests, token_of};
use serde_json::json;
use std::sync::Arc;

pub struct Step {
    pub operation: &'static str,
    pub requests: Vec<Request>,
}

/// A tour done: its API (and table), each step's requests, and each account
/// with its owner.
pub struct Tour {
    pub api: Api,
    pub steps: Vec<Step>,
    pub accounts: Vec<(Person, String)>,
}

/// Runs the tour on a fresh API and table; the requests of each step.
pub async fn run() -> Vec<Step> {
    walk().await.steps
}

/// Runs the tour on a fresh API and table.
pub async fn walk() -> Tour {
    let recorder = Arc::new(Requests::default());
    let api = Api::start_with(Options {
        requests: Some(recorder.clone()),
        ..Options::default()
    })
    .await;
    let owner = api.person("owner").await;
    let sue = api.person("sue").await;
    let agency_owner = api.person("agency").await;
    let mut steps = Vec::new();
    recorder.take();
    let mut step = |operation: &'static str| {
        steps.push(Step {
            operation,
            requests: recorder.take_detailed(),
        })
    };

    let account = api.account(&owner).await;
    step(CREATE_ACCOUNT);
    api.get(&format!("/accounts/{account}"), &owner)
        .await
        .expect(200, None);
    step(GET_ACCOUNT);
    api.get("/me", &owner).await.expect(200, None);
    step(ME);
    api.call("GET", "/roles", None, None)
        .await
        .expect(200, None);
    step(LIST_ROLES);
    let invited = api
        .invite(&owner, &account, &sue.email, "campaign_creator")
        .await
        .expect(201, None);
    step(INVITE);
    let path = Api::user_path(&account, &invited.body);
    api.get(&format!("/accounts/{account}/users"), &owner)
        .await
        .expect(200, None);
    step(LIST_USERS);
    api.get(&path, &owner).await.expect(200, None);
    step(GET_USER);
    let resent = api
        .post(&format!("{path}/resend"), &owner, json!({}))
        .await
        .expect(200, None);
    step(RESEND);
    let token = token_of(&resent.body);
    api.call("GET", &format!("/invitations/{token}"), None, None)
        .await
        .expect(200, None);
    step(PREVIEW_INVITATION);
    api.post("/invitations/accept", &sue, json!({"token": token}))
        .await
        .expect(200, None);
    step(ACCEPT_INVITATION);
    api.patch(&path, &owner, json!({"role": "account_manager"}))
        .await
        .expect(200, None);
    step(CHANGE_ROLE);
    let limits =
        json!({"list_ids": ["newsletter", "vip"], "withheld_permissions": ["contacts:export"]});
    api.patch(&path, &owner, limits).await.expect(200, None);
    step(LIMIT_LISTS_AND_PERMISSIONS);
    let question = json!({"account_id": account, "permission": "lists:edit", "list_id": "vip"});
    api.post("/authorize", &sue, question)
        .await
        .expect(200, None);
    step(AUTHORIZE);
    api.post(&format!("{path}/deactivate"), &owner, json!({}))
        .await
        .expect(200, None);
    step(DEACTIVATE);
    api.post(&format!("{path}/reactivate"), &owner, json!({}))
        .await
        .expect(200, None);
    step(REACTIVATE);
    api.post(&format!("{path}/deactivate"), &owner, json!({}))
        .await
        .expect(200, None);
    recorder.take();
    api.delete(&path, &owner).await.expect(204, None);
    step(DELETE);
    let bob = api
        .invite(&owner, &account, "bob@example.com", "campaign_creator")
        .await
        .expect(201, None);
    recorder.take();
    let bob_path = Api::user_path(&account, &bob.body);
    api.post(&format!("{bob_path}/revoke"), &owner, json!({}))
        .await
        .expect(200, None);
    step(REVOKE);
    api.get(&format!("/accounts/{account}/audit-events"), &owner)
        .await
        .expect(200, None);
    step(LIST_AUDIT_EVENTS);

    let partner = api
        .post(
            "/accounts",
            &agency_owner,
            json!({"name": "Agency", "kind": "partner"}),
        )
        .await;
    let partner = partner.expect(201, None).body["id"]
        .as_str()
        .unwrap()
        .to_owned();
    recorder.take();
    let body = json!({"partner_account_id": partner});
    api.post(
        &format!("/accounts/{account}/partner-access/requests"),
        &agency_owner,
        body.clone(),
    )
    .await
    .expect(202, None);
    step(REQUEST_PARTNER_ACCESS);
    api.get(&format!("/accounts/{account}/partner-access"), &owner)
        .await
        .expect(200, None);
    step(GET_PARTNER_ACCESS);
    let on = json!({"enabled": true, "partner_account_id": partner});
    api.put(&format!("/accounts/{account}/partner-access"), &owner, on)
        .await
        .expect(200, None);
    step(ENABLE_PARTNER_ACCESS);
    api.post(
        &format!("/accounts/{account}/partner-access/users"),
        &agency_owner,
        body,
    )
    .await
    .expect(201, None);
    step(CREATE_PARTNER_USER);
    let off = json!({"enabled": false});
    api.put(&format!("/accounts/{account}/partner-access"), &owner, off)
        .await
        .expect(200, None);
    step(DISABLE_PARTNER_ACCESS);
    api.sweep().await;
    step(EXPIRY_SWEEP);

    let settings = format!("/accounts/{account}");
    api.patch(&settings, &owner, json!({"name": "Green Acres"}))
        .await
        .expect(200, None);
    step(UPDATE_ACCOUNT);
    let review = format!("/accounts/{account}/access");
    api.get(&review, &owner).await.expect(200, None);
    step(REVIEW_ACCESS);
    api.csv(&review, &owner).await.expect(200, None);
    step(REVIEW_ACCESS_CSV);
    let trail = format!("/accounts/{account}/audit-events");
    api.csv(&trail, &owner).await.expect(200, None);
    step(EXPORT_AUDIT_EVENTS);
    let kim = api.person("kim").await;
    let kim_id = api.join(&owner, &account, &kim, "account_manager").await;
    recorder.take();
    let ownership = format!("/accounts/{account}/ownership");
    let offer = json!({"user_id": kim_id});
    api.post(&ownership, &owner, offer.clone())
        .await
        .expect(201, None);
    step(OFFER_OWNERSHIP);
    api.delete(&ownership, &owner).await.expect(204, None);
    step(WITHDRAW_OWNERSHIP_OFFER);
    api.post(&ownership, &owner, offer).await.expect(201, None);
    recorder.take();
    api.post(&format!("{ownership}/accept"), &kim, json!({}))
        .await
        .expect(200, None);
    step(ACCEPT_OWNERSHIP);
    // The old owner, an account manager now, leaves.
    api.post(&format!("/accounts/{account}/leave"), &owner, json!({}))
        .await
        .expect(204, None);
    step(LEAVE_ACCOUNT);
    Tour {
        api,
        steps,
        accounts: vec![(kim, account), (agency_owner, partner)],
    }
}
