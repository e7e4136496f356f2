"""Account settings, in the pages: the owner renames the account (a refused
name explained next to the field), saves its language and time zone, and is
refused "Require two-step verification" without a second factor (told to
sign in with the authenticator app, with Sign in again) and granted it with
one; a user in the grace period reads what to do and by when, in the
reader's language; a user past it, that they hold nothing until they sign in
with a second factor; a non-owner leaves after a confirmation, by keyboard;
Transfer ownership, once the API speaks of offers; every language's words
against English's and the API's codes; axe and 360 px.

A sign-in with a second factor is a token of the local API's /_local/tokens
with `amr` (what the local sign-in page gives once an authenticator app is
enrolled), for the same `sub` the page signed in with."""

import base64
import json
import re
import time
import urllib.request

import pytest
from conftest import ROOT, accessible, base_url, expect, signed_in_owner, unique

SECOND_FACTOR = ["pwd", "otp", "mfa"]


def claims(token):
    payload = token.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))


def token_for(api, sub, email, amr=None):
    body = {"sub": sub, "email": email}
    if amr:
        body["amr"] = amr
    status, answer = api.call("POST", "/_local/tokens", body=body)
    assert status == 200, answer
    return answer["token"]


def use_token(page, token):
    """This tab signed in with `token` (as the sign-in page would leave it)."""
    page.goto("/app/config.json")
    page.evaluate("(token) => sessionStorage.setItem('roster.id_token', token)", token)


def with_second_factor(page, api):
    """The page's own sign-in again, now with a second factor: its token, for direct calls."""
    mine = claims(page.evaluate("sessionStorage.getItem('roster.id_token')"))
    token = token_for(api, mine["sub"], mine["email"], SECOND_FACTOR)
    page.evaluate("(token) => sessionStorage.setItem('roster.id_token', token)", token)
    return token


def settings_of(page, account_id):
    page.goto(f"/app/settings.html?account={account_id}")
    expect(page.get_by_role("heading", name="Account settings", exact=True)).to_be_visible()


def in_words(page, value):
    """What the pages say of the time `value` in the reader's language (web/js/say.js)."""
    return page.evaluate("async (value) => (await import('/app/js/say.js')).dateInWords(value)", value)


def account_of(api, token, account_id):
    status, body = api.call("GET", f"/accounts/{account_id}", token)
    assert status == 200, body
    return body


def owner_with_mfa(api):
    """An owner signed in with a second factor, and its account."""
    email = unique("owner")
    token = token_for(api, f"sub-{email}", email, SECOND_FACTOR)
    return email, token, api.account(token)


def require(api, token, account_id, grace_days):
    status, body = api.call("PATCH", f"/accounts/{account_id}", token,
                            {"require_mfa": True, "mfa_grace_days": grace_days})
    assert status == 200, body
    return body


def banner(page):
    return page.get_by_role("region", name="Two-step verification required")


def test_the_owner_renames_the_account_and_saves_its_language_and_time_zone(page, api):
    _, owner, account = signed_in_owner(page, api)
    page.get_by_role("navigation", name=account["name"]).get_by_role("link", name="Account settings").click()
    expect(page.get_by_role("heading", name="Account settings", exact=True)).to_be_visible()
    expect(page).to_have_title("Account settings - Roster")
    expect(page.get_by_text("1 of 10 seats used")).to_be_visible()
    main = page.get_by_role("main")

    # A name the API refuses is explained next to the field, in the pages' words.
    name = main.get_by_role("textbox", name="Account name")
    expect(name).to_have_value(account["name"])
    name.fill("Visit evil.example")
    main.get_by_role("button", name="Rename").click()
    expect(name).to_have_attribute("aria-invalid", "true")
    expect(main.get_by_text("The name must not contain a web or email address: it is shown in emails.")).to_be_visible()
    assert account_of(api, owner, account["id"])["name"] == account["name"]

    name.fill("Blue Acres Realty")
    main.get_by_role("button", name="Rename").click()
    expect(main.get_by_role("status").filter(has_text="The account is now called Blue Acres Realty.")).to_be_visible()
    expect(name).not_to_have_attribute("aria-invalid", "true")
    # The account's menu says the new name at once.
    expect(page.get_by_role("navigation", name="Blue Acres Realty")).to_be_visible()
    assert account_of(api, owner, account["id"])["name"] == "Blue Acres Realty"

    language = main.get_by_role("combobox", name="Language")
    zone = main.get_by_role("combobox", name="Time zone")
    expect(language).to_have_value("en")
    expect(zone).to_have_value("UTC")
    language.select_option(label="Deutsch")
    zone.select_option("Europe/Madrid")
    main.get_by_role("button", name="Save language and time zone").click()
    expect(main.get_by_role("status").filter(has_text="Language and time zone saved.")).to_be_visible()
    saved = account_of(api, owner, account["id"])
    assert (saved["locale"], saved["time_zone"]) == ("de", "Europe/Madrid")

    # The account's language is the emails'; the pages stay in the reader's.
    page.reload()
    expect(main.get_by_role("combobox", name="Language")).to_have_value("de")
    expect(main.get_by_role("combobox", name="Time zone")).to_have_value("Europe/Madrid")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    accessible(page, "account-settings")


