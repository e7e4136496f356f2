"""Access that ends, in the pages, against a local API where an end may be 2
seconds ahead (ROSTER_ENDING_URL): an end set in Add new user shows on the
row as "Access until …", Extend moves it on with one click, an end that
passes reads "Access ended" at once, a change to that user is refused in
words, and Reactivate gives access back with a new end; partner access is
enabled until a date and the date moved; and all of it at 360 px."""

import time
from datetime import datetime, timedelta, timezone

from conftest import Api, accessible, base_url, expect, focus_in_dialog, signed_in_owner, unique
from test_users import choose, offers


def ending_api():
    return Api(base_url("ROSTER_ENDING_URL"))


def iso(at):
    return at.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse(text):
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def in_words(page, function, value):
    """What the pages' words (web/js/words.js) say of `value`, in this browser's locale."""
    return page.evaluate(
        "async ([name, value]) => (await import('/app/js/words.js'))[name](value)", [function, value]
    )


def user_of(api, token, account_id, email):
    status, body = api.call("GET", f"/accounts/{account_id}/users", token)
    assert status == 200, body
    return next(u for u in body["users"] if u["email"] == email)


def set_end(api, token, account_id, user_id, at):
    status, body = api.call(
        "PATCH", f"/accounts/{account_id}/users/{user_id}", token, {"access_until": iso(at)}
    )
    assert status == 200, body
    return body


def owner_page(new_page, **size):
    """A new owner signed in on Manage users of the ending API: (api, page, token, account id)."""
    api = ending_api()
    page = new_page(url=api.base, **size)
    _, owner, account = signed_in_owner(page, api)
    return api, page, owner, account["id"]


def accept(api, email):
    token = api.link_to(email).rsplit("/", 1)[1]
    status, body = api.call("POST", "/invitations/accept", api.token(email), {"token": token})
    assert status == 200, body


def test_an_end_is_set_shown_extended_and_passes(new_page):
    api, page, owner, account_id = owner_page(new_page)

    # Add new user, ending in a week (the end of that day).
    sue = unique("sue")
    page.get_by_role("button", name="Add new user").click()
    dialog = page.get_by_role("dialog", name="Add new user")
    dialog.get_by_role("textbox", name="Email address").fill(sue)
    dialog.get_by_role("radio", name="Account Manager").check()
    ends = dialog.get_by_role("group", name="Access ends")
    expect(ends.get_by_role("radio", name="Never")).to_be_checked()
    ends.get_by_role("radio", name="A week").check()
    accessible(page, "add-new-user-access-ends")
    dialog.get_by_role("button", name="Send invitation").click()
    sent = page.get_by_role("dialog", name="Invite sent!")
    expect(sent).to_contain_text("Their access ends")
    sent.get_by_role("button", name="Done").click()
    invited = user_of(api, owner, account_id, sue)
    week = parse(invited["access_until"])
    ahead = week - datetime.now(timezone.utc)
    assert timedelta(days=6) < ahead < timedelta(days=8), invited["access_until"]
    row = page.get_by_role("row").filter(has_text=sue)
    expect(row).to_contain_text(f"Access {in_words(page, 'until', invited['access_until'])}")

    # Accepted, its end moved near by the API: the row says how soon.
    accept(api, sue)
    near = datetime.now(timezone.utc).replace(microsecond=0) + timedelta(hours=2)
    set_end(api, owner, account_id, invited["id"], near)
    page.reload()
    expect(row).to_contain_text(f"Access {in_words(page, 'until', iso(near))}")
    expect(row).to_contain_text("ends in 1 hour")
    offers(page, sue, ["Edit", "Extend", "Deactivate"])
    accessible(page, "manage-users-access-ends")

    # Extend, a week more, with one click.
    choose(page, sue, "Extend")
    extend = page.get_by_role("dialog", name=f"Extend access for {sue}")
    expect(extend.get_by_role("button", name="A week")).to_be_focused()
    accessible(page, "extend-access")
    extend.get_by_role("button", name="A week").click()
    expect(extend).to_be_hidden()
    extended = user_of(api, owner, account_id, sue)["access_until"]
    assert parse(extended) == near + timedelta(days=7), extended
    expect(row).to_contain_text(f"Access {in_words(page, 'until', extended)}")
    expect(row).not_to_contain_text("ends in")
    expect(page.get_by_role("status").filter(has_text=f"{sue} now has access until")).to_be_visible()

    # Edit keeps the end unless told; Never removes it.
    choose(page, sue, "Edit")
    edit = page.get_by_role("dialog", name=f"Edit {sue}")
    expect(edit.get_by_role("radio", name="Keep")).to_be_checked()
    edit.get_by_role("radio", name="Never").check()
    edit.get_by_role("button", name="Save").click()
    expect(edit).to_be_hidden()
    expect(row).not_to_contain_text("Access until")
    assert user_of(api, owner, account_id, sue)["access_until"] is None
    offers(page, sue, ["Edit", "Deactivate"])


