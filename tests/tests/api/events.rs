//! Lifecycle events against moto: the table's stream, read back from moto,
//! is handed to `publish-events` batch by batch as Lambda would, and a rule
//! on the bus delivers every event to an SQS queue. A tour of every
//! operation yields exactly one event per committed change, its detail the
//! audit event as the API shows it; a refused request yields none; every
//! action the code writes is in the catalog (`docs/events/`) and its events
//! fit their schema.

use e2e::catalog::{self, assert_described};
use e2e::infra::yaml;
use e2e::stream::{BATCH_SIZE, Bus, Stream};
use e2e::{Api, Options, Person, sleep_secs};
use serde_json::{Value, json};
use shared::domain::AuditAction;
use std::collections::{BTreeMap, BTreeSet};
use strum::IntoEnumIterator;

/// The detail-type of every action the code can write.
fn every_action() -> BTreeSet<String> {
    AuditAction::iter()
        .map(|a| {
            serde_json::to_value(a)
                .unwrap()
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect()
}

/// Events by detail id; each id must come once.
fn by_id(events: &[Value]) -> BTreeMap<String, Value> {
    let mut found = BTreeMap::new();
    for event in events {
        let id = event["detail"]["id"].as_str().unwrap().to_owned();
        assert!(
            found.insert(id, event.clone()).is_none(),
            "published twice: {event:#}"
        );
    }
    found
}

#[tokio::test]
async fn a_tour_publishes_one_event_per_committed_change_and_none_for_a_refused_one() {
    let tour = e2e::tour::walk().await;
    let api = &tour.api;
    let bus = Bus::new(api).await;
    let mut stream = Stream::of(api).await;
    let published = bus.publish(&mut stream).await;
    let published = by_id(&published);

    // Each event is the audit event as the API shows it, under its action.
    let mut shown = Vec::new();
    for (owner, account) in &tour.accounts {
        shown.extend(api.events(owner, account).await);
    }
    assert_eq!(published.len(), shown.len(), "one event per audit event");
    for event in &shown {
        let id = event["id"].as_str().unwrap();
        let sent = &published[id];
        assert_eq!(&sent["detail"], event, "the detail is the API's event");
        assert_eq!(sent["detail-type"], event["action"]);
        assert_described(sent);
        let text = sent.to_string();
        assert!(
            !text.contains("token") && !text.contains("/invitations/"),
            "no token or link in an event: {text}"
        );
    }

    // One per committed change of the tour's client account, in order.
    let (owner, client) = &tour.accounts[0];
    let mut actions: Vec<Value> = api
        .events(owner, client)
        .await
        .into_iter()
        .map(|e| e["action"].clone())
        .collect();
    actions.reverse();
    assert_eq!(
        actions,
        json!([
            "account.created",
            "invitation.created",
            "invitation.resent",
            "invitation.accepted",
            "user.role_changed",
            "user.limits_changed",
            "user.deactivated",
            "user.reactivated",
            "user.deactivated",
            "user.deleted",
            "invitation.created",
            "invitation.revoked",
            "partner_access.requested",
            "partner_access.enabled",
            "partner_user.created",
            "user.deactivated",
            "partner_access.disabled",
            "account.renamed",
            "invitation.created",
            "invitation.accepted",
            "account.ownership_offered",
            "account.ownership_offer_withdrawn",
            "account.ownership_offered",
            "account.ownership_transferred",
            "user.left",
        ])
        .as_array()
        .unwrap()
        .clone()
    );
    let partner = tour.accounts[1].1.as_str();
    for (id, event) in &published {
        if event["detail-type"]
            .as_str()
            .unwrap()
            .starts_with("partner_")
        {
            assert_eq!(event["detail"]["partner_account_id"], partner, "{id}");
        }
    }

    // Refused requests write nothing, so nothing is published.
    let users = format!("/accounts/{client}/users");
    api.post(
        &users,
        owner,
        json!({"email": "x@example.com", "role": "owner"}),
    )
    .await
    .expect(422, None);
    let someone = format!("{users}/{}/deactivate", uuid::Uuid::new_v4());
    api.post(&someone, owner, json!({})).await.expect(404, None);
    let stranger = api.person("stranger").await;
    api.post(
        &users,
        &stranger,
        json!({"email": "y@example.com", "role": "campaign_creator"}),
    )
    .await
    .expect(404, None);
    api.post(
        &format!("/accounts/{client}/partner-access/users"),
        &tour.accounts[1].0,
        json!({"partner_account_id": partner}),
    )
    .await
    .expect(403, None);
    assert!(
        stream.read().await.is_empty(),
        "a refused request writes nothing"
    );
    assert!(bus.publish(&mut stream).await.is_empty());
}

/// Concurrent invites for fewer seats than asked, racing a deactivation
/// and reactivation: the events published are exactly the changes that
/// committed (the audit trail), each once.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn racing_requests_publish_exactly_what_committed() {
    let api = std::sync::Arc::new(Api::start().await);
    let bus = Bus::new(&api).await;
    let mut stream = Stream::of(&api).await;
    let (owner, account) = api.owner_and_account().await;
    let sue = api.person("sue").await;
    let sue_path = format!(
        "/accounts/{account}/users/{}",
        api.join(&owner, &account, &sue, "campaign_creator").await
    );
    let mut set = tokio::task::JoinSet::new();
    for i in 0..16 {
        let (api, owner, account) = (api.clone(), owner.clone(), account.clone());
        set.spawn(async move {
            let email = format!("racer{i}@example.com");
            api.invite(&owner, &account, &email, "campaign_creator")
                .await
                .status
                .as_u16()
        });
    }
    for action in ["deactivate", "reactivate", "deactivate"] {
        let (api, owner, path) = (api.clone(), owner.clone(), sue_path.clone());
        set.spawn(async move {
            api.post(&format!("{path}/{action}"), &owner, json!({}))
                .await
                .status
                .as_u16()
        });
    }
    let mut committed = 0;
    while let Some(status) = set.join_next().await {
        let status = status.unwrap();
        assert!([200, 201, 409].contains(&status), "{status}");
        committed += usize::from(status != 409);
    }
    let published = by_id(&bus.publish(&mut stream).await);
    let shown = api.events(&owner, &account).await;
    // account.created and sue's invitation and acceptance, then the race.
    assert_eq!(shown.len(), 3 + committed);
    let shown: BTreeSet<&str> = shown.iter().map(|e| e["id"].as_str().unwrap()).collect();
    assert_eq!(
        published
            .keys()
            .map(String::as_str)
            .collect::<BTreeSet<_>>(),
        shown
    );
}

/// The actions the tour does not reach but a person's request or SES does:
/// replace, and SES's bounce and complaint. Together with the tour, the
/// expiry and the access that ends below, every action the code can write is
/// published and fits its schema. The invitation lives its default week: a
/// replace must find it pending however slow the machine is.
#[tokio::test]
async fn replacements_and_delivery_events_fit_the_catalog() {
    let api = Api::start().await;
    let bus = Bus::new(&api).await;
    let mut stream = Stream::of(&api).await;
    let (owner, account) = api.owner_and_account().await;
    let invited = api
        .invite(&owner, &account, "sue@example.com", "campaign_creator")
        .await
        .expect(201, None);
    let user_id = invited.body["user"]["id"].as_str().unwrap().to_owned();
    let replace =
        json!({"email": "sue@example.com", "role": "account_manager", "replace_pending": true});
    api.post(&format!("/accounts/{account}/users"), &owner, replace)
        .await
        .expect(201, None);
    let mut bounce = api.ses_event("bounce.json", &account, &user_id).await;
    // A transient bounce, which leaves the address open for the resend.
    bounce["detail"]["bounce"]["bounceType"] = json!("Transient");
    assert_eq!(api.record_delivery(bounce).await, "recorded");
    // A bounce ends its email's news: the complaint is about the one resent.
    api.post(
        &format!("/accounts/{account}/users/{user_id}/resend"),
        &owner,
        json!({}),
    )
    .await
    .expect(200, None);
    let complaint = api.ses_event("complaint.json", &account, &user_id).await;
    assert_eq!(api.record_delivery(complaint).await, "recorded");
    let published = published_by_type(&bus, &mut stream).await;
    assert_eq!(
        published.keys().map(String::as_str).collect::<Vec<_>>(),
        [
            "account.created",
            "invitation.bounced",
            "invitation.complained",
            "invitation.created",
            "invitation.replaced",
            "invitation.resent",
        ]
    );
    let bounced = &published["invitation.bounced"];
    assert_eq!(bounced["detail"]["actor"], json!({"type": "system"}));
    assert!(
        bounced["detail"]["reason"]
            .as_str()
            .is_some_and(|r| !r.is_empty()),
        "a bounce says why: {bounced:#}"
    );
}

/// Expiry, which the sweep writes as the system once the link's time is up.
#[tokio::test]
async fn expiry_fits_the_catalog() {
    let api = Api::start_with(Options::expiring("1s")).await;
    let bus = Bus::new(&api).await;
    let mut stream = Stream::of(&api).await;
    let (owner, account) = api.owner_and_account().await;
    api.invite(&owner, &account, "sue@example.com", "campaign_creator")
        .await
        .expect(201, None);
    sleep_secs(2).await;
    api.sweep().await;
    let published = published_by_type(&bus, &mut stream).await;
    let expired = published
        .get("invitation.expired")
        .unwrap_or_else(|| panic!("invitation.expired in {:?}", published.keys()));
    assert_eq!(expired["detail"]["actor"], json!({"type": "system"}));
}

/// A partner agency of `client` that its owner let in: the agency's id and
/// its partner manager.
async fn let_in_partner(api: &Api, owner: &Person, client: &str) -> (String, Person) {
    let agency_owner = api.person("agency").await;
    let agency = api.partner_account(&agency_owner).await;
    let pm = api.person("pm").await;
    api.join(&agency_owner, &agency, &pm, "partner_manager")
        .await;
    api.enable_partner(owner, client, &agency, &pm).await;
    (agency, pm)
}

/// The owner dates the access of the user at `path`: it ends at `end`.
async fn end_access(api: &Api, owner: &Person, path: &str, end: &str) {
    api.patch(path, owner, json!({"access_until": end}))
        .await
        .expect(200, None);
}

/// Sleeps until `at` (epoch seconds), if it is still ahead.
async fn sleep_until(at: i64) {
    let ahead = at - shared::time::now();
    if ahead > 0 {
        sleep_secs(ahead as u64).await;
    }
}

/// Access that ends, which the sweep reminds of and records as the system,
/// and the owner's switch-off that finds a partner's user already ended and
/// records that end itself: every event fits the catalog. In one account,
/// Sue's own access, Bob's invitation and a partner let in until a date; in
/// another, a partner without an end whose user the owner dated.
#[tokio::test]
async fn access_ends_fit_the_catalog() {
    // The owner's reminders fall due 10 s before the end, Bob's 3 s after
    // his invitation: the setup has a few seconds before the first sweep.
    let api = Api::start_with(Options::ending("10s", "3s")).await;
    let bus = Bus::new(&api).await;
    let mut stream = Stream::of(&api).await;
    let start = shared::time::now();
    let end = shared::time::rfc3339(start + 16);

    let (owner, account) = api.owner_and_account().await;
    let sue = api.person("sue").await;
    let sue_id = api.join(&owner, &account, &sue, "campaign_creator").await;
    let sue_path = format!("/accounts/{account}/users/{sue_id}");
    end_access(&api, &owner, &sue_path, &end).await;
    api.invite(&owner, &account, "bob@example.com", "campaign_creator")
        .await
        .expect(201, None);
    let (agency, pm) = let_in_partner(&api, &owner, &account).await;
    let access = format!("/accounts/{account}/partner-access");
    let dated = json!({"enabled": true, "partner_account_id": agency, "until": end});
    api.put(&access, &owner, dated).await.expect(200, None);
    api.post(
        &format!("{access}/users"),
        &pm,
        json!({"partner_account_id": agency}),
    )
    .await
    .expect(201, None);

    let (other_owner, other) = api.owner_and_account().await;
    let (other_agency, other_pm) = let_in_partner(&api, &other_owner, &other).await;
    let other_access = format!("/accounts/{other}/partner-access");
    let created = api
        .post(
            &format!("{other_access}/users"),
            &other_pm,
            json!({"partner_account_id": other_agency}),
        )
        .await
        .expect(201, None);
    let other_path = Api::user_path(&other, &created.body);
    end_access(&api, &other_owner, &other_path, &end).await;
    assert!(
        shared::time::now() < start + 6,
        "the setup took longer than the reminders leave it"
    );

    sleep_until(start + 7).await;
    let reminded = api.sweep().await;
    assert_eq!(reminded["reminded"], 4, "{reminded}");
    sleep_until(start + 17).await;
    // Before any sweep records it, the other owner switches its partner
    // off, and so records the end of its user's access.
    api.put(&other_access, &other_owner, json!({"enabled": false}))
        .await
        .expect(200, None);
    let ended = api.sweep().await;
    // Sue, and the partner with its user (found first, the user is an end
    // of its own).
    assert_eq!(ended["partners_ended"], 1, "{ended}");
    assert!(
        (1..=2).contains(&ended["ended"].as_u64().unwrap()),
        "{ended}"
    );

    let published = bus.publish(&mut stream).await;
    let mut types = BTreeSet::new();
    let mut ended_by = BTreeSet::new();
    for event in &published {
        assert_described(event);
        let detail_type = event["detail-type"].as_str().unwrap().to_owned();
        if detail_type == "user.access_ended" {
            ended_by.insert(
                event["detail"]["actor"]["type"]
                    .as_str()
                    .unwrap()
                    .to_owned(),
            );
        }
        types.insert(detail_type);
    }
    for expected in [
        "invitation.reminded",
        "user.access_ending",
        "user.access_ended",
        "partner_access.enabled",
        "partner_access.ending",
        "partner_access.ended",
        "partner_access.disabled",
    ] {
        assert!(types.contains(expected), "{expected} in {types:?}");
    }
    assert_eq!(
        ended_by,
        BTreeSet::from(["system".to_owned(), "user".to_owned()])
    );
    let partner_ended = published
        .iter()
        .find(|e| e["detail-type"] == "partner_access.ended")
        .unwrap();
    assert_eq!(
        (
            &partner_ended["detail"]["partner_account_id"],
            &partner_ended["detail"]["until"]
        ),
        (&json!(agency), &json!(end))
    );
}

/// What the stream publishes, each event held against the catalog, by
/// detail-type (the last of each).
async fn published_by_type(bus: &Bus, stream: &mut Stream) -> BTreeMap<String, Value> {
    let mut found = BTreeMap::new();
    for event in bus.publish(stream).await {
        assert_described(&event);
        found.insert(event["detail-type"].as_str().unwrap().to_owned(), event);
    }
    found
}

/// The sample batch (functions/publish-events/events/): of its two records,
/// only the new audit item is published; the user's change is not an event.
#[tokio::test]
async fn the_sample_batch_publishes_its_audit_item_only() {
    let api = Api::start().await;
    let bus = Bus::new(&api).await;
    let text = e2e::infra::read("functions/publish-events/events/stream-batch.json");
    let batch = serde_json::from_str(&text).expect("Lambda's shape of a stream event");
    let answer = publish_events::handle(&bus.bus, batch).await;
    assert!(answer.batch_item_failures.is_empty(), "{answer:?}");
    let received = bus.received().await;
    assert_eq!(received.len(), 1, "{received:#?}");
    assert_eq!(received[0]["detail-type"], "user.deactivated");
    assert_eq!(
        received[0]["detail"]["target"]["user_id"],
        e2e::placeholders::USER
    );
    assert_described(&received[0]);
}

/// Without moto: every action the code can write has a schema and an
/// example in the catalog, and nothing else does; each example is a Roster
/// event its schema takes.
#[test]
fn the_catalog_holds_every_action_and_its_examples_fit() {
    let documented: BTreeSet<String> = catalog::detail_types().into_iter().collect();
    assert_eq!(documented, every_action(), "docs/events/schemas/");
    let readme = e2e::infra::read("docs/events/README.md");
    for detail_type in &documented {
        assert!(
            readme.contains(&format!("`{detail_type}`")),
            "docs/events/README.md does not list {detail_type}"
        );
        let example = catalog::file("examples", detail_type);
        assert_eq!(example["detail-type"], detail_type.as_str());
        assert_described(&example);
    }
}

/// Without moto: what the template deploys is what the tests run. The
/// stream carries new images, the mapping passes on only inserted audit
/// items, in batches one PutEvents request takes, reports the record to
/// retry from, and what still fails lands in a queue with an alarm.
#[test]
fn the_template_feeds_new_audit_items_to_publish_events() {
    let template = yaml("infra/template.yaml");
    let resources = &template["Resources"];
    assert_eq!(
        resources["Table"]["Properties"]["StreamSpecification"]["StreamViewType"],
        "NEW_IMAGE"
    );
    let function = &resources["PublishEvents"]["Properties"];
    let mapping = &function["Events"]["Stream"]["Properties"];
    assert_eq!(mapping["Stream"], json!({"!GetAtt": "Table.StreamArn"}));
    let pattern: Value = serde_json::from_str(
        mapping["FilterCriteria"]["Filters"][0]["Pattern"]
            .as_str()
            .unwrap(),
    )
    .unwrap();
    assert_eq!(
        pattern,
        json!({"eventName": ["INSERT"], "dynamodb": {"Keys": {
            shared::store::keys::PK: {"S": [{"prefix": shared::store::keys::AUDIT_PREFIX}]}
        }}})
    );
    assert_eq!(mapping["BatchSize"], BATCH_SIZE);
    assert_eq!(
        mapping["FunctionResponseTypes"],
        json!(["ReportBatchItemFailures"])
    );
    assert_eq!(
        mapping["DestinationConfig"]["OnFailure"]["Destination"],
        json!({"!GetAtt": "EventPublishFailures.Arn"})
    );
    let alarm = &resources["EventPublishFailuresAlarm"]["Properties"];
    assert_eq!(
        alarm["Dimensions"][0]["Value"],
        json!({"!GetAtt": "EventPublishFailures.QueueName"})
    );
    assert_eq!(
        function["Environment"]["Variables"]["EVENT_BUS_NAME"],
        json!({"!Ref": "EventBus"})
    );
}

/// Settings changes publish what each set, and only that; a PATCH that
/// changes nothing publishes nothing.
#[tokio::test]
async fn settings_and_ownership_fit_the_catalog() {
    let api = Api::start().await;
    let bus = Bus::new(&api).await;
    let mut stream = Stream::of(&api).await;
    let (owner, account) = api.owner_and_account().await;
    let owner2 = api.with_second_factor(&owner).await;
    let sue = api.person("sue").await;
    let sue_id = api.join(&owner, &account, &sue, "campaign_creator").await;
    let settings = format!("/accounts/{account}");
    for change in [
        json!({"name": "Blue Acres", "locale": "fr", "time_zone": "Europe/Paris"}),
        json!({"locale": "fr"}),
        json!({"require_mfa": true}),
        // Moved while required: from when it was turned on, at once.
        json!({"mfa_grace_days": 0}),
        json!({"require_mfa": false, "mfa_grace_days": 3}),
    ] {
        api.patch(&settings, &owner2, change)
            .await
            .expect(200, None);
    }
    let ownership = format!("{settings}/ownership");
    let offer = json!({"user_id": sue_id});
    api.post(&ownership, &owner, offer.clone())
        .await
        .expect(201, None);
    api.delete(&ownership, &sue).await.expect(204, None);
    api.post(&ownership, &owner, offer).await.expect(201, None);
    api.post(&format!("{ownership}/accept"), &sue, json!({}))
        .await
        .expect(200, None);

    let published = bus.publish(&mut stream).await;
    let mut types = BTreeSet::new();
    let mut set = Vec::new();
    for event in &published {
        assert_described(event);
        let detail_type = event["detail-type"].as_str().unwrap().to_owned();
        let of_settings = detail_type.starts_with("account.")
            && !detail_type.contains("ownership")
            && detail_type != "account.created";
        if of_settings {
            set.push((detail_type.clone(), event["detail"].clone()));
        }
        types.insert(detail_type);
    }
    for expected in [
        "account.ownership_offered",
        "account.ownership_offer_withdrawn",
        "account.ownership_transferred",
    ] {
        assert!(types.contains(expected), "{expected} in {types:?}");
    }
    // The requirement's start: when it was turned on, the deadline a week
    // later, then moved back to the start by a grace of 0.
    let on = set
        .iter()
        .find(|(t, _)| t == "account.mfa_required")
        .map(|(_, d)| shared::time::parse_rfc3339(d["at"].as_str().unwrap()).unwrap())
        .expect("account.mfa_required");
    let from = |at: i64| json!(shared::time::rfc3339(at));
    let mut got: Vec<String> = set
        .iter()
        .map(|(t, d)| format!("{t} {}", d["settings"]))
        .collect();
    let mut expected: Vec<String> = [
        ("account.renamed", json!({"name": "Blue Acres"})),
        (
            "account.settings_changed",
            json!({"locale": "fr", "time_zone": "Europe/Paris"}),
        ),
        (
            "account.mfa_required",
            json!({"mfa_grace_days": 7, "mfa_required_from": from(on + 7 * 24 * 3600)}),
        ),
        (
            "account.mfa_required",
            json!({"mfa_grace_days": 0, "mfa_required_from": from(on)}),
        ),
        ("account.settings_changed", json!({"mfa_grace_days": 3})),
        ("account.mfa_not_required", json!({})),
    ]
    .into_iter()
    .map(|(t, settings)| format!("{t} {settings}"))
    .collect();
    got.sort();
    expected.sort();
    assert_eq!(got, expected);
}
