"""The pages' words against the API's rules: every role and permission that
GET /roles lists has words in the pages' catalog (web/js/words.js), and the
catalog has words for nothing else, so a role or permission added in shared/
fails here until the pages can say it."""

import json
import urllib.request

from conftest import expect


def test_get_roles_is_open_and_cacheable(api):
    with urllib.request.urlopen(api.base + "/roles") as res:
        assert res.status == 200
        assert res.headers["Cache-Control"] == "public, max-age=3600"
        catalog = json.loads(res.read())
    grantable = [r["role"] for r in catalog["roles"] if r["grantable"]]
    assert grantable == ["account_manager", "campaign_creator", "partner_manager"]


def test_every_role_and_permission_the_api_lists_has_words(page, api):
    status, catalog = api.call("GET", "/roles")
    assert status == 200, catalog
    # A page of the app that needs no sign-in, to evaluate its modules in.
    page.goto("/app/invitations/no-such-invitation")
    expect(page.get_by_role("heading", name="This invitation link no longer works")).to_be_visible()
    words = page.evaluate("""async () => {
        const { ROLES, PERMISSIONS } = await import('/app/js/words.js');
        return { roles: ROLES, permissions: PERMISSIONS };
    }""")

    roles = [r["role"] for r in catalog["roles"]]
    unworded = [r for r in roles
                if not words["roles"].get(r, {}).get("name") or not words["roles"][r].get("description")]
    assert not unworded, f"roles without a name and a description in web/js/words.js: {unworded}"
    assert sorted(words["roles"]) == sorted(roles), "web/js/words.js names roles the API does not have"

    permissions = [p["permission"] for p in catalog["permissions"]]
    unworded = [p for p in permissions if not words["permissions"].get(p)]
    assert not unworded, f"permissions without words in web/js/words.js: {unworded}"
    assert sorted(words["permissions"]) == sorted(permissions), \
        "web/js/words.js names permissions the API does not have"
    # Every permission a role grants is one the API lists.
    for role in catalog["roles"]:
        assert set(role["permissions"]) <= set(permissions), role
