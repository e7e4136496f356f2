//! How the store answers AWS faults that moto cannot produce: throttling is
//! "unavailable" (503, retry later), a transaction cancelled by a conflict is
//! decided again, one refused as invalid is an internal error, and endless
//! conflicts end as "busy". None of them is a 500 from a caller's input.

use aws_sdk_dynamodb::Client;
use aws_sdk_dynamodb::operation::batch_get_item::BatchGetItemError;
use aws_sdk_dynamodb::operation::transact_write_items::TransactWriteItemsError;
use aws_sdk_dynamodb::types::CancellationReason;
use aws_sdk_dynamodb::types::error::{
    ProvisionedThroughputExceededException, TransactionCanceledException,
};
use aws_smithy_mocks::{RuleMode, mock, mock_client};
use roster_shared::domain::AuditAction;
use roster_shared::error::Error;
use roster_shared::store::keys::Key;
use roster_shared::store::records::{Actor, AuditRecord};
use roster_shared::store::{Store, Write, retrying};
use uuid::Uuid;

fn cancelled(code: &'static str) -> TransactWriteItemsError {
    TransactWriteItemsError::TransactionCanceledException(
        TransactionCanceledException::builder()
            .cancellation_reasons(CancellationReason::builder().code("None").build())
            .cancellation_reasons(CancellationReason::builder().code(code).build())
            .build(),
    )
}

fn some_write() -> Vec<Write> {
    let event = AuditRecord::new(
        Uuid::new_v4(),
        AuditAction::AccountCreated,
        &Actor::system(),
        0,
    );
    vec![Write::Audit(event)]
}

#[tokio::test]
async fn throttled_reads_are_unavailable() {
    let throttled = mock!(Client::batch_get_item).then_error(|| {
        BatchGetItemError::ProvisionedThroughputExceededException(
            ProvisionedThroughputExceededException::builder()
                .message("slow down")
                .build(),
        )
    });
    let store = Store::new(
        mock_client!(aws_sdk_dynamodb, RuleMode::MatchAny, [&throttled]),
        "t",
    );
    let err = store
        .load(&[Key::account(Uuid::new_v4())])
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Unavailable(_)), "{err:?}");
    let answer = roster_shared::http::problem_response(&err);
    assert_eq!(answer.status(), 503);
    assert_eq!(answer.headers()["retry-after"], "1");
}

#[tokio::test]
async fn a_conflicting_transaction_is_decided_again() {
    let conflict =
        mock!(Client::transact_write_items).then_error(|| cancelled("TransactionConflict"));
    let store = Store::new(
        mock_client!(aws_sdk_dynamodb, RuleMode::MatchAny, [&conflict]),
        "t",
    );
    assert!(!store.commit(some_write()).await.unwrap());
    let failed =
        mock!(Client::transact_write_items).then_error(|| cancelled("ConditionalCheckFailed"));
    let store = Store::new(
        mock_client!(aws_sdk_dynamodb, RuleMode::MatchAny, [&failed]),
        "t",
    );
    assert!(!store.commit(some_write()).await.unwrap());
}

#[tokio::test]
async fn an_invalid_transaction_is_an_internal_error() {
    let invalid = mock!(Client::transact_write_items).then_error(|| cancelled("ValidationError"));
    let store = Store::new(
        mock_client!(aws_sdk_dynamodb, RuleMode::MatchAny, [&invalid]),
        "t",
    );
    let err = store.commit(some_write()).await.unwrap_err();
    assert!(matches!(err, Error::Internal(_)), "{err:?}");
}

#[tokio::test]
async fn endless_conflicts_end_as_busy() {
    let mut attempts = 0;
    let outcome: Result<(), Error> = retrying(|_| {
        attempts += 1;
        async { Ok(None) }
    })
    .await;
    assert!(matches!(outcome, Err(Error::Busy)));
    assert_eq!(attempts, 6);
    assert_eq!(
        roster_shared::http::problem_response(&Error::Busy).status(),
        503
    );
}
