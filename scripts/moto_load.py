"""A bounded load on a local API and its moto: accounts, invitations and users
with the largest limits the API takes (100 list ids of 128 characters), each
limit change a transaction writing a user and an audit item of tens of KB.
Then it times GET /_local/emails against a concurrent GET /me, and reports
moto's resident memory before and after.

Loopback only; it stops after REQUESTS requests or MAX_SECONDS, whichever
comes first. Run by scripts/moto-load, which starts the servers it measures.

Usage: moto_load.py API_URL MOTO_PID [REQUESTS [MAX_SECONDS]]
"""

import json
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

WORKERS = 4
USERS_PER_ACCOUNT = 8
REQUEST_CAP = 20000


class Spent(Exception):
    """The budget of requests or time is used up."""


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) // 1024
    raise RuntimeError(f"no process {pid}")


def big_lists(tag):
    return [f"{tag}-{i:03d}-".ljust(128, "x") for i in range(100)]


class Load:
    def __init__(self, api, budget, deadline):
        self.api = api
        self.budget = budget
        self.deadline = deadline
        self.lock = threading.Lock()
        self.sent = 0
        self.failures = 0

    def take(self):
        with self.lock:
            if self.sent >= self.budget or time.monotonic() > self.deadline:
                return False
            self.sent += 1
            return True

    def call(self, method, path, token=None, body=None):
        if not self.take():
            raise Spent
        return request(self.api, method, path, token, body, on_error=self.failed)

    def failed(self):
        with self.lock:
            self.failures += 1

    def token(self, email):
        answer = self.call("POST", "/_local/tokens", body={"sub": str(uuid.uuid5(uuid.NAMESPACE_DNS, email)), "email": email})
        return answer["token"]

    def worker(self, n):
        try:
            for round_ in range(10**9):
                self.account(f"w{n}r{round_}")
        except Spent:
            pass

    def account(self, tag):
        owner = self.token(f"owner-{tag}@load.example")
        account = self.call("POST", "/accounts", owner, {"name": f"Load {tag}"})["id"]
        users = []
        for k in range(USERS_PER_ACCOUNT):
            email = f"user{k}-{tag}@load.example"
            invited = self.call(
                "POST",
                f"/accounts/{account}/users",
                owner,
                {"email": email, "role": "account_manager", "list_ids": big_lists(f"{tag}a")},
            )
            if "invite_url" not in invited:
                continue  # counted as a failure
            invite = invited["invite_url"].rsplit("/", 1)[1]
            self.call("POST", "/invitations/accept", self.token(email), {"token": invite})
            users.append(invited["user"]["id"])
        # Limit changes dominate: each writes a large user and audit item.
        for i in range(40 if users else 0):
            user = users[i % len(users)]
            lists = big_lists(f"{tag}{'ab'[i % 2]}")
            self.call("PATCH", f"/accounts/{account}/users/{user}", owner, {"list_ids": lists})
            if i % 4 == 0:
                self.call("GET", "/me", owner)
                self.call("GET", f"/accounts/{account}/users", owner)


def request(api, method, path, token=None, body=None, on_error=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(api + path, data=data, method=method)
    if data is not None:
        req.add_header("content-type", "application/json")
    if token:
        req.add_header("authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(req, timeout=600) as answer:
            raw = answer.read()
    except urllib.error.HTTPError as e:
        if on_error:
            on_error()
        raw = e.read()
    return json.loads(raw) if raw else None


def timed(api, path, token, out, key):
    start = time.monotonic()
    answer = request(api, "GET", path, token)
    out[key] = (time.monotonic() - start, answer)


def main():
    api, moto_pid = sys.argv[1].rstrip("/"), int(sys.argv[2])
    budget = min(int(sys.argv[3]) if len(sys.argv) > 3 else 3000, REQUEST_CAP)
    max_seconds = float(sys.argv[4]) if len(sys.argv) > 4 else 900
    if urllib.parse.urlsplit(api).hostname not in ("127.0.0.1", "localhost"):
        sys.exit("the load goes to a loopback address only")

    before = rss_mb(moto_pid)
    load = Load(api, budget, time.monotonic() + max_seconds)
    start = time.monotonic()
    workers = [threading.Thread(target=load.worker, args=(n,)) for n in range(WORKERS)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    took = time.monotonic() - start
    after = rss_mb(moto_pid)

    me = request(api, "POST", "/_local/tokens", body={"sub": "reader", "email": "reader@load.example"})["token"]
    out = {}
    pair = [
        threading.Thread(target=timed, args=(api, "/_local/emails", None, out, "emails")),
        threading.Thread(target=timed, args=(api, "/me", me, out, "me")),
    ]
    for t in pair:
        t.start()
    for t in pair:
        t.join()
    print(f"requests: {load.sent} in {took:.0f} s ({load.failures} answered 4xx/5xx)")
    print(f"moto RSS: {before} MB before, {after} MB after the load, {rss_mb(moto_pid)} MB after the listing")
    print(f"GET /_local/emails: {out['emails'][0]:.2f} s, {len(out['emails'][1]['emails'])} emails")
    print(f"concurrent GET /me: {out['me'][0]:.2f} s")


if __name__ == "__main__":
    main()
