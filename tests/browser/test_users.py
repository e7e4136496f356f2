"""Manage users: inviting (with the keyboard), Copy URL, the "already
invited" question, each row's menu, seats, errors as sentences, and two tabs
editing one user."""

import re

from conftest import Api, accessible, base_url, expect, focus_in_dialog, invite_in_page, signed_in_owner, unique


def test_an_owner_invites_with_the_keyboard_and_copies_the_link(page, api):
    _, _, account = signed_in_owner(page, api)
    sue = unique("sue")

    page.get_by_role("button", name="Add new user").focus()
    page.keyboard.press("Enter")
    dialog = page.get_by_role("dialog", name="Add new user")
    expect(dialog).to_be_visible()
    # The role descriptions of the seed, one per role.
    expect(dialog.get_by_text("Everything but users, billing, account settings, API keys and partner tools.")).to_be_visible()
    expect(dialog.get_by_text("Creates and edits campaigns, uses the library and sees reports.")).to_be_visible()
    expect(dialog.get_by_text("Partnership tools only.")).to_be_visible()
    accessible(page, "add-new-user")
    # Esc closes the overlay and focus goes back to the button.
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(page.get_by_role("button", name="Add new user")).to_be_focused()

    page.keyboard.press("Enter")
    expect(dialog.get_by_role("textbox", name="Email address")).to_be_focused()
    page.keyboard.type(sue)
    # Tab reaches the roles; an arrow key moves to the next one and picks it.
    page.keyboard.press("Tab")
    expect(dialog.get_by_role("radio", name="Account Manager")).to_be_focused()
    page.keyboard.press("ArrowDown")
    expect(dialog.get_by_role("radio", name="Campaign Creator")).to_be_focused()
    expect(dialog.get_by_role("radio", name="Campaign Creator")).to_be_checked()
    # Focus stays in the overlay: tabbing never reaches the page behind it.
    for _ in range(8):
        page.keyboard.press("Tab")
        assert focus_in_dialog(page), "focus left the dialog"
    dialog.get_by_role("button", name="Send invitation").focus()
    page.keyboard.press("Enter")

    sent = page.get_by_role("dialog", name="Invite sent!")
    expect(sent).to_be_visible()
    expect(sent).to_contain_text(f"We emailed {sue} an invitation as Campaign Creator")
    link = sent.get_by_role("textbox", name="Invitation link").input_value()
    assert link.startswith(f"{api.base}/app/invitations/"), link
    assert link == api.link_to(sue)
    accessible(page, "invite-sent")
    sent.get_by_role("button", name="Copy URL").click()
    expect(sent.get_by_text("Link copied.")).to_be_visible()
    assert page.evaluate("navigator.clipboard.readText()") == link
    page.keyboard.press("Escape")

    expect(page.get_by_text("2 of 10 seats used")).to_be_visible()
    row = page.get_by_role("row").filter(has_text=sue)
    expect(row).to_contain_text("Campaign Creator")
    expect(row).to_contain_text("Pending")
    accessible(page, "manage-users")
    assert account["id"] in page.url


def test_re_inviting_a_pending_address_asks_first_and_cancel_changes_nothing(page, api):
    signed_in_owner(page, api)
    sue = unique("sue")
    invite_in_page(page, sue)
    page.get_by_role("dialog", name="Invite sent!").get_by_role("button", name="Done").click()
    first_link = api.link_to(sue)

    dialog = invite_in_page(page, sue, role="Campaign Creator")
    question = page.get_by_role("dialog", name="Already invited")
    expect(question).to_contain_text(
        f"You already have a pending invitation to {sue}. Sending it again will revoke all previous invitations."
    )
    accessible(page, "already-invited")
    question.get_by_role("button", name="Cancel").click()
    expect(question).to_be_hidden()
    assert api.link_to(sue) == first_link, "Cancel sent nothing"
    expect(page.get_by_role("row").filter(has_text=sue)).to_contain_text("Account Manager")

    dialog.get_by_role("button", name="Send invitation").click()
    page.get_by_role("dialog", name="Already invited").get_by_role("button", name="Continue").click()
    expect(page.get_by_role("dialog", name="Invite sent!")).to_be_visible()
    second_link = api.link_to(sue)
    assert second_link != first_link
    page.get_by_role("dialog", name="Invite sent!").get_by_role("button", name="Done").click()
    expect(page.get_by_role("row").filter(has_text=sue)).to_contain_text("Campaign Creator")
    expect(page.get_by_text("2 of 10 seats used")).to_be_visible()
    # The earlier link no longer opens the invitation.
    assert api.call("GET", "/invitations/" + first_link.rsplit("/", 1)[1])[0] == 404


