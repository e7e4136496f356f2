"""Seeds a running local API for scripts/fuzz-api. It prints the tokens of the
owner and of an invitee, one `NAME=value` a line, and writes into DIR the
values Schemathesis's path parameters and bodies draw from (random ones would
only ever find nothing), as libFuzzer dictionaries: accounts.dict (the client
account), settings.dict (the account whose settings are fuzzed), users.dict
(user ids), partners.dict (partner account ids), preview.dict and
accept.dict (invitation tokens; the invitee's is accept.dict), leave.dict
(accounts the leaver is a user of) and handover.dict (accounts whose
ownership is offered to the heir).

The seeded owner owns a client account and a partner account; the partner has
asked the client for access. The client account has users in each status an
owner can act on (pending, active, deactivated), some of them with an end of
access a day ahead (so answers show one), and two pending invitations of their
own, so no resend replaces their links: one is only ever previewed, the other
is accepted by its invitee.

PATCH /accounts/{id} (updateAccount) acts on an account of its own, with
users in each status to copy its name and requirement onto: renaming the
client account, or requiring a second factor there, would change what every
other operation answers, and each rename would rewrite the hundreds of users
the run invites into it. Its owner's token there shows a second factor
(FUZZ_MFA_TOKEN, amr otp and mfa), so the requirement is turned on and off
for real; the other token shows none.

Usage: fuzz_seed.py BASE_URL DIR
"""

import json
import sys
import urllib.request
from datetime import datetime, timedelta, timezone
from pathlib import Path

BASE = sys.argv[1].rstrip("/")
OUT = Path(sys.argv[2])
# The stateful phase deletes users it reaches through links, seeded ones too:
# enough of them last the whole run.
USERS_PER_STATUS = 10


def call(method, path, body=None, token=None):
    request = urllib.request.Request(BASE + path, method=method)
    if body is not None:
        request.data = json.dumps(body).encode()
        request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    with urllib.request.urlopen(request, timeout=30) as response:
        text = response.read()
    return json.loads(text) if text else None


def sign_in(sub, email, amr=None):
    body = {"sub": sub, "email": email}
    if amr:
        body["amr"] = amr
    return call("POST", "/_local/tokens", body)["token"]


# An end of access within the bounds the API takes (an hour to a year ahead).
A_DAY_AHEAD = (datetime.now(timezone.utc) + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ")


def invite(token, account, email, access_until=None):
    """Invites `email` (whose access ends at `access_until`, if given); the
    user's id and the invitation's token (the link's end)."""
    body = {"email": email, "role": "account_manager"}
    if access_until:
        body["access_until"] = access_until
    issued = call("POST", f"/accounts/{account}/users", body, token)
    return issued["user"]["id"], issued["invite_url"].rsplit("/", 1)[1]


def token_of(name):
    """The token of the seeded person `name` (name@fuzz.example)."""
    return sign_in(f"fuzz-{name}", f"{name}@fuzz.example")


def active_user(owner, account, name, access_until=None):
    """A user who accepted; their id."""
    user, invitation = invite(owner, account, f"{name}@fuzz.example", access_until)
    call("POST", "/invitations/accept", {"token": invitation}, token_of(name))
    return user


def dictionary(name, values):
    (OUT / f"{name}.dict").write_text("".join(f'"{value}"\n' for value in values))


owner = token_of("owner")
account = call("POST", "/accounts", {"name": "Fuzz Client"}, owner)["id"]
partner = call("POST", "/accounts", {"name": "Fuzz Agency", "kind": "partner"}, owner)["id"]
call("POST", f"/accounts/{account}/partner-access/requests", {"partner_account_id": partner}, owner)

users = []
for n in range(USERS_PER_STATUS):
    # Every other user's access ends a day ahead.
    until = A_DAY_AHEAD if n % 2 else None
    users.append(invite(owner, account, f"pending{n}@fuzz.example", until)[0])
    users.append(active_user(owner, account, f"active{n}", until))
    deactivated = active_user(owner, account, f"deactivated{n}", until)
    call("POST", f"/accounts/{account}/users/{deactivated}/deactivate", token=owner)
    users.append(deactivated)
_, previewed = invite(owner, account, "previewed@fuzz.example")
_, accepted = invite(owner, account, "invitee@fuzz.example")

# The account updateAccount fuzzes: a user in each status.
settings = call("POST", "/accounts", {"name": "Fuzz Settings"}, owner)["id"]
invite(owner, settings, "pending@settings.fuzz.example")
active_user(owner, settings, "settings-active")
gone = active_user(owner, settings, "settings-deactivated")
call("POST", f"/accounts/{settings}/users/{gone}/deactivate", token=owner)

# Accounts the leaver is a user of, one leave each (leaveAccount); and
# accounts whose ownership is offered to the heir (acceptOwnership), one
# acceptance each. Both act with their own tokens. Another owner's, so that
# the owner's accounts a day are left for the run to create.
seeder = token_of("seeder")
leaving, handed = [], []
for n in range(3):
    left = call("POST", "/accounts", {"name": f"Fuzz Leave {n}"}, seeder)["id"]
    active_user(seeder, left, "leaver")
    leaving.append(left)
    owned = call("POST", "/accounts", {"name": f"Fuzz Handover {n}"}, seeder)["id"]
    heir = active_user(seeder, owned, "heir")
    call("POST", f"/accounts/{owned}/ownership", {"user_id": heir}, seeder)
    handed.append(owned)

OUT.mkdir(parents=True, exist_ok=True)
dictionary("accounts", [account])
dictionary("leave", leaving)
dictionary("handover", handed)
dictionary("settings", [settings])
dictionary("users", users)
dictionary("partners", [partner])
dictionary("preview", [previewed])
dictionary("accept", [accepted])
print(f"FUZZ_TOKEN={owner}")
print(f"FUZZ_MFA_TOKEN={sign_in('fuzz-owner', 'owner@fuzz.example', ['pwd', 'otp', 'mfa'])}")
print(f"FUZZ_INVITEE_TOKEN={token_of('invitee')}")
print(f"FUZZ_LEAVER_TOKEN={token_of('leaver')}")
print(f"FUZZ_HEIR_TOKEN={token_of('heir')}")
