use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A user's role in one account. `Owner` exists once per account and is never
/// granted through the API.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Owner,
    AccountManager,
    CampaignCreator,
    PartnerManager,
}

/// One permission of the contract's fixed matrix.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Permission {
    #[serde(rename = "campaigns:edit")]
    CampaignsEdit,
    #[serde(rename = "campaigns:schedule")]
    CampaignsSchedule,
    #[serde(rename = "lists:edit")]
    ListsEdit,
    #[serde(rename = "contacts:view")]
    ContactsView,
    #[serde(rename = "contacts:export")]
    ContactsExport,
    #[serde(rename = "library:use")]
    LibraryUse,
    #[serde(rename = "reports:view")]
    ReportsView,
    #[serde(rename = "partner:tools")]
    PartnerTools,
    #[serde(rename = "users:manage")]
    UsersManage,
    #[serde(rename = "billing:manage")]
    BillingManage,
    #[serde(rename = "account:edit")]
    AccountEdit,
    #[serde(rename = "api:access")]
    ApiAccess,
    #[serde(rename = "community:access")]
    CommunityAccess,
}

impl Permission {
    pub const ALL: [Permission; 13] = [
        Permission::CampaignsEdit,
        Permission::CampaignsSchedule,
        Permission::ListsEdit,
        Permission::ContactsView,
        Permission::ContactsExport,
        Permission::LibraryUse,
        Permission::ReportsView,
        Permission::PartnerTools,
        Permission::UsersManage,
        Permission::BillingManage,
        Permission::AccountEdit,
        Permission::ApiAccess,
        Permission::CommunityAccess,
    ];
}

impl Permission {
    pub fn as_str(self) -> &'static str {
        match self {
            Permission::CampaignsEdit => "campaigns:edit",
            Permission::CampaignsSchedule => "campaigns:schedule",
            Permission::ListsEdit => "lists:edit",
            Permission::ContactsView => "contacts:view",
            Permission::ContactsExport => "contacts:export",
            Permission::LibraryUse => "library:use",
            Permission::ReportsView => "reports:view",
            Permission::PartnerTools => "partner:tools",
            Permission::UsersManage => "users:manage",
            Permission::BillingManage => "billing:manage",
            Permission::AccountEdit => "account:edit",
            Permission::ApiAccess => "api:access",
            Permission::CommunityAccess => "community:access",
        }
    }
}

impl FromStr for Permission {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        Permission::ALL
            .into_iter()
            .find(|p| p.as_str() == s)
            .ok_or(())
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
        match self {
            Role::Owner => "owner",
            Role::AccountManager => "account_manager",
            Role::CampaignCreator => "campaign_creator",
            Role::PartnerManager => "partner_manager",
        }
    }

    /// The role in words, as the invitation email says it.
    pub fn title(self) -> &'static str {
        match self {
            Role::Owner => "Account Owner",
            Role::AccountManager => "Account Manager",
            Role::CampaignCreator => "Campaign Creator",
            Role::PartnerManager => "Partner Manager",
        }
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
            .into_iter()
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
            Err(()) => Err("must be one of account_manager, campaign_creator, partner_manager"),
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

impl FromStr for Role {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        [Role::Owner]
            .into_iter()
            .chain(Role::GRANTABLE)
            .find(|r| r.as_str() == s)
            .ok_or(())
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
        for p in Permission::ALL {
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
