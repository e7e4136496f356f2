//! The AWS requests each operation makes, held so they cannot grow
//! unnoticed: at most 2 DynamoDB requests per operation (authorization
//! included), 1 SES request for invite and resend, and never a Scan; and
//! the template lets each function make exactly the reads it makes.

const BATCH_GET: &str = "dynamodb:BatchGetItem";
const GET: &str = "dynamodb:GetItem";
const QUERY: &str = "dynamodb:Query";
const TRANSACT: &str = "dynamodb:TransactWriteItems";
const SEND: &str = "sesv2:SendEmail";

use e2e::operations::*;
use std::collections::{BTreeMap, BTreeSet};

/// DynamoDB's read calls; writes all go through `TransactWriteItems`.
const READS: [&str; 4] = [BATCH_GET, GET, QUERY, "dynamodb:Scan"];

#[tokio::test]
async fn requests_per_operation() {
    let steps = e2e::tour::run().await;
    // Each step of the tour: the function that serves it, and its requests.
    let expected: &[(&str, &str, &[&str])] = &[
        (CREATE_ACCOUNT, "create-account", &[TRANSACT]),
        (GET_ACCOUNT, "get-account", &[BATCH_GET]),
        (ME, "get-me", &[QUERY]),
        // Made from the code alone.
        (LIST_ROLES, "list-roles", &[]),
        (INVITE, "invite-user", &[BATCH_GET, TRANSACT, SEND]),
        (LIST_USERS, "list-users", &[BATCH_GET, QUERY]),
        (GET_USER, "get-user", &[BATCH_GET]),
        (RESEND, "resend-invitation", &[BATCH_GET, TRANSACT, SEND]),
        (PREVIEW_INVITATION, "preview-invitation", &[GET]),
        (
            ACCEPT_INVITATION,
            "accept-invitation",
            &[BATCH_GET, TRANSACT],
        ),
        (CHANGE_ROLE, "change-role", &[BATCH_GET, TRANSACT]),
        (
            LIMIT_LISTS_AND_PERMISSIONS,
            "change-role",
            &[BATCH_GET, TRANSACT],
        ),
        // One read of the caller's membership.
        (AUTHORIZE, "authorize", &[GET]),
        (DEACTIVATE, "deactivate-user", &[BATCH_GET, TRANSACT]),
        (REACTIVATE, "reactivate-user", &[BATCH_GET, TRANSACT]),
        (DELETE, "delete-user", &[BATCH_GET, TRANSACT]),
        (REVOKE, "revoke-invitation", &[BATCH_GET, TRANSACT]),
        (LIST_AUDIT_EVENTS, "list-audit-events", &[BATCH_GET, QUERY]),
        (
            REQUEST_PARTNER_ACCESS,
            "request-partner-access",
            &[BATCH_GET, TRANSACT],
        ),
        // The account's partition (account, users, requests) in one query;
        // the owner is known from its user there.
        (GET_PARTNER_ACCESS, "get-partner-access", &[QUERY]),
        (
            ENABLE_PARTNER_ACCESS,
            "set-partner-access",
            &[QUERY, TRANSACT],
        ),
        (
            CREATE_PARTNER_USER,
            "create-partner-user",
            &[BATCH_GET, TRANSACT],
        ),
        (
            DISABLE_PARTNER_ACCESS,
            "set-partner-access",
            &[QUERY, TRANSACT],
        ),
        // One query per shard of each sparse index (the pending invitations
        // and what falls due); nothing due, nothing written.
        (EXPIRY_SWEEP, "expire-invitations", &[QUERY; 16]),
        // The account's partition: its owner's user is in it.
        (UPDATE_ACCOUNT, "update-account", &[QUERY, TRANSACT]),
        // Every user of the account in one query, in JSON or as a sheet.
        (REVIEW_ACCESS, "review-access", &[QUERY]),
        (REVIEW_ACCESS_CSV, "review-access", &[QUERY]),
        (
            EXPORT_AUDIT_EVENTS,
            "list-audit-events",
            &[BATCH_GET, QUERY],
        ),
        (
            OFFER_OWNERSHIP,
            "offer-ownership",
            &[BATCH_GET, TRANSACT, SEND],
        ),
        (
            WITHDRAW_OWNERSHIP_OFFER,
            "withdraw-ownership-offer",
            &[BATCH_GET, TRANSACT],
        ),
        (ACCEPT_OWNERSHIP, "accept-ownership", &[QUERY, TRANSACT]),
        (LEAVE_ACCOUNT, "leave-account", &[BATCH_GET, TRANSACT]),
    ];
    assert_eq!(steps.len(), expected.len());
    let mut reads_by_function: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    for (step, (operation, function, want)) in steps.iter().zip(expected) {
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
        reads_by_function.entry(function).or_default().extend(
            got.iter()
                .filter(|r| READS.contains(r))
                .map(|r| r.to_string()),
        );
    }

    // create-account reads the sign-in's tally only after a write it refused
    // (the limits tests take that path).
    reads_by_function
        .entry("create-account")
        .or_default()
        .insert(BATCH_GET.to_owned());
    // The sweep reads a user, its account and a tally only for a reminder that
    // is due (the access_ends tests take that path; the tour's sweep finds
    // nothing due).
    reads_by_function
        .entry("expire-invitations")
        .or_default()
        .insert(BATCH_GET.to_owned());
    // leave-account reads the user its membership names only when that is
    // not the user the caller's address gives.
    reads_by_function
        .entry("leave-account")
        .or_default()
        .insert(GET.to_owned());
    // The deployed functions may read exactly the way they do: a missing
    // permission fails in production only, an extra one is more than least
    // privilege.
    let template = e2e::infra::yaml("infra/template.yaml");
    let functions = e2e::infra::template_functions(&template);
    for (function, reads) in reads_by_function {
        let allowed: BTreeSet<String> = e2e::infra::dynamodb_actions(&functions[function])
            .into_iter()
            .filter(|a| READS.contains(&a.as_str()))
            .collect();
        assert_eq!(
            allowed, reads,
            "{function}: the read actions infra/template.yaml allows, and those it makes"
        );
    }
}
