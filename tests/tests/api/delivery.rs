//! SES's events about invitation emails, in the shape EventBridge delivers
//! them (the samples under functions/record-delivery/events/), fed to
//! `record-delivery`'s handler against moto: each lands on its user as
//! `delivery`, out of order and repeated events change nothing they should
//! not, an older invitation's events change nothing, and events that can
//! never be recorded are dropped without an error (which Lambda would retry).

use e2e::{Api, Person};
use serde_json::{Value, json};

/// A pending invitation to record events about.
struct Invited {
    api: Api,
    owner: Person,
    account: String,
    user_id: String,
}

impl Invited {
    async fn new() -> Invited {
        let api = Api::start().await;
        let (owner, account) = api.owner_and_account().await;
        let sue = api.person("sue").await;
        let invited = api
            .invite(&owner, &account, &sue.email, "campaign_creator")
            .await
            .expect(201, None);
        assert_eq!(invited.body["email"]["status"], "sent");
        assert_eq!(invited.body["user"]["delivery"]["status"], "sent");
        let user_id = invited.body["user"]["id"].as_str().unwrap().to_owned();
        Invited {
            api,
            owner,
            account,
            user_id,
        }
    }

    /// The sample `file`, about this user's current invitation.
    async fn event(&self, file: &str) -> Value {
        let invitation = self.api.invitation_id(&self.account, &self.user_id).await;
        self.event_for(file, &invitation)
    }

    /// The sample `file`, about the invitation `invitation` of this user.
    fn event_for(&self, file: &str, invitation: &str) -> Value {
        e2e::ses_sample(file, &self.account, &self.user_id, invitation)
    }

    /// Runs the event through the handler; its reported outcome.
    async fn record(&self, event: Value) -> String {
        self.api.record_delivery(event).await
    }

    async fn user(&self) -> Value {
        let path = format!("/accounts/{}/users/{}", self.account, self.user_id);
        self.api
            .get(&path, &self.owner)
            .await
            .expect(200, None)
            .body
    }

    async fn delivery(&self) -> Value {
        self.user().await["delivery"].clone()
    }

    /// The audit trail's actions about delivery, newest first.
    async fn delivery_events(&self) -> Vec<Value> {
        self.api
            .events(&self.owner, &self.account)
            .await
            .into_iter()
            .filter(|e| {
                matches!(
                    e["action"].as_str(),
                    Some("invitation.bounced" | "invitation.complained")
                )
            })
            .collect()
    }
}

#[tokio::test]
async fn a_bounce_is_recorded_with_its_reason_and_audited() {
    let run = Invited::new().await;
    assert_eq!(run.record(run.event("bounce.json").await).await, "recorded");
    let delivery = run.delivery().await;
    assert_eq!(delivery["status"], "bounced");
    assert_eq!(delivery["detail"], "smtp; 550 5.1.1 user unknown");
    assert_eq!(delivery["at"], "2026-11-22T12:00:04Z");
    let events = run.delivery_events().await;
    assert_eq!(events.len(), 1);
    assert_eq!(events[0]["action"], "invitation.bounced");
    assert_eq!(events[0]["actor"]["type"], "system");
    assert_eq!(events[0]["target"]["user_id"], run.user_id.as_str());
    // The owner sees it in the list too.
    let list = run
        .api
        .get(&format!("/accounts/{}/users", run.account), &run.owner)
        .await
        .expect(200, None);
    let listed = list.body["users"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["id"] == run.user_id.as_str())
        .unwrap();
    assert_eq!(listed["delivery"]["status"], "bounced");
}

#[tokio::test]
async fn a_complaint_after_delivery_is_recorded_and_audited() {
    let run = Invited::new().await;
    assert_eq!(run.record(run.event("send.json").await).await, "unchanged");
    assert_eq!(
        run.record(run.event("delivery.json").await).await,
        "recorded"
    );
    assert_eq!(run.delivery().await["status"], "delivered");
    assert_eq!(
        run.record(run.event("complaint.json").await).await,
        "recorded"
    );
    let delivery = run.delivery().await;
    assert_eq!(delivery["status"], "complained");
    assert_eq!(delivery["detail"], "marked as spam (abuse)");
    let events = run.delivery_events().await;
    assert_eq!(events.len(), 1);
    assert_eq!(events[0]["action"], "invitation.complained");
}

