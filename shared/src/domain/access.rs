//! Who may do what, narrowed per user: the role's permissions less those
//! withheld, and list-scoped permissions held only for the lists a user is
//! limited to. One rule (`decide`) answers "may this caller do X here?" for
//! every caller of it: the API's own checks, `POST /authorize` and the
//! Lambda authorizer.

use super::{Permission, Role, SecondFactor, Status};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The id of one of the product's contact lists: 1 to 128 of
/// `A-Z a-z 0-9 _ - : .`, kept as given.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ListId(String);

impl ListId {
    pub const MAX_LEN: usize = 128;

    pub fn parse(raw: &str) -> Result<ListId, &'static str> {
        let allowed = |c: char| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | ':' | '.');
        if raw.is_empty() || raw.len() > Self::MAX_LEN || !raw.chars().all(allowed) {
            return Err("list ids are 1 to 128 of A-Z a-z 0-9 _ - : .");
        }
        Ok(ListId(raw.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ListId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The most lists one user can be limited to.
pub const MAX_LISTS: usize = 100;

/// How one user is narrowed below its role: `None` lists means every list.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Limits {
    pub list_ids: Option<Vec<ListId>>,
    pub withheld_permissions: Vec<Permission>,
}

impl Permission {
    /// Permissions that reach contact lists: a list-limited user holds them
    /// only for a list it is limited to, never for the account as a whole.
    pub fn is_list_scoped(self) -> bool {
        matches!(
            self,
            Permission::ListsEdit
                | Permission::ContactsView
                | Permission::ContactsExport
                | Permission::CampaignsSchedule
        )
    }
}

impl Limits {
    /// Limits as asked for `role`: every withheld permission must be one the
    /// role grants (else that permission is the error). The shape (at most
    /// 100 lists, none twice, no permission twice) is the request's
    /// (`http::Fields`), checked before anything is read.
    pub fn new(
        role: Role,
        list_ids: Option<Vec<ListId>>,
        withheld_permissions: Vec<Permission>,
    ) -> Result<Limits, NotInRole> {
        if let Some(p) = withheld_permissions.iter().find(|p| !role.allows(**p)) {
            return Err(NotInRole(*p));
        }
        Ok(Limits {
            list_ids,
            withheld_permissions,
        })
    }

    /// The limits after a change to `role`: withheld permissions the new
    /// role lacks are moot and dropped; the lists stay.
    pub fn for_role(&self, role: Role) -> Limits {
        Limits {
            list_ids: self.list_ids.clone(),
            withheld_permissions: self
                .withheld_permissions
                .iter()
                .copied()
                .filter(|p| role.allows(*p))
                .collect(),
        }
    }

    /// The role's permissions less the withheld ones.
    pub fn effective(&self, role: Role) -> Vec<Permission> {
        role.permissions()
            .into_iter()
            .filter(|p| !self.withheld_permissions.contains(p))
            .collect()
    }
}

/// A withheld permission the role does not grant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotInRole(pub Permission);

/// Why a caller may or may not do something.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    Granted,
    NotAMember,
    Deactivated,
    AccessEnded,
    /// The account requires a second factor, and the sign-in shows none.
    MfaRequired,
    NotInRole,
    Withheld,
    ListNotInScope,
}

/// What a caller holds in one account, as its membership records it.
pub struct Grant<'a> {
    pub role: Role,
    /// At the time of the question: deactivated once access has ended.
    pub status: Status,
    /// Deactivated because its access ended (its end date, or its partner's).
    pub ended: bool,
    /// Where the sign-in stands with the account's requirement of a second
    /// factor.
    pub second_factor: SecondFactor,
    /// Effective permissions: the role's less the withheld ones.
    pub permissions: &'a [Permission],
    pub list_ids: Option<&'a [ListId]>,
}

