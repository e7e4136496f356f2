"""Browser tests: Playwright for Python driving the system's Chromium against
the local API that ./scripts/test started (ROSTER_URL; ROSTER_SHORT_TTL_URL
for one whose invitations expire in seconds; ROSTER_RATE_LIMITED_URL for one
where an account sends one invitation a day and audit events are kept 400
days; ROSTER_ENDING_URL for one where access ends and is reminded within
seconds), over the same moto server.
Elements are found by role and accessible name, as a screen reader would."""

import json
import os
import re
import urllib.request
import uuid
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect, sync_playwright

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / ".local" / "screenshots"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# Without these, Chromium calls home at start and this machine refuses it.
CHROMIUM_ARGS = [
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
# Assertions wait as long as actions do (the contexts' default below), not
# Playwright's 5 s: CI's two cores may be busy when a page answers.
expect.set_options(timeout=10_000)


def base_url(name="ROSTER_URL"):
    url = os.environ.get(name)
    if not url:
        pytest.fail(f"{name} is not set: run the browser tests with ./scripts/test")
    return url.rstrip("/")


def unique(name):
    return f"{name}-{uuid.uuid4().hex[:10]}@example.com"


@pytest.fixture(scope="session")
def browser():
    args = CHROMIUM_ARGS + (["--no-sandbox"] if os.geteuid() == 0 else [])
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=args)
        yield browser
        browser.close()


class Watched:
    """A page whose Content-Security-Policy violations and uncaught errors are
    collected, so every test also checks that the policy holds."""

    def __init__(self, page):
        self.page = page
        self.problems = []
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.problems.append(f"uncaught: {error}"))

    def _console(self, message):
        # axe itself, reading the stylesheets of a shadow root, makes a style
        # element the policy refuses: that one is the audit's, not the page's.
        if getattr(self.page, "auditing", False) and "style-src" in message.text:
            return
        if "Content Security Policy" in message.text or "Content-Security-Policy" in message.text:
            self.problems.append(f"CSP: {message.text}")


@pytest.fixture
def new_page(browser):
    """Opens a page in a browser context of its own (its own tab storage),
    `width` pixels wide, on the local API at `url` (ROSTER_URL's by default);
    at the end, no page may have met a CSP violation."""
    contexts, watched = [], []

    def open_page(width=1280, height=900, url=None):
        url = url or base_url()
        context = browser.new_context(
            base_url=url, viewport={"width": width, "height": height}
        )
        context.grant_permissions(["clipboard-read", "clipboard-write"], origin=url)
        context.set_default_timeout(10_000)
        contexts.append(context)
        page = context.new_page()
        watched.append(Watched(page))
        return page

    yield open_page
    problems = [p for w in watched for p in w.problems]
    for context in contexts:
        context.close()
    assert not problems, problems


@pytest.fixture
def page(new_page):
    return new_page()


def sign_in(page: Page, email: str):
    """On the local sign-in page: types the address and signs in."""
    expect(page.get_by_role("heading", name="Sign in to Roster")).to_be_visible()
    page.get_by_role("textbox", name="Email address").fill(email)
    page.get_by_role("button", name="Sign in").click()


def accessible(page: Page, name: str):
    """Zero serious or critical axe-core violations on what the page shows now,
    and a screenshot of it under .local/screenshots/."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"{name}.png", full_page=True)
    page.auditing = True
    try:
        results = Axe().run(page)
    finally:
        # The audit's console messages arrive before its answer does.
        page.auditing = False
    bad = [
        {"id": v["id"], "impact": v["impact"], "help": v["help"],
         "nodes": [n["target"] for n in v["nodes"]]}
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert not bad, json.dumps(bad, indent=1)


def focus_in_dialog(page: Page) -> bool:
    """Whether the focus is inside a dialog, looked for through the shadow
    roots the embeddable elements draw in."""
    return page.evaluate("""() => {
        let focused = document.activeElement;
        while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
        return !!focused?.closest('dialog');
    }""")


class Api:
    """Direct calls to the local API, to set the scene quickly."""

    def __init__(self, base):
        self.base = base

    def call(self, method, path, token=None, body=None):
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.base + path, data=data, method=method)
        if data is not None:
            req.add_header("Content-Type", "application/json")
        if token:
            req.add_header("Authorization", f"Bearer {token}")
        try:
            with urllib.request.urlopen(req) as res:
                text = res.read()
                return res.status, json.loads(text) if text else None
        except urllib.error.HTTPError as error:
            return error.code, json.loads(error.read() or b"null")

    def token(self, email, sub=None):
        status, body = self.call(
            "POST", "/_local/tokens", body={"sub": sub or f"sub-{email}", "email": email}
        )
        assert status == 200, body
        return body["token"]

    def account(self, owner_token, name=None, kind="standard"):
        status, body = self.call(
            "POST", "/accounts", owner_token,
            {"name": name or f"Green Acres {uuid.uuid4().hex[:6]}", "kind": kind},
        )
        assert status == 201, body
        return body

    def invite(self, owner_token, account_id, email, role="campaign_creator"):
        status, body = self.call(
            "POST", f"/accounts/{account_id}/users", owner_token, {"email": email, "role": role}
        )
        assert status == 201, body
        return body

    def act(self, owner_token, account_id, user_id, action):
        """Does `action` (deactivate, reactivate, revoke, resend) to a user, as its row's menu would."""
        status, body = self.call("POST", f"/accounts/{account_id}/users/{user_id}/{action}", owner_token)
        assert status == 200, body
        return body

    def link_to(self, email):
        """The link of the newest invitation emailed to `email`."""
        status, body = self.call("GET", "/_local/emails")
        assert status == 200, body
        mails = [m for m in body["emails"] if email in m["to"]]
        assert mails, f"no email to {email}"
        return re.search(r'href="([^"]+/invitations/[^"]+)"', mails[-1]["html"]).group(1)

    def join(self, owner_token, account_id, email, role="campaign_creator"):
        """Invites `email` and accepts as them (signed in as the local sign-in would)."""
        invited = self.invite(owner_token, account_id, email, role)
        token = invited["invite_url"].rsplit("/", 1)[1]
        status, body = self.call("POST", "/invitations/accept", self.token(email), {"token": token})
        assert status == 200, body
        return invited["user"]["id"]


@pytest.fixture
def api():
    return Api(base_url())


def signed_in_owner(page: Page, api: Api, name="owner"):
    """A new owner, signed in through the pages, on Manage users of a new
    account; returns (email, token for direct calls, account)."""
    email = unique(name)
    # The local sign-in makes the same `sub` from the address each time.
    page.goto("/app/")
    sign_in(page, email)
    expect(page.get_by_role("heading", name="Your accounts")).to_be_visible()
    me_token = page.evaluate("sessionStorage.getItem('roster.id_token')")
    account = api.account(me_token)
    page.goto(f"/app/users.html?account={account['id']}")
    expect(page.get_by_text("1 of 10 seats used")).to_be_visible()
    return email, me_token, account


def invite_in_page(page, email, role="Account Manager"):
    """Invites `email` through Manage users' Add new user dialog; the dialog."""
    page.get_by_role("button", name="Add new user").click()
    dialog = page.get_by_role("dialog", name="Add new user")
    dialog.get_by_role("textbox", name="Email address").fill(email)
    dialog.get_by_role("radio", name=role).check()
    dialog.get_by_role("button", name="Send invitation").click()
    return dialog
