//! The contract's routes and the function that serves each, as API Gateway
//! would route them.

use shared::lambda::Handler;

pub struct Route {
    pub method: &'static str,
    /// API Gateway's route key path, `{name}` for a path parameter.
    pub path: &'static str,
    pub handler: Handler,
    /// The function that serves it, as its crate is named in Rust
    /// (`create_account` for the binary `create-account`).
    pub function: &'static str,
    /// Whether the JWT authorizer guards it (every route but the preview and
    /// the roles).
    pub signed_in: bool,
}

macro_rules! route {
    ($method:literal $path:literal => $krate:ident) => {
        route!($method $path => $krate, true)
    };
    ($method:literal $path:literal => $krate:ident, $signed_in:expr) => {
        Route {
            method: $method,
            path: $path,
            handler: |deps, req| Box::pin($krate::handle(deps, req)),
            function: stringify!($krate),
            signed_in: $signed_in,
        }
    };
}

pub const ROUTES: &[Route] = &[
    route!("POST" "/accounts" => create_account),
    route!("GET" "/accounts/{account_id}" => get_account),
    route!("GET" "/me" => get_me),
    route!("POST" "/accounts/{account_id}/users" => invite_user),
    route!("GET" "/accounts/{account_id}/users" => list_users),
    route!("GET" "/accounts/{account_id}/users/{user_id}" => get_user),
    route!("PATCH" "/accounts/{account_id}/users/{user_id}" => change_role),
    route!("DELETE" "/accounts/{account_id}/users/{user_id}" => delete_user),
    route!("POST" "/accounts/{account_id}/users/{user_id}/resend" => resend_invitation),
    route!("POST" "/accounts/{account_id}/users/{user_id}/revoke" => revoke_invitation),
    route!("POST" "/accounts/{account_id}/users/{user_id}/deactivate" => deactivate_user),
    route!("POST" "/accounts/{account_id}/users/{user_id}/reactivate" => reactivate_user),
    route!("GET" "/invitations/{token}" => preview_invitation, false),
    route!("GET" "/roles" => list_roles, false),
    route!("POST" "/invitations/accept" => accept_invitation),
    route!("GET" "/accounts/{account_id}/partner-access" => get_partner_access),
    route!("PUT" "/accounts/{account_id}/partner-access" => set_partner_access),
    route!("POST" "/accounts/{account_id}/partner-access/requests" => request_partner_access),
    route!("POST" "/accounts/{account_id}/partner-access/users" => create_partner_user),
    route!("GET" "/accounts/{account_id}/audit-events" => list_audit_events),
    route!("POST" "/accounts/{account_id}/leave" => leave_account),
    route!("PATCH" "/accounts/{account_id}" => update_account),
    route!("POST" "/accounts/{account_id}/ownership" => offer_ownership),
    route!("DELETE" "/accounts/{account_id}/ownership" => withdraw_ownership_offer),
    route!("POST" "/accounts/{account_id}/ownership/accept" => accept_ownership),
    route!("GET" "/accounts/{account_id}/access" => review_access),
    route!("POST" "/authorize" => authorize),
];

pub enum Found<'a> {
    Route(&'a Route, Vec<(&'static str, String)>),
    /// The path exists, not with this method: these are its methods.
    MethodNotAllowed(Vec<&'static str>),
    NotFound,
}

/// The segments of `path` matched against a route pattern; literal segments
/// win over parameters, as in API Gateway (`/invitations/accept` is not a token).
fn matches(pattern: &'static str, path: &str) -> Option<(usize, Vec<(&'static str, String)>)> {
    let want: Vec<&str> = pattern.trim_matches('/').split('/').collect();
    let got: Vec<&str> = path.trim_matches('/').split('/').collect();
    if want.len() != got.len() {
        return None;
    }
    let mut params = Vec::new();
    let mut literals = 0;
    for (w, g) in want.iter().zip(&got) {
        match w.strip_prefix('{').and_then(|w| w.strip_suffix('}')) {
            Some(name) if !g.is_empty() => params.push((name, decode(g))),
            Some(_) => return None,
            None if w == g => literals += 1,
            None => return None,
        }
    }
    Some((literals, params))
}

fn decode(segment: &str) -> String {
    form_urlencoded::parse(format!("x={}", segment.replace('+', "%2B")).as_bytes())
        .next()
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default()
}

pub fn find(method: &str, path: &str) -> Found<'static> {
    let mut candidates: Vec<_> = ROUTES
        .iter()
        .filter_map(|r| matches(r.path, path).map(|(score, params)| (score, r, params)))
        .collect();
    if candidates.is_empty() {
        return Found::NotFound;
    }
    candidates.sort_by_key(|(score, _, _)| std::cmp::Reverse(*score));
    let best = candidates[0].0;
    let matching: Vec<_> = candidates
        .into_iter()
        .take_while(|(score, _, _)| *score == best)
        .collect();
    let allowed = matching.iter().map(|(_, r, _)| r.method).collect();
    matching
        .into_iter()
        .find(|(_, r, _)| r.method == method)
        .map_or(Found::MethodNotAllowed(allowed), |(_, r, params)| {
            Found::Route(r, params)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(method: &str, path: &str) -> Option<(&'static str, Vec<(&'static str, String)>)> {
        match find(method, path) {
            Found::Route(r, p) => Some((r.path, p)),
            _ => None,
        }
    }

    #[test]
    fn literal_segments_win_over_parameters() {
        assert_eq!(
            key("POST", "/invitations/accept").unwrap().0,
            "/invitations/accept"
        );
        assert_eq!(
            key("GET", "/invitations/abc").unwrap().1,
            [("token", "abc".to_owned())]
        );
        assert!(matches!(
            find("GET", "/invitations/accept"),
            Found::MethodNotAllowed(allowed) if allowed == ["POST"]
        ));
    }

    #[test]
    fn parameters_are_named_and_decoded() {
        let (path, params) = key("POST", "/accounts/a%20b/users/u1/revoke").unwrap();
        assert_eq!(path, "/accounts/{account_id}/users/{user_id}/revoke");
        assert_eq!(
            params,
            [
                ("account_id", "a b".to_owned()),
                ("user_id", "u1".to_owned())
            ]
        );
    }

    #[test]
    fn unknown_paths_and_methods_are_told_apart() {
        assert!(matches!(find("GET", "/nope"), Found::NotFound));
        assert!(
            matches!(find("PUT", "/me"), Found::MethodNotAllowed(allowed) if allowed == ["GET"])
        );
        assert!(matches!(find("GET", "/accounts//users"), Found::NotFound));
    }
}
