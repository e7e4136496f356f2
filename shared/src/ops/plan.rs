//! The one shape of an operation that changes something: it reads what it
//! needs, decides from that snapshot and the time in a pure function, and
//! commits the plan in a transaction whose conditions re-check what was
//! read. A cancelled transaction means something changed meanwhile: read
//! and decide again (`run`, the one retry loop of the operations).

use super::changes::UserChange;
use super::seats::make_room;
use crate::Deps;
use crate::error::Result;
use crate::store::records::AccountRecord;
use crate::store::{AccountChange, Write, retrying};
use crate::time::now;
use std::future::Future;
use uuid::Uuid;

/// What a decision comes to.
pub(super) enum Decision<T> {
    /// Nothing to write: the answer as things stand.
    Answer(T),
    /// The read was not whole (a query is not a snapshot): read again.
    ReadAgain,
    /// Writes to commit, then the answer.
    Commit(Plan<T>),
}

impl<T> Decision<T> {
    /// The same decision, each of its transactions also checking `check`.
    pub fn expecting(self, check: impl Fn() -> Write) -> Decision<T> {
        match self {
            Decision::Commit(mut plan) => {
                for transaction in &mut plan.transactions {
                    transaction.write(check());
                }
                Decision::Commit(plan)
            }
            other => other,
        }
    }

    /// The same decision, answering `f` of its answer.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Decision<U> {
        match self {
            Decision::Answer(answer) => Decision::Answer(f(answer)),
            Decision::ReadAgain => Decision::ReadAgain,
            Decision::Commit(plan) => Decision::Commit(Plan {
                transactions: plan.transactions,
                answer: f(plan.answer),
            }),
        }
    }
}

/// The transactions a decision commits, in order, and its answer. One,
/// except turning off a partner with more users than a transaction holds;
/// each stands on its own, so a later one decided again keeps the earlier.
pub(super) struct Plan<T> {
    pub transactions: Vec<Transaction>,
    pub answer: T,
}

impl<T> Plan<T> {
    /// One transaction, then `answer`.
    pub fn one(transaction: Transaction, answer: T) -> Decision<T> {
        Decision::Commit(Plan {
            transactions: vec![transaction],
            answer,
        })
    }
}

/// The writes of one transaction. DynamoDB lets a transaction write an item
/// once, so every change to the account item (seats, pending invitations,
/// partners' counts, the send slot, the partner switch) merges into one
/// write here.
#[derive(Debug, Default)]
pub(super) struct Transaction {
    writes: Vec<Write>,
    account: Option<(Uuid, AccountChange)>,
}

impl Transaction {
    pub fn write(&mut self, write: Write) -> &mut Transaction {
        self.writes.push(write);
        self
    }

    /// `change` merged into what the account item already records.
    pub fn account(&mut self, account_id: Uuid, change: AccountChange) -> &mut Transaction {
        let merged = match self.account.take() {
            Some((id, mine)) => {
                debug_assert_eq!(id, account_id, "one transaction, one account");
                mine.merge(change)
            }
            None => change,
        };
        self.account = Some((account_id, merged));
        self
    }

    /// The writes of one user's change, and what it changes on the account.
    pub fn user(&mut self, change: UserChange<'_>) -> &mut Transaction {
        let (writes, account_id, account) = change.writes();
        self.writes.extend(writes);
        self.account(account_id, account)
    }

    /// The account change so far, taken out: for a new account item, which
    /// records it in its first write.
    pub fn take_account_change(&mut self) -> AccountChange {
        self.account.take().map(|(_, c)| c).unwrap_or_default()
    }

    /// Checks the seats the transaction takes against `account` as read,
    /// freeing expired invitations in the same transaction when only they
    /// hold the seats (`seats::make_room`); `target` is the user it is for.
    pub fn make_room(&mut self, account: &AccountRecord, target: Uuid, now: i64) -> Result<()> {
        let change = self.take_account_change();
        let (change, freed) = make_room(account, change, target, now)?;
        self.writes.extend(freed);
        self.account(account.id, change);
        Ok(())
    }

    /// The account change so far, to add conditions or a send slot to.
    pub fn account_change(&mut self, account_id: Uuid) -> &mut AccountChange {
        &mut self
            .account
            .get_or_insert_with(|| (account_id, AccountChange::default()))
            .1
    }

    /// Whether it writes nothing at all.
    pub fn is_empty(&self) -> bool {
        self.writes.is_empty() && self.account.as_ref().is_none_or(|(_, c)| c.is_empty())
    }

    pub fn into_writes(self) -> Vec<Write> {
        let mut writes = self.writes;
        if let Some((account_id, change)) = self.account.filter(|(_, c)| !c.is_empty()) {
            writes.push(Write::Account { account_id, change });
        }
        writes
    }
}

/// Reads with `read`, decides with `decide` at the time of the read, and
/// commits; a cancelled transaction reads and decides again (a few times,
/// then `busy`). `read` is told the attempt (0 first), so an operation that
/// cannot name all it needs before anything is read can read more once a
/// write was refused.
pub(super) async fn run<S, T, R, F>(
    deps: &Deps,
    read: R,
    decide: impl Fn(&S, i64) -> Result<Decision<T>>,
) -> Result<T>
where
    R: Fn(u32) -> F,
    F: Future<Output = Result<S>>,
{
    retrying(|attempt| {
        let read = read(attempt);
        let decide = &decide;
        async move {
            let snapshot = read.await?;
            match decide(&snapshot, now())? {
                Decision::Answer(answer) => Ok(Some(answer)),
                Decision::ReadAgain => Ok(None),
                Decision::Commit(plan) => {
                    for transaction in plan.transactions {
                        if !deps.store.commit(transaction.into_writes()).await? {
                            return Ok(None);
                        }
                    }
                    Ok(Some(plan.answer))
                }
            }
        }
    })
    .await
}