/// May the caller (its grant in the account, `None` when it is not a user
/// of it) use `permission`, on `list` if one is named? The reason says why.
pub fn decide(grant: Option<&Grant<'_>>, permission: Permission, list: Option<&ListId>) -> Reason {
    let Some(grant) = grant else {
        return Reason::NotAMember;
    };
    if grant.status != Status::Active {
        return if grant.ended {
            Reason::AccessEnded
        } else {
            Reason::Deactivated
        };
    }
    if grant.second_factor == SecondFactor::Missing {
        return Reason::MfaRequired;
    }
    if !grant.role.allows(permission) {
        return Reason::NotInRole;
    }
    if !grant.permissions.contains(&permission) {
        return Reason::Withheld;
    }
    match (permission.is_list_scoped(), grant.list_ids) {
        (true, Some(lists)) if !list.is_some_and(|l| lists.contains(l)) => Reason::ListNotInScope,
        _ => Reason::Granted,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Permission::*;
    use proptest::prelude::*;

    fn lists(names: &[&str]) -> Vec<ListId> {
        names.iter().map(|n| ListId::parse(n).unwrap()).collect()
    }

    #[test]
    fn list_ids_have_the_contract_s_shape() {
        for ok in ["a", "list-1", "crm:42", "x.y_z", &"a".repeat(128)] {
            assert!(ListId::parse(ok).is_ok(), "{ok}");
        }
        for bad in ["", "a b", "a/b", "é", &"a".repeat(129)] {
            assert!(ListId::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn only_what_the_role_grants_can_be_withheld() {
        let manager = Role::AccountManager;
        assert!(Limits::new(manager, None, vec![ContactsView, ContactsExport]).is_ok());
        assert_eq!(
            Limits::new(Role::CampaignCreator, None, vec![ContactsExport]),
            Err(NotInRole(ContactsExport))
        );
    }

    #[test]
    fn a_role_change_drops_withheld_permissions_the_new_role_lacks() {
        let limits = Limits::new(
            Role::AccountManager,
            Some(lists(&["a"])),
            vec![ContactsExport, LibraryUse],
        )
        .unwrap();
        let after = limits.for_role(Role::CampaignCreator);
        assert_eq!(after.withheld_permissions, [LibraryUse]);
        assert_eq!(after.list_ids, limits.list_ids);
        assert_eq!(
            after.effective(Role::CampaignCreator),
            [CampaignsEdit, ReportsView]
        );
    }

    fn grant<'a>(
        status: Status,
        permissions: &'a [Permission],
        list_ids: Option<&'a [ListId]>,
    ) -> Grant<'a> {
        Grant {
            role: Role::AccountManager,
            status,
            ended: false,
            second_factor: SecondFactor::NotRequired,
            permissions,
            list_ids,
        }
    }

    #[test]
    fn the_seed_s_two_wishes() {
        // "Create and send emails, update lists, but NOT view or download contacts",
        // and only on two lists.
        let limits = Limits::new(
            Role::AccountManager,
            Some(lists(&["newsletter", "vip"])),
            vec![ContactsView, ContactsExport],
        )
        .unwrap();
        let permissions = limits.effective(Role::AccountManager);
        let scoped = limits.list_ids.as_deref();
        let g = grant(Status::Active, &permissions, scoped);
        let vip = ListId::parse("vip").unwrap();
        let other = ListId::parse("other").unwrap();
        assert_eq!(decide(Some(&g), CampaignsEdit, None), Reason::Granted);
        assert_eq!(decide(Some(&g), ListsEdit, Some(&vip)), Reason::Granted);
        assert_eq!(
            decide(Some(&g), ListsEdit, Some(&other)),
            Reason::ListNotInScope
        );
        assert_eq!(decide(Some(&g), ListsEdit, None), Reason::ListNotInScope);
        assert_eq!(
            decide(Some(&g), ContactsExport, Some(&vip)),
            Reason::Withheld
        );
        assert_eq!(decide(Some(&g), BillingManage, None), Reason::NotInRole);
        let off = grant(Status::Deactivated, &permissions, scoped);
        assert_eq!(decide(Some(&off), CampaignsEdit, None), Reason::Deactivated);
        let ended = Grant {
            ended: true,
            ..grant(Status::Deactivated, &permissions, scoped)
        };
        assert_eq!(
            decide(Some(&ended), CampaignsEdit, None),
            Reason::AccessEnded
        );
        assert_eq!(decide(None, CampaignsEdit, None), Reason::NotAMember);
        let in_grace = Grant {
            second_factor: SecondFactor::Grace,
            ..grant(Status::Active, &permissions, scoped)
        };
        assert_eq!(
            decide(Some(&in_grace), CampaignsEdit, None),
            Reason::Granted
        );
        let missing = Grant {
            second_factor: SecondFactor::Missing,
            ..grant(Status::Active, &permissions, scoped)
        };
        assert_eq!(
            decide(Some(&missing), CampaignsEdit, None),
            Reason::MfaRequired
        );
        let off_and_missing = Grant {
            second_factor: SecondFactor::Missing,
            ..grant(Status::Deactivated, &permissions, scoped)
        };
        assert_eq!(
            decide(Some(&off_and_missing), CampaignsEdit, None),
            Reason::Deactivated
        );
    }

    proptest! {
        /// Granted exactly when active, in the role, not withheld, and (for a
        /// list-scoped permission of a list-limited user) on a named list.
        #[test]
        fn decide_grants_only_what_every_rule_allows(
            role in proptest::sample::select(vec![Role::Owner, Role::AccountManager, Role::CampaignCreator, Role::PartnerManager]),
            active in any::<bool>(),
            withheld_mask in any::<u16>(),
            limited in any::<bool>(),
            p in proptest::sample::select(Permission::ALL.to_vec()),
            list in proptest::option::of(proptest::sample::select(vec!["a", "b"])),
        ) {
            let withheld: Vec<Permission> = role.permissions().into_iter().enumerate()
                .filter(|(i, _)| withheld_mask & (1 << i) != 0).map(|(_, p)| p).collect();
            let limits = Limits::new(role, limited.then(|| lists(&["a"])), withheld.clone()).unwrap();
            let permissions = limits.effective(role);
            let status = if active { Status::Active } else { Status::Deactivated };
            let g = Grant { role, status, ended: false, second_factor: SecondFactor::NotRequired, permissions: &permissions, list_ids: limits.list_ids.as_deref() };
            let list = list.map(|l| ListId::parse(l).unwrap());
            let granted = decide(Some(&g), p, list.as_ref()) == Reason::Granted;
            let in_scope = !(p.is_list_scoped() && limited) || list.as_ref().is_some_and(|l| l.as_str() == "a");
            prop_assert_eq!(granted, active && role.allows(p) && !withheld.contains(&p) && in_scope);
        }
    }
}
