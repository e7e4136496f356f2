//! What the functions log, as CloudWatch would get it: one JSON line per
//! operation, in its span (operation, request id, account, caller's `sub`),
//! with the DynamoDB requests it made and its outcome; and no line of a full
//! tour of every operation (and of its lifecycle events), nor of a failed
//! email, holds a token, a link or an email address. The lines are this
//! test's own: its subscriber serves its runtime's one thread, not the tests
//! running beside it in the binary.

use e2e::{Api, Options};
use serde_json::{Value, json};
use std::io::Write;
use std::sync::{Arc, Mutex};

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

/// An invitation token's shape: 86 characters of base64url.
fn holds_a_token(line: &str) -> bool {
    line.as_bytes()
        .split(|b| !(b.is_ascii_alphanumeric() || *b == b'-' || *b == b'_'))
        .any(|run| run.len() >= 43)
}

#[tokio::test]
async fn log_lines_say_what_each_operation_did_and_never_who_by_address() {
    let captured = Captured::default();
    let sink = captured.clone();
    let _lines = shared::lambda::trace_thread_to(move || sink.clone());

    let tour = e2e::tour::walk().await;
    let steps = &tour.steps;
    // So do lifecycle events, published from the tour's stream.
    let bus = e2e::stream::Bus::new(&tour.api).await;
    let mut stream = e2e::stream::Stream::of(&tour.api).await;
    assert!(!bus.publish(&mut stream).await.is_empty());
    // An email SES refuses logs its failure too.
    let broken = Api::start_with(Options {
        broken_ses: true,
        ..Options::default()
    })
    .await;
    let owner = broken.person("owner").await;
    let account = broken.account(&owner).await;
    broken
        .post(
            &format!("/accounts/{account}/users"),
            &owner,
            json!({"email": "failing.address@example.com", "role": "campaign_creator"}),
        )
        .await
        .expect(201, None);
    // An item the code cannot read is an internal error: its cause is
    // logged (without the value it could not read), the caller gets the
    // plain sentence.
    let unreadable = corrupt_user(&broken, &owner, &account).await;
    let answer = broken
        .get(&unreadable, &owner)
        .await
        .expect(500, Some("internal_error"));
    assert!(
        !answer.body["detail"]
            .as_str()
            .unwrap()
            .contains("unreadable")
    );

    let text = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    let lines: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|_| panic!("not JSON: {l}")))
        .collect();
    for line in text.lines() {
        assert!(!line.contains('@'), "an address in a log line: {line}");
        assert!(
            !line.contains("/invitations/"),
            "a link in a log line: {line}"
        );
        assert!(!holds_a_token(line), "a token in a log line: {line}");
    }
    assert!(
        lines
            .iter()
            .any(|l| l["fields"]["message"] == "stream batch"
                && l["fields"]["published"].as_u64() > Some(0)),
        "publish-events says what it published"
    );
    let done: Vec<&Value> = lines
        .iter()
        .filter(|l| l["fields"]["message"] == "request done")
        .collect();
    assert!(
        done.len() >= steps.len() - 1,
        "one closing line per request"
    );
    for line in &done {
        let span = &line["span"];
        assert_eq!(span["name"], "operation");
        assert!(
            span["operation"].is_string() && span["request_id"].is_string(),
            "{line}"
        );
        assert!(span["outcome"].is_string(), "{line}");
        assert!(line["fields"]["dynamodb_requests"].is_u64(), "{line}");
    }
    let invite = done
        .iter()
        .find(|l| l["span"]["operation"] == "invite_user" && l["fields"]["status"] == 201)
        .expect("the invite's closing line");
    assert_eq!(invite["fields"]["dynamodb_requests"], 2);
    assert_eq!(invite["span"]["outcome"], "ok");
    assert!(invite["span"]["account_id"].is_string() && invite["span"]["sub"].is_string());
    assert!(
        lines
            .iter()
            .any(|l| l["fields"]["message"] == "SES did not send the email"),
        "the failed email is logged, without its address"
    );
    assert!(
        lines
            .iter()
            .any(|l| l["fields"]["message"] == "request failed"
                && l["fields"]["error"]
                    .as_str()
                    .is_some_and(|e| e.starts_with("internal error: unreadable item: "))),
        "an internal error logs its cause"
    );
}

/// Invites a user, then gives its item a role no code knows, an address in
/// its place; the user's path.
async fn corrupt_user(api: &Api, owner: &e2e::Person, account: &str) -> String {
    use aws_sdk_dynamodb::types::AttributeValue;
    let invited = api
        .invite(owner, account, "garbled@example.com", "campaign_creator")
        .await
        .expect(201, None);
    let path = Api::user_path(account, &invited.body);
    let key = shared::store::keys::Key::user(
        account.parse().unwrap(),
        invited.body["user"]["id"]
            .as_str()
            .unwrap()
            .parse()
            .unwrap(),
    );
    aws_sdk_dynamodb::Client::new(&api.sdk)
        .update_item()
        .table_name(&api.table)
        .set_key(Some(key.to_item()))
        .update_expression("SET #role = :role")
        .expression_attribute_names("#role", "role")
        .expression_attribute_values(":role", AttributeValue::S("garbled@example.com".into()))
        .send()
        .await
        .unwrap();
    path
}
