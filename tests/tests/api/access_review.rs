//! The owner's access review: every user with what they hold and why not,
//! the same answer `/authorize` gives each of them, in one query.

use e2e::{Api, Person};
use serde_json::{Value, json};

/// The owner, `sue` an account manager with `limits`, and pat invited: the
/// review's path, and sue's id.
async fn scene(
    api: &Api,
    owner: &Person,
    account: &str,
    sue: &Person,
    limits: Value,
) -> (String, String) {
    let sue_id = api.join(owner, account, sue, "account_manager").await;
    api.patch(
        &format!("/accounts/{account}/users/{sue_id}"),
        owner,
        limits,
    )
    .await
    .expect(200, None);
    api.invite(owner, account, "pat@example.com", "campaign_creator")
        .await
        .expect(201, None);
    (format!("/accounts/{account}/access"), sue_id)
}

#[tokio::test]
async fn the_review_answers_as_authorize_does_for_every_user_in_one_query() {
    let (api, requests) = Api::counting().await;
    let (owner, account) = api.owner_and_account().await;
    let sue = api.person("sue").await;
    let limits = json!({"list_ids": ["vip"], "withheld_permissions": ["contacts:export"]});
    let (review, _) = scene(&api, &owner, &account, &sue, limits).await;

    requests.take();
    let all = api.get(&review, &owner).await.expect(200, None).body;
    assert_eq!(requests.take(), ["dynamodb:Query"]);
    let users = all["users"].as_array().unwrap();
    assert_eq!(users.len(), 3);
    let of = |email: &str| users.iter().find(|u| u["email"] == email).unwrap().clone();
    let sue_seen = of(&sue.email);
    assert_eq!(sue_seen["permissions"].as_array().unwrap().len(), 13);
    for held in sue_seen["permissions"].as_array().unwrap() {
        let asked = api
            .post(
                "/authorize",
                &sue,
                json!({"account_id": account, "permission": held["permission"]}),
            )
            .await
            .expect(200, None)
            .body;
        assert_eq!(
            (&held["allowed"], &held["reason"]),
            (&asked["allowed"], &asked["reason"]),
            "{held}"
        );
    }
    let pat = of("pat@example.com");
    assert_eq!(pat["status"], "pending");
    assert!(
        pat["permissions"]
            .as_array()
            .unwrap()
            .iter()
            .all(|h| h["reason"] == "not_a_member")
    );

    // Who may edit the vip list, and why not for the rest.
    let vip = api
        .get(
            &format!("{review}?permission=lists:edit&list_id=vip"),
            &owner,
        )
        .await
        .expect(200, None)
        .body;
    let reasons: Vec<(Value, Value)> = vip["users"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| (u["email"].clone(), u["permissions"][0]["reason"].clone()))
        .collect();
    assert!(
        reasons.contains(&(json!(sue.email), json!("granted"))),
        "{reasons:?}"
    );
    assert!(
        reasons.contains(&(json!(owner.email), json!("granted"))),
        "{reasons:?}"
    );
    let sue_vip = vip["users"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["email"] == sue.email.as_str())
        .unwrap();
    assert_eq!(sue_vip["permissions"][0]["list_ids"], json!(["vip"]));

    api.get(&format!("{review}?permission=nope"), &owner)
        .await
        .expect(422, Some("invalid_query"));
    api.get(&review, &sue).await.expect(403, Some("forbidden"));
}

#[tokio::test]
async fn the_review_downloads_as_csv_a_row_per_user_safe_for_spreadsheets_in_one_query() {
    let (api, requests) = Api::counting().await;
    let (owner, account) = api.owner_and_account().await;
    // An address a spreadsheet would run as a formula.
    let sue = api.person_with("sue", "=sue@example.com", true).await;
    let limits =
        json!({"list_ids": ["newsletter", "vip"], "withheld_permissions": ["contacts:view"]});
    let (review, sue_id) = scene(&api, &owner, &account, &sue, limits).await;

    requests.take();
    let answer = api.csv_download(&review, &owner).await;
    let text = answer.body.as_str().expect("a CSV body");
    assert!(text.ends_with("\r\n"), "RFC 4180 ends records with CRLF");
    let rows = sheet(text);
    let json = api.get(&review, &owner).await.expect(200, None).body;
    let permissions: Vec<&str> = json["users"][0]["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["permission"].as_str().unwrap())
        .collect();
    let mut header = vec!["user_id", "email", "role", "status", "last_active_at"];
    header.extend(&permissions);
    assert_eq!(rows[0], header);
    assert_eq!(rows.len(), 1 + 3, "a header row and one row per user");
    let column = |name: &str| header.iter().position(|c| *c == name).unwrap();
    let row = |email: &str| {
        rows.iter()
            .find(|r| r[column("email")] == email)
            .unwrap_or_else(|| panic!("no row for {email} in {rows:?}"))
    };
    let sue_row = row("'=sue@example.com");
    assert_eq!(sue_row[column("user_id")], sue_id);
    assert_eq!(sue_row[column("role")], "account_manager");
    assert!(!sue_row[column("last_active_at")].is_empty());
    assert_eq!(sue_row[column("contacts:view")], "withheld");
    assert_eq!(sue_row[column("billing:manage")], "not_in_role");
    assert_eq!(
        sue_row[column("contacts:export")],
        "list_not_in_scope: newsletter vip"
    );
    assert_eq!(sue_row[column("campaigns:edit")], "granted");
    let pat = row("pat@example.com");
    assert_eq!(pat[column("status")], "pending");
    assert_eq!(pat[column("last_active_at")], "");
    assert_eq!(pat[column("users:manage")], "not_a_member");
    assert_eq!(row(&owner.email)[column("contacts:export")], "granted");

    // Who can export contacts of the list vip: one column, as asked.
    let vip = api
        .csv_download(
            &format!("{review}?permission=contacts:export&list_id=vip"),
            &owner,
        )
        .await;
    let vip = sheet(vip.body.as_str().unwrap());
    assert_eq!(vip[0].last().unwrap(), "contacts:export");
    assert_eq!(vip.len(), 4);
    let sue_vip = vip.iter().find(|r| r[1] == "'=sue@example.com").unwrap();
    assert_eq!(sue_vip[5], "granted: newsletter vip");

    api.csv(&review, &sue).await.expect(403, Some("forbidden"));
}

/// A CSV's records, the header row first.
fn sheet(text: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect()
}
