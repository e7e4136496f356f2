"""The deployed hosting in infra/template.yaml: a private bucket only the
distribution reads, the pages' addresses (the CloudFront function, run here
in Chromium), the same strict policy as locally, CORS for that origin only (and an
embedding page's, when named),
and a config.json with the keys the pages read."""

import json

from cfnlint.decode import decode

from conftest import ROOT


def template():
    parsed, problems = decode(str(ROOT / "infra" / "template.yaml"))
    assert not problems, problems
    return parsed


def sub(value):
    """The text of a !Sub: its string, or the string of its [string, variables] form."""
    text = value["Fn::Sub"]
    return text[0] if isinstance(text, list) else text


def test_the_bucket_is_private_and_only_the_distribution_reads_it():
    resources = template()["Resources"]
    block = resources["WebBucket"]["Properties"]["PublicAccessBlockConfiguration"]
    assert block == {k: True for k in ("BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets")}
    allow, deny = resources["WebBucketPolicy"]["Properties"]["PolicyDocument"]["Statement"]
    assert allow["Principal"] == {"Service": "cloudfront.amazonaws.com"}
    assert allow["Action"] == "s3:GetObject"
    assert "distribution/${WebDistribution}" in sub(allow["Condition"]["StringEquals"]["AWS:SourceArn"])
    assert deny["Effect"] == "Deny" and deny["Condition"] == {"Bool": {"aws:SecureTransport": False}}
    config = resources["WebDistribution"]["Properties"]["DistributionConfig"]
    (origin,) = config["Origins"]
    assert origin["OriginAccessControlId"] == {"Fn::GetAtt": ["WebOriginAccessControl", "Id"]}
    assert origin["S3OriginConfig"] == {"OriginAccessIdentity": ""}
    assert config["DefaultCacheBehavior"]["ViewerProtocolPolicy"] == "redirect-to-https"
    oac = resources["WebOriginAccessControl"]["Properties"]["OriginAccessControlConfig"]
    assert (oac["OriginAccessControlOriginType"], oac["SigningBehavior"]) == ("s3", "always")


def test_the_pages_addresses_match_the_local_api(browser):
    code = template()["Resources"]["WebRoutes"]["Properties"]["FunctionCode"]
    page = browser.new_page()
    answers = page.evaluate(
        """code => {
            const handler = new Function(code + '; return handler;')();
            return ['/', '/app', '/app/', '/app/users.html', '/app/invitations/abc.def', '/app/css/roster.css']
                .map(uri => handler({ request: { uri } }))
                .map(r => r.statusCode ? `${r.statusCode} ${r.headers.location.value}` : r.uri);
        }""",
        code,
    )
    page.close()
    assert answers == [
        "302 /app/", "302 /app/", "/app/index.html", "/app/users.html",
        "/app/invitation.html", "/app/css/roster.css",
    ]


def test_the_policy_is_the_local_one_with_the_api_and_sign_in_origins():
    resources = template()["Resources"]
    headers = resources["WebHeaders"]["Properties"]["ResponseHeadersPolicyConfig"]["SecurityHeadersConfig"]
    policy = sub(headers["ContentSecurityPolicy"]["ContentSecurityPolicy"])
    directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    # ${SignIn}: the managed login's origin, of the pool the stack makes or of the one given.
    assert directives["connect-src"] == "'self' https://*.execute-api.${AWS::Region}.${AWS::URLSuffix} ${SignIn}"
    assert "unsafe" not in policy
    assert headers["ReferrerPolicy"]["ReferrerPolicy"] == "no-referrer"


def test_cors_allows_the_pages_origin_only_and_links_open_the_pages():
    parsed = template()
    cors = parsed["Resources"]["HttpApi"]["Properties"]["CorsConfiguration"]
    pages, embedding = cors["AllowOrigins"]
    assert sub(pages) == "https://${WebDistribution.DomainName}"
    # Beside them, the embedding page's origin, and only when one is named.
    assert embedding == {"Fn::If": ["Embedded", {"Ref": "EmbeddingOrigin"}, {"Ref": "AWS::NoValue"}]}
    modules = parsed["Resources"]["WebHeaders"]["Properties"]["ResponseHeadersPolicyConfig"]["CorsConfig"]
    condition, allowed, otherwise = modules["Fn::If"]
    assert (condition, otherwise) == ("Embedded", {"Ref": "AWS::NoValue"})
    assert allowed["AccessControlAllowOrigins"]["Items"] == [{"Ref": "EmbeddingOrigin"}]
    assert parsed["Conditions"]["Embedded"] == {"Fn::Not": [{"Fn::Equals": [{"Ref": "EmbeddingOrigin"}, ""]}]}
    # What the pages' API client sends and reads.
    assert set(cors["AllowHeaders"]) == {"authorization", "content-type", "if-match"}
    # Link: the CSV exports' next page.
    assert set(cors["ExposeHeaders"]) == {"etag", "retry-after", "link"}
    env = parsed["Globals"]["Function"]["Environment"]["Variables"]
    assert sub(env["APP_BASE_URL"]) == "https://${WebDistribution.DomainName}/app"


def test_config_json_at_deploy_has_the_keys_of_the_local_one():
    deployed = sub(template()["Outputs"]["WebConfig"]["Value"])
    local = json.loads((ROOT / "web" / "config.json").read_text())
    # The !Sub placeholders stay inside strings, so the text parses as JSON.
    assert set(json.loads(deployed)) == set(local)