def menu_items(page, email):
    page.get_by_role("button", name=f"Actions for {email}").click()
    menu = page.get_by_role("menu", name=f"Actions for {email}")
    expect(menu).to_be_visible()
    return menu, [t.strip() for t in menu.get_by_role("menuitem").all_inner_texts()]


def offers(page, email, expected):
    """The row's menu lists exactly `expected`; Esc closes it again."""
    _, items = menu_items(page, email)
    assert items == expected
    page.keyboard.press("Escape")


def choose(page, email, item):
    menu, _ = menu_items(page, email)
    menu.get_by_role("menuitem", name=item).click()


def confirm(page, title, button):
    dialog = page.get_by_role("dialog", name=title)
    expect(dialog).to_be_visible()
    dialog.get_by_role("button", name=button).click()
    expect(dialog).to_be_hidden()


def test_each_row_menu_offers_exactly_its_actions_and_each_works(page, api):
    _, owner, account = signed_in_owner(page, api)
    pending, active = unique("pending"), unique("active")
    api.invite(owner, account["id"], pending)
    api.join(owner, account["id"], active)
    page.reload()
    expect(page.get_by_text("3 of 10 seats used")).to_be_visible()

    # Pending: resend and revoke.
    menu, items = menu_items(page, pending)
    assert items == ["Resend invitation", "Revoke invitation"]
    accessible(page, "row-menu")
    # The menu works with the keyboard: arrows move, Esc closes it.
    page.keyboard.press("ArrowDown")
    expect(menu.get_by_role("menuitem", name="Revoke invitation")).to_be_focused()
    page.keyboard.press("Escape")
    expect(menu).to_be_hidden()
    expect(page.get_by_role("button", name=f"Actions for {pending}")).to_be_focused()

    choose(page, pending, "Resend invitation")
    sent = page.get_by_role("dialog", name="Invite sent!")
    expect(sent).to_be_visible()
    assert sent.get_by_role("textbox", name="Invitation link").input_value() == api.link_to(pending)
    sent.get_by_role("button", name="Done").click()

    choose(page, pending, "Revoke invitation")
    confirm(page, "Revoke invitation?", "Revoke invitation")
    expect(page.get_by_role("status").filter(has_text=f"The invitation to {pending} is revoked.")).to_be_visible()
    expect(page.get_by_role("row").filter(has_text=pending)).to_contain_text("Revoked")
    expect(page.get_by_text("2 of 10 seats used")).to_be_visible()
    offers(page, pending, ["Resend invitation", "Delete"])
    choose(page, pending, "Delete")
    confirm(page, f"Delete {pending}?", "Delete")
    expect(page.get_by_role("row").filter(has_text=pending)).to_have_count(0)

    # Active: edit and deactivate; deactivated: reactivate and delete.
    offers(page, active, ["Edit", "Deactivate"])
    choose(page, active, "Edit")
    edit = page.get_by_role("dialog", name=f"Edit {active}")
    expect(edit.get_by_role("radio", name="Campaign Creator")).to_be_checked()
    edit.get_by_role("radio", name="Account Manager").check()
    accessible(page, "edit-user")
    edit.get_by_role("button", name="Save").click()
    expect(edit).to_be_hidden()
    expect(page.get_by_role("row").filter(has_text=active)).to_contain_text("Account Manager")

    choose(page, active, "Deactivate")
    confirm(page, f"Deactivate {active}?", "Deactivate")
    expect(page.get_by_role("row").filter(has_text=active)).to_contain_text("Deactivated")
    expect(page.get_by_text("1 of 10 seats used")).to_be_visible()
    offers(page, active, ["Reactivate", "Delete"])
    choose(page, active, "Reactivate")
    expect(page.get_by_role("row").filter(has_text=active)).to_contain_text("Active")
    expect(page.get_by_text("2 of 10 seats used")).to_be_visible()

    # A confirmation answered Cancel changes nothing.
    choose(page, active, "Deactivate")
    confirm(page, f"Deactivate {active}?", "Cancel")
    expect(page.get_by_role("row").filter(has_text=active)).to_contain_text("Active")


