"""The invitation page, where the emailed link lands: accepting as the right
address after trying the wrong one, and the pages for an expired, revoked,
used link and an existing membership, each with what to do next."""

import os
import time

from conftest import Api, accessible, base_url, expect, sign_in, unique


def invited(api, role="campaign_creator"):
    """An account whose owner invited a new address; (owner email, account, invitee, link)."""
    owner = unique("owner")
    token = api.token(owner)
    account = api.account(token)
    sue = unique("sue")
    api.invite(token, account["id"], sue, role)
    return owner, token, account, sue, api.link_to(sue)


def test_the_invitee_opens_the_emailed_link_signs_in_wrong_then_right_and_accepts(page, api):
    owner, _, account, sue, link = invited(api)
    assert link.startswith(f"{api.base}/app/invitations/")
    page.goto(link)
    expect(page.get_by_role("heading", name=f"Join {account['name']}")).to_be_visible()
    expect(page.get_by_text(f"{owner} invites you to join {account['name']} as Campaign Creator.")).to_be_visible()
    expect(page.get_by_text("Creates and edits campaigns, uses the library and sees reports.")).to_be_visible()
    expect(page.get_by_text("works until")).to_be_visible()
    accessible(page, "invitation")

    # Signed in as another address: refused, and the invitation stays valid.
    page.get_by_role("button", name=f"Sign in as {sue} to accept").click()
    bob = unique("bob")
    sign_in(page, bob)
    expect(page.get_by_text(f"You are signed in as {bob}.")).to_be_visible()
    page.get_by_role("button", name="Accept invitation").click()
    expect(page.get_by_role("heading", name="This invitation is for another address")).to_be_visible()
    expect(page.get_by_text(f"Sign in as {sue} to accept it; the invitation stays valid until then.")).to_be_visible()
    accessible(page, "invitation-wrong-address")

    page.get_by_role("button", name=f"Sign in as {sue}").click()
    sign_in(page, sue)
    page.get_by_role("button", name="Accept invitation").click()

    # Landed in the account.
    expect(page.get_by_role("heading", name="Your accounts")).to_be_visible()
    expect(page.get_by_text(f"Welcome! You joined {account['name']} as Campaign Creator.")).to_be_visible()
    expect(page.get_by_role("heading", name=account["name"])).to_be_visible()
    accessible(page, "joined")

    # The link is used: opening it again says so, and where to go.
    page.goto(link)
    expect(page.get_by_role("heading", name="This invitation link no longer works")).to_be_visible()
    expect(page.get_by_text("If you accepted it already, your account is waiting for you.")).to_be_visible()
    expect(page.get_by_role("link", name="Go to your accounts")).to_be_visible()
    accessible(page, "invitation-used")


def test_a_revoked_link_says_to_ask_for_a_new_invitation(page, api):
    _, token, account, sue, link = invited(api)
    users = api.call("GET", f"/accounts/{account['id']}/users", token)[1]["users"]
    user = next(u for u in users if u["email"] == sue)
    api.act(token, account["id"], user["id"], "revoke")
    page.goto(link)
    expect(page.get_by_role("heading", name="This invitation link no longer works")).to_be_visible()
    expect(page.get_by_text("ask the person who invited you to send a new invitation")).to_be_visible()


def test_an_expired_link_says_to_ask_the_inviter_to_resend(new_page):
    short = Api(base_url("ROSTER_SHORT_TTL_URL"))
    ttl = float(os.environ.get("ROSTER_SHORT_TTL_SECONDS", "2"))
    owner, _, _, _, link = invited(short)
    time.sleep(ttl + 0.5)
    page = new_page()
    page.goto(link)
    expect(page.get_by_role("heading", name="This invitation has expired")).to_be_visible()
    expect(page.get_by_text(f"Ask {owner} to resend it: you will get a new link by email.")).to_be_visible()
    accessible(page, "invitation-expired")


def test_an_existing_member_is_told_there_is_nothing_to_do(page, api):
    # Sue's sign-in is already a user of the account (joined with her old
    # address); the owner invites her new address, and she opens that link.
    _, token, account, new_address, link = invited(api)
    old_address = unique("sue-old")
    invited_old = api.invite(token, account["id"], old_address)
    sub = f"sue-{old_address}"
    old_token = invited_old["invite_url"].rsplit("/", 1)[1]
    assert api.call("POST", "/invitations/accept", api.token(old_address, sub), {"token": old_token})[0] == 200

    page.goto(link)
    page.get_by_role("button", name=f"Sign in as {new_address} to accept").click()
    page.get_by_role("textbox", name="Email address").fill(new_address)
    page.get_by_role("textbox", name="Name for this sign-in").fill(sub)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("button", name="Accept invitation").click()
    expect(page.get_by_role("heading", name=f"You are already a user of {account['name']}")).to_be_visible()
    expect(page.get_by_role("link", name="Go to your accounts")).to_be_visible()
    accessible(page, "invitation-already-member")


def test_the_invitation_page_speaks_the_invitation_s_language_until_the_reader_picks_another(new_page, api):
    owner = api.token(unique("owner"))
    account = api.account(owner)
    invitee = unique("invitee")
    status, body = api.call(
        "POST", f"/accounts/{account['id']}/users", owner,
        {"email": invitee, "role": "campaign_creator", "locale": "fr"},
    )
    assert status == 201, body
    page = new_page(width=360)
    page.goto(api.link_to(invitee))
    expect(page.get_by_role("heading", name=f"Rejoignez {account['name']}")).to_be_visible()
    assert page.evaluate("document.documentElement.lang") == "fr"
    expect(page.get_by_text("Crée et modifie les campagnes")).to_be_visible()
    expect(page.get_by_role("button", name=f"Connectez-vous en tant que {invitee} pour l’accepter")).to_be_visible()
    assert page.title() == "Votre invitation - Roster"
    accessible(page, "invitation-fr-360")
    # The reader's own choice wins, by keyboard, and keeps the focus.
    switcher = page.get_by_role("combobox", name="Langue")
    switcher.focus()
    page.keyboard.press("Home")
    expect(page.get_by_role("heading", name=f"Join {account['name']}")).to_be_visible()
    expect(page.get_by_role("combobox", name="Language")).to_be_focused()
    assert page.evaluate("document.documentElement.lang") == "en"
    page.reload()
    expect(page.get_by_role("heading", name=f"Join {account['name']}")).to_be_visible()
