//! The local API of a test, its people and its answers.

use crate::placeholders;
use crate::recorder::{Recorder, Requests};
use reqwest::Method;
use serde_json::{Value, json};
use shared::Config;
use shared::store::keys::Key;
use std::collections::HashMap;
use std::sync::{Arc, LazyLock, Mutex};
use std::time::Duration;
use uuid::Uuid;

pub use reqwest::StatusCode;

/// How a test's API differs from the defaults.
#[derive(Default, Clone)]
pub struct Options {
    pub invite_ttl: Option<&'static str>,
    pub seat_limit: Option<u32>,
    /// `INVITE_RATE_LIMIT` (default 50).
    pub rate_limit: Option<u32>,
    /// `ACCOUNT_CREATE_LIMIT` (default 5).
    pub account_create_limit: Option<u32>,
    /// `RECIPIENT_INVITE_LIMIT` (default 5).
    pub recipient_limit: Option<u32>,
    /// Send SES requests to a closed port, so every email fails.
    pub broken_ses: bool,
    /// Serve an existing table (a second API over the same data).
    pub table: Option<String>,
    /// Record every AWS request the API's handlers make.
    pub requests: Option<Arc<Requests>>,
    /// `MIN_ACCESS_DURATION`, `ACCESS_REMINDER_BEFORE` and
    /// `INVITE_REMINDER_AFTER` (defaults 1h, 3d, 3d).
    pub min_access: Option<&'static str>,
    pub ending_reminder: Option<&'static str>,
    pub invite_reminder: Option<&'static str>,
    /// `AUDIT_RETENTION` (default: kept).
    pub audit_retention: Option<&'static str>,
    /// `LAST_ACTIVE_EVERY`: a day unless given, so a mark made as a user
    /// joins stays fresh through a test, and no background write of one
    /// lands among the requests a test counts.
    pub last_active_every: Option<&'static str>,
}

impl Options {
    /// The defaults, but invitations expire after `ttl` (as `INVITE_TTL`).
    pub fn expiring(ttl: &'static str) -> Options {
        Options {
            invite_ttl: Some(ttl),
            ..Options::default()
        }
    }

    /// The defaults, but an end of access may be a second away, and
    /// reminders fall due after the given durations.
    pub fn ending(ending_reminder: &'static str, invite_reminder: &'static str) -> Options {
        Options {
            min_access: Some("1s"),
            ending_reminder: Some(ending_reminder),
            invite_reminder: Some(invite_reminder),
            ..Options::default()
        }
    }
}

pub struct Api {
    pub base: String,
    pub table: String,
    pub sdk: aws_config::SdkConfig,
    /// The local identity provider's key: tests sign tokens of their own.
    pub signer: Arc<local_api::jwt::Signer>,
    http: reqwest::Client,
}

/// A signed-in person.
#[derive(Clone, Debug)]
pub struct Person {
    pub sub: String,
    pub email: String,
    pub token: String,
}

/// An answer: status, headers and JSON body (Null when empty).
#[derive(Debug)]
pub struct Answer {
    pub status: StatusCode,
    pub headers: reqwest::header::HeaderMap,
    pub body: Value,
}

impl Answer {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// Asserts the status and, for errors, the problem+json shape and code.
    #[track_caller]
    pub fn expect(self, status: u16, code: Option<&str>) -> Answer {
        assert_eq!(
            self.status.as_u16(),
            status,
            "unexpected answer: {:#}",
            self.body
        );
        if let Some(code) = code {
            assert_eq!(
                self.header("content-type"),
                Some("application/problem+json"),
                "errors are problem+json"
            );
            assert_eq!(self.body["code"], code, "{:#}", self.body);
            assert_eq!(self.body["status"], status);
            for field in ["type", "title", "detail"] {
                assert!(
                    self.body[field].is_string(),
                    "problem lacks {field}: {:#}",
                    self.body
                );
            }
        }
        self
    }
}

