"""Oversight from the owner's side: Access review (who can do what, in
words, asked by permission and list, kept in the address, downloaded as
CSV, each row leading to Edit), Manage users sorted by last active, and
Activity's filters (kept in the address) and CSV export with its progress,
and how long its events are kept."""

import csv
import io
from urllib.parse import urlsplit

from conftest import Api, accessible, base_url, expect, signed_in_owner, unique


def limited_team(api, token, account_id):
    """Three account managers: one without contacts:export, one limited to
    the list newsletter, one to newsletter and vip; and an invitee who has not
    accepted. Their addresses, by who they are."""
    team = {name: unique(name) for name in ("ann", "ben", "cat", "pat")}
    limits = {
        "ann": {"withheld_permissions": ["contacts:export"]},
        "ben": {"list_ids": ["newsletter"]},
        "cat": {"list_ids": ["newsletter", "vip"]},
    }
    for name, limit in limits.items():
        user_id = api.join(token, account_id, team[name], "account_manager")
        status, body = api.call("PATCH", f"/accounts/{account_id}/users/{user_id}", token, limit)
        assert status == 200, body
    api.invite(token, account_id, team["pat"])
    return team


def csv_rows(download):
    with open(download.path(), encoding="utf-8", newline="") as file:
        return list(csv.reader(io.StringIO(file.read())))


def test_access_review_says_who_can_export_contacts_of_a_list_and_why_not(new_page, api):
    page = new_page()
    owner, token, account = signed_in_owner(page, api)
    team = limited_team(api, token, account["id"])

    page.get_by_role("link", name="Access review").click()
    everything = page.get_by_role("table", name="What each user can do")
    row = lambda name: everything.get_by_role("row").filter(has_text=team[name])  # noqa: E731
    # Each cell in words, under the permission's heading.
    expect(everything.get_by_role("columnheader", name="Export contacts")).to_be_visible()
    expect(row("ann")).to_contain_text("no: withheld")
    expect(row("ben")).to_contain_text("only lists newsletter")
    expect(row("cat")).to_contain_text("only lists newsletter, vip")
    expect(row("pat")).to_contain_text("no: not a member yet")
    expect(row("pat")).to_contain_text("never")
    expect(row("ann")).to_contain_text("no: not in the role")
    accessible(page, "access-review")

    # Who can export contacts of the list vip, asked with the keyboard.
    page.get_by_role("combobox", name="Permission").select_option(label="Export contacts")
    page.get_by_role("textbox", name="List").focus()
    page.keyboard.type("vip")
    page.keyboard.press("Enter")
    question = page.get_by_role("table", name="Who can export contacts on list vip")
    expect(question).to_be_visible()
    expect(page).to_have_url(f"/app/access.html?account={account['id']}&permission=contacts%3Aexport&list_id=vip")
    expect(page.get_by_text("Who can export contacts on list vip: ")).to_contain_text(team["cat"])
    expect(page.get_by_text("Who can export contacts on list vip: ")).not_to_contain_text(team["ben"])
    asked = lambda name: question.get_by_role("row").filter(has_text=team[name])  # noqa: E731
    expect(asked("ann")).to_contain_text("no: withheld")
    expect(asked("ben")).to_contain_text("no: only lists newsletter")
    expect(asked("cat")).to_contain_text("yes, only lists newsletter, vip")
    expect(question.get_by_role("row").filter(has_text=owner)).to_contain_text("yes")
    accessible(page, "access-review-who-can")

    # The question survives a reload: the view can be shared.
    page.reload()
    expect(page.get_by_role("table", name="Who can export contacts on list vip")).to_be_visible()
    expect(page.get_by_role("combobox", name="Permission")).to_have_value("contacts:export")
    expect(page.get_by_role("textbox", name="List")).to_have_value("vip")

    # The same review as CSV.
    with page.expect_download() as download:
        page.get_by_role("button", name="Download as CSV").click()
    rows = csv_rows(download.value)
    assert rows[0] == ["user_id", "email", "role", "status", "last_active_at", "contacts:export"]
    by_email = {r[1]: r for r in rows[1:]}
    assert len(by_email) == 5
    assert by_email[team["ann"]][5] == "withheld"
    assert by_email[team["cat"]][5] == "granted: newsletter vip"

    # A row leads to Edit on Manage users.
    page.get_by_role("link", name=f"Edit {team['ann']}").click()
    dialog = page.get_by_role("dialog", name=f"Edit {team['ann']}")
    expect(dialog).to_be_visible()
    expect(page.get_by_role("heading", name="Manage users", level=1)).to_be_visible()


def test_access_review_is_usable_360_pixels_wide(new_page, api):
    page = new_page(width=360, height=780)
    _, token, account = signed_in_owner(page, api)
    limited_team(api, token, account["id"])
    page.goto(f"/app/access.html?account={account['id']}&permission=lists%3Aedit&list_id=vip")
    expect(page.get_by_role("table", name="Who can create and edit lists on list vip")).to_be_visible()
    accessible(page, "access-review-360")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360