def test_requiring_two_step_verification_needs_the_owners_second_factor(page, api):
    _, owner, account = signed_in_owner(page, api)
    settings_of(page, account["id"])
    main = page.get_by_role("main")
    expect(main.get_by_text("Not required.")).to_be_visible()
    expect(main.get_by_text("Turning this on or off needs a sign-in with your authenticator app.")).to_be_visible()
    main.get_by_role("checkbox", name="Require two-step verification").check()
    main.get_by_role("spinbutton", name="Grace period (days)").fill("3")
    main.get_by_role("button", name="Save two-step verification").click()
    expect(main.get_by_role("alert")).to_contain_text("You must sign in with your authenticator app first")
    again = main.get_by_role("button", name="Sign in again")
    expect(again).to_be_visible()
    assert account_of(api, owner, account["id"])["require_mfa"] is False
    accessible(page, "account-settings-mfa-refused")

    # Sign in again leaves for the sign-in page, to come back here.
    again.click()
    expect(page.get_by_role("heading", name="Sign in to Roster")).to_be_visible()
    # Signed in again with the app (as the sign-in page gives it once one is enrolled).
    token = token_for(api, claims(owner)["sub"], claims(owner)["email"], SECOND_FACTOR)
    page.evaluate("(token) => sessionStorage.setItem('roster.id_token', token)", token)
    settings_of(page, account["id"])
    main.get_by_role("checkbox", name="Require two-step verification").check()
    main.get_by_role("spinbutton", name="Grace period (days)").fill("3")
    main.get_by_role("button", name="Save two-step verification").click()
    expect(main.get_by_role("status").filter(has_text="Saved.")).to_be_visible()
    saved = account_of(api, token, account["id"])
    assert (saved["require_mfa"], saved["mfa_grace_days"]) == (True, 3)
    state = f"Required: from {in_words(page, saved['mfa_required_from'])}, users without a second factor hold no access."
    expect(main.get_by_role("status").filter(has_text=f"Saved. {state}")).to_be_visible()
    expect(main.get_by_role("alert")).to_have_count(0)

    # Now that the account requires one, this sign-in is known to show it.
    page.reload()
    expect(main.get_by_text(state)).to_be_visible()
    expect(main.get_by_role("checkbox", name="Require two-step verification")).to_be_checked()
    expect(main.get_by_text("Turning this on or off needs")).to_have_count(0)
    expect(banner(page)).to_have_count(0)


def test_a_user_in_the_grace_period_is_told_what_to_do_and_by_when(page, api):
    _, owner, account = owner_with_mfa(api)
    sue = unique("sue")
    api.join(owner, account["id"], sue)
    required = require(api, owner, account["id"], 7)
    use_token(page, api.token(sue))
    settings_of(page, account["id"])

    notice = banner(page)
    when = in_words(page, required["mfa_required_from"])
    expect(notice).to_contain_text(
        f"{account['name']} requires two-step verification from {when}. Set up an authenticator app and sign in with it before then")
    expect(notice.get_by_role("button", name="Sign in again")).to_be_visible()
    # Meanwhile Sue still does what her role allows.
    status, me = api.call("GET", "/me", api.token(sue))
    assert status == 200 and me["accounts"][0]["permissions"], me
    accessible(page, "banner-grace")

    # In the reader's language, picked with the header's switcher.
    page.get_by_role("banner").get_by_role("combobox", name="Language").select_option(label="Español")
    expect(page.locator("html")).to_have_attribute("lang", "es")
    expect(page.get_by_role("heading", name="Configuración de la cuenta")).to_be_visible()
    notice = page.get_by_role("region", name="Verificación en dos pasos exigida")
    when = in_words(page, required["mfa_required_from"])
    assert "de" in when and re.search(r"\d{4}", when), when
    expect(notice).to_contain_text(f"{account['name']} exige la verificación en dos pasos a partir del {when}.")
    expect(notice.get_by_role("button", name="Volver a iniciar sesión")).to_be_visible()
    expect(page.get_by_role("button", name="Salir de esta cuenta")).to_be_visible()
    # The choice stays for the next page.
    page.reload()
    expect(page.get_by_role("heading", name="Configuración de la cuenta")).to_be_visible()
    expect(notice).to_be_visible()
    expect(page.get_by_role("button", name="Salir de esta cuenta")).to_be_visible()
    accessible(page, "banner-grace-es")