/// The moto server's URL, from the SDK's own variable that the script sets.
pub fn moto_url() -> String {
    std::env::var("AWS_ENDPOINT_URL")
        .expect("AWS_ENDPOINT_URL is not set: run the tests with ./scripts/test, which starts moto")
}

pub fn unique(prefix: &str) -> String {
    format!("{prefix}-{}", &Uuid::new_v4().simple().to_string()[..12])
}

impl Api {
    pub async fn start() -> Api {
        Api::start_with(Options::default()).await
    }

    /// An API that records the AWS requests its handlers make, and the
    /// record.
    pub async fn counting() -> (Api, Arc<Requests>) {
        let requests = Arc::new(Requests::default());
        let api = Api::start_with(Options {
            requests: Some(requests.clone()),
            ..Options::default()
        })
        .await;
        (api, requests)
    }

    pub async fn start_with(options: Options) -> Api {
        let table = options
            .table
            .clone()
            .unwrap_or_else(|| unique("roster-test"));
        let ttl = options.invite_ttl.unwrap_or("7d");
        let seats = options.seat_limit.unwrap_or(10).to_string();
        let rate = options.rate_limit.unwrap_or(50).to_string();
        let creates = options.account_create_limit.unwrap_or(5).to_string();
        let received = options.recipient_limit.unwrap_or(5).to_string();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let config = Config::from_lookup(|name| {
            Some(match name {
                "TABLE_NAME" => table.clone(),
                "INVITE_FROM_ADDRESS" => "invitations@roster.test".into(),
                "APP_BASE_URL" => format!("{base}/"),
                "INVITE_TTL" => ttl.into(),
                "DEFAULT_SEAT_LIMIT" => seats.clone(),
                "INVITE_RATE_LIMIT" => rate.clone(),
                "ACCOUNT_CREATE_LIMIT" => creates.clone(),
                "RECIPIENT_INVITE_LIMIT" => received.clone(),
                "MIN_ACCESS_DURATION" => options.min_access?.into(),
                "AUDIT_RETENTION" => options.audit_retention?.into(),
                "LAST_ACTIVE_EVERY" => options.last_active_every.unwrap_or("1d").into(),
                "ACCESS_REMINDER_BEFORE" => options.ending_reminder?.into(),
                "INVITE_REMINDER_AFTER" => options.invite_reminder?.into(),
                _ => return None,
            })
        })
        .unwrap();
        let moto = moto_url();
        let sdk = shared::aws::sdk_config().await;
        let mut deps = shared::Deps::new(config, &sdk);
        if let Some(requests) = &options.requests {
            let db = shared::deps::dynamodb_config(&sdk)
                .interceptor(Recorder(requests.clone()))
                .build();
            let ses = aws_sdk_sesv2::config::Builder::from(&sdk)
                .interceptor(Recorder(requests.clone()))
                .build();
            deps.store =
                shared::store::Store::new(aws_sdk_dynamodb::Client::from_conf(db), table.clone());
            deps = deps.with_ses(aws_sdk_sesv2::Client::from_conf(ses));
        }
        if options.broken_ses {
            // The production SES client's limits, pointed at a closed port.
            let broken =
                aws_sdk_sesv2::config::Builder::from(&sdk).endpoint_url("http://127.0.0.1:9");
            deps = deps.with_ses(aws_sdk_sesv2::Client::from_conf(
                shared::deps::ses_limits(broken).build(),
            ));
        }
        // APIs over one table are one deployment: they share one sign-in (one
        // key, one issuer), as the functions of a stack share one user pool.
        static SIGN_IN: LazyLock<Mutex<HashMap<String, Arc<local_api::jwt::Signer>>>> =
            LazyLock::new(Mutex::default);
        let api = local_api::LocalApi::new(deps, &base, Some(moto));
        let signer = SIGN_IN
            .lock()
            .unwrap()
            .entry(table.clone())
            .or_insert_with(|| api.signer.clone())
            .clone();
        let api = api.with_signer(signer.clone());
        api.prepare(&sdk)
            .await
            .expect("cannot prepare the table and SES identity: is moto running?");
        tokio::spawn(local_api::serve(listener, Arc::new(api)));
        Api {
            base,
            table,
            sdk,
            signer,
            http: reqwest::Client::new(),
        }
    }

