"""Two-step verification on the local sign-in page: setting up an
authenticator app (its key as text and as a QR code), the code every later
sign-in then asks for, a wrong code refused, and the `amr` the ID token then
carries. Codes come from the key the page shows, through pyotp, each computed
right before it is typed; the page takes a code once, so a second sign-in
waits for the app's next one, as a person would."""

import base64
import json
import time

import pyotp
from conftest import accessible, expect, unique

SECOND_FACTOR = ["pwd", "otp", "mfa"]
WRONG = "That code is not the one your authenticator app shows now"


def claims(page):
    """The claims of the ID token the pages keep for this tab."""
    token = page.evaluate("sessionStorage.getItem('roster.id_token')")
    payload = token.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))


def start_sign_in(page, email, set_up=False):
    page.goto("/app/")
    expect(page.get_by_role("heading", name="Sign in to Roster")).to_be_visible()
    page.get_by_role("textbox", name="Email address").fill(email)
    if set_up:
        page.get_by_role("checkbox", name="Set up an authenticator app").check()
    page.get_by_role("button", name="Sign in", exact=True).click()


def code_field(page):
    return page.get_by_role("textbox", name="6-digit code")


def type_code(page, code):
    code_field(page).fill(code)
    page.get_by_role("button", name="Verify and sign in").click()


def a_wrong_code(totp):
    """Six digits that are none of the codes the page takes now (a step
    either side) or soon."""
    now = time.time()
    taken = {totp.at(now + 30 * step) for step in range(-1, 4)}
    return next(c for c in (f"{n:06}" for n in range(1_000_000)) if c not in taken)


def the_current_code(totp, used_step=None):
    """The code the app shows now, waiting first for the step after
    `used_step` (a code is taken once); and the step it belongs to."""
    if used_step is not None:
        wait = (used_step + 1) * totp.interval - time.time()
        if wait > 0:
            time.sleep(wait + 0.2)
    now = time.time()
    return totp.at(now), int(now // totp.interval)


def test_an_app_set_up_at_360_pixels_is_asked_for_at_every_later_sign_in(new_page):
    email = unique("two-step")
    page = new_page(width=360, height=740)
    start_sign_in(page, email, set_up=True)

    expect(page.get_by_role("heading", name="Set up an authenticator app")).to_be_visible()
    expect(page.get_by_text(f"Signing in as {email}")).to_be_visible()
    qr = page.get_by_role("img", name="QR code that adds Roster (local) to an authenticator app")
    expect(qr).to_be_visible()
    box = qr.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 360, box
    key = page.get_by_text("Key:").locator("code").inner_text()
    totp = pyotp.TOTP(key.replace(" ", ""))
    field = code_field(page)
    expect(field).to_have_attribute("autocomplete", "one-time-code")
    expect(field).to_have_attribute("inputmode", "numeric")
    expect(field).to_be_focused()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360, "the page scrolls sideways"
    accessible(page, "sign-in-set-up-app-360")

    # A wrong first code sets nothing up: the same key, the error on the field.
    type_code(page, a_wrong_code(totp))
    expect(page.get_by_role("alert")).to_contain_text(WRONG)
    expect(code_field(page)).to_have_attribute("aria-invalid", "true")
    expect(page.get_by_text("Key:").locator("code")).to_have_text(key)
    accessible(page, "sign-in-set-up-app-wrong-code-360")

    code, used = the_current_code(totp)
    type_code(page, code)
    expect(page.get_by_role("heading", name="Your accounts")).to_be_visible()
    assert claims(page)["amr"] == SECOND_FACTOR

    # Another tab signs in again: the address, then the code, by keyboard.
    again = new_page()
    start_sign_in(again, email)
    expect(again.get_by_role("heading", name="Two-step verification")).to_be_visible()
    expect(again.get_by_text(f"Signing in as {email}")).to_be_visible()
    expect(code_field(again)).to_be_focused()
    again.keyboard.type(a_wrong_code(totp))
    again.keyboard.press("Enter")
    expect(again.get_by_role("alert")).to_contain_text(WRONG)
    expect(code_field(again)).to_have_attribute("aria-invalid", "true")
    expect(code_field(again)).to_be_focused()
    assert again.evaluate("sessionStorage.getItem('roster.id_token')") is None
    accessible(again, "sign-in-code-wrong")

    # The code the first sign-in used is refused too: each code works once.
    type_code(again, totp.at(used * totp.interval))
    expect(again.get_by_role("alert")).to_contain_text("used already")

    code, _ = the_current_code(totp, used_step=used)
    expect(code_field(again)).to_be_focused()
    again.keyboard.type(code)
    again.keyboard.press("Enter")
    expect(again.get_by_role("heading", name="Your accounts")).to_be_visible()
    expect(again.get_by_text(f"Signed in as {email}")).to_be_visible()
    assert claims(again)["amr"] == SECOND_FACTOR


def test_a_sign_in_without_an_app_asks_for_no_code_and_its_token_carries_no_amr(page):
    start_sign_in(page, unique("one-step"))
    expect(page.get_by_role("heading", name="Your accounts")).to_be_visible()
    assert "amr" not in claims(page)