def test_a_user_past_the_grace_period_holds_nothing_until_signing_in_with_a_second_factor(page, api):
    _, owner, account = owner_with_mfa(api)
    sue = unique("sue")
    api.join(owner, account["id"], sue)
    require(api, owner, account["id"], 0)
    sue_token = api.token(sue)
    deadline = time.time() + 5
    while (me := api.call("GET", "/me", sue_token)[1])["accounts"][0]["second_factor"] != "missing":
        assert time.time() < deadline, me
        time.sleep(0.2)
    assert me["accounts"][0]["permissions"] == []

    use_token(page, sue_token)
    settings_of(page, account["id"])
    notice = banner(page)
    expect(notice).to_contain_text(
        f"{account['name']} requires two-step verification. You hold no access here until you sign in with your authenticator app.")
    # She may still leave.
    expect(page.get_by_role("button", name="Leave this account")).to_be_visible()
    accessible(page, "banner-missing")
    notice.get_by_role("button", name="Sign in again").click()
    expect(page.get_by_role("heading", name="Sign in to Roster")).to_be_visible()

    # Signed in with a second factor: no banner, her role's permissions back.
    use_token(page, token_for(api, f"sub-{sue}", sue, SECOND_FACTOR))
    settings_of(page, account["id"])
    expect(page.get_by_role("button", name="Leave this account")).to_be_visible()
    expect(banner(page)).to_have_count(0)


def test_a_user_leaves_the_account_after_confirming_by_keyboard(page, api):
    owner_email = unique("owner")
    owner = token_for(api, f"sub-{owner_email}", owner_email)
    account = api.account(owner)
    sue = unique("sue")
    api.join(owner, account["id"], sue)
    use_token(page, api.token(sue))
    page.goto("/app/")
    page.get_by_role("link", name=f"Account settings of {account['name']}").click()
    expect(page.get_by_role("heading", name="Account settings", exact=True)).to_be_visible()
    # Nothing of the owner's settings for her.
    expect(page.get_by_role("textbox", name="Account name")).to_have_count(0)
    expect(page.get_by_role("heading", name="Leave this account")).to_be_visible()
    expect(page.get_by_role("main")).not_to_contain_text("null")

    leave = page.get_by_role("button", name="Leave this account")
    leave.focus()
    page.keyboard.press("Enter")
    dialog = page.get_by_role("dialog", name=f"Leave {account['name']}?")
    expect(dialog).to_contain_text("Only a new invitation from its owner brings you back.")
    expect(dialog.get_by_role("button", name="Cancel")).to_be_focused()
    accessible(page, "leave-confirm")
    # Esc changes nothing, and the keyboard is back on the button.
    page.keyboard.press("Escape")
    expect(dialog).to_have_count(0)
    expect(leave).to_be_focused()
    status, me = api.call("GET", "/me", api.token(sue))
    assert [a["account_id"] for a in me["accounts"]] == [account["id"]]

    page.keyboard.press("Enter")
    expect(dialog.get_by_role("button", name="Cancel")).to_be_focused()
    page.keyboard.press("Shift+Tab")
    expect(dialog.get_by_role("button", name="Leave", exact=True)).to_be_focused()
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", name="Your accounts")).to_be_visible()
    expect(page.get_by_role("status").filter(has_text=f"You left {account['name']}.")).to_be_visible()
    expect(page.get_by_role("heading", name=account["name"])).to_have_count(0)
    status, me = api.call("GET", "/me", api.token(sue))
    assert me["accounts"] == []
    status, users = api.call("GET", f"/accounts/{account['id']}/users", owner)
    assert sue not in [u["email"] for u in users["users"]]
    assert account_of(api, owner, account["id"])["seats_used"] == 1


