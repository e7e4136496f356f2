//! The AWS requests each operation makes, held so they cannot grow
//! unnoticed: at most 2 DynamoDB requests per operation (authorization
//! included), 1 SES request for invite and resend, and never a Scan.

const BATCH_GET: &str = "dynamodb:BatchGetItem";
const GET: &str = "dynamodb:GetItem";
const QUERY: &str = "dynamodb:Query";
const TRANSACT: &str = "dynamodb:TransactWriteItems";
const SEND: &str = "sesv2:SendEmail";

#[tokio::test]
async fn requests_per_operation() {
    let steps = e2e::tour::run().await;
    let expected: &[(&str, &[&str])] = &[
        ("create account", &[TRANSACT]),
        ("get account", &[BATCH_GET]),
        ("me", &[QUERY]),
        ("invite", &[BATCH_GET, TRANSACT, SEND]),
        ("list users", &[BATCH_GET, QUERY]),
        ("get user", &[BATCH_GET]),
        ("resend", &[BATCH_GET, TRANSACT, SEND]),
        ("preview invitation", &[GET]),
        ("accept invitation", &[BATCH_GET, TRANSACT]),
        ("change role", &[BATCH_GET, TRANSACT]),
        ("deactivate", &[BATCH_GET, TRANSACT]),
        ("reactivate", &[BATCH_GET, TRANSACT]),
        ("delete", &[BATCH_GET, TRANSACT]),
        ("revoke", &[BATCH_GET, TRANSACT]),
        ("list audit events", &[BATCH_GET, QUERY]),
        ("request partner access", &[BATCH_GET, TRANSACT]),
        // The account's partition (account, users, requests) in one query;
        // the owner is known from its user there.
        ("get partner access", &[QUERY]),
        ("enable partner access", &[QUERY, TRANSACT]),
        ("create partner user", &[BATCH_GET, TRANSACT]),
        ("disable partner access", &[QUERY, TRANSACT]),
        // One query per shard of the sparse index; nothing due, nothing written.
        ("expiry sweep (nothing due)", &[QUERY; 8]),
    ];
    assert_eq!(steps.len(), expected.len());
    for (step, (operation, want)) in steps.iter().zip(expected) {
        assert_eq!(step.operation, *operation);
        let got: Vec<&str> = step.requests.iter().map(|r| r.operation.as_str()).collect();
        assert_eq!(got, *want, "{operation}");
        assert!(
            !got.iter().any(|r| r.ends_with(":Scan")),
            "{operation} scanned the table"
        );
        for request in step
            .requests
            .iter()
            .filter(|r| r.operation.starts_with("dynamodb:"))
        {
            // moto reports no capacity for transactions; their size is known.
            let measured = request.units > 0.0 || request.write_actions > 0;
            assert!(
                measured,
                "{operation}: {} reported no capacity",
                request.operation
            );
        }
    }
}