#[tokio::test]
async fn delays_rejections_and_their_reasons() {
    let run = Invited::new().await;
    run.record(run.event("delivery-delay.json").await).await;
    let delivery = run.delivery().await;
    assert_eq!(delivery["status"], "delayed");
    assert_eq!(delivery["detail"], "smtp; 421 4.4.1 Connection timed out");
    assert_eq!(run.record(run.event("reject.json").await).await, "recorded");
    let delivery = run.delivery().await;
    assert_eq!(delivery["status"], "rejected");
    assert_eq!(delivery["detail"], "Bad content");
    assert!(
        run.delivery_events().await.is_empty(),
        "only bounces and complaints are audited"
    );
}

#[tokio::test]
async fn out_of_order_and_repeated_events_change_nothing() {
    let run = Invited::new().await;
    let bounce = run.event("bounce.json").await;
    assert_eq!(run.record(bounce.clone()).await, "recorded");
    let after_bounce = run.user().await;
    // A delivery or delay of the same mail reported after its bounce, and
    // the bounce again: nothing is written, not even a new version.
    for late in ["delivery.json", "delivery-delay.json", "send.json"] {
        assert_eq!(
            run.record(run.event(late).await).await,
            "unchanged",
            "{late}"
        );
    }
    assert_eq!(run.record(bounce).await, "unchanged");
    let user = run.user().await;
    assert_eq!(user["delivery"], after_bounce["delivery"]);
    assert_eq!(user["version"], after_bounce["version"]);
    assert_eq!(run.delivery_events().await.len(), 1, "one audit event");
}

#[tokio::test]
async fn an_older_invitations_events_change_nothing_after_a_resend() {
    let run = Invited::new().await;
    let first = run.api.invitation_id(&run.account, &run.user_id).await;
    let path = format!("/accounts/{}/users/{}", run.account, run.user_id);
    let resent = run
        .api
        .post(&format!("{path}/resend"), &run.owner, json!({}))
        .await
        .expect(200, None);
    assert_eq!(resent.body["user"]["delivery"]["status"], "sent");
    let second = run.api.invitation_id(&run.account, &run.user_id).await;
    assert_ne!(first, second, "a resend is a new invitation");

    assert_eq!(
        run.record(run.event_for("bounce.json", &first)).await,
        "unchanged"
    );
    assert_eq!(run.delivery().await["status"], "sent");
    assert!(run.delivery_events().await.is_empty());
    // The new invitation's own news still lands.
    assert_eq!(
        run.record(run.event_for("delivery.json", &second)).await,
        "recorded"
    );
    assert_eq!(run.delivery().await["status"], "delivered");
}

#[tokio::test]
async fn events_that_can_never_be_recorded_are_dropped_without_an_error() {
    let run = Invited::new().await;
    let before = run.user().await;
    let bounce = run.event("bounce.json").await;
    let mut not_ses = bounce.clone();
    not_ses["source"] = json!("roster");
    let mut bad_tag = bounce.clone();
    bad_tag["detail"]["mail"]["tags"]["roster-invitation"] = json!(["not-a-uuid"]);
    let mut no_bounce = bounce.clone();
    no_bounce["detail"]
        .as_object_mut()
        .unwrap()
        .remove("bounce");
    let mut unknown_user = bounce.clone();
    unknown_user["detail"]["mail"]["tags"]["roster-user"] =
        json!([uuid::Uuid::new_v4().to_string()]);
    let mut opened = bounce.clone();
    opened["detail"]["eventType"] = json!("Open");
    for (what, event) in [
        ("untagged", run.event("untagged-bounce.json").await),
        ("not from SES", not_ses),
        ("a tag that is no id", bad_tag),
        ("a bounce without its bounce", no_bounce),
        ("a user who is not there", unknown_user),
        ("an event type we do not record", opened),
        ("not an SES event at all", json!({"hello": "world"})),
        ("not even an object", json!([1, 2, 3])),
    ] {
        assert_eq!(run.record(event).await, "ignored", "{what}");
    }
    let user = run.user().await;
    assert_eq!(user["version"], before["version"]);
    assert_eq!(user["delivery"]["status"], "sent");
}
