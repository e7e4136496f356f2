//! JSON request bodies, read field by field so every invalid field is named.
//! Unknown fields are refused (a misspelt `replacePending` must not pass
//! silently as `false`), and so is `null`, never read as "absent": only
//! `list_ids` (every list) and an end of access (none) take it, as a value.

use super::MAX_BODY;
use crate::Result;
use crate::domain::AccountKind;
use crate::domain::access::MAX_LISTS;
use crate::domain::settings::{MAX_GRACE_DAYS, check_grace};
use crate::domain::{AccountName, Email, Grantable, ListId, Locale, Permission, TimeZone};
use crate::error::{Error, FieldError};
use crate::ops::partners::SwitchRequest;
use lambda_http::Request;
use lambda_http::http::header::CONTENT_TYPE;
use serde_json::{Map, Value};
use uuid::Uuid;

pub struct Fields {
    map: Map<String, Value>,
    errors: Vec<(&'static str, FieldError)>,
}

/// Whether a `Content-Type` says JSON: `application/json` or any
/// `application/...+json`, with or without parameters such as `charset`.
fn is_json(content_type: &str) -> bool {
    let essence = content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    essence == "application/json"
        || essence
            .strip_prefix("application/")
            .is_some_and(|sub| sub.ends_with("+json"))
}

impl Fields {
    /// The request's body as a JSON object.
    pub fn of(req: &Request) -> Result<Fields> {
        let bytes: &[u8] = req.body().as_ref();
        if bytes.len() > MAX_BODY {
            return Err(Error::PayloadTooLarge);
        }
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Err(Error::InvalidJson(
                "the body is empty; send a JSON object".into(),
            ));
        }
        let declared = req
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok());
        if !declared.is_some_and(is_json) {
            return Err(Error::UnsupportedMediaType);
        }
        match serde_json::from_slice::<Value>(bytes) {
            Ok(Value::Object(map)) => Ok(Fields {
                map,
                errors: Vec::new(),
            }),
            Ok(_) => Err(Error::InvalidJson("the body must be a JSON object".into())),
            Err(e) => Err(Error::InvalidJson(e.to_string())),
        }
    }

    fn fail(&mut self, code: &'static str, field: &str, message: impl Into<String>) {
        self.errors.push((code, FieldError::new(field, message)));
    }

    /// Notes an `invalid_field` error the caller found about `name`.
    pub fn refuse(&mut self, name: &str, message: &str) {
        self.fail("invalid_field", name, message);
    }

    /// The value of `name`, taken out of the body: `None` when absent (an
    /// error if `required`) or `null` (always an error).
    fn take(&mut self, name: &str, required: bool) -> Option<Value> {
        match self.map.remove(name) {
            Some(Value::Null) => {
                self.fail("invalid_field", name, "must not be null");
                None
            }
            None if required => {
                self.fail("invalid_field", name, "is required");
                None
            }
            value => value,
        }
    }

    fn take_string(&mut self, name: &str, required: bool) -> Option<String> {
        match self.take(name, required)? {
            Value::String(s) => Some(s),
            _ => {
                self.fail("invalid_field", name, "must be a string");
                None
            }
        }
    }

    fn take_bool(&mut self, name: &str, required: bool) -> Option<bool> {
        match self.take(name, required)? {
            Value::Bool(b) => Some(b),
            _ => {
                self.fail("invalid_field", name, "must be true or false");
                None
            }
        }
    }

    /// Whether the body names `name` at all (`null` included).
    pub fn has(&self, name: &str) -> bool {
        self.map.contains_key(name)
    }

    pub fn string(&mut self, name: &str) -> Option<String> {
        self.take_string(name, true)
    }

    pub fn bool(&mut self, name: &str) -> Option<bool> {
        self.take_bool(name, true)
    }

    /// `None` when absent.
    pub fn optional_bool(&mut self, name: &str) -> Option<bool> {
        self.take_bool(name, false)
    }

    pub fn uuid(&mut self, name: &str) -> Option<Uuid> {
        let raw = self.string(name)?;
        self.parse_uuid(name, &raw)
    }

    pub fn optional_uuid(&mut self, name: &str) -> Option<Uuid> {
        let raw = self.take_string(name, false)?;
        self.parse_uuid(name, &raw)
    }

    fn parse_uuid(&mut self, name: &str, raw: &str) -> Option<Uuid> {
        Uuid::try_parse(raw)
            .map_err(|_| self.fail("invalid_field", name, "must be an id (a UUID)"))
            .ok()
    }

    pub fn email(&mut self, name: &str) -> Option<Email> {
        let raw = self.string(name)?;
        Email::parse(&raw)
            .map_err(|why| self.fail("invalid_email", name, why))
            .ok()
    }

    /// A role an owner may give: any but `owner`.
    pub fn role(&mut self, name: &str) -> Option<Grantable> {
        let raw = self.string(name)?;
        Grantable::parse(&raw)
            .map_err(|why| self.fail("invalid_role", name, why))
            .ok()
    }

    pub fn account_name(&mut self, name: &str) -> Option<AccountName> {
        let raw = self.string(name)?;
        AccountName::parse(&raw)
            .map_err(|why| self.fail("invalid_field", name, why))
            .ok()
    }

    /// Optional settings of an account, `None` when absent or invalid (the
    /// error noted).
    pub fn locale(&mut self, name: &str) -> Option<Locale> {
        let raw = self.take_string(name, false)?;
        Locale::parse(&raw)
            .map_err(|why| self.fail("invalid_field", name, why))
            .ok()
    }

    pub fn time_zone(&mut self, name: &str) -> Option<TimeZone> {
        let raw = self.take_string(name, false)?;
        TimeZone::parse(&raw)
            .map_err(|why| self.fail("invalid_field", name, why))
            .ok()
    }

    /// A grace period in whole days (`domain::settings::check_grace`).
    pub fn grace_days(&mut self, name: &str) -> Option<u32> {
        let value = self.take(name, false)?;
        value
            .as_i64()
            .ok_or_else(|| format!("must be a whole number of days from 0 to {MAX_GRACE_DAYS}"))
            .and_then(check_grace)
            .map_err(|why| self.fail("invalid_field", name, why))
            .ok()
    }

    /// `standard` (also when absent) or `partner`.
    pub fn account_kind(&mut self, name: &str) -> Option<AccountKind> {
        if !self.map.contains_key(name) {
            return Some(AccountKind::Standard);
        }
        match self.take_string(name, false)?.as_str() {
            "standard" => Some(AccountKind::Standard),
            "partner" => Some(AccountKind::Partner),
            _ => {
                self.fail("invalid_field", name, "must be standard or partner");
                None
            }
        }
    }

    /// Optional fields read as `None` when absent, and also when invalid:
    /// the error is noted then, and `parse` refuses the body.
    ///
    /// A permission's name; an unknown one is `invalid_permission`.
    pub fn permission(&mut self, name: &str) -> Option<Permission> {
        let raw = self.string(name)?;
        self.parse_permission(name, &raw)
    }

    fn parse_permission(&mut self, name: &str, raw: &str) -> Option<Permission> {
        raw.parse::<Permission>()
            .map_err(|_| {
                self.fail(
                    "invalid_permission",
                    name,
                    format!("{raw:?} is not a permission"),
                )
            })
            .ok()
    }

    /// An array of permission names, none twice, when present.
    pub fn permissions(&mut self, name: &str) -> Option<Vec<Permission>> {
        let items = self.array(name)?;
        let mut permissions = Vec::new();
        for item in items {
            let Value::String(raw) = item else {
                self.fail(
                    "invalid_field",
                    name,
                    "must be an array of permission names",
                );
                return None;
            };
            let permission = self.parse_permission(name, &raw)?;
            if permissions.contains(&permission) {
                self.fail("invalid_field", name, "names a permission more than once");
                return None;
            }
            permissions.push(permission);
        }
        Some(permissions)
    }

    fn array(&mut self, name: &str) -> Option<Vec<Value>> {
        match self.take(name, false)? {
            Value::Array(items) => Some(items),
            _ => {
                self.fail("invalid_field", name, "must be an array");
                None
            }
        }
    }

    /// A contact list's id, when present.
    pub fn optional_list_id(&mut self, name: &str) -> Option<ListId> {
        let raw = self.take_string(name, false)?;
        ListId::parse(&raw)
            .map_err(|why| self.fail("invalid_field", name, why))
            .ok()
    }

    /// An end of access (`access_until`, `until`), when present: a time in
    /// RFC 3339, or `null` for none (`Some(None)`). Its bounds, which depend
    /// on the time, are the operation's (`domain::ending::check_end`).
    pub fn end_time(&mut self, name: &str) -> Option<Option<i64>> {
        if self.map.get(name) == Some(&Value::Null) {
            self.map.remove(name);
            return Some(None);
        }
        let raw = self.take_string(name, false)?;
        match crate::time::parse_rfc3339(&raw) {
            Some(at) => Some(Some(at)),
            None => {
                self.fail(
                    "invalid_field",
                    name,
                    "must be a time in RFC 3339, such as 2026-12-31T17:00:00Z, or null",
                );
                None
            }
        }
    }

    /// `list_ids`, when present: a field where `null` is a value, and
    /// means every list (`Some(None)`).
    pub fn list_ids(&mut self, name: &str) -> Option<Option<Vec<ListId>>> {
        if self.map.get(name) == Some(&Value::Null) {
            self.map.remove(name);
            return Some(None);
        }
        let items = self.array(name)?;
        if items.len() > MAX_LISTS {
            self.fail("invalid_field", name, "names at most 100 lists");
            return None;
        }
        let mut ids: Vec<ListId> = Vec::new();
        for item in items {
            let id = match &item {
                Value::String(raw) => ListId::parse(raw),
                _ => Err("must be an array of list ids"),
            };
            let why = match id {
                Ok(id) if !ids.contains(&id) => {
                    ids.push(id);
                    continue;
                }
                Ok(_) => "names a list more than once",
                Err(why) => why,
            };
            self.fail("invalid_field", name, why);
            return None;
        }
        Some(Some(ids))
    }

    /// Partner access on for a partner (`{"enabled": true,
    /// "partner_account_id": ..., "until"?: ...}`) or off (`{"enabled":
    /// false}`, which names no partner and no end): the partner it is on
    /// for, or `None` for off, and the end.
    pub fn partner_switch(&mut self) -> Option<SwitchRequest> {
        let enabled = self.bool("enabled");
        let dated = self.has("until");
        let until = self.end_time("until");
        if enabled == Some(false) && dated {
            self.fail(
                "invalid_field",
                "until",
                "is given only to enable partner access",
            );
            return None;
        }
        let partner = self.partner_named(enabled?)?;
        Some(SwitchRequest {
            partner,
            until: until.flatten(),
        })
    }

    fn partner_named(&mut self, enabled: bool) -> Option<Option<Uuid>> {
        let named = self.map.contains_key("partner_account_id");
        let partner = self.optional_uuid("partner_account_id");
        match enabled {
            true if !named => {
                self.fail(
                    "invalid_field",
                    "partner_account_id",
                    "is required to enable partner access",
                );
                None
            }
            true => partner.map(Some),
            false if named && partner.is_some() => {
                self.fail(
                    "invalid_field",
                    "partner_account_id",
                    "is given only to enable partner access",
                );
                None
            }
            // Named but invalid (null, not a UUID): already an error.
            false if named => None,
            false => Some(None),
        }
    }

    /// Builds the request from the fields read by `build`. Every field is read
    /// before judging, so all invalid ones are named at once; unknown fields
    /// are errors too. The first error's code is the problem's `code`.
    pub fn parse<T>(mut self, build: impl FnOnce(&mut Fields) -> Option<T>) -> Result<T> {
        let built = build(&mut self);
        let unknown: Vec<String> = self.map.keys().cloned().collect();
        for name in unknown {
            self.fail("invalid_field", &name, "is not a field of this request");
        }
        match (built, self.errors.first()) {
            (Some(value), None) => Ok(value),
            (_, Some((code, _))) => Err(Error::Invalid {
                code,
                errors: self.errors.into_iter().map(|(_, e)| e).collect(),
            }),
            (None, None) => Err(Error::Internal(
                "a field was missing without an error".into(),
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lambda_http::Body;
    use proptest::prelude::*;

    fn request(content_type: Option<&str>, body: &[u8]) -> Request {
        let mut builder = lambda_http::http::Request::builder();
        if let Some(ct) = content_type {
            builder = builder.header(CONTENT_TYPE, ct);
        }
        builder.body(Body::from(body.to_vec())).unwrap()
    }

    fn fields(json: &str) -> Fields {
        Fields::of(&request(Some("application/json"), json.as_bytes())).unwrap()
    }

    /// The problem's code and the fields it names.
    fn codes(err: Error) -> (&'static str, Vec<String>) {
        let Error::Invalid { code, errors } = err else {
            panic!("not a field error: {err:?}");
        };
        (code, errors.into_iter().map(|e| e.field).collect())
    }

    #[test]
    fn only_json_bodies_are_read() {
        for ok in [
            "application/json",
            "application/json; charset=utf-8",
            "Application/Problem+JSON",
        ] {
            assert!(Fields::of(&request(Some(ok), b"{}")).is_ok(), "{ok}");
        }
        for bad in [
            None,
            Some("text/plain"),
            Some("image/png"),
            Some("application/jsonx"),
        ] {
            assert!(matches!(
                Fields::of(&request(bad, b"{}")),
                Err(Error::UnsupportedMediaType)
            ));
        }
        // No body at all is a malformed request, whatever it declares.
        assert!(matches!(
            Fields::of(&request(None, b"")),
            Err(Error::InvalidJson(_))
        ));
    }

    #[test]
    fn null_is_never_absent() {
        let err = fields(r#"{"enabled": null}"#)
            .parse(|f| f.partner_switch())
            .unwrap_err();
        assert_eq!(codes(err).1, ["enabled"]);
        for body in [
            r#"{"enabled": false, "partner_account_id": null}"#,
            r#"{"enabled": true, "partner_account_id": null}"#,
        ] {
            let err = fields(body).parse(|f| f.partner_switch()).unwrap_err();
            assert_eq!(codes(err).1, ["partner_account_id"], "{body}");
        }
        let err = fields(r#"{"name": "A", "kind": null}"#)
            .parse(|f| {
                let (name, kind) = (f.account_name("name"), f.account_kind("kind"));
                Some((name?, kind?))
            })
            .unwrap_err();
        assert_eq!(codes(err), ("invalid_field", vec!["kind".to_owned()]));
        let err = fields(r#"{"replace_pending": null}"#)
            .parse(|f| f.optional_bool("replace_pending"))
            .unwrap_err();
        assert_eq!(codes(err).1, ["replace_pending"]);
    }

    #[test]
    fn the_partner_switch_names_a_partner_only_to_enable() {
        let id = Uuid::new_v4();
        let on = fields(&format!(
            r#"{{"enabled": true, "partner_account_id": "{id}"}}"#
        ));
        let partner = |f: &mut Fields| f.partner_switch().map(|s| (s.partner, s.until));
        assert_eq!(on.parse(partner).unwrap(), (Some(id), None));
        assert_eq!(
            fields(r#"{"enabled": false}"#).parse(partner).unwrap(),
            (None, None)
        );
        let dated = fields(&format!(
            r#"{{"enabled": true, "partner_account_id": "{id}", "until": "2030-01-01T00:00:00Z"}}"#
        ));
        assert_eq!(
            dated.parse(partner).unwrap(),
            (Some(id), Some(1_893_456_000))
        );
        for body in [
            r#"{"enabled": false, "until": "2030-01-01T00:00:00Z"}"#.to_owned(),
            format!(r#"{{"enabled": true, "partner_account_id": "{id}", "until": "soon"}}"#),
        ] {
            let err = fields(&body).parse(partner).unwrap_err();
            assert_eq!(codes(err).1, ["until"], "{body}");
        }
        let off_naming = fields(&format!(
            r#"{{"enabled": false, "partner_account_id": "{id}"}}"#
        ));
        assert!(off_naming.parse(|f| f.partner_switch()).is_err());
        assert!(
            fields(r#"{"enabled": true}"#)
                .parse(|f| f.partner_switch())
                .is_err()
        );
    }

    #[test]
    fn lists_and_permissions_have_a_shape() {
        for body in [
            r#"{"list_ids": ["a", "a"]}"#,
            r#"{"withheld_permissions": ["reports:view", "reports:view"]}"#,
            r#"{"list_ids": [1]}"#,
        ] {
            let err = fields(body)
                .parse(|f| {
                    let (lists, withheld) = (
                        f.list_ids("list_ids"),
                        f.permissions("withheld_permissions"),
                    );
                    Some((lists, withheld))
                })
                .unwrap_err();
            assert_eq!(codes(err).0, "invalid_field", "{body}");
        }
        let many: Vec<String> = (0..101).map(|i| format!("l{i}")).collect();
        let body = serde_json::json!({ "list_ids": many }).to_string();
        assert!(fields(&body).parse(|f| f.list_ids("list_ids")).is_err());
        let null = fields(r#"{"list_ids": null}"#).parse(|f| f.list_ids("list_ids"));
        assert_eq!(null.unwrap(), None, "null is every list");
    }

    #[test]
    fn roles_and_names_follow_the_domain() {
        let err = fields(r#"{"role": "owner", "name": "a\u202eb"}"#)
            .parse(|f| {
                let (role, name) = (f.role("role"), f.account_name("name"));
                Some((role?, name?))
            })
            .unwrap_err();
        assert_eq!(
            codes(err),
            ("invalid_role", vec!["role".to_owned(), "name".to_owned()])
        );
    }

    proptest! {
        /// Whatever JSON object comes in, the parser answers a value or names
        /// an error: never "missing without an error" (a 500).
        #[test]
        fn any_object_is_parsed_or_refused_with_a_reason(
            fields_in in proptest::collection::btree_map(
                proptest::sample::select(vec![
                    "email", "role", "replace_pending", "enabled", "partner_account_id", "name", "kind", "x",
                ]),
                prop_oneof![
                    Just(Value::Null),
                    any::<bool>().prop_map(Value::Bool),
                    any::<i64>().prop_map(Value::from),
                    "\\PC{0,12}".prop_map(Value::String),
                    Just(Value::String(Uuid::nil().to_string())),
                    Just(Value::Array(vec![])),
                ],
                0..6,
            )
        ) {
            let body = Value::Object(fields_in.into_iter().map(|(k, v)| (k.to_owned(), v)).collect());
            let text = body.to_string();
            let outcomes = [
                fields(&text).parse(|f| {
                    let email = f.email("email");
                    let role = f.role("role");
                    let replace = f.optional_bool("replace_pending");
                    Some((email?, role?, replace))
                }).map(|_| ()),
                fields(&text).parse(|f| f.partner_switch()).map(|_| ()),
                fields(&text).parse(|f| {
                    let name = f.account_name("name");
                    let kind = f.account_kind("kind");
                    Some((name?, kind?))
                }).map(|_| ()),
            ];
            for outcome in outcomes {
                prop_assert!(!matches!(outcome, Err(Error::Internal(_))), "{text}");
            }
        }
    }
}