    /// A raw request; `token` is sent as `Authorization: Bearer`, a body as
    /// JSON.
    pub async fn send(
        &self,
        method: &str,
        path: &str,
        token: Option<&str>,
        body: Option<Vec<u8>>,
        headers: &[(&str, &str)],
    ) -> Answer {
        let body = body.map(|b| ("application/json", b));
        self.send_with(method, path, token, body, headers).await
    }

    /// `path` asked of `who` as CSV.
    pub async fn csv(&self, path: &str, who: &Person) -> Answer {
        self.send(
            "GET",
            path,
            Some(&who.token),
            None,
            &[("accept", "text/csv")],
        )
        .await
    }

    /// `path` downloaded as a CSV file by `who`: answered 200 as UTF-8 CSV,
    /// an attachment named `*.csv`.
    pub async fn csv_download(&self, path: &str, who: &Person) -> Answer {
        let answer = self.csv(path, who).await.expect(200, None);
        let header = |name| answer.header(name).unwrap_or_default().to_owned();
        assert!(header("content-type").starts_with("text/csv; charset=utf-8"));
        assert!(header("content-disposition").contains(".csv"));
        answer
    }

    /// A body sent by `who` as `content_type`.
    pub async fn send_typed(
        &self,
        method: &str,
        path: &str,
        who: &Person,
        content_type: &str,
        body: Vec<u8>,
    ) -> Answer {
        let body = Some((content_type, body));
        self.send_with(method, path, Some(&who.token), body, &[])
            .await
    }

