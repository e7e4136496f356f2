"""The emails as a person gets them, in Chromium: the invitation, the offer of
ownership and the owner's notice that access ends, in each language, opened
from /_local/emails at 320 px and in a dark-mode client. Each says what it
must in its reader's words (taken from web/locales/, the catalogs the
emails are made from), has its button and its link as text, loads nothing
from anywhere, and passes axe; screenshots under .local/screenshots/."""

import re
import time
from datetime import datetime, timedelta, timezone

import pytest
from conftest import ROOT, SCREENSHOTS, Api, accessible, base_url, expect, unique

LOCALES = ["en", "es", "fr", "de", "pt-BR"]


def catalog(locale):
    """The messages of `locale`'s catalog, by id (values of one line)."""
    text = (ROOT / "web" / "locales" / f"{locale}.ftl").read_text()
    return dict(re.findall(r"^([a-z][\w-]*) = (.*)$", text, re.M))


def account_in(api, locale):
    """A new owner's account in `locale`, told in New York time: (owner's
    address, their token, account id)."""
    email = unique("owner")
    owner = api.token(email)
    account = api.account(owner)
    status, body = api.call(
        "PATCH", f"/accounts/{account['id']}", owner, {"locale": locale, "time_zone": "America/New_York"}
    )
    assert status == 200, body
    return email, owner, account["id"]


def newest_to(api, email):
    status, body = api.call("GET", "/_local/emails")
    assert status == 200, body
    mails = [m for m in body["emails"] if email in m["to"]]
    assert mails, f"no email to {email}"
    return mails[-1]


def read_as_a_person(new_page, api, mail, button, name):
    """Opens `mail` as its reader would, at 320 px, in light and dark: its
    `button` leads where its link as text does, nothing is fetched but the
    email itself, axe passes; screenshots `name`-light and `name`-dark."""
    page = new_page(width=320, height=800, url=api.base)
    fetched = []
    page.on("request", lambda request: fetched.append(request.url))
    own = f"{api.base}/_local/emails/{mail['id']}"
    page.goto(own)
    link = page.get_by_role("link", name=button)
    expect(link).to_be_visible()
    href = link.get_attribute("href")
    expect(page.get_by_role("link", name=href)).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 320, "no sideways scrolling at 320 px"
    assert fetched == [own], fetched
    accessible(page, f"{name}-light")
    page.emulate_media(color_scheme="dark")
    card = page.locator("table.card")
    background = card.evaluate("e => getComputedStyle(e).backgroundColor")
    assert background == "rgb(31, 41, 55)", f"the dark scheme's card: {background}"
    accessible(page, f"{name}-dark")
    assert fetched == [own], fetched
    return page, href


@pytest.mark.parametrize("locale", LOCALES)
def test_the_invitation_in_each_language(new_page, locale):
    api = Api(base_url())
    words = catalog(locale)
    _, owner, account_id = account_in(api, "en")
    invitee = unique("invitee")
    status, body = api.call(
        "POST", f"/accounts/{account_id}/users", owner,
        {"email": invitee, "role": "campaign_creator", "locale": locale},
    )
    assert status == 201, body
    mail = newest_to(api, invitee)
    page, href = read_as_a_person(
        new_page, api, mail, words["email-invitation-button"], f"email-invitation-{locale}"
    )
    assert href == body["invite_url"]
    expect(page.get_by_text(words["role-campaign_creator-description"])).to_be_visible()
    expect(page.get_by_text("(New York)")).to_be_visible()
    # The plain-text part says it too, link and all.
    text = mail["text"]
    assert body["invite_url"] in text and words["role-campaign_creator"] in text
    # The button opens the invitation page.
    page.get_by_role("link", name=words["email-invitation-button"]).click()
    expect(page).to_have_url(body["invite_url"])


@pytest.mark.parametrize("locale", LOCALES)
def test_the_offer_of_ownership_in_each_language(new_page, locale):
    api = Api(base_url())
    words = catalog(locale)
    _, owner, account_id = account_in(api, locale)
    sue = unique("sue")
    user_id = api.join(owner, account_id, sue, "account_manager")
    status, body = api.call("POST", f"/accounts/{account_id}/ownership", owner, {"user_id": user_id})
    assert status == 201, body
    mail = newest_to(api, sue)
    _, href = read_as_a_person(
        new_page, api, mail, words["email-ownership-button"], f"email-ownership-{locale}"
    )
    assert href.endswith(f"/app/settings.html?account={account_id}"), href


def test_the_notice_that_access_ends_in_each_language(new_page):
    api = Api(base_url("ROSTER_ENDING_URL"))
    # Far enough ahead that every account is set up before its reminder is
    # due (one accepted nearer than 3 seconds to its end is not reminded).
    ends = datetime.now(timezone.utc).replace(microsecond=0) + timedelta(seconds=10)
    owners = {}
    for locale in LOCALES:
        owner_email, owner, account_id = account_in(api, locale)
        user = unique("temp")
        status, body = api.call(
            "POST", f"/accounts/{account_id}/users", owner,
            {"email": user, "role": "campaign_creator", "access_until": ends.strftime("%Y-%m-%dT%H:%M:%SZ")},
        )
        assert status == 201, body
        token = body["invite_url"].rsplit("/", 1)[1]
        status, body = api.call("POST", "/invitations/accept", api.token(user), {"token": token})
        assert status == 200, body
        owners[locale] = (owner_email, account_id)
    # The owner hears of it 3 seconds ahead (ROSTER_ENDING_URL's setting).
    due = ends - timedelta(seconds=3)
    time.sleep(max(0.0, (due - datetime.now(timezone.utc)).total_seconds() + 0.5))
    status, report = api.call("POST", "/_local/sweep")
    assert status == 200 and report["reminded"] >= len(LOCALES), report
    for locale, (owner_email, account_id) in owners.items():
        words = catalog(locale)
        mail = newest_to(api, owner_email)
        _, href = read_as_a_person(
            new_page, api, mail, words["email-ending-button"], f"email-ending-{locale}"
        )
        assert href.endswith(f"users.html?account={account_id}"), href


def test_the_local_mailbox_lists_them_and_opens_one(page):
    api = Api(base_url())
    _, owner, account_id = account_in(api, "fr")
    invitee = unique("invitee")
    api.invite(owner, account_id, invitee)
    page.goto("/_local/emails")
    expect(page.get_by_role("heading", name="Emails sent")).to_be_visible()
    row = page.get_by_role("row").filter(has_text=invitee)
    row.get_by_role("link").first.click()
    expect(page.get_by_role("link", name=catalog("fr")["email-invitation-button"])).to_be_visible()
    assert SCREENSHOTS.exists()