def test_access_that_ends_reads_ended_at_once_and_reactivate_gives_a_new_end(new_page):
    api, page, owner, account_id = owner_page(new_page)
    bob = unique("bob")
    bob_id = api.join(owner, account_id, bob)

    # Ending a few seconds from now; Extend opened before, clicked after.
    end = datetime.now(timezone.utc).replace(microsecond=0) + timedelta(seconds=5)
    set_end(api, owner, account_id, bob_id, end)
    page.reload()
    row = page.get_by_role("row").filter(has_text=bob)
    expect(row).to_contain_text("ends in")
    choose(page, bob, "Extend")
    extend = page.get_by_role("dialog", name=f"Extend access for {bob}")
    expect(extend).to_be_visible()
    time.sleep(max(0.0, (end - datetime.now(timezone.utc)).total_seconds()) + 1)
    extend.get_by_role("button", name="A month").click()
    expect(extend.get_by_role("alert")).to_have_text(
        "This user's access has ended, so they can no longer be changed. "
        "Reactivate them from their row's menu, with a new end date or none, to give access again."
    )
    # The row behind says so at once, whether or not the sweep has written it.
    expect(row).to_contain_text("Access ended")
    page.keyboard.press("Escape")
    expect(extend).to_be_hidden()
    expect(page.get_by_text("1 of 10 seats used")).to_be_visible()

    # After the sweep and a reload, the same.
    status, _ = api.call("POST", "/_local/sweep")
    assert status == 200
    page.reload()
    expect(row).to_contain_text("Deactivated")
    expect(row).to_contain_text("Access ended")
    offers(page, bob, ["Reactivate", "Delete"])
    accessible(page, "manage-users-access-ended")

    # Reactivate asks for a new end: a month.
    choose(page, bob, "Reactivate")
    again = page.get_by_role("dialog", name=f"Reactivate {bob}?")
    expect(again.get_by_role("radio", name="Never")).to_be_focused()
    accessible(page, "reactivate-access-ended")
    again.get_by_role("radio", name="A month").check()
    again.get_by_role("button", name="Reactivate").click()
    expect(again).to_be_hidden()
    expect(row).to_contain_text("Active")
    back = user_of(api, owner, account_id, bob)
    assert back["status"] == "active" and back["deactivated_reason"] is None, back
    ahead = parse(back["access_until"]) - datetime.now(timezone.utc)
    assert timedelta(days=27) < ahead < timedelta(days=32), back["access_until"]
    expect(row).to_contain_text(f"Access {in_words(page, 'until', back['access_until'])}")
    expect(page.get_by_text("2 of 10 seats used")).to_be_visible()

    # One deactivated by the owner says so too.
    api.act(owner, account_id, bob_id, "deactivate")
    page.reload()
    expect(row).to_contain_text("Deactivated by the owner")