    async fn send_with(
        &self,
        method: &str,
        path: &str,
        token: Option<&str>,
        body: Option<(&str, Vec<u8>)>,
        headers: &[(&str, &str)],
    ) -> Answer {
        let mut req = self.http.request(
            Method::from_bytes(method.as_bytes()).unwrap(),
            format!("{}{path}", self.base),
        );
        if let Some(token) = token {
            req = req.bearer_auth(token);
        }
        if let Some((content_type, body)) = body {
            req = req.header("content-type", content_type).body(body);
        }
        for (name, value) in headers {
            req = req.header(*name, *value);
        }
        let res = req.send().await.expect("the local API answers");
        let status = res.status();
        let headers = res.headers().clone();
        let bytes = res.bytes().await.unwrap();
        let body = if bytes.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(&bytes)
                .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&bytes).into()))
        };
        Answer {
            status,
            headers,
            body,
        }
    }

    pub async fn call(
        &self,
        method: &str,
        path: &str,
        who: Option<&Person>,
        body: Option<Value>,
    ) -> Answer {
        let body = body.map(|b| serde_json::to_vec(&b).unwrap());
        self.send(method, path, who.map(|p| p.token.as_str()), body, &[])
            .await
    }

    pub async fn get(&self, path: &str, who: &Person) -> Answer {
        self.call("GET", path, Some(who), None).await
    }

    pub async fn post(&self, path: &str, who: &Person, body: Value) -> Answer {
        self.call("POST", path, Some(who), Some(body)).await
    }

    pub async fn patch(&self, path: &str, who: &Person, body: Value) -> Answer {
        self.call("PATCH", path, Some(who), Some(body)).await
    }

    /// A `PATCH` only if the user is still as `etag` says (`If-Match`).
    pub async fn patch_if_match(
        &self,
        path: &str,
        who: &Person,
        body: Value,
        etag: &str,
    ) -> Answer {
        let body = serde_json::to_vec(&body).unwrap();
        let if_match = [("if-match", etag)];
        self.send("PATCH", path, Some(&who.token), Some(body), &if_match)
            .await
    }

    pub async fn put(&self, path: &str, who: &Person, body: Value) -> Answer {
        self.call("PUT", path, Some(who), Some(body)).await
    }

    pub async fn delete(&self, path: &str, who: &Person) -> Answer {
        self.call("DELETE", path, Some(who), None).await
    }

    /// A new person with a unique sign-in and address, verified.
    pub async fn person(&self, name: &str) -> Person {
        let email = format!("{}@example.com", unique(name));
        self.person_with(&unique(name), &email, true).await
    }

    pub async fn person_with(&self, sub: &str, email: &str, verified: bool) -> Person {
        self.signed_in(json!({"sub": sub, "email": email, "email_verified": verified}))
            .await
    }

    /// `who` signed in again with a second factor: the token says so in
    /// RFC 8176 `amr` values, as the local sign-in page's after a code.
    pub async fn with_second_factor(&self, who: &Person) -> Person {
        let amr = json!(["pwd", "otp", "mfa"]);
        self.signed_in(json!({"sub": who.sub, "email": who.email, "amr": amr}))
            .await
    }

    /// A person with a token of the local identity provider for `claims`
    /// (`/_local/tokens`).
    async fn signed_in(&self, claims: Value) -> Person {
        let body = serde_json::to_vec(&claims).unwrap();
        let answer = self
            .send("POST", "/_local/tokens", None, Some(body), &[])
            .await
            .expect(200, None);
        let (sub, email) = (&claims["sub"], &claims["email"]);
        let (sub, email) = (sub.as_str().unwrap(), email.as_str().unwrap());
        Person {
            sub: sub.into(),
            email: email.into(),
            token: answer.body["token"].as_str().unwrap().into(),
        }
    }

    /// `POST /authorize` as `who`: may they use `permission` in `account`?
    pub async fn may(&self, who: &Person, account: &str, permission: &str) -> Value {
        let question = json!({"account_id": account, "permission": permission});
        self.post("/authorize", who, question)
            .await
            .expect(200, None)
            .body
    }

    /// Creates an account owned by `owner`; its id.
    pub async fn account(&self, owner: &Person) -> String {
        let answer = self
            .post("/accounts", owner, json!({"name": unique("Green Acres")}))
            .await
            .expect(201, None);
        answer.body["id"].as_str().unwrap().into()
    }

    pub async fn invite(&self, owner: &Person, account: &str, email: &str, role: &str) -> Answer {
        self.post(
            &format!("/accounts/{account}/users"),
            owner,
            json!({"email": email, "role": role}),
        )
        .await
    }

    /// A new owner and their new account's id.
    pub async fn owner_and_account(&self) -> (Person, String) {
        let owner = self.person("owner").await;
        let account = self.account(&owner).await;
        (owner, account)
    }

    /// A new `partner` account owned by `owner`; its id.
    pub async fn partner_account(&self, owner: &Person) -> String {
        let answer = self
            .post(
                "/accounts",
                owner,
                json!({"name": unique("Agency"), "kind": "partner"}),
            )
            .await
            .expect(201, None);
        answer.body["id"].as_str().unwrap().into()
    }

    /// `asker`, of `partner`, asks `client` for access, and its owner enables it.
    pub async fn enable_partner(
        &self,
        owner: &Person,
        client: &str,
        partner: &str,
        asker: &Person,
    ) {
        self.post(
            &format!("/accounts/{client}/partner-access/requests"),
            asker,
            json!({"partner_account_id": partner}),
        )
        .await
        .expect(202, None);
        self.put(
            &format!("/accounts/{client}/partner-access"),
            owner,
            json!({"enabled": true, "partner_account_id": partner}),
        )
        .await
        .expect(200, None);
    }

    /// The path of a user, from an answer that holds it (or `{user: ...}`).
    pub fn user_path(account: &str, answer: &Value) -> String {
        let user = if answer["user"].is_object() {
            &answer["user"]
        } else {
            answer
        };
        format!("/accounts/{account}/users/{}", user["id"].as_str().unwrap())
    }

    /// Every audit event of an account, newest first, through the API's pages.
    pub async fn events(&self, owner: &Person, account: &str) -> Vec<Value> {
        let mut all = Vec::new();
        let mut cursor = String::new();
        loop {
            let page = self
                .get(
                    &format!("/accounts/{account}/audit-events?limit=3{cursor}"),
                    owner,
                )
                .await
                .expect(200, None);
            all.extend(page.body["events"].as_array().unwrap().iter().cloned());
            match page.body["next_cursor"].as_str() {
                Some(next) => cursor = format!("&cursor={next}"),
                None => return all,
            }
        }
    }

    /// Invites `who` and has them accept; their user id.
    pub async fn join(&self, owner: &Person, account: &str, who: &Person, role: &str) -> String {
        let invited = self
            .invite(owner, account, &who.email, role)
            .await
            .expect(201, None);
        let token = token_of(&invited.body);
        self.post("/invitations/accept", who, json!({"token": token}))
            .await
            .expect(200, None);
        invited.body["user"]["id"].as_str().unwrap().into()
    }

    /// The emails SES was asked to send to `to`, oldest first.
    pub async fn emails_to(&self, to: &str) -> Vec<Value> {
        let answer = self
            .send("GET", "/_local/emails", None, None, &[])
            .await
            .expect(200, None);
        answer.body["emails"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|m| {
                m["to"]
                    .as_array()
                    .is_some_and(|t| t.iter().any(|a| a == to))
            })
            .cloned()
            .collect()
    }

    /// Writes `n` active users of one new account straight into the table,
    /// 25 at a time: a big table, cheaply. Their invitations' expiry is long
    /// past, but they are not pending, so the pending index does not hold
    /// them; the first `ended` of them have an end of access long past, so
    /// they are due (the due index holds them), and the rest have none.
    pub async fn bulk_users(&self, n: usize, ended: usize) {
        use aws_sdk_dynamodb::types::{PutRequest, WriteRequest};
        use shared::domain::{AccountKind, AccountName, Email, Role, Status, UserAccount};
        let db = aws_sdk_dynamodb::Client::new(&self.sdk);
        let account = UserAccount {
            id: Uuid::new_v4(),
            name: AccountName::parse("Bulk Realty").unwrap(),
            kind: AccountKind::Standard,
            mfa_from: None,
        };
        let items: Vec<WriteRequest> = (0..n)
            .map(|i| {
                let email = Email::parse(&format!("bulk{i}@example.com")).unwrap();
                let mut user =
                    shared::domain::UserRecord::new(&account, email, Role::CampaignCreator, 0);
                user.status = Status::Active;
                user.expires_at = Some(1);
                user.access_until = (i < ended).then_some(1);
                let item = shared::store::write::user_item(&user);
                WriteRequest::builder()
                    .put_request(PutRequest::builder().set_item(Some(item)).build().unwrap())
                    .build()
            })
            .collect();
        for chunk in items.chunks(25) {
            db.batch_write_item()
                .request_items(&self.table, chunk.to_vec())
                .send()
                .await
                .unwrap();
        }
    }

    /// A deployed function's dependencies, over this API's table: for
    /// handlers called directly, as Lambda would.
    pub fn deps(&self, invite_ttl: &str) -> shared::Deps {
        let config = Config::from_lookup(|name| {
            Some(match name {
                "TABLE_NAME" => self.table.clone(),
                // The sender that `Api::start` made an SES identity of.
                "INVITE_FROM_ADDRESS" => "invitations@roster.test".into(),
                "APP_BASE_URL" => self.base.clone(),
                "INVITE_TTL" => invite_ttl.into(),
                _ => return None,
            })
        })
        .unwrap();
        shared::Deps::new(config, &self.sdk)
    }

    /// The SES event `file` of `functions/record-delivery/events/`, about
    /// the user's latest invitation.
    pub async fn ses_event(&self, file: &str, account: &str, user_id: &str) -> Value {
        let invitation = self.invitation_id(account, user_id).await;
        ses_sample(file, account, user_id, &invitation)
    }

    /// Runs the expiry sweep now (the local API's stand-in for its
    /// schedule); its report.
    pub async fn sweep(&self) -> Value {
        self.send("POST", "/_local/sweep", None, None, &[])
            .await
            .expect(200, None)
            .body
    }

    /// Runs an SES event through `record-delivery`'s handler, as the
    /// EventBridge rule would; the outcome it reports.
    pub async fn record_delivery(&self, event: Value) -> String {
        let report = record_delivery::handle(&self.deps("7d"), event)
            .await
            .unwrap();
        report["outcome"].as_str().unwrap().to_owned()
    }

    /// The id of a user's latest invitation, as stored (the API never shows
    /// it; its email's SES tags carry it).
    pub async fn invitation_id(&self, account: &str, user_id: &str) -> String {
        let key = Key::user(account.parse().unwrap(), user_id.parse().unwrap());
        let out = aws_sdk_dynamodb::Client::new(&self.sdk)
            .get_item()
            .table_name(&self.table)
            .set_key(Some(key.to_item()))
            .consistent_read(true)
            .send()
            .await
            .unwrap();
        let item = out.item.expect("the user exists");
        item["invitation_id"].as_s().unwrap().clone()
    }

    /// Every item of this API's table, straight from DynamoDB.
    pub async fn items(
        &self,
    ) -> Vec<std::collections::HashMap<String, aws_sdk_dynamodb::types::AttributeValue>> {
        let db = aws_sdk_dynamodb::Client::new(&self.sdk);
        let mut items = Vec::new();
        let mut start = None;
        loop {
            let out = db
                .scan()
                .table_name(&self.table)
                .set_exclusive_start_key(start)
                .send()
                .await
                .unwrap();
            items.extend(out.items.unwrap_or_default());
            start = out.last_evaluated_key;
            if start.is_none() {
                return items;
            }
        }
    }

    /// Every user of an account, through the API's pages.
    pub async fn all_users(&self, owner: &Person, account: &str) -> Vec<Value> {
        let mut users = Vec::new();
        let mut cursor: Option<String> = None;
        loop {
            let query = cursor.map(|c| format!("&cursor={c}")).unwrap_or_default();
            let page = self
                .get(
                    &format!("/accounts/{account}/users?limit=100{query}"),
                    owner,
                )
                .await
                .expect(200, None);
            users.extend(page.body["users"].as_array().unwrap().iter().cloned());
            match page.body["next_cursor"].as_str() {
                Some(next) => cursor = Some(next.to_owned()),
                None => return users,
            }
        }
    }

    /// Asserts the account's seat count equals its owner, pending and active
    /// users as listed: the count never drifts from the users it has.
    pub async fn assert_seats_exact(&self, owner: &Person, account: &str) -> u64 {
        let users = self.all_users(owner, account).await;
        let seated = users
            .iter()
            .filter(|u| u["status"] == "pending" || u["status"] == "active")
            .count() as u64;
        let owners = users.iter().filter(|u| u["role"] == "owner").count();
        assert_eq!(owners, 1, "an account has exactly one owner");
        let account = self
            .get(&format!("/accounts/{account}"), owner)
            .await
            .expect(200, None);
        assert_eq!(
            account.body["seats_used"].as_u64(),
            Some(seated),
            "seat count drifted: {users:#?}"
        );
        seated
    }
}

/// The token at the end of an answer's `invite_url`.
pub fn token_of(body: &Value) -> String {
    let url = body["invite_url"]
        .as_str()
        .expect("answer has an invite_url");
    url.rsplit('/').next().unwrap().to_owned()
}

pub async fn sleep_secs(secs: u64) {
    tokio::time::sleep(Duration::from_secs(secs)).await;
}

/// The SES event `file` of `functions/record-delivery/events/`, about the
/// invitation `invitation` of user `user_id` in `account` (in place of the
/// samples' placeholders).
pub fn ses_sample(file: &str, account: &str, user_id: &str, invitation: &str) -> Value {
    let text = crate::infra::read(&format!("functions/record-delivery/events/{file}"))
        .replace(placeholders::ACCOUNT, account)
        .replace(placeholders::USER, user_id)
        .replace(placeholders::INVITATION, invitation);
    serde_json::from_str(&text).unwrap()
}
