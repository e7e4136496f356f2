"""The elements inside a product's own page (web/embed.html, the example host):
the host gives the token through its callback (no Roster sign-in there),
themes them with custom properties and ::part, hears what happened through
CustomEvents, and no CSS leaks in or out; loading the modules twice does not
throw."""

from conftest import accessible, expect, unique


def host_page(page, api, width=1280):
    email = unique("owner")
    account = api.account(api.token(email))
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"/app/embed.html?account={account['id']}&email={email}")
    expect(page.get_by_text("1 of 10 seats used")).to_be_visible()
    return email, account


def test_invite_from_inside_the_host_and_the_host_hears_it(page, api):
    _, account = host_page(page, api)
    # No Roster sign-in on the host's page: the host gave the token.
    assert "/app/embed.html" in page.url
    assert page.evaluate("sessionStorage.getItem('roster.id_token')") is None

    invitee = unique("sue")
    page.get_by_role("button", name="Add new user").click()
    dialog = page.get_by_role("dialog", name="Add new user")
    dialog.get_by_role("textbox", name="Email address").fill(invitee)
    dialog.get_by_role("radio", name="Campaign Creator").check()
    dialog.get_by_role("button", name="Send invitation").click()
    page.get_by_role("dialog", name="Invite sent!").get_by_role("button", name="Done").click()
    heard = page.locator("#heard")
    expect(heard).to_contain_text(f"Invited {invitee}")
    expect(page.get_by_role("row").filter(has_text=invitee)).to_be_visible()

    # Revoked from its menu: the host hears the change.
    page.get_by_role("button", name=f"Actions for {invitee}").click()
    page.get_by_role("menuitem", name="Revoke invitation").click()
    page.get_by_role("dialog").get_by_role("button", name="Revoke").click()
    expect(heard).to_contain_text(f"Changed {invitee}: revoked")
    accessible(page, "embed-host")


def test_no_css_leaks_in_or_out_and_the_host_themes_it(page, api):
    host_page(page, api)
    styles = page.evaluate("""() => {
        const roster = document.querySelector('roster-users');
        const add = [...roster.shadowRoot.querySelectorAll('button')].find((b) => b.textContent === 'Add new user');
        const own = document.querySelector('main p button');
        const toolbar = roster.shadowRoot.querySelector('[part=toolbar]');
        return {
            sheets: [...document.styleSheets].map((s) => s.href.split('/').slice(-2).join('/')),
            add: getComputedStyle(add).backgroundColor,
            addBorder: getComputedStyle(add).borderTopStyle,
            own: getComputedStyle(own).backgroundColor,
            toolbar: getComputedStyle(toolbar).borderBottomColor,
            font: getComputedStyle(add).fontFamily,
        };
    }""")
    # Roster's stylesheet stays inside its elements; the host's page keeps its own.
    assert styles["sheets"] == ["embed/host.css"], styles
    # The host's loud buttons do not reach in; its theme does.
    assert styles["add"] == "rgb(91, 33, 182)", styles
    assert styles["addBorder"] != "dashed", styles
    assert "Georgia" not in styles["font"], styles
    assert styles["toolbar"] == "rgb(91, 33, 182)", styles
    # Roster's look does not reach out to the host's own button.
    assert styles["own"] == "rgb(255, 105, 180)", styles


def test_loading_the_modules_twice_does_not_throw(page, api):
    host_page(page, api)
    errors = page.evaluate("""async () => {
        const failures = [];
        for (const url of ['/app/js/embed.js?again', '/app/elements/index.js?again']) {
            try { await import(url); } catch (e) { failures.push(`${url}: ${e}`); }
        }
        try {
            const { embed } = await import('/app/js/embed.js?again');
            await embed({ token: () => sessionStorage.getItem('none') });
        } catch (e) { failures.push(`embed again: ${e}`); }
        return failures;
    }""")
    assert errors == [], errors


def test_the_host_page_at_360_px(page, api):
    host_page(page, api, width=360)
    expect(page.get_by_role("button", name="Add new user")).to_be_visible()
    accessible(page, "embed-host-360")
