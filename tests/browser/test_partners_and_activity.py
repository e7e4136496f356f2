"""Partner access from both sides, and the activity list, paged."""

from conftest import accessible, expect, sign_in, signed_in_owner, unique


def test_partner_access_from_both_sides(new_page, api):
    owner_page = new_page()
    _, owner_token, client = signed_in_owner(owner_page, api)

    # The agency creates its partner account and asks the client for access.
    agency = new_page()
    agency.goto("/app/")
    agency_email = unique("pm")
    sign_in(agency, agency_email)
    agency.get_by_role("textbox", name="Account name").fill("Bright Agency")
    agency.get_by_role("combobox", name="Kind").select_option(label="A partner agency, managing clients' accounts")
    agency.get_by_role("button", name="Create account").click()
    expect(agency.get_by_role("heading", name="Manage a client's account")).to_be_visible()
    agency.get_by_role("textbox", name="Client account id").fill(client["id"])
    agency.get_by_role("button", name="Request access").click()
    expect(agency.get_by_text("Request sent.")).to_be_visible()
    accessible(agency, "partner-side")
    # Not enabled yet: creating our user is refused, in words.
    agency.get_by_role("button", name="Create our user there").click()
    expect(agency.get_by_role("alert")).to_contain_text("Partner access to this account is not enabled for that partner account.")

    # The client's owner sees the request and turns access on, with Confirm.
    owner_page.get_by_role("link", name="Partner access").click()
    expect(owner_page.get_by_text("Bright Agency asked on")).to_be_visible()
    switch = owner_page.get_by_role("switch", name="Partner access enabled")
    expect(switch).not_to_be_checked()
    accessible(owner_page, "partner-access")
    switch.click()
    confirm = owner_page.get_by_role("dialog", name="Enable partner access?")
    expect(confirm.get_by_role("radio", name="Bright Agency")).to_be_checked()
    accessible(owner_page, "partner-access-confirm")
    confirm.get_by_role("button", name="Confirm").click()
    expect(owner_page.get_by_role("switch", name="Partner access enabled")).to_be_checked()
    expect(owner_page.get_by_text("Bright Agency manages this account")).to_be_visible()

    # The agency creates its own user there and finds the client among its accounts.
    agency.get_by_role("button", name="Create our user there").click()
    agency.get_by_role("link", name="Open your accounts").click()
    expect(agency.get_by_role("heading", name=client["name"])).to_be_visible()
    expect(agency.get_by_text(f"Welcome! You joined {client['name']} as Account Manager.")).to_be_visible()

    owner_page.get_by_role("link", name="Manage users").click()
    row = owner_page.get_by_role("row").filter(has_text=agency_email)
    expect(row).to_contain_text("Partner")
    expect(row).to_contain_text("Active")

    # Turning access off deactivates the agency's user at once.
    owner_page.get_by_role("link", name="Partner access").click()
    owner_page.get_by_role("switch", name="Partner access enabled").click()
    off = owner_page.get_by_role("dialog", name="Turn off partner access?")
    expect(off).to_contain_text("Every user Bright Agency created in this account is deactivated at once.")
    off.get_by_role("button", name="Confirm").click()
    expect(owner_page.get_by_role("switch", name="Partner access enabled")).not_to_be_checked()
    owner_page.get_by_role("link", name="Manage users").click()
    expect(owner_page.get_by_role("row").filter(has_text=agency_email)).to_contain_text("Deactivated")


def test_the_activity_is_listed_newest_first_a_page_at_a_time(page, api):
    email, token, account = signed_in_owner(page, api)
    # 1 account creation + 3 invitations + 18 revokes and resends: 22 events.
    people = [unique(f"p{i}") for i in range(3)]
    ids = [api.invite(token, account["id"], p)["user"]["id"] for p in people]
    for _ in range(3):
        for user in ids:
            for action in ("revoke", "resend"):
                api.act(token, account["id"], user, action)
    page.get_by_role("link", name="Activity").click()
    rows = page.get_by_role("table", name="What changed in this account, newest first").locator("tbody tr")
    expect(rows).to_have_count(20)
    expect(rows.first).to_contain_text("Invitation resent")
    expect(rows.first).to_contain_text(email)
    expect(rows.first).to_contain_text("Campaign Creator, revoked → Campaign Creator, pending")
    accessible(page, "activity")
    page.get_by_role("button", name="Show older events").click()
    expect(rows).to_have_count(22)
    expect(rows.last).to_contain_text("Account created")
    expect(page.get_by_text("That is everything.")).to_be_visible()