def test_the_owner_is_offered_no_leaving(page, api):
    _, _, account = signed_in_owner(page, api)
    settings_of(page, account["id"])
    expect(page.get_by_text("As the owner, you cannot leave this account: transfer ownership first.")).to_be_visible()
    expect(page.get_by_role("button", name="Leave this account")).to_have_count(0)
    expect(page.get_by_role("heading", name="Transfer ownership")).to_be_visible()


def test_account_settings_at_360_pixels(new_page, api):
    page = new_page(width=360, height=740)
    _, owner, account = signed_in_owner(page, api)
    api.join(owner, account["id"], unique("sue"))
    settings_of(page, account["id"])
    expect(page.get_by_text("2 of 10 seats used")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360, "the page scrolls sideways"
    accessible(page, "account-settings-360")

    other = new_page(width=360, height=740)
    _, mfa_owner, mfa_account = owner_with_mfa(api)
    sue = unique("sue")
    api.join(mfa_owner, mfa_account["id"], sue)
    require(api, mfa_owner, mfa_account["id"], 7)
    use_token(other, api.token(sue))
    settings_of(other, mfa_account["id"])
    expect(banner(other)).to_be_visible()
    assert other.evaluate("document.documentElement.scrollWidth") <= 360, "the page scrolls sideways"
    accessible(other, "banner-grace-360")


# Transfer ownership: only once GET /accounts/{id} carries `ownership_offer`.

def offers_or_skip(api, token, account_id):
    if "ownership_offer" not in account_of(api, token, account_id):
        pytest.skip("GET /accounts/{id} has no ownership_offer yet: the ownership routes are not in this API")


def test_ownership_is_offered_cancelled_offered_again_and_accepted(new_page, api):
    page = new_page()
    owner_email, owner, account = signed_in_owner(page, api)
    offers_or_skip(api, owner, account["id"])
    sue = unique("sue")
    api.join(owner, account["id"], sue)
    settings_of(page, account["id"])
    part = page.locator('[data-part="ownership"]')
    new_owner = part.get_by_role("combobox", name="New owner")
    new_owner.select_option(label=sue)
    part.get_by_role("button", name="Offer ownership").click()
    question = page.get_by_role("dialog", name=f"Offer ownership to {sue}?")
    expect(question).to_contain_text("you become an Account Manager without limits")
    question.get_by_role("button", name="Cancel").click()
    assert account_of(api, owner, account["id"])["ownership_offer"] is None

    part.get_by_role("button", name="Offer ownership").click()
    question.get_by_role("button", name="Offer ownership").click()
    expect(part.get_by_role("status")).to_have_text(f"Ownership is offered to {sue}, who has been emailed.")
    offer = account_of(api, owner, account["id"])["ownership_offer"]
    assert offer["email"] == sue, offer
    expect(part).to_contain_text(f"Ownership is offered to {sue} until {in_words(page, offer['expires_at'])}.")
    accessible(page, "ownership-offered")
    part.get_by_role("button", name="Cancel the offer").click()
    expect(part.get_by_role("status")).to_have_text("The offer is cancelled.")
    assert account_of(api, owner, account["id"])["ownership_offer"] is None

    part.get_by_role("combobox", name="New owner").select_option(label=sue)
    part.get_by_role("button", name="Offer ownership").click()
    question.get_by_role("button", name="Offer ownership").click()
    expect(part.get_by_role("button", name="Cancel the offer")).to_be_visible()

    # Sue, in her own tab: Accept, and she owns it.
    theirs = new_page()
    use_token(theirs, api.token(sue))
    settings_of(theirs, account["id"])
    offered = theirs.locator('[data-part="ownership"]')
    expect(offered).to_contain_text(f"{owner_email} offers you ownership of {account['name']}")
    accessible(theirs, "ownership-offered-to-me")
    offered.get_by_role("button", name="Accept ownership").click()
    expect(theirs.get_by_role("status").filter(has_text=f"You are now the owner of {account['name']}.")).to_be_visible()
    expect(theirs.get_by_role("textbox", name="Account name")).to_be_visible()
    assert account_of(api, api.token(sue), account["id"])["owner_email"] == sue

    # The old owner may leave now.
    settings_of(page, account["id"])
    expect(page.get_by_role("button", name="Leave this account")).to_be_visible()


def test_the_offered_user_declines(new_page, api):
    owner_email = unique("owner")
    owner = token_for(api, f"sub-{owner_email}", owner_email)
    account = api.account(owner)
    offers_or_skip(api, owner, account["id"])
    sue = unique("sue")
    sue_id = api.join(owner, account["id"], sue)
    status, body = api.call("POST", f"/accounts/{account['id']}/ownership", owner, {"user_id": sue_id})
    assert status == 201, body
    page = new_page()
    use_token(page, api.token(sue))
    settings_of(page, account["id"])
    page.locator('[data-part="ownership"]').get_by_role("button", name="Decline").click()
    expect(page.get_by_role("status").filter(has_text="You declined the offer.")).to_be_visible()
    expect(page.locator('[data-part="ownership"]')).to_have_count(0)
    assert account_of(api, owner, account["id"])["ownership_offer"] is None


def test_without_offers_in_the_api_the_place_for_them_says_so(page, api):
    _, _, account = signed_in_owner(page, api)
    settings_of(page, account["id"])
    # The API of today, as before the ownership routes: the key absent.
    def without_offers(route):
        response = route.fetch()
        route.fulfill(response=response, json={k: v for k, v in response.json().items() if k != "ownership_offer"})

    page.route(f"**/accounts/{account['id']}", without_offers)
    page.reload()
    part = page.locator('[data-part="ownership"]')
    expect(part).to_contain_text("Handing this account over to another user will be possible here soon.")
    expect(part.get_by_role("button")).to_have_count(0)
    expect(part.get_by_role("combobox")).to_have_count(0)


# The words: every language has every English message with the same
# placeholders (held in shared/src/mail/words.rs, for emails and pages alike),
# and every code the API answers has words, in the catalogs the pages load.

def api_codes():
    problem = (ROOT / "shared/src/http/problem.rs").read_text()
    codes = set(re.findall(r'StatusCode::\w+,\s*"([a-z_]+)"', problem))
    for source in (ROOT / "shared/src").rglob("*.rs"):
        codes |= set(re.findall(r'(?:invalid|fail)\(\s*"([a-z_]+)"', source.read_text()))
    assert {"mfa_required", "owner_cannot_leave", "invalid_field"} <= codes, codes
    return codes


def test_every_code_of_the_api_has_words_in_every_language(page):
    page.goto("/app/invitations/no-such-invitation")
    expect(page.get_by_role("heading", name="This invitation link no longer works")).to_be_visible()
    said = page.evaluate("""async (codes) => {
        const { LOCALES, setLocale } = await import('/app/js/locale.js');
        const { hasWords, problem, speak } = await import('/app/js/say.js');
        const out = { locales: LOCALES, missing: codes.filter((c) => !hasWords(`problem.${c}`)), words: {} };
        for (const l of LOCALES) {
            await speak(l);
            setLocale(l);
            out.words[l] = problem({ status: 403, code: 'forbidden' });
        }
        return out;
    }""", sorted(api_codes()))
    assert said["locales"] == ["en", "es", "fr", "de", "pt-BR"]
    assert not said["missing"], f"codes of the API without words in web/locales/en.ftl: {said['missing']}"
    assert len(set(said["words"].values())) == 5, said["words"]


def test_the_activity_has_words_for_every_audit_action(page):
    page.goto("/app/invitations/no-such-invitation")
    expect(page.get_by_role("heading", name="This invitation link no longer works")).to_be_visible()
    worded = page.evaluate("async () => (await import('/app/js/words.js')).AUDIT_ACTIONS")
    actions = re.findall(r'#\[serde\(rename = "([a-z_.]+)"\)\]', (ROOT / "shared/src/domain/audit.rs").read_text())
    assert "user.left" in actions, actions
    assert not [a for a in actions if a not in worded], "audit actions without words in web/js/words.js"


def test_the_settings_page_carries_the_strict_policy():
    with urllib.request.urlopen(base_url() + "/app/settings.html") as res:
        policy = res.headers["Content-Security-Policy"]
    directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
    assert (directives["script-src"], directives["connect-src"]) == ("'self'", "'self'")
    assert "unsafe" not in policy