def test_partner_access_is_enabled_until_a_date_and_the_date_moved(new_page):
    api, page, owner, client_id = owner_page(new_page)
    agency_token = api.token(unique("pm"))
    agency = api.account(agency_token, name="Bright Agency", kind="partner")
    status, body = api.call(
        "POST", f"/accounts/{client_id}/partner-access/requests", agency_token,
        {"partner_account_id": agency["id"]},
    )
    assert status == 202, body

    page.get_by_role("link", name="Partner access").click()
    page.get_by_role("switch", name="Partner access enabled").click()
    confirm = page.get_by_role("dialog", name="Enable partner access?")
    ends = confirm.get_by_role("group", name="Partner access ends")
    expect(ends.get_by_role("radio", name="Never")).to_be_checked()
    ends.get_by_role("radio", name="Three months").check()
    accessible(page, "partner-access-until")
    confirm.get_by_role("button", name="Confirm").click()
    expect(confirm).to_be_hidden()
    status, access = api.call("GET", f"/accounts/{client_id}/partner-access", owner)
    assert status == 200 and access["until"], access
    expect(page.get_by_text(
        f"Bright Agency manages this account {in_words(page, 'until', access['until'])}"
    )).to_be_visible()

    # Moved to a day of the date picker: the end of that day, here.
    page.get_by_role("button", name="Change end date").click()
    move = page.get_by_role("dialog", name="When does partner access end?")
    expect(move.get_by_role("radio", name="Keep")).to_be_checked()
    day = (datetime.now() + timedelta(days=10)).strftime("%Y-%m-%d")
    move.get_by_label("End date").fill(day)
    expect(move.get_by_role("radio", name="On a date")).to_be_checked()
    accessible(page, "partner-access-move-end")
    move.get_by_role("button", name="Confirm").click()
    expect(move).to_be_hidden()
    _, access = api.call("GET", f"/accounts/{client_id}/partner-access", owner)
    local_end = page.evaluate("(at) => { const d = new Date(at); return [d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes()]; }", access["until"])
    y, m, d = (int(p) for p in day.split("-"))
    assert local_end == [y, m, d, 23, 59], (access["until"], local_end)
    expect(page.get_by_text(
        f"Bright Agency manages this account {in_words(page, 'until', access['until'])}"
    )).to_be_visible()

    # And for good again.
    page.get_by_role("button", name="Change end date").click()
    move = page.get_by_role("dialog", name="When does partner access end?")
    move.get_by_role("radio", name="Never").check()
    move.get_by_role("button", name="Confirm").click()
    expect(page.get_by_role("button", name="Set an end date")).to_be_visible()
    _, access = api.call("GET", f"/accounts/{client_id}/partner-access", owner)
    assert access["enabled"] and access["until"] is None, access


def test_access_that_ends_is_usable_360_pixels_wide(new_page):
    api, page, owner, account_id = owner_page(new_page, width=360, height=740)
    sue = unique("sue")
    sue_id = api.join(owner, account_id, sue)
    set_end(api, owner, account_id, sue_id, datetime.now(timezone.utc) + timedelta(days=2))
    page.reload()
    row = page.get_by_role("row").filter(has_text=sue)
    expect(row).to_contain_text("ends in 2 days")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360, "the page scrolls sideways"
    accessible(page, "manage-users-access-ends-360")
    choose(page, sue, "Extend")
    extend = page.get_by_role("dialog", name=f"Extend access for {sue}")
    box = extend.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 360, box
    accessible(page, "extend-access-360")
    # Keyboard: Tab stays in the dialog, Esc closes it and focus goes back.
    for _ in range(8):
        page.keyboard.press("Tab")
        assert focus_in_dialog(page), "focus left the dialog"
    page.keyboard.press("Escape")
    expect(extend).to_be_hidden()
    expect(page.get_by_role("button", name=f"Actions for {sue}")).to_be_focused()
    page.get_by_role("button", name="Add new user").click()
    dialog = page.get_by_role("dialog", name="Add new user")
    dialog.get_by_role("group", name="Access ends").get_by_role("radio", name="On a date").scroll_into_view_if_needed()
    box = dialog.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 360, box
    accessible(page, "add-new-user-access-ends-360")