def test_manage_users_sorts_by_last_active(page, api):
    _, token, account = signed_in_owner(page, api)
    pending = unique("pending")
    api.invite(token, account["id"], pending)
    joined = unique("joined")
    api.join(token, account["id"], joined)
    page.reload()
    table = page.get_by_role("table", name="Users of this account")
    rows = table.locator("tbody tr")
    expect(rows).to_have_count(3)
    expect(rows.filter(has_text=pending)).to_contain_text("never")
    heading = table.get_by_role("columnheader", name="Last active")
    sort = heading.get_by_role("button", name="Last active")
    sort.focus()
    page.keyboard.press("Enter")
    expect(heading).to_have_attribute("aria-sort", "descending")
    expect(rows.last).to_contain_text(pending)
    page.keyboard.press("Enter")
    expect(heading).to_have_attribute("aria-sort", "ascending")
    expect(rows.first).to_contain_text(pending)
    expect(sort).to_be_focused()


def arrived(page, held):
    """The next request `held` by a route, once the page has made it: a route's
    handler runs when Playwright dispatches the request, which may come after
    what the page shows of the answer before it."""
    for _ in range(100):
        if held:
            return held.pop()
        page.wait_for_timeout(50)
    raise AssertionError("the page made no request to hold within 5 s")


def test_activity_filters_survive_a_reload_and_export_with_progress(new_page, api):
    page = new_page()
    _, token, account = signed_in_owner(page, api)
    ann, ben = unique("ann"), unique("ben")
    ann_id = api.join(token, account["id"], ann)
    api.join(token, account["id"], ben)
    for action in ("deactivate", "reactivate"):
        api.act(token, account["id"], ann_id, action)

    page.get_by_role("link", name="Activity").click()
    rows = page.get_by_role("table", name="What changed in this account, newest first").locator("tbody tr")
    # Created, 2 invited, 2 accepted, deactivated and reactivated.
    expect(rows).to_have_count(7)
    page.get_by_role("combobox", name="About").select_option(label=ann)
    page.get_by_role("combobox", name="Action").select_option(label="Deactivated")
    # Tab from the filters reaches Show (a date's day, month and year take a Tab each).
    show = page.get_by_role("button", name="Show", exact=True)
    page.get_by_role("combobox", name="Action").focus()
    for _ in range(10):
        if show.evaluate("b => b.getRootNode().activeElement === b"):
            break
        page.keyboard.press("Tab")
    expect(show).to_be_focused()
    page.keyboard.press("Enter")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("Deactivated")
    expect(page).to_have_url(f"/app/activity.html?account={account['id']}&user_id={ann_id}&action=user.deactivated")
    page.reload()
    expect(page.get_by_role("combobox", name="About")).to_have_value(ann_id)
    expect(rows).to_have_count(1)
    page.get_by_role("combobox", name="Action").select_option(label="Any action")
    page.get_by_role("button", name="Show", exact=True).click()
    expect(rows).to_have_count(4)
    accessible(page, "activity-filtered")

    # The export follows the API's Link to the next page: here the first
    # answer is held, then given a Link to the same events again.
    held = []
    page.route("**/audit-events?*", lambda route: held.append(route)
               if "text/csv" in route.request.headers.get("accept", "") else route.continue_())
    with page.expect_download() as download:
        page.get_by_role("button", name="Export CSV").click()
        expect(page.get_by_role("progressbar", name="Exporting the activity")).to_be_visible()
        expect(page.get_by_role("status").filter(has_text="0 events so far")).to_be_visible()
        expect(page.get_by_role("button", name="Cancel export")).to_be_focused()
        first = arrived(page, held)
        answer = first.fetch()
        again = urlsplit(first.request.url)
        first.fulfill(response=answer, headers={**answer.headers, "link": f'<{again.path}?{again.query}>; rel="next"'})
        expect(page.get_by_role("status").filter(has_text="4 events so far")).to_be_visible()
        arrived(page, held).continue_()
    rows_saved = csv_rows(download.value)
    assert rows_saved[0][:3] == ["id", "at", "action"]
    assert len(rows_saved) == 1 + 8
    assert {r[7] for r in rows_saved[1:]} == {ann}
    expect(page.get_by_text("Exported 8 events.")).to_be_visible()

    # Cancel stops an export under way.
    page.get_by_role("button", name="Export CSV").click()
    page.get_by_role("button", name="Cancel export").click()
    expect(page.get_by_text("The export was cancelled.")).to_be_visible()
    expect(page.get_by_role("button", name="Export CSV")).to_be_focused()
    page.unroute("**/audit-events?*")


def test_activity_is_usable_360_pixels_wide(new_page, api):
    page = new_page(width=360, height=780)
    _, token, account = signed_in_owner(page, api)
    api.invite(token, account["id"], unique("sue"))
    page.goto(f"/app/activity.html?account={account['id']}&action=invitation.created")
    rows = page.get_by_role("table", name="What changed in this account, newest first").locator("tbody tr")
    expect(rows).to_have_count(1)
    accessible(page, "activity-360")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360


def test_activity_says_how_long_events_are_kept_only_when_they_are_not_kept_for_good(new_page, api):
    page = new_page()
    _, _, account = signed_in_owner(page, api)
    page.goto(f"/app/activity.html?account={account['id']}")
    expect(page.get_by_role("table", name="What changed in this account, newest first")).to_be_visible()
    expect(page.get_by_text("Events are kept for")).to_have_count(0)

    # The API whose AUDIT_RETENTION is 400 days.
    kept = new_page(url=base_url("ROSTER_RATE_LIMITED_URL"))
    _, _, account = signed_in_owner(kept, Api(base_url("ROSTER_RATE_LIMITED_URL")))
    kept.goto(f"/app/activity.html?account={account['id']}")
    expect(kept.get_by_text("Events are kept for 400 days, then removed.")).to_be_visible()
