use serde::{Deserialize, Serialize};
use std::fmt;

/// A user's role in one account. `Owner` exists once per account and is never
/// granted through the API.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    strum::IntoStaticStr,
    strum::EnumString,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Role {
    Owner,
    AccountManager,
    CampaignCreator,
    PartnerManager,
}

/// One permission of the contract's fixed matrix. Its name is spelled once,
/// here: strum derives `as_str`, parsing and the list of all of them, and
/// serde goes through those.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::VariantArray,
)]
#[serde(into = "&'static str", try_from = "String")]
pub enum Permission {
    #[strum(serialize = "campaigns:edit")]
    CampaignsEdit,
    #[strum(serialize = "campaigns:schedule")]
    CampaignsSchedule,
    #[strum(serialize = "lists:edit")]
    ListsEdit,
    #[strum(serialize = "contacts:view")]
    ContactsView,
    #[strum(serialize = "contacts:export")]
    ContactsExport,
    #[strum(serialize = "library:use")]
    LibraryUse,
    #[strum(serialize = "reports:view")]
    ReportsView,
    #[strum(serialize = "partner:tools")]
    PartnerTools,
    #[strum(serialize = "users:manage")]
    UsersManage,
    #[strum(serialize = "billing:manage")]
    BillingManage,
    #[strum(serialize = "account:edit")]
    AccountEdit,
    #[strum(serialize = "api:access")]
    ApiAccess,
    #[strum(serialize = "community:access")]
    CommunityAccess,
}

impl Permission {
    /// Every permission, in the contract's order.
    pub const ALL: &[Permission] = <Permission as strum::VariantArray>::VARIANTS;

    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

impl TryFrom<String> for Permission {
    type Error = String;
    fn try_from(name: String) -> Result<Self, String> {
        name.parse()
            .map_err(|_| format!("unknown permission {name:?}"))
    }
}

impl Role {
    /// The roles an owner may give; `owner` is not among them.
    pub const GRANTABLE: [Role; 3] = [
        Role::AccountManager,
        Role::CampaignCreator,
        Role::PartnerManager,
    ];

    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// The contract's matrix, one row per role.
    pub fn allows(self, permission: Permission) -> bool {
        use Permission::*;
        match self {
            Role::Owner => true,
            Role::AccountManager => matches!(
                permission,
                CampaignsEdit
                    | CampaignsSchedule
                    | ListsEdit
                    | ContactsView
                    | ContactsExport
                    | LibraryUse
                    | ReportsView
            ),
            Role::CampaignCreator => matches!(permission, CampaignsEdit | LibraryUse | ReportsView),
            Role::PartnerManager => permission == PartnerTools,
        }
    }

    pub fn permissions(self) -> Vec<Permission> {
        Permission::ALL
            .iter()
            .copied()
            .filter(|p| self.allows(*p))
            .collect()
    }
}

/// A role an owner may give: any but `owner`, since an account has exactly
/// one owner and no operation makes another. The only way to name a role in
/// an invitation or a role change, so no operation can grant `owner`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Grantable(Role);

impl Grantable {
    pub fn parse(name: &str) -> Result<Grantable, &'static str> {
        match name.parse::<Role>() {
            Ok(Role::Owner) => Err("an account has exactly one owner; give another role"),
            Ok(role) => Ok(Grantable(role)),
            Err(_) => Err("must be one of account_manager, campaign_creator, partner_manager"),
        }
    }

    pub fn role(self) -> Role {
        self.0
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(role: Role) -> Vec<String> {
        role.permissions()
            .into_iter()
            .map(|p| {
                serde_json::to_value(p)
                    .unwrap()
                    .as_str()
                    .unwrap()
                    .to_owned()
            })
            .collect()
    }

    #[test]
    fn matrix_matches_the_contract() {
        assert_eq!(names(Role::Owner).len(), 13);
        assert_eq!(
            names(Role::AccountManager),
            [
                "campaigns:edit",
                "campaigns:schedule",
                "lists:edit",
                "contacts:view",
                "contacts:export",
                "library:use",
                "reports:view"
            ]
        );
        assert_eq!(
            names(Role::CampaignCreator),
            ["campaigns:edit", "library:use", "reports:view"]
        );
        assert_eq!(names(Role::PartnerManager), ["partner:tools"]);
    }

    #[test]
    fn only_the_owner_manages_users_and_billing() {
        for role in Role::GRANTABLE {
            for p in [
                Permission::UsersManage,
                Permission::BillingManage,
                Permission::AccountEdit,
                Permission::ApiAccess,
                Permission::CommunityAccess,
            ] {
                assert!(!role.allows(p), "{role} must not have {p:?}");
            }
        }
    }

    #[test]
    fn roles_parse_from_their_names_only() {
        for role in [Role::Owner].into_iter().chain(Role::GRANTABLE) {
            assert_eq!(role.as_str().parse::<Role>(), Ok(role));
        }
        assert!("Owner".parse::<Role>().is_err());
        assert!("admin".parse::<Role>().is_err());
    }

    #[test]
    fn permissions_parse_from_the_names_serde_gives_them() {
        for &p in Permission::ALL {
            assert_eq!(serde_json::to_value(p).unwrap(), p.as_str());
            assert_eq!(p.as_str().parse::<Permission>(), Ok(p));
        }
        assert!("contacts:delete".parse::<Permission>().is_err());
    }

    #[test]
    fn the_owner_role_cannot_be_granted() {
        assert!(Grantable::parse("owner").is_err());
        assert!(Grantable::parse("admin").is_err());
        for role in Role::GRANTABLE {
            assert_eq!(
                Grantable::parse(role.as_str()).map(Grantable::role),
                Ok(role)
            );
        }
    }
}
