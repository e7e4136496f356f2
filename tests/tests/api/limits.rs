//! Per-user limits (lists, withheld permissions) and `POST /authorize`: set
//! with the invitation, kept by resend, carried into the membership on
//! accept, changed with PATCH (one audit event, If-Match honoured), obeyed on
//! the very next request, dropped when a new role makes them moot.

use e2e::{Api, Person, token_of};
use serde_json::{Value, json};
use std::time::Duration;

async fn ask(
    api: &Api,
    who: &Person,
    account: &str,
    permission: &str,
    list: Option<&str>,
) -> Value {
    let mut body = json!({"account_id": account, "permission": permission});
    if let Some(list) = list {
        body["list_id"] = json!(list);
    }
    api.post("/authorize", who, body)
        .await
        .expect(200, None)
        .body
}

fn verdict(answer: &Value) -> (bool, &str) {
    (
        answer["allowed"].as_bool().unwrap(),
        answer["reason"].as_str().unwrap(),
    )
}

#[tokio::test]
async fn a_limited_user_may_do_exactly_what_is_left() {
    let api = Api::start().await;
    let (owner, account) = api.owner_and_account().await;
    let sue = api.person("sue").await;
    // Two lists, campaigns and lists, but not viewing or exporting contacts.
    let invited = api
        .post(
            &format!("/accounts/{account}/users"),
            &owner,
            json!({
                "email": sue.email, "role": "account_manager",
                "list_ids": ["newsletter", "vip"],
                "withheld_permissions": ["contacts:view", "contacts:export"],
            }),
        )
        .await
        .expect(201, None);
    let user = &invited.body["user"];
    assert_eq!(user["list_ids"], json!(["newsletter", "vip"]));
    assert_eq!(
        user["withheld_permissions"],
        json!(["contacts:view", "contacts:export"])
    );
    assert!(
        !user["permissions"]
            .as_array()
            .unwrap()
            .contains(&json!("contacts:export"))
    );
    let path = Api::user_path(&account, &invited.body);
    // A resend keeps them.
    let resent = api
        .post(&format!("{path}/resend"), &owner, json!({}))
        .await
        .expect(200, None);
    assert_eq!(resent.body["user"]["list_ids"], user["list_ids"]);
    api.post(
        "/invitations/accept",
        &sue,
        json!({"token": token_of(&resent.body)}),
    )
    .await
    .expect(200, None);

    assert_eq!(
        verdict(&ask(&api, &sue, &account, "campaigns:edit", None).await),
        (true, "granted")
    );
    assert_eq!(
        verdict(&ask(&api, &sue, &account, "lists:edit", Some("vip")).await),
        (true, "granted")
    );
    assert_eq!(
        verdict(&ask(&api, &sue, &account, "lists:edit", Some("other")).await),
        (false, "list_not_in_scope")
    );
    // An export of every contact (no list named) is refused.
    assert_eq!(
        verdict(&ask(&api, &sue, &account, "contacts:export", None).await),
        (false, "withheld")
    );
    assert_eq!(
        verdict(&ask(&api, &sue, &account, "campaigns:schedule", None).await),
        (false, "list_not_in_scope")
    );
    assert_eq!(
        verdict(&ask(&api, &sue, &account, "billing:manage", None).await),
        (false, "not_in_role")
    );
    let answer = ask(&api, &sue, &account, "campaigns:edit", None).await;
    assert_eq!(answer["role"], "account_manager");
    assert_eq!(answer["list_ids"], json!(["newsletter", "vip"]));
    let me = api.get("/me", &sue).await.expect(200, None);
    assert_eq!(
        me.body["accounts"][0]["list_ids"],
        json!(["newsletter", "vip"])
    );
    assert!(
        !me.body["accounts"][0]["permissions"]
            .as_array()
            .unwrap()
            .contains(&json!("contacts:view"))
    );

    // Lift the limits: obeyed on the very next request.
    let lifted = api
        .patch(
            &path,
            &owner,
            json!({"list_ids": null, "withheld_permissions": []}),
        )
        .await
        .expect(200, None);
    assert_eq!(lifted.body["list_ids"], Value::Null);
    assert_eq!(
        verdict(&ask(&api, &sue, &account, "contacts:export", None).await),
        (true, "granted")
    );
    let events = api.events(&owner, &account).await;
    assert_eq!(events[0]["action"], "user.limits_changed");
    assert_eq!(
        events[0]["before"]["limits"]["list_ids"],
        json!(["newsletter", "vip"])
    );
    assert_eq!(events[0]["after"]["limits"]["list_ids"], Value::Null);

    // Deactivated: nothing, for any caller asking.
    api.post(&format!("{path}/deactivate"), &owner, json!({}))
        .await
        .expect(200, None);
    assert_eq!(
        verdict(&ask(&api, &sue, &account, "campaigns:edit", None).await),
        (false, "deactivated")
    );
    let stranger = api.person("stranger").await;
    let answer = ask(&api, &stranger, &account, "campaigns:edit", None).await;
    assert_eq!(verdict(&answer), (false, "not_a_member"));
    assert_eq!(answer["role"], Value::Null);
}

