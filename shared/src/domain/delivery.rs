//! What became of an invitation email, as SES's events tell it, and which
//! news wins: SES's events arrive out of order and more than once.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeliveryStatus {
    /// Accepted by SES (written by the invite itself, before sending).
    Sent,
    Delayed,
    Delivered,
    Bounced,
    Complained,
    /// SES accepted the call but refused to send (a virus, say).
    Rejected,
    /// SES refused the send call itself.
    Failed,
}

impl DeliveryStatus {
    /// How far along its life an email is: sent, then maybe delayed, then
    /// delivered; a bounce, complaint, rejection or failure ends it.
    fn stage(self) -> u8 {
        match self {
            DeliveryStatus::Sent => 0,
            DeliveryStatus::Delayed => 1,
            DeliveryStatus::Delivered => 2,
            DeliveryStatus::Bounced
            | DeliveryStatus::Complained
            | DeliveryStatus::Rejected
            | DeliveryStatus::Failed => 3,
        }
    }

    pub fn is_final(self) -> bool {
        self.stage() == 3
    }
}

/// The latest news of the current invitation's email.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Delivery {
    pub status: DeliveryStatus,
    /// When it happened, as SES tells it (epoch seconds).
    pub at: i64,
    /// Why, in the receiving server's or SES's words (a bounce's diagnostic,
    /// a rejection's reason); `None` when there is nothing to say.
    pub detail: Option<String>,
}

/// Why an address takes no more invitation emails from any account: its
/// mail server refused one for good (a hard bounce), or its reader marked
/// one as spam. Only a bounce may be overridden, by an owner who checked
/// the address; a complaint means stop.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Suppression {
    Bounced,
    Complained,
}

impl Suppression {
    pub fn as_str(self) -> &'static str {
        match self {
            Suppression::Bounced => "bounced",
            Suppression::Complained => "complained",
        }
    }
}

/// The most characters kept of a text from outside (a remote mail server's
/// diagnostic): one event's size never decides whether it can be recorded,
/// and a trail page stays small.
pub const MAX_DETAIL_CHARS: usize = 1000;

/// `text` cut on a character boundary to at most `MAX_DETAIL_CHARS`,
/// ending in an ellipsis when something was cut.
pub fn bounded(text: &str) -> String {
    match text.char_indices().nth(MAX_DETAIL_CHARS) {
        None => text.to_owned(),
        Some(_) => {
            let (end, _) = text
                .char_indices()
                .nth(MAX_DETAIL_CHARS - 1)
                .expect("longer than the bound");
            format!("{}\u{2026}", &text[..end])
        }
    }
}

impl Delivery {
    /// Whether `self`, news of the same invitation's email, replaces
    /// `current`: only a later stage does. So a final status stays, a
    /// `delivered` arriving after its `delayed` replaces it but not the other
    /// way round, and a repeat changes nothing.
    pub fn supersedes(&self, current: Option<&Delivery>) -> bool {
        current.is_none_or(|c| self.status.stage() > c.status.stage())
    }
}

#[cfg(test)]
mod tests {
    use super::DeliveryStatus::*;
    use super::*;
    use proptest::prelude::*;

    const ALL: [DeliveryStatus; 7] = [
        Sent, Delayed, Delivered, Bounced, Complained, Rejected, Failed,
    ];

    fn news(status: DeliveryStatus, at: i64) -> Delivery {
        Delivery {
            status,
            at,
            detail: None,
        }
    }

    #[test]
    fn the_first_news_is_taken() {
        assert!(news(Delayed, 1).supersedes(None));
    }

    #[test]
    fn a_final_status_is_never_replaced() {
        for current in [Bounced, Complained, Rejected, Failed] {
            for next in ALL {
                assert!(
                    !news(next, 9).supersedes(Some(&news(current, 1))),
                    "{next:?} replaced {current:?}"
                );
            }
        }
    }

    #[test]
    fn an_email_moves_forward_only() {
        assert!(news(Delivered, 2).supersedes(Some(&news(Delayed, 1))));
        assert!(news(Bounced, 2).supersedes(Some(&news(Delayed, 1))));
        assert!(news(Complained, 2).supersedes(Some(&news(Delivered, 1))));
        assert!(!news(Delayed, 2).supersedes(Some(&news(Delivered, 1))));
        assert!(!news(Sent, 2).supersedes(Some(&news(Delivered, 1))));
    }

    #[test]
    fn outside_text_is_cut_on_a_character_boundary_and_marked() {
        assert_eq!(bounded("550 no such user"), "550 no such user");
        let exact = "\u{e9}".repeat(MAX_DETAIL_CHARS);
        assert_eq!(bounded(&exact), exact);
        let cut = bounded(&"\u{e9}".repeat(1_000_000));
        assert_eq!(cut.chars().count(), MAX_DETAIL_CHARS);
        assert!(cut.ends_with('\u{2026}'));
        assert!(cut.starts_with(&"\u{e9}".repeat(MAX_DETAIL_CHARS - 1)));
    }

    fn status() -> impl Strategy<Value = DeliveryStatus> {
        proptest::sample::select(ALL.to_vec())
    }

    proptest! {
        /// Whatever order and repeats the events come in, the stored
        /// status ends at the furthest stage, first of its stage to arrive.
        #[test]
        fn order_and_repeats_do_not_matter(events in proptest::collection::vec(status(), 1..12)) {
            let mut stored: Option<Delivery> = None;
            for (at, status) in events.iter().enumerate() {
                let next = news(*status, at as i64);
                if next.supersedes(stored.as_ref()) {
                    stored = Some(next);
                }
            }
            let stored = stored.expect("some news");
            let furthest = events.iter().map(|s| s.stage()).max().unwrap();
            let first = events.iter().position(|s| s.stage() == furthest).unwrap();
            prop_assert_eq!(stored.status, events[first]);
            prop_assert_eq!(stored.at, first as i64);
        }

        #[test]
        fn a_repeat_changes_nothing(status in status()) {
            prop_assert!(!news(status, 2).supersedes(Some(&news(status, 1))));
        }
    }
}
