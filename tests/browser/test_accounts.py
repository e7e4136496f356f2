"""Signing in, Your accounts, and creating an account."""

from playwright.sync_api import Error as PlaywrightError
from conftest import accessible, expect, sign_in, unique


def test_a_newcomer_signs_in_creates_an_account_and_lands_on_manage_users(page):
    page.goto("/")
    # The local sign-in page says what it is.
    expect(page.get_by_text("local stand-in for the sign-in page")).to_be_visible()
    accessible(page, "sign-in")
    email = unique("newcomer")
    sign_in(page, email)

    expect(page.get_by_role("heading", name="Your accounts")).to_be_visible()
    expect(page.get_by_text(f"Signed in as {email}")).to_be_visible()
    expect(page.get_by_text("You are not a user of any account yet")).to_be_visible()
    page.get_by_role("textbox", name="Account name").fill("Green Acres Realty")
    accessible(page, "accounts-empty")
    page.get_by_role("button", name="Create account").click()

    expect(page.get_by_role("heading", name="Manage users")).to_be_visible()
    expect(page.get_by_text("1 of 10 seats used")).to_be_visible()
    owner_row = page.get_by_role("row").filter(has_text=email)
    expect(owner_row).to_contain_text("Owner")
    expect(owner_row.get_by_role("button")).to_have_count(0)
    expect(page.get_by_role("navigation", name="Green Acres Realty").get_by_role("link", name="Manage users")).to_have_attribute("aria-current", "page")

    page.get_by_role("link", name="Roster").click()
    expect(page.get_by_role("heading", name="Green Acres Realty")).to_be_visible()
    expect(page.get_by_role("link", name="Manage users of Green Acres Realty")).to_be_visible()
    accessible(page, "accounts")


def test_a_blank_account_name_is_explained_next_to_the_field(page, api):
    page.goto("/app/")
    sign_in(page, unique("blank"))
    name = page.get_by_role("textbox", name="Account name")
    name.fill("   ")
    page.get_by_role("button", name="Create account").click()
    expect(name).to_have_attribute("aria-invalid", "true")
    expect(page.get_by_text("The name must be 1 to 100 characters")).to_be_visible()


def test_signing_out_forgets_the_token(page):
    page.goto("/app/")
    sign_in(page, unique("leaver"))
    expect(page.get_by_role("heading", name="Your accounts")).to_be_visible()
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("heading", name="Sign in to Roster")).to_be_visible()
    assert page.evaluate("sessionStorage.getItem('roster.id_token')") is None


def test_a_token_the_api_refuses_leads_to_sign_in_and_back(page, api):
    email = unique("returning")
    page.goto("/app/")
    sign_in(page, email)
    expect(page.get_by_role("heading", name="Your accounts")).to_be_visible()
    account = api.account(page.evaluate("sessionStorage.getItem('roster.id_token')"))
    # A token that looks current but that the API's authorizer refuses.
    page.evaluate("""() => {
        const [header, payload] = sessionStorage.getItem('roster.id_token').split('.');
        sessionStorage.setItem('roster.id_token', `${header}.${payload}.forged`);
    }""")
    # The refused token sends the page on to the sign-in, at times before the
    # navigation to it has even committed (Chromium then aborts the first):
    # either way the sign-in form is what comes.
    try:
        page.goto(f"/app/users.html?account={account['id']}", wait_until="commit")
    except PlaywrightError as error:
        assert "ERR_ABORTED" in str(error), error
    sign_in(page, email)
    expect(page.get_by_role("heading", name="Manage users")).to_be_visible()
    expect(page.get_by_text("1 of 10 seats used")).to_be_visible()


def test_a_busy_answer_is_retried_after_the_wait_it_names(page, api):
    page.goto("/app/")
    sign_in(page, unique("patient"))
    expect(page.get_by_role("heading", name="Your accounts")).to_be_visible()
    # The API says 503 busy with Retry-After once (as it does when every retry
    # of a transaction met a concurrent change); the pages wait and try again.
    answered = []

    def busy_once(route):
        answered.append(route.request.method)
        if len(answered) == 1:
            route.fulfill(status=503, headers={"Retry-After": "1", "Content-Type": "application/problem+json"},
                          body='{"type":"urn:roster:problem:busy","title":"Busy, retry shortly","status":503,"detail":"too many changes to this account at once; retry shortly","code":"busy"}')
        else:
            route.continue_()

    page.route("**/accounts", busy_once)
    page.get_by_role("textbox", name="Account name").fill("Patient Realty")
    page.get_by_role("button", name="Create account").click()
    expect(page.get_by_role("heading", name="Manage users")).to_be_visible()
    assert answered == ["POST", "POST"]
