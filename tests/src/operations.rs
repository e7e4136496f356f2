//! The operations as the tour walks them, the request-count test holds
//! them and the bench runs and profiles them: each named once, here.

pub const CREATE_ACCOUNT: &str = "create account";
pub const GET_ACCOUNT: &str = "get account";
pub const ME: &str = "me";
pub const LIST_ROLES: &str = "list roles";
pub const INVITE: &str = "invite";
pub const LIST_USERS: &str = "list users";
pub const GET_USER: &str = "get user";
pub const RESEND: &str = "resend";
pub const PREVIEW_INVITATION: &str = "preview invitation";
pub const ACCEPT_INVITATION: &str = "accept invitation";
pub const CHANGE_ROLE: &str = "change role";
pub const LIMIT_LISTS_AND_PERMISSIONS: &str = "limit lists and permissions";
pub const AUTHORIZE: &str = "authorize";
pub const DEACTIVATE: &str = "deactivate";
pub const REACTIVATE: &str = "reactivate";
pub const DELETE: &str = "delete";
pub const REVOKE: &str = "revoke";
pub const LIST_AUDIT_EVENTS: &str = "list audit events";
pub const REQUEST_PARTNER_ACCESS: &str = "request partner access";
pub const GET_PARTNER_ACCESS: &str = "get partner access";
pub const ENABLE_PARTNER_ACCESS: &str = "enable partner access";
pub const CREATE_PARTNER_USER: &str = "create partner user";
pub const DISABLE_PARTNER_ACCESS: &str = "disable partner access";
pub const EXPIRY_SWEEP: &str = "expiry sweep (nothing due)";
pub const UPDATE_ACCOUNT: &str = "update account settings";
pub const REVIEW_ACCESS: &str = "access review";
pub const REVIEW_ACCESS_CSV: &str = "access review as CSV";
pub const EXPORT_AUDIT_EVENTS: &str = "audit events as CSV";
pub const OFFER_OWNERSHIP: &str = "offer ownership";
pub const WITHDRAW_OWNERSHIP_OFFER: &str = "withdraw the offer";
pub const ACCEPT_OWNERSHIP: &str = "accept ownership";
pub const LEAVE_ACCOUNT: &str = "leave the account";
/// The Lambda authorizer and SES's events, which the bench runs beside the
/// tour's operations.
pub const AUTHORIZER: &str = "authorize-request (the Lambda authorizer)";
pub const RECORD_DELIVERY: &str = "record-delivery (per SES event)";
