//! The local run's moto (scripts/moto_server.py) under a day of use: the
//! listing of sent mail reads SES's messages alone, transactions back up only
//! what they write and leave no copies behind, a cancelled one still changes
//! nothing, and the table's stream keeps only its newest records.

use aws_sdk_dynamodb::types::{AttributeValue, ConditionCheck, Put, TransactWriteItem, Update};
use aws_sdk_dynamodbstreams::types::ShardIteratorType;
use e2e::{Api, moto_url, token_of};
use serde_json::{Value, json};
use std::collections::HashMap;
use std::path::Path;
use std::process::{Child, Command, Stdio};

type Item = HashMap<String, AttributeValue>;

fn s(v: &str) -> AttributeValue {
    AttributeValue::S(v.into())
}

fn item(pk: &str, sk: &str, extra: &[(&str, AttributeValue)]) -> Item {
    let mut item = Item::from([("pk".into(), s(pk)), ("sk".into(), s(sk))]);
    item.extend(extra.iter().map(|(k, v)| ((*k).to_owned(), v.clone())));
    item
}

fn put(table: &str, item: Item) -> TransactWriteItem {
    let put = Put::builder().table_name(table).set_item(Some(item));
    TransactWriteItem::builder()
        .put(put.build().unwrap())
        .build()
}

fn bump(table: &str, pk: &str, sk: &str) -> TransactWriteItem {
    let update = Update::builder()
        .table_name(table)
        .set_key(Some(item(pk, sk, &[])))
        .update_expression("ADD n :one")
        .expression_attribute_values(":one", AttributeValue::N("1".into()));
    TransactWriteItem::builder()
        .update(update.build().unwrap())
        .build()
}

fn exists(table: &str, pk: &str, sk: &str) -> TransactWriteItem {
    let check = ConditionCheck::builder()
        .table_name(table)
        .set_key(Some(item(pk, sk, &[])))
        .condition_expression("attribute_exists(pk)");
    TransactWriteItem::builder()
        .condition_check(check.build().unwrap())
        .build()
}

async fn scan(db: &aws_sdk_dynamodb::Client, table: &str) -> Vec<Item> {
    let out = db.scan().table_name(table).send().await.unwrap();
    assert!(out.last_evaluated_key.is_none(), "one page is enough here");
    out.items.unwrap_or_default()
}

/// A moto launcher of the test's own, for what reads all of moto's state.
struct Launcher {
    url: String,
    child: Child,
}

impl Launcher {
    async fn start() -> Launcher {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .unwrap()
            .port();
        let child = Command::new(root.join(".venv/bin/python"))
            .arg(root.join("scripts/moto_server.py"))
            .arg(port.to_string())
            .stdout(Stdio::null())
            .spawn()
            .expect("no .venv/bin/python: run the tests with ./scripts/test, which installs moto");
        let launcher = Launcher {
            url: format!("http://127.0.0.1:{port}"),
            child,
        };
        for _ in 0..100 {
            if launcher.get("/moto-api/data.json").await.is_some() {
                return launcher;
            }
            tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        }
        panic!("the moto launcher did not answer at {}", launcher.url);
    }

    async fn get(&self, path: &str) -> Option<Value> {
        let answer = reqwest::get(format!("{}{path}", self.url)).await.ok()?;
        answer.error_for_status().ok()?.json().await.ok()
    }

    async fn dynamodb(&self) -> aws_sdk_dynamodb::Client {
        // Set on the client: the environment's AWS_ENDPOINT_URL (the suite's
        // moto) would win over the shared configuration's.
        let sdk = shared::aws::sdk_config().await;
        let config = aws_sdk_dynamodb::config::Builder::from(&sdk).endpoint_url(&self.url);
        aws_sdk_dynamodb::Client::from_conf(config.build())
    }
}

