"""The elements as parts of someone else's page: loaded twice, they neither
throw nor add a second stylesheet; a load under way is cancelled when
`account-id` changes; an element taken out of the page closes its dialogs."""

from conftest import ROOT, expect, signed_in_owner, unique


def test_a_page_that_loads_the_elements_twice_keeps_working(page, api):
    _, owner, account = signed_in_owner(page, api)
    modules = sorted(p.name for p in (ROOT / "web" / "elements").glob("*.js"))
    # Other copies of each module (a query makes another module of the same
    # file), as a host page that loads Roster beside another copy would.
    failures = page.evaluate("""async (modules) => {
        const failures = [];
        for (const copy of ['again', 'once more']) {
            for (const module of modules) {
                try {
                    await import(`/app/elements/${module}?copy=${encodeURIComponent(copy)}`);
                } catch (error) {
                    failures.push(`${module}: ${error}`);
                }
            }
        }
        return failures;
    }""", modules)
    assert failures == []
    # The page's head has the look once (Manage users has its own copy in its
    # shadow root, which a locator would count too).
    assert page.evaluate("document.querySelectorAll('link[href$=\"css/roster.css\"]').length") == 1
    # The first definitions still serve the page: a load shows a new user.
    sue = unique("sue")
    api.invite(owner, account["id"], sue)
    page.locator("roster-users").evaluate("(el) => el.setAttribute('account-id', el.getAttribute('account-id'))")
    expect(page.get_by_role("row").filter(has_text=sue)).to_contain_text("Pending")
    expect(page.get_by_text("2 of 10 seats used")).to_be_visible()


def test_a_load_under_way_is_cancelled_when_the_account_id_changes(page, api):
    _, owner, first = signed_in_owner(page, api)
    second = api.account(owner)
    in_first, in_second = unique("first"), unique("second")
    api.invite(owner, first["id"], in_first)
    api.invite(owner, second["id"], in_second)
    page.reload()
    expect(page.get_by_role("row").filter(has_text=in_first)).to_be_visible()

    # The second account's users are held back until the element moved on.
    held = []
    page.route(lambda url: f"/accounts/{second['id']}/users" in url, lambda route: held.append(route))
    users = page.locator("roster-users")

    def held_back(request):
        return f"/accounts/{second['id']}/users" in request.url

    with page.expect_request(held_back):
        users.evaluate("(el, id) => el.setAttribute('account-id', id)", second["id"])
    with page.expect_event("requestfailed", held_back):
        users.evaluate("(el, id) => el.setAttribute('account-id', id)", first["id"])
    expect(page.get_by_role("row").filter(has_text=in_first)).to_be_visible()
    # Answering the cancelled request now changes nothing.
    for route in held:
        try:
            route.continue_()
        except Exception:
            pass
    page.wait_for_timeout(300)
    expect(page.get_by_role("row").filter(has_text=in_second)).to_have_count(0)
    expect(page.get_by_role("row").filter(has_text=in_first)).to_be_visible()
    expect(page.get_by_text("2 of 10 seats used")).to_be_visible()


def test_an_element_taken_out_of_the_page_closes_its_dialogs(page, api):
    signed_in_owner(page, api)
    page.get_by_role("button", name="Add new user").click()
    dialog = page.get_by_role("dialog", name="Add new user")
    expect(dialog).to_be_visible()
    page.locator("roster-users").evaluate("(el) => el.remove()")
    expect(dialog).to_have_count(0)
