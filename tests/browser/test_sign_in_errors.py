"""The page the identity provider sends people back to: it words what went
wrong itself, from the OAuth error code, and shows nothing of its address,
since anyone can send a link to it with words of their own."""

from urllib.parse import urlencode

from conftest import accessible, expect

ATTACKER = "Your account is locked: call +1 555 0100 to unlock"
GENERIC = "The sign-in did not complete. Something went wrong while signing in."


def open_return_page(page, **params):
    page.goto(f"/app/signed-in.html?{urlencode(params)}")
    return page.get_by_role("alert")


def assert_nothing_of_the_address(page):
    for words in ["555 0100", "unlock", "native code"]:
        expect(page.locator("body")).not_to_contain_text(words)


def test_a_known_error_is_worded_by_the_page_and_its_description_never_shown(page):
    alert = open_return_page(page, error="access_denied", error_description=ATTACKER, state="x")
    expect(alert).to_have_text("The sign-in did not complete. The sign-in was cancelled or refused.")
    assert_nothing_of_the_address(page)
    expect(page.get_by_role("button", name="Sign in again")).to_be_visible()
    accessible(page, "sign-in-error")

    alert = open_return_page(page, error="temporarily_unavailable", error_description=ATTACKER)
    expect(alert).to_contain_text("The sign-in service is busy or briefly down.")
    assert_nothing_of_the_address(page)


def test_an_unknown_error_gets_a_generic_sentence(page):
    # Neither the unknown code nor a name every JavaScript object has.
    for error in [ATTACKER, "constructor"]:
        alert = open_return_page(page, error=error, error_description=ATTACKER)
        expect(alert).to_have_text(GENERIC)
        assert_nothing_of_the_address(page)


def test_the_pages_own_findings_and_the_token_endpoints_errors_are_worded_too(page):
    alert = open_return_page(page, code="a-code", state="not-this-tab")
    expect(alert).to_have_text(
        "The sign-in did not complete. "
        "This sign-in was not started from this tab, or it was already completed."
    )

    def started_here():
        page.evaluate("""() => sessionStorage.setItem('roster.sign_in',
            JSON.stringify({state: 'st4te', verifier: 'a-verifier', returnTo: null}))""")

    started_here()
    alert = open_return_page(page, state="st4te")
    expect(alert).to_have_text("The sign-in did not complete. The sign-in page sent no sign-in code back.")
    # The token endpoint refuses a code it never gave (invalid_grant); its
    # own description is not shown either.
    started_here()
    alert = open_return_page(page, state="st4te", code="a-code-never-given")
    expect(alert).to_have_text(
        "The sign-in did not complete. "
        "The sign-in expired, was already used, or did not start in this tab."
    )
    expect(page.locator("body")).not_to_contain_text("unknown, used or expired")