impl Drop for Launcher {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[tokio::test]
async fn the_emails_listed_are_ses_s_messages_alone() {
    let api = Api::start().await;
    let (owner, account) = api.owner_and_account().await;
    let sue = api.person("sue").await;
    let invited = api
        .invite(&owner, &account, &sue.email, "campaign_creator")
        .await
        .expect(201, None);

    let listed = reqwest::get(format!("{}/_roster/ses/messages", moto_url()))
        .await
        .unwrap()
        .error_for_status()
        .expect("the moto launcher lists SES's sent messages")
        .json::<Value>()
        .await
        .unwrap();
    let object = listed.as_object().unwrap();
    assert_eq!(object.keys().collect::<Vec<_>>(), ["messages"]);
    let messages = listed["messages"].as_array().unwrap();
    for message in messages {
        let mut fields: Vec<_> = message.as_object().unwrap().keys().collect();
        fields.sort();
        assert_eq!(
            fields,
            [
                "body",
                "destinations",
                "html",
                "id",
                "reply_to",
                "source",
                "subject",
                "text"
            ]
        );
    }
    let to_sue: Vec<_> = messages
        .iter()
        .filter(|m| m["destinations"]["ToAddresses"] == json!([sue.email]))
        .collect();
    assert_eq!(to_sue.len(), 1, "{to_sue:#?}");

    // The local API's listing is the same message, in its own shape, whole:
    // both parts, which moto alone keeps one of, and the Reply-To.
    let emails = api.emails_to(&sue.email).await;
    let message = to_sue[0];
    assert_eq!(emails.len(), 1);
    let email = &emails[0];
    assert_eq!(email["id"], message["id"]);
    assert_eq!(email["from"], message["source"]);
    assert_eq!(email["to"], json!([sue.email]));
    assert_eq!(email["subject"], message["subject"]);
    assert_eq!(email["html"], message["body"]);
    assert_eq!(email["reply_to"], json!([owner.email]));
    for part in ["text", "html"] {
        assert!(
            email[part]
                .as_str()
                .unwrap()
                .contains(&token_of(&invited.body)),
            "{part}"
        );
    }
    assert!(!email["text"].as_str().unwrap().contains('<'));
}

#[tokio::test]
async fn transactions_leave_no_copies_of_the_table() {
    let moto = Launcher::start().await;
    let db = moto.dynamodb().await;
    shared::store::table::ensure(&db, "roster").await.unwrap();
    for i in 0..20 {
        let put =
            db.put_item()
                .table_name("roster")
                .set_item(Some(item("P", &format!("{i:02}"), &[])));
        put.send().await.unwrap();
    }
    for i in 0..30 {
        let committed = db
            .transact_write_items()
            .transact_items(put("roster", item("T", &format!("{i:02}"), &[])))
            .transact_items(bump("roster", "P", "00"))
            .send()
            .await;
        committed.unwrap();
        let cancelled = db
            .transact_write_items()
            .transact_items(bump("roster", "P", "01"))
            .transact_items(exists("roster", "none", "none"))
            .send()
            .await;
        assert!(cancelled.is_err());
    }
    assert_eq!(scan(&db, "roster").await.len(), 50);

    // moto's dashboard lists every model instance it still holds.
    let state = moto.get("/moto-api/data.json").await.unwrap();
    let held = |model: &str| state["dynamodb"][model].as_array().unwrap().len();
    assert_eq!(held("Table"), 1, "one table, however many transactions");
    assert!(
        held("Item") < 2 * 50,
        "{} items held for 50 in the table",
        held("Item")
    );
}

#[tokio::test]
async fn a_cancelled_transaction_changes_nothing() {
    let api = Api::start().await;
    let db = aws_sdk_dynamodb::Client::new(&api.sdk);
    let table = api.table.as_str();
    for sk in ["a", "b", "c"] {
        let put = db.put_item().table_name(table).set_item(Some(item(
            "P",
            sk,
            &[("n", AttributeValue::N("1".into()))],
        )));
        put.send().await.unwrap();
    }
    let before = scan(&db, table).await;
    let records = stream_records(&api).await;

    let delete = aws_sdk_dynamodb::types::Delete::builder()
        .table_name(table)
        .set_key(Some(item("P", "c", &[])))
        .build()
        .unwrap();
    let cancelled = db
        .transact_write_items()
        .transact_items(put(table, item("P", "new", &[])))
        .transact_items(put(table, item("Q", "new", &[])))
        .transact_items(bump(table, "P", "a"))
        .transact_items(TransactWriteItem::builder().delete(delete).build())
        .transact_items(exists(table, "P", "none"))
        .send()
        .await;
    let error = cancelled.unwrap_err();
    assert!(
        error
            .as_service_error()
            .is_some_and(|e| e.is_transaction_canceled_exception()),
        "{error:?}"
    );
    assert_eq!(scan(&db, table).await, before, "items and their order");
    assert_eq!(stream_records(&api).await, records, "no record of it");

    db.transact_write_items()
        .transact_items(bump(table, "P", "a"))
        .send()
        .await
        .unwrap();
    assert_eq!(stream_records(&api).await, records + 1);
}

/// How many records the stream of `api`'s table holds.
async fn stream_records(api: &Api) -> usize {
    let (streams, shard_iterator) = trim_horizon(api).await;
    let page = streams
        .get_records()
        .shard_iterator(shard_iterator)
        .send()
        .await
        .unwrap();
    page.records.unwrap_or_default().len()
}

/// A reader of the table's stream and an iterator at its trim horizon.
async fn trim_horizon(api: &Api) -> (aws_sdk_dynamodbstreams::Client, String) {
    let streams = aws_sdk_dynamodbstreams::Client::new(&api.sdk);
    let description = aws_sdk_dynamodb::Client::new(&api.sdk)
        .describe_table()
        .table_name(&api.table)
        .send()
        .await
        .unwrap();
    let arn = description.table.unwrap().latest_stream_arn.unwrap();
    let stream = streams
        .describe_stream()
        .stream_arn(&arn)
        .send()
        .await
        .unwrap();
    let shard = stream.stream_description.unwrap().shards.unwrap()[0]
        .shard_id
        .clone()
        .unwrap();
    let iterator = streams
        .get_shard_iterator()
        .stream_arn(arn)
        .shard_id(shard)
        .shard_iterator_type(ShardIteratorType::TrimHorizon)
        .send()
        .await
        .unwrap();
    (streams, iterator.shard_iterator.unwrap())
}

#[tokio::test]
async fn the_stream_keeps_its_newest_records() {
    let api = Api::start().await;
    let db = aws_sdk_dynamodb::Client::new(&api.sdk);
    let (streams, first) = trim_horizon(&api).await;
    // 60 items of 300 KB: more than the launcher's STREAM_BYTES of records.
    let payload = s(&"x".repeat(300 * 1024));
    for i in 0..60 {
        let put = db.put_item().table_name(&api.table).set_item(Some(item(
            "P",
            &format!("{i:02}"),
            &[("big", payload.clone())],
        )));
        put.send().await.unwrap();
    }
    let oldest = db
        .get_item()
        .table_name(&api.table)
        .set_key(Some(item("P", "00", &[])))
        .send()
        .await
        .unwrap();
    assert!(
        oldest.item.is_some(),
        "the table keeps what its stream drops"
    );

    let trimmed = streams.get_records().shard_iterator(first).send().await;
    assert!(
        trimmed
            .unwrap_err()
            .as_service_error()
            .is_some_and(|e| e.is_trimmed_data_access_exception()),
        "a reader behind the trim horizon is told so"
    );
    let (streams, newest) = trim_horizon(&api).await;
    let page = streams
        .get_records()
        .shard_iterator(newest)
        .send()
        .await
        .unwrap();
    let records = page.records.unwrap();
    assert!(records.len() < 60, "{} records kept", records.len());
    let last = records.last().unwrap().dynamodb.as_ref().unwrap();
    assert_eq!(last.keys.as_ref().unwrap()["sk"].as_s().unwrap(), "59");
}