def test_a_full_account_is_told_as_a_sentence_with_what_to_do(page, api):
    _, owner, account = signed_in_owner(page, api)
    for i in range(9):
        api.invite(owner, account["id"], unique(f"seat{i}"))
    page.reload()
    expect(page.get_by_text("10 of 10 seats used")).to_be_visible()
    dialog = invite_in_page(page, unique("one-too-many"))
    alert = dialog.get_by_role("alert")
    expect(alert).to_have_text(
        "Every seat of this account is taken. Free a seat by revoking a pending invitation or deactivating a user, then try again."
    )
    assert "seat_limit_reached" not in alert.inner_text()


def test_a_rate_limit_is_told_once_with_the_time_to_wait(new_page):
    # An API whose accounts send one invitation a day: the second is a real 429.
    limited = Api(base_url("ROSTER_RATE_LIMITED_URL"))
    page = new_page(url=limited.base)
    signed_in_owner(page, limited)
    invite_in_page(page, unique("first"))
    page.get_by_role("dialog", name="Invite sent!").get_by_role("button", name="Done").click()
    dialog = invite_in_page(page, unique("second"))
    # The API's sentence names the limit and the wait; the page adds no second wait.
    expect(dialog.get_by_role("alert")).to_have_text(re.compile(
        r"^This account has sent 1 invitation in the last 24 hours, its limit; "
        r"the next can be sent in [0-9][0-9a-z ]*\.$"
    ))
    accessible(page, "invite-rate-limited")
    expect(page.get_by_text("2 of 10 seats used")).to_be_visible()


def test_an_invalid_address_is_shown_next_to_its_field(page, api):
    signed_in_owner(page, api)
    dialog = invite_in_page(page, "sue@@example")
    # The browser's own check does not stop what the API refuses.
    address = dialog.get_by_role("textbox", name="Email address")
    expect(address).to_have_attribute("aria-invalid", "true")
    # The API's sentence, next to the field and naming it, whatever its wording.
    message = dialog.locator(".field-error")
    expect(message).to_have_text(re.compile(r"^The address .+\.$"))
    expect(address).to_have_attribute("aria-describedby", re.compile(message.get_attribute("id")))
    accessible(page, "invite-invalid")


def test_two_tabs_editing_one_user_the_second_save_sees_the_fresh_row(new_page, api):
    first = new_page()
    _, owner, account = signed_in_owner(first, api)
    sue = unique("sue")
    api.join(owner, account["id"], sue)
    first.reload()
    # The second tab: the same owner, signed in on its own.
    second = new_page()
    second.goto(f"/app/users.html?account={account['id']}")
    from conftest import sign_in
    sign_in(second, first.get_by_text("Signed in as").inner_text().removeprefix("Signed in as "))

    choose(first, sue, "Edit")
    choose(second, sue, "Edit")
    tab2 = second.get_by_role("dialog", name=f"Edit {sue}")
    tab2.get_by_role("radio", name="Partner Manager").check()
    tab2.get_by_role("button", name="Save").click()
    expect(tab2).to_be_hidden()

    tab1 = first.get_by_role("dialog", name=f"Edit {sue}")
    tab1.get_by_role("radio", name="Account Manager").check()
    tab1.get_by_role("button", name="Save").click()
    expect(tab1.get_by_role("alert")).to_contain_text(
        f"Someone else changed {sue} while you were editing. It is now Partner Manager, active"
    )
    expect(tab1.get_by_role("radio", name="Partner Manager")).to_be_checked()
    expect(first.get_by_role("row").filter(has_text=sue)).to_contain_text("Partner Manager")
    accessible(first, "edit-conflict")
    # Saving again, on the fresh row, goes through.
    tab1.get_by_role("radio", name="Account Manager").check()
    tab1.get_by_role("button", name="Save").click()
    expect(tab1).to_be_hidden()
    expect(first.get_by_role("row").filter(has_text=sue)).to_contain_text("Account Manager")


def overlap(a, b):
    """Whether two bounding boxes share any area."""
    return (a["x"] < b["x"] + b["width"] and b["x"] < a["x"] + a["width"]
            and a["y"] < b["y"] + b["height"] and b["y"] < a["y"] + a["height"])