#[tokio::test]
async fn a_new_role_drops_withheld_permissions_it_does_not_grant() {
    let api = Api::start().await;
    let (owner, account) = api.owner_and_account().await;
    let sue = api.person("sue").await;
    let id = api.join(&owner, &account, &sue, "account_manager").await;
    let path = format!("/accounts/{account}/users/{id}");
    api.patch(
        &path,
        &owner,
        json!({"withheld_permissions": ["contacts:export", "library:use"], "list_ids": ["a"]}),
    )
    .await
    .expect(200, None);
    let changed = api
        .patch(&path, &owner, json!({"role": "campaign_creator"}))
        .await
        .expect(200, None);
    assert_eq!(changed.body["withheld_permissions"], json!(["library:use"]));
    assert_eq!(changed.body["list_ids"], json!(["a"]));
    assert_eq!(
        changed.body["permissions"],
        json!(["campaigns:edit", "reports:view"])
    );
    let events = api.events(&owner, &account).await;
    assert_eq!(events[0]["action"], "user.role_changed");
    // The same again changes nothing and writes nothing.
    let before = events.len();
    api.patch(&path, &owner, json!({"role": "campaign_creator"}))
        .await
        .expect(200, None);
    assert_eq!(api.events(&owner, &account).await.len(), before);
}

#[tokio::test]
async fn limits_are_validated_and_the_owner_cannot_be_limited() {
    let api = Api::start().await;
    let (owner, account) = api.owner_and_account().await;
    let users = format!("/accounts/{account}/users");
    let invite = |extra: Value| {
        let mut body = json!({"email": "x@example.com", "role": "campaign_creator"});
        body.as_object_mut()
            .unwrap()
            .extend(extra.as_object().unwrap().clone());
        body
    };
    for (extra, code) in [
        (
            json!({"withheld_permissions": ["contacts:export"]}),
            "invalid_permission",
        ),
        (
            json!({"withheld_permissions": ["contacts:delete"]}),
            "invalid_permission",
        ),
        (
            json!({"withheld_permissions": "reports:view"}),
            "invalid_field",
        ),
        (json!({"list_ids": ["a", "a"]}), "invalid_field"),
        (json!({"list_ids": ["a b"]}), "invalid_field"),
        (json!({"list_ids": ["x".repeat(129)]}), "invalid_field"),
        (
            json!({"list_ids": (0..101).map(|i| format!("l{i}")).collect::<Vec<_>>()}),
            "invalid_field",
        ),
        (json!({"list_ids": [1]}), "invalid_field"),
    ] {
        api.post(&users, &owner, invite(extra.clone()))
            .await
            .expect(422, Some(code));
    }
    // 0 to 100 lists are fine, and null is every list.
    api.post(&users, &owner, invite(json!({"list_ids": []})))
        .await
        .expect(201, None);
    let me = api.get("/me", &owner).await.expect(200, None);
    let owner_id = api
        .all_users(&owner, &account)
        .await
        .into_iter()
        .find(|u| u["role"] == "owner")
        .unwrap();
    let owner_path = Api::user_path(&account, &owner_id);
    api.patch(&owner_path, &owner, json!({"list_ids": ["a"]}))
        .await
        .expect(409, Some("invalid_transition"));
    api.patch(&owner_path, &owner, json!({}))
        .await
        .expect(422, Some("invalid_field"));
    assert_eq!(me.body["accounts"][0]["list_ids"], Value::Null);
    // /authorize's own input.
    for (body, code) in [
        (
            json!({"account_id": account, "permission": "contacts:delete"}),
            "invalid_permission",
        ),
        (
            json!({"account_id": "nope", "permission": "contacts:view"}),
            "invalid_field",
        ),
        (
            json!({"account_id": account, "permission": "contacts:view", "list_id": ""}),
            "invalid_field",
        ),
        (json!({"account_id": account}), "invalid_field"),
    ] {
        api.post("/authorize", &owner, body)
            .await
            .expect(422, Some(code));
    }
}

