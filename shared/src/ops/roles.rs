//! The roles and permissions as `GET /roles` tells them: every role, whether
//! an owner may give it and what it grants, and every permission, whether it
//! reaches only the lists a user is limited to. Built from the domain alone,
//! so the pages can never offer a matrix other than the one the API enforces.

use crate::domain::{Permission, Role};
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RoleView {
    pub role: Role,
    /// Whether an owner may give it (every role but `owner`).
    pub grantable: bool,
    pub permissions: Vec<Permission>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PermissionView {
    pub permission: Permission,
    /// Held only for the lists a list-limited user may touch.
    pub list_scoped: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Catalog {
    pub roles: Vec<RoleView>,
    pub permissions: Vec<PermissionView>,
}

/// The owner, then the grantable roles in the order they are offered; the
/// permissions in the contract's order.
pub fn catalog() -> Catalog {
    let roles = std::iter::once(Role::Owner)
        .chain(Role::GRANTABLE)
        .map(|role| RoleView {
            role,
            grantable: Role::GRANTABLE.contains(&role),
            permissions: role.permissions(),
        })
        .collect();
    let permissions = Permission::ALL
        .iter()
        .map(|&permission| PermissionView {
            permission,
            list_scoped: permission.is_list_scoped(),
        })
        .collect();
    Catalog { roles, permissions }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn every_role_is_listed_once() {
        // A new role does not compile here until it is placed, and then
        // must be listed by `catalog`.
        let place = |role: Role| match role {
            Role::Owner => 0,
            Role::AccountManager => 1,
            Role::CampaignCreator => 2,
            Role::PartnerManager => 3,
        };
        let places: Vec<usize> = catalog().roles.iter().map(|r| place(r.role)).collect();
        assert_eq!(places, [0, 1, 2, 3]);
    }

    #[test]
    fn the_catalog_is_the_contract_s_matrix() {
        let answer = serde_json::to_value(catalog()).unwrap();
        assert_eq!(
            answer["roles"][0],
            json!({
                "role": "owner",
                "grantable": false,
                "permissions": Permission::ALL.iter().map(|p| p.as_str()).collect::<Vec<_>>(),
            })
        );
        assert_eq!(
            answer["roles"][2],
            json!({
                "role": "campaign_creator",
                "grantable": true,
                "permissions": ["campaigns:edit", "library:use", "reports:view"],
            })
        );
        assert_eq!(answer["roles"][3]["permissions"], json!(["partner:tools"]));
        let scoped: Vec<&str> = answer["permissions"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|p| p["list_scoped"] == true)
            .map(|p| p["permission"].as_str().unwrap())
            .collect();
        assert_eq!(
            scoped,
            [
                "campaigns:schedule",
                "lists:edit",
                "contacts:view",
                "contacts:export"
            ]
        );
        assert_eq!(
            answer["permissions"].as_array().unwrap().len(),
            Permission::ALL.len()
        );
    }
}