def test_manage_users_is_usable_360_pixels_wide(new_page, api):
    page = new_page(width=360, height=740)
    owner_email, owner, account = signed_in_owner(page, api)
    sue = unique("sue")
    api.invite(owner, account["id"], sue)
    page.reload()
    expect(page.get_by_text("2 of 10 seats used")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360, "the page scrolls sideways"
    # The owner's row: its address and "Account owner" each in a place of their own.
    owner_row = page.get_by_role("row").filter(has_text=owner_email)
    address = owner_row.get_by_text(owner_email).bounding_box()
    note = owner_row.get_by_text("Account owner").bounding_box()
    assert not overlap(address, note), (address, note)
    accessible(page, "manage-users-360")
    choose(page, sue, "Revoke invitation")
    confirm(page, "Revoke invitation?", "Revoke invitation")
    expect(page.get_by_role("row").filter(has_text=sue)).to_contain_text("Revoked")
    page.get_by_role("button", name="Add new user").click()
    dialog = page.get_by_role("dialog", name="Add new user")
    box = dialog.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 360, box
    accessible(page, "add-new-user-360")


def test_an_owner_limits_a_user_to_lists_and_withholds_permissions(page, api):
    """The seed's wish: create and send emails, update two lists, but not see
    or export contacts; then lift the limits in Edit."""
    _, owner_token, account = signed_in_owner(page, api)
    sue = unique("sue")
    page.get_by_role("button", name="Add new user").click()
    dialog = page.get_by_role("dialog", name="Add new user")
    dialog.get_by_role("textbox", name="Email address").fill(sue)
    dialog.get_by_role("radio", name="Account Manager").check()
    # The role's permissions are offered to withhold, and only those.
    expect(dialog.get_by_role("checkbox", name="Export contacts")).to_be_visible()
    expect(dialog.get_by_role("checkbox", name="Manage users")).to_have_count(0)
    lists = dialog.get_by_role("textbox", name="List ids, separated by commas")
    expect(lists).to_be_disabled()
    dialog.get_by_role("radio", name="Only these lists").check()
    lists.fill("newsletter, vip")
    dialog.get_by_role("checkbox", name="View contacts").check()
    dialog.get_by_role("checkbox", name="Export contacts").check()
    accessible(page, "add-new-user-with-limits")
    dialog.get_by_role("button", name="Send invitation").click()
    page.get_by_role("dialog", name="Invite sent!").get_by_role("button", name="Done").click()
    row = page.get_by_role("row").filter(has_text=sue)
    expect(row).to_contain_text("2 lists; without view contacts, export contacts")
    status, users = api.call("GET", f"/accounts/{account['id']}/users", owner_token)
    assert status == 200
    invited = next(u for u in users["users"] if u["email"] == sue)
    assert invited["list_ids"] == ["newsletter", "vip"]
    assert invited["withheld_permissions"] == ["contacts:view", "contacts:export"]

    # Accepted, then edited: every list again, nothing withheld.
    token = api.link_to(sue).rsplit("/", 1)[1]
    status, body = api.call("POST", "/invitations/accept", api.token(sue), {"token": token})
    assert status == 200, body
    page.reload()
    choose(page, sue, "Edit")
    edit = page.get_by_role("dialog", name=f"Edit {sue}")
    expect(edit.get_by_role("radio", name="Only these lists")).to_be_checked()
    expect(edit.get_by_role("textbox", name="List ids, separated by commas")).to_have_value("newsletter, vip")
    edit.get_by_role("radio", name="Every list").check()
    edit.get_by_role("checkbox", name="View contacts").uncheck()
    edit.get_by_role("checkbox", name="Export contacts").uncheck()
    accessible(page, "edit-limits")
    edit.get_by_role("button", name="Save").click()
    expect(edit).to_be_hidden()
    expect(page.get_by_role("row").filter(has_text=sue)).to_contain_text("None")
    status, answer = api.call(
        "POST", "/authorize", api.token(sue),
        {"account_id": account["id"], "permission": "contacts:export"},
    )
    assert (status, answer["allowed"]) == (200, True), answer


def test_a_withheld_permission_the_role_lacks_is_shown_next_to_its_field(page, api):
    _, _, _ = signed_in_owner(page, api)
    page.get_by_role("button", name="Add new user").click()
    dialog = page.get_by_role("dialog", name="Add new user")
    dialog.get_by_role("textbox", name="Email address").fill(unique("sue"))
    dialog.get_by_role("radio", name="Account Manager").check()
    dialog.get_by_role("radio", name="Only these lists").check()
    dialog.get_by_role("textbox", name="List ids, separated by commas").fill("vip, vip")
    dialog.get_by_role("button", name="Send invitation").click()
    expect(dialog.get_by_text("List ids names a list more than once.")).to_be_visible()
