"""The pages' Content-Security-Policy: on every page, strict, and enforced.
(Every other browser test also fails on any violation it meets.)"""

import urllib.request

from conftest import base_url, expect, sign_in, unique

PAGES = [
    "/app/", "/app/index.html", "/app/users.html", "/app/partner-access.html",
    "/app/activity.html", "/app/access.html", "/app/signed-in.html", "/app/invitations/some-token",
    "/_local/oauth2/authorize?client_id=roster-local&response_type=code"
    "&redirect_uri=BASE/app/signed-in.html&code_challenge=x&code_challenge_method=S256",
]


def test_every_page_carries_a_strict_policy():
    for path in PAGES:
        url = base_url() + path.replace("BASE", base_url())
        with urllib.request.urlopen(url) as res:
            policy = res.headers["Content-Security-Policy"]
            assert res.headers["Content-Type"].startswith("text/html"), path
        directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
        assert directives["default-src"] == "'self'", path
        assert directives["script-src"] == "'self'", path
        assert directives["style-src"] == "'self'", path
        assert directives["connect-src"] == "'self'", path
        assert directives["frame-ancestors"] == "'none'", path
        assert "unsafe" not in policy, path


def test_an_injected_inline_script_does_not_run(browser):
    context = browser.new_context(base_url=base_url())
    page = context.new_page()
    page.goto("/app/")
    sign_in(page, unique("csp"))
    expect(page.get_by_role("heading", name="Your accounts")).to_be_visible()
    outcome = page.evaluate("""() => new Promise((resolve) => {
        document.addEventListener('securitypolicyviolation',
            (e) => resolve({ ran: !!window.injected, blocked: e.violatedDirective }), { once: true });
        const script = document.createElement('script');
        script.textContent = 'window.injected = true';
        document.body.append(script);
    })""")
    context.close()
    assert outcome == {"ran": False, "blocked": "script-src-elem"}
