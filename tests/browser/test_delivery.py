"""Manage users shows what became of each invitation email: a badge with the
reason, here after SES reports a bounce (the sample event of
functions/record-delivery/events/, recorded through the local API's
stand-in for the EventBridge rule)."""

import json
import os

import boto3
from conftest import ROOT, accessible, expect, invite_in_page, signed_in_owner, unique

# The placeholders of the sample events.
ACCOUNT = "11111111-1111-4111-8111-111111111111"
USER = "22222222-2222-4222-8222-222222222222"
INVITATION = "44444444-4444-4444-8444-444444444444"


def invitation_id(account_id, user_id):
    """The user's latest invitation id, which the email's SES tags carry (the
    API never shows it), read from the table in moto."""
    table = boto3.resource(
        "dynamodb",
        endpoint_url=os.environ["AWS_ENDPOINT_URL"],
        region_name=os.environ.get("AWS_REGION", "us-east-1"),
    ).Table(os.environ["TABLE_NAME"])
    item = table.get_item(
        Key={"pk": f"ACCOUNT#{account_id}", "sk": f"USER#{user_id}"}, ConsistentRead=True
    )["Item"]
    return item["invitation_id"]


def bounce_of(account_id, user_id):
    text = (ROOT / "functions/record-delivery/events/bounce.json").read_text()
    for placeholder, value in (
        (ACCOUNT, account_id),
        (USER, user_id),
        (INVITATION, invitation_id(account_id, user_id)),
    ):
        text = text.replace(placeholder, value)
    return json.loads(text)


def test_a_bounce_shows_as_a_badge_with_its_reason_at_360_pixels(new_page, api):
    page = new_page(width=360, height=740)
    _, owner, account = signed_in_owner(page, api)
    sue = unique("sue")
    invited = api.invite(owner, account["id"], sue)
    page.reload()
    row = page.get_by_role("row").filter(has_text=sue)
    expect(row.get_by_text("Sent", exact=True)).to_be_visible()

    bounce = bounce_of(account["id"], invited["user"]["id"])
    status, body = api.call("POST", "/_local/ses-events", body=bounce)
    assert (status, body) == (200, {"outcome": "recorded"})
    page.reload()
    row = page.get_by_role("row").filter(has_text=sue)
    expect(row.get_by_text("Bounced", exact=True)).to_be_visible()
    expect(row.get_by_text("smtp; 550 5.1.1 user unknown")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360, "the page scrolls sideways"
    accessible(page, "manage-users-bounced-360")

    # The trail says why too.
    page.get_by_role("link", name="Activity").click()
    rows = page.get_by_role("table", name="What changed in this account, newest first").locator("tbody tr")
    expect(rows.first).to_contain_text("Invitation email bounced")
    expect(rows.first).to_contain_text("smtp; 550 5.1.1 user unknown")


def test_a_bounced_address_is_sent_again_only_once_the_owner_says_so(page, api):
    _, owner, account = signed_in_owner(page, api)
    sue = unique("sue")
    invited = api.invite(owner, account["id"], sue)
    status, _ = api.call("POST", "/_local/ses-events", body=bounce_of(account["id"], invited["user"]["id"]))
    assert status == 200
    page.reload()
    invite_in_page(page, sue)
    page.get_by_role("dialog", name="Already invited").get_by_role("button", name="Continue").click()
    question = page.get_by_role("dialog", name="This address bounced")
    expect(question).to_contain_text("Check the address for a typo")
    question.get_by_role("button", name="Send anyway").click()
    expect(page.get_by_role("dialog", name="Invite sent!")).to_be_visible()
    accessible(page, "invite-sent-after-a-bounce")