#[tokio::test]
async fn partner_users_are_limited_like_any_other() {
    let api = Api::start().await;
    let (owner, client) = api.owner_and_account().await;
    let agency = api.person("agency").await;
    let partner = api.partner_account(&agency).await;
    api.enable_partner(&owner, &client, &partner, &agency).await;
    let made = api
        .post(
            &format!("/accounts/{client}/partner-access/users"),
            &agency,
            json!({"partner_account_id": partner}),
        )
        .await
        .expect(201, None);
    let path = Api::user_path(&client, &made.body);
    api.patch(
        &path,
        &owner,
        json!({"withheld_permissions": ["contacts:export"]}),
    )
    .await
    .expect(200, None);
    assert_eq!(
        verdict(&ask(&api, &agency, &client, "contacts:export", None).await),
        (false, "withheld")
    );
}

/// A limit change racing a deactivation or reactivation of the same user
/// (neither holds an If-Match): the change commits only while the user is
/// active (a deactivated user's limits are refused, 409), and afterwards the
/// membership that every answer reads agrees with the user: the status of
/// the one, the lists of the other.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn limit_changes_racing_deactivation_leave_the_membership_true() {
    let api = std::sync::Arc::new(Api::start().await);
    let (owner, account) = api.owner_and_account().await;
    let sue = api.person("sue").await;
    let user_id = api.join(&owner, &account, &sue, "account_manager").await;
    let path = format!("/accounts/{account}/users/{user_id}");
    let mut lists = Value::Null;
    let mut changed = 0;
    // Both orders must be seen. The status change starts a little later each
    // round, so later rounds give the limit change a head start even on a
    // busy machine; rounds go on (48 at most) until one has let it in.
    let mut round = 0;
    while round < 12 || (changed == 0 && round < 48) {
        let action = ["deactivate", "reactivate"][round % 2];
        let head_start = Duration::from_millis(2 * (round / 2) as u64);
        let asked = json!([format!("list-{round}")]);
        let limits = {
            let (api, owner, path) = (api.clone(), owner.clone(), path.clone());
            let body = json!({"list_ids": asked, "withheld_permissions": []});
            tokio::spawn(async move { api.patch(&path, &owner, body).await })
        };
        let status = {
            let (api, owner, path) = (api.clone(), owner.clone(), path.clone());
            tokio::spawn(async move {
                tokio::time::sleep(head_start).await;
                api.post(&format!("{path}/{action}"), &owner, json!({}))
                    .await
            })
        };
        let limits = limits.await.unwrap();
        status.await.unwrap().expect(200, None);
        if limits.status == 200 {
            lists = asked;
            changed += 1;
        } else {
            limits.expect(409, Some("invalid_transition"));
        }

        let user = api.get(&path, &owner).await.expect(200, None).body;
        assert_eq!(user["list_ids"], lists, "round {round}");
        assert_eq!(user["status"], ["deactivated", "active"][round % 2]);
        let list = format!("list-{round}");
        let answer = ask(&api, &sue, &account, "lists:edit", Some(&list)).await;
        if round % 2 == 0 {
            assert_eq!(verdict(&answer), (false, "deactivated"), "round {round}");
        } else {
            // No list named yet is every list.
            let granted = lists.is_null() || lists == json!([list]);
            let expected = if granted {
                (true, "granted")
            } else {
                (false, "list_not_in_scope")
            };
            assert_eq!(verdict(&answer), expected, "round {round}");
            assert_eq!(answer["list_ids"], lists, "round {round}");
        }
        round += 1;
    }
    assert!(changed > 0, "some rounds let the change in first");
}
