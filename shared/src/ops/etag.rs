//! Entity tags of users, so two people editing at once never silently
//! overwrite each other.

use crate::domain::UserRecord;
use crate::error::{Error, Result};

/// The `ETag` of a user: its version within its incarnation, so that a tag
/// taken before a delete never matches the user invited again.
pub fn etag(user: &UserRecord) -> String {
    format!("\"{}.{}\"", user.incarnation.simple(), user.version)
}

/// An `If-Match` header: `*`, or entity tags compared strongly.
#[derive(Clone, Debug)]
pub struct IfMatch(pub Vec<String>);

impl IfMatch {
    pub fn parse(header: &str) -> IfMatch {
        IfMatch(header.split(',').map(|t| t.trim().to_owned()).collect())
    }

    pub fn check(&self, user: &UserRecord) -> Result<()> {
        let current = etag(user);
        if self.0.iter().any(|t| t == "*" || *t == current) {
            Ok(())
        } else {
            Err(Error::PreconditionFailed)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Status;
    use crate::store::records::sample;

    #[test]
    fn if_match_compares_strongly() {
        let user = sample::user(Status::Active);
        let tag = etag(&user);
        assert!(IfMatch::parse(&tag).check(&user).is_ok());
        assert!(
            IfMatch::parse(&format!("\"x\", {tag}"))
                .check(&user)
                .is_ok()
        );
        assert!(IfMatch::parse("*").check(&user).is_ok());
        assert!(IfMatch::parse(&format!("W/{tag}")).check(&user).is_err());
        assert!(IfMatch::parse(tag.trim_matches('"')).check(&user).is_err());
        let next = user.next(1, |_| {});
        assert!(IfMatch::parse(&tag).check(&next).is_err());
    }

    #[test]
    fn a_tag_never_matches_another_incarnation() {
        let before = sample::user(Status::Active);
        let again = sample::user(Status::Active);
        assert_eq!((before.id, before.version), (again.id, again.version));
        assert!(IfMatch::parse(&etag(&before)).check(&again).is_err());
    }
}
