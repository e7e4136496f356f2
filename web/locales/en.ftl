# English. Every language's file has the same messages with the same
# placeholders: a test holds them to each other (shared/src/mail/words.rs).
# The emails take theirs from here (`email-`); the roles' words are shared
# with the pages.

## Roles

role-owner = Owner
role-owner-description = Everything, including users, billing and account settings.
role-account_manager = Account Manager
role-account_manager-description = Everything but users, billing, account settings, API keys and partner tools.
role-campaign_creator = Campaign Creator
role-campaign_creator-description = Creates and edits campaigns, uses the library and sees reports.
role-partner_manager = Partner Manager
role-partner_manager-description = Partnership tools only.

## Emails
## $inviter and $owner are verified email addresses, $account an account's
## name, $when a time in words with its place ("Monday 8 December, 9:29 PM
## (New York)").

email-from = { $inviter } via { $account }
email-from-roster = { $account } on Roster
email-footer = Sent by Roster on behalf of { $account }.
email-link-as-text = If the button does not work, copy this link into your browser:

email-invitation-subject = { $inviter } invited you to { $account } on Roster
email-reminder-subject = Reminder: { $inviter } invited you to { $account } on Roster
email-invitation-preview = Join { $account } as { $role }.
email-invitation-heading = Join { $account }
email-invitation-intro = { $inviter } invited you to join { $account } on Roster as { $role }.
email-invitation-role = { $role }: { $description }
email-invitation-button = Accept the invitation
email-invitation-how = Sign in (or sign up) with { $email } to accept. The link works once, until { $when }.
email-invitation-unexpected = Not expecting this? You can ignore this email: nothing happens unless you accept. To ask about it, reply: your reply goes to { $inviter }.

email-ending-subject = Access to { $account } ends soon: { $whose }
email-ending-preview = Extend it before { $when } to keep it.
email-ending-heading = Access ends soon
email-ending-user = The user { $whose } can use { $account } until { $when }; then their access ends.
email-ending-partner = The partner agency { $whose } can use { $account } until { $when }; then their access ends.
email-ending-button = Extend access
email-ending-unexpected = You receive this as the owner of { $account }. If the access should end, there is nothing to do.

email-ownership-subject = { $owner } offers you ownership of { $account }
email-ownership-preview = Accept or decline by { $when }.
email-ownership-heading = Become the owner of { $account }
email-ownership-intro = { $owner } offers to hand { $account } over to you: you would become its owner, and { $owner } an Account Manager.
email-ownership-button = Accept or decline
email-ownership-until = The offer stands until { $when }. Sign in with this address to answer it.
email-ownership-unexpected = Not expecting this? Decline it, or ignore this email: nothing changes unless you accept. To ask about it, reply: your reply goes to { $owner }.

## Pages
## The header, its banners, Account settings, and every code the API
## answers, as sentences (`problem-<code>`) and field by field (`field-<name>`).

header-signedInAs = Signed in as { $email }
header-signOut = Sign out
header-language = Language

nav-users = Manage users
nav-partner-access = Partner access
nav-access = Access review
nav-activity = Activity
nav-settings = Account settings

banner-label = Two-step verification required
banner-grace = { $account } requires two-step verification from { $date }. Set up an authenticator app and sign in with it before then: after that date you hold no access here until you do.
banner-missing = { $account } requires two-step verification. You hold no access here until you sign in with your authenticator app.
banner-signInAgain = Sign in again

page-skip = Skip to the content

common-cancel = Cancel
common-tryAgain = Try again
common-signInAgain = Sign in again

settings-pageTitle = Account settings - Roster
settings-title = Account settings
settings-loading = Loading the account…

name-title = Name and seats
name-label = Account name
name-save = Rename
name-saved = The account is now called { $name }.

seats-used = { $used } of { $limit } seats used
seats-manage = Manage users

region-title = Language and time zone
region-locale = Language
region-localeHint = Of the emails Roster sends for this account, unless an invitation names another language.
region-zone = Time zone
region-zoneHint = Times in the emails are given in it.
region-save = Save language and time zone
region-saved = Language and time zone saved.

mfa-title = Two-step verification
mfa-require = Require two-step verification
mfa-requireHint = Everyone in this account, you and partners' users included, then signs in with an authenticator app.
mfa-grace = Grace period (days)
mfa-graceHint = From 0 to 30 days, counted from when it is turned on, to set up an app. Meanwhile users without one are warned.
mfa-save = Save two-step verification
mfa-from = Required: from { $date }, users without a second factor hold no access.
mfa-now = Required: users without a second factor hold no access.
mfa-off = Not required.
mfa-saved = Saved. { $state }
mfa-needsFactor = Turning this on or off needs a sign-in with your authenticator app.
mfa-signInFirst = You must sign in with your authenticator app first: this sign-in did not use one. Sign in again and type the code your app shows when asked; if you have no app yet, set one up as you sign in.

leave-title = Leave this account
leave-text = Leaving removes your access to { $account } at once and frees your seat. To come back you need a new invitation from its owner.
leave-button = Leave this account
leave-question = Leave { $account }?
leave-questionText = You lose access to { $account } at once. Only a new invitation from its owner brings you back.
leave-confirm = Leave
leave-owner = As the owner, you cannot leave this account: transfer ownership first.
leave-done = You left { $account }.

own-title = Transfer ownership
own-soon = Handing this account over to another user will be possible here soon.
own-intro = Offer ownership to an active user of this account who is not a partner's user. They have 7 days to accept; then they become the owner and you an Account Manager.
own-user = New owner
own-none = No user can take it over yet: ownership goes only to an active user who is not a partner's user.
own-offer = Offer ownership
own-question = Offer ownership to { $email }?
own-questionText = { $email } can accept within 7 days. Then they own { $account }, and you become an Account Manager without limits. You can cancel the offer until they accept.
own-offered = Ownership is offered to { $email }, who has been emailed.
own-pending = Ownership is offered to { $email } until { $date }.
own-cancel = Cancel the offer
own-cancelled = The offer is cancelled.
own-forYou = { $owner } offers you ownership of { $account }, until { $date }.
own-forYouText = As the owner you manage its users and settings, and { $owner } becomes an Account Manager.
own-accept = Accept ownership
own-decline = Decline
own-accepted = You are now the owner of { $account }.
own-declined = You declined the offer.

problem-unauthenticated = You are not signed in, or your sign-in expired. Sign in again.
problem-account_not_found = This account does not exist, or you are not one of its users.
problem-forbidden = Your role does not allow this. Ask the account owner if you need it.
problem-mfa_required = This account requires two-step verification: sign in with your authenticator app, then try again.
problem-user_not_found = That user is no longer in this account.
problem-invalid_transition = That user's status no longer allows this. What you see now is the latest.
problem-access_ended = This user's access has ended, so they can no longer be changed.
problem-seat_limit_reached = Every seat is taken. Free a seat by revoking a pending invitation or deactivating a user, then try again.
problem-invitation_pending = This address already has a pending invitation.
problem-user_exists = This address is already a user of this account.
problem-invitation_not_found = This invitation link no longer works.
problem-invitation_expired = This invitation has expired. Ask the person who invited you to send a new one.
problem-email_mismatch = This invitation is for another address. Sign in with the invited address.
problem-already_member = You are already a user of this account.
problem-owner_cannot_leave = The owner cannot leave the account: transfer ownership first.
problem-cannot_offer_ownership = Ownership can go only to an active user of this account who is not a partner's user.
problem-ownership_offer_pending = Ownership is already offered to someone. Cancel that offer first.
problem-no_ownership_offer = There is no offer of ownership any more.
problem-ownership_offer_lapsed = The offer of ownership lapsed: the user's role or status changed since. The owner can offer it again.
problem-partner_request_missing = That partner has not asked for access to this account.
problem-partner_access_disabled = Partner access to this account is not enabled for that partner account.
problem-precondition_failed = Someone else changed this meanwhile; what you see now is the latest.
problem-rate_limited = Too many requests for now. Try again later.
problem-recipient_suppressed = Emails to this address bounced or were marked as spam, so it takes no invitations.
problem-email_unverified = The email address of your sign-in is not verified.
problem-unsupported_media_type = The page sent a request Roster could not read. Reload the page and try again.
problem-invalid_json = The page sent a request Roster could not read. Reload the page and try again.
problem-payload_too_large = That is more than Roster takes at once. Send less and try again.
problem-invalid_field = Some values are not accepted: see the fields marked.
problem-invalid_email = That email address is not valid.
problem-invalid_role = That role does not exist.
problem-invalid_permission = That permission does not exist, or the role does not grant it.
problem-invalid_cursor = The page sent a request Roster could not read. Reload the page and try again.
problem-invalid_query = The page sent a request Roster could not read. Reload the page and try again.
problem-busy = Roster is busy with other changes to this account. Try again in a moment.
problem-unavailable = Roster is briefly unavailable. Try again in a moment.
problem-internal_error = Something went wrong on Roster's side; it has been logged. Try again later.
# What to do next, after problem-access_ended, on Manage users.
next-access_ended = Reactivate them from their row's menu, with a new end date or none, to give access again.
problem-unreachable = Roster could not be reached. Check your connection and try again.
problem-unknown = Roster refused this (code { $code }).

field-name-length = The name must be 1 to 100 characters.
field-name-characters = The name must not contain control or invisible characters (such as bidi marks or zero-width spaces).
field-name-address = The name must not contain a web or email address: it is shown in emails.
field-email = Enter a valid email address.
field-locale = Choose one of the languages offered.
field-time_zone = Choose a time zone from the list.
field-mfa_grace_days = The grace period must be a whole number of days from 0 to 30.
field-user_id = Choose a user from the list.
field-other = This value is not accepted.

## The invitation page

invitation-pageTitle = Your invitation - Roster
invitation-opening = Opening your invitation…
invitation-join = Join { $account }
invitation-lead = { $inviter } invites you to join { $account } as { $role }.
invitation-theOwner = The account owner
invitation-for = The invitation is for { $email } and works until { $date }.
invitation-signInToAccept = Sign in as { $email } to accept
invitation-newHere = New to Roster? The sign-in page lets you sign up with this address.
invitation-signedInAs = You are signed in as { $email }.
invitation-accept = Accept invitation
invitation-someoneElse = Sign in as someone else
invitation-expired = This invitation has expired
invitation-endedOn = The invitation to join { $account } as { $role } ended on { $date }.
invitation-ended = The invitation has ended.
invitation-askResend = Ask { $inviter } to resend it: you will get a new link by email.
invitation-theInviter = the person who invited you
invitation-yourAccounts = Go to your accounts
invitation-notFound = This invitation link no longer works
invitation-notFoundWhy = It was already used, revoked, or replaced by a newer invitation.
invitation-notFoundNext = If you accepted it already, your account is waiting for you. If not, ask the person who invited you to send a new invitation.
invitation-otherAddress = This invitation is for another address
invitation-signedInOther = You are signed in as { $email }, but the invitation is for { $invited }.
invitation-unverified = You are signed in as { $email }, which is not verified, but the invitation is for { $invited }.
invitation-anotherAddress = another address
invitation-theInvited = the invited address
invitation-signInFirst = Sign in as { $email } to accept it; the invitation stays valid until then.
invitation-signInAs = Sign in as { $email }
invitation-already = You are already a user of { $account }
invitation-thisAccount = this account
invitation-nothingMore = Nothing more to do: this invitation is not needed.
invitation-wrong = Something went wrong

## The API's codes in words (web/js/words.js)

status-pending = Pending
status-active = Active
status-deactivated = Deactivated
status-expired = Expired
status-revoked = Revoked

deactivatedBy-owner = Deactivated by the owner
deactivatedBy-partner_access_off = Partner access turned off
deactivatedBy-access_ended = Access ended

delivery-sent = Sent
delivery-delayed = Delayed
delivery-delivered = Delivered
delivery-bounced = Bounced
delivery-complained = Marked as spam
delivery-rejected = Rejected
delivery-failed = Not sent

action-resend = Resend invitation
action-revoke = Revoke invitation
action-change_role = Edit
action-extend = Extend
action-deactivate = Deactivate
action-reactivate = Reactivate
action-delete = Delete

permission-campaigns_edit = Create and edit campaigns
permission-campaigns_schedule = Schedule and publish campaigns
permission-lists_edit = Create and edit lists
permission-contacts_view = View contacts
permission-contacts_export = Export contacts
permission-library_use = Use the library
permission-reports_view = See reports
permission-partner_tools = Partnership tools
permission-users_manage = Manage users
permission-billing_manage = Billing and purchases
permission-account_edit = Business profile and partner access
permission-api_access = API keys
permission-community_access = Community
# Whether the language writes a permission's name in lower case inside a sentence: yes or no.
permission-lowerInSentence = yes

## $list is a list id, $permissions names of permissions, lower case.
limits-list = List { $list }
limits-lists = { $count ->
    [one] { $count } list
   *[other] { $count } lists
}
limits-without = without { $permissions }

audit-account-created = Account created
audit-account-renamed = Account renamed
audit-account-settings_changed = Account settings changed
audit-account-mfa_required = Two-step verification required
audit-account-mfa_not_required = Two-step verification no longer required
audit-account-ownership_offered = Ownership offered
audit-account-ownership_offer_withdrawn = Offer of ownership withdrawn
audit-account-ownership_transferred = Ownership transferred
audit-invitation-created = Invited
audit-invitation-replaced = Invitation sent again, earlier links revoked
audit-invitation-resent = Invitation resent
audit-invitation-revoked = Invitation revoked
audit-invitation-expired = Invitation expired
audit-invitation-bounced = Invitation email bounced
audit-invitation-complained = Invitation email marked as spam
audit-invitation-accepted = Invitation accepted
audit-invitation-reminded = Invitee reminded of the invitation
audit-user-role_changed = Role changed
audit-user-limits_changed = Lists or permissions changed
audit-user-deactivated = Deactivated
audit-user-reactivated = Reactivated
audit-user-deleted = Deleted
audit-user-left = Left the account
audit-user-access_ending = Owner reminded that access ends soon
audit-user-access_ended = Access ended
audit-partner_access-requested = Partner asked for access
audit-partner_access-enabled = Partner access enabled
audit-partner_access-disabled = Partner access turned off
audit-partner_access-ending = Owner reminded that partner access ends soon
audit-partner_access-ended = Partner access ended
audit-partner_user-created = Partner user created

## $date is a day in words ("Fri, Dec 12"), $when a time from now ("in 2 days").
end-week = A week
end-month = A month
end-three_months = Three months
end-until = until { $date }
end-endsIn = ends { $when }

lastActive-never = never
lastActive-heading = Last active

lacks-not_a_member = not a member yet
lacks-deactivated = deactivated
lacks-access_ended = access ended
lacks-mfa_required = needs two-step verification
lacks-not_in_role = not in the role
lacks-withheld = withheld
lacks-list_not_in_scope = not on their lists

## $lists are list ids, $why a reason above or held-onLists.
held-yes = yes
held-yesOn = yes, { $lists }
held-onLists = only lists { $lists }
held-no = no: { $why }

## Why a sign-in did not complete ($why is one of signIn-error-*).
signIn-failed = The sign-in did not complete. { $why }
signIn-error-invalid_request = The request to the sign-in page was incomplete or not valid.
signIn-error-unauthorized_client = This app is not allowed to sign you in this way.
signIn-error-access_denied = The sign-in was cancelled or refused.
signIn-error-unsupported_response_type = The sign-in page does not support the way this app asked to sign you in.
signIn-error-invalid_scope = This app asked for access that the sign-in page does not grant.
signIn-error-server_error = The sign-in service ran into a problem on its side.
signIn-error-temporarily_unavailable = The sign-in service is busy or briefly down. Try again in a minute.
signIn-error-invalid_grant = The sign-in expired, was already used, or did not start in this tab.
signIn-error-invalid_client = The sign-in service does not know this app.
signIn-error-unsupported_grant_type = The sign-in service does not support the way this app finishes signing in.
signIn-error-not_started_here = This sign-in was not started from this tab, or it was already completed.
signIn-error-no_code = The sign-in page sent no sign-in code back.
signIn-error-unreachable = The sign-in service could not be reached. Check your connection.
signIn-error-other = Something went wrong while signing in.
signIn-signingIn = Signing you in…
signIn-again = Sign in again
signIn-pageTitle = Signing in - Roster
signIn-heading = Signing in

## Ends of access (web/js/ending.js)

ends-legend = Access ends
ends-onDate = On a date
ends-keep = Keep
ends-until = Until { $date }
ends-never = Never
ends-date = End date
ends-pickDay = Pick the day access ends.

## Manage users
## $email is a user's address, $role a role's name, $date a day in words.

users-pageTitle = Manage users - Roster
users-title = Manage users
users-add = Add new user
users-notEditableOwner = { $email } owns the account: no one can limit the owner.
users-notEditable = { $email } is { $status }, so Edit is not offered: the row's menu shows what is.

users-caption = Users of this account
users-email = Email address
users-partner = Partner
users-role = Role
users-limits = Limits
users-status = Status
users-delivery = Invitation email
users-none = None
users-actions = Actions
users-actionsFor = Actions for { $email }
users-owner = Account owner
users-pendingUntil = until { $date }
users-accessUntil = Access until { $date }
users-more = Show more users

users-fields-role = Role
users-fields-lists = Lists
users-fields-listsHint = Limited to these lists, the user can { $permissions } on them alone.
users-fields-everyList = Every list
users-fields-onlyLists = Only these lists
users-fields-listIds = List ids, separated by commas
users-fields-withheld = Withheld permissions
users-fields-withheldHint = What this user may not do, of what the role allows.

users-invite-email = Email address
users-invite-emailHint = They sign in with this address to accept.
users-invite-send = Send invitation
users-invite-pending = Already invited
users-invite-pendingText = You already have a pending invitation to { $email }. Sending it again will revoke all previous invitations.
users-invite-continue = Continue
users-invite-bounced = This address bounced
users-invite-bouncedText = An earlier invitation to { $email } was refused by its mail server. Check the address for a typo. If it is right, Roster can try once more.
users-invite-sendAnyway = Send anyway

users-sent-title = Invite sent!
users-sent-failed = The invitation stands, but the email to { $email } could not be sent. Copy the link and send it yourself, or resend the invitation later.
users-sent-emailed = We emailed { $email } an invitation as { $role }, valid until { $date }.
users-sent-ends = Their access ends { $date }.
users-sent-link = Invitation link
users-sent-linkHint = Shown only now. Anyone with the link can see the invitation; only the invited address can accept it.
users-sent-copy = Copy URL
users-sent-done = Done
users-sent-copied = Link copied.
users-sent-copyYourself = Press Ctrl+C to copy the selected link.
users-sent-told = Invitation sent to { $email }.

## $details are the role, the limits and the end of access, joined by commas.
users-edit-title = Edit { $email }
users-edit-save = Save
users-edit-saved = { $email } is now { $details }.
users-edit-changed = Someone else changed { $email } while you were editing. It is now { $role }, { $status }: make your change again if you still want it.
users-edit-deleted = Someone else deleted { $email } while you were editing.

users-extend-title = Extend access for { $email }
users-extend-intro = Access ends { $date }. Extend it by:
users-extend-orUntil = Or until the end of
users-extend-toDate = Extend to this date
users-extend-done = { $email } now has access until { $date }.

users-reactivate-title = Reactivate { $email }?
users-reactivate-text = The access of { $email } ended. Reactivated, they get it back at once, while a seat is free.
users-reactivate-legend = Access ends this time
users-reactivate-doneUntil = { $email } is active again, until { $date }.
users-reactivate-done = { $email } is active again.

users-revoke-title = Revoke invitation?
users-revoke-text = The link sent to { $email } stops working at once. You can send a new invitation later.
users-revoke-done = The invitation to { $email } is revoked.
users-deactivate-title = Deactivate { $email }?
users-deactivate-text = { $email } loses access to this account at once. You can reactivate them later while a seat is free.
users-deactivate-done = { $email } is deactivated.
users-delete-title = Delete { $email }?
users-delete-text = { $email } is removed from this account for good. This cannot be undone; the activity keeps what happened.
users-delete-done = { $email } is deleted.

## Access review
## $permission is a permission's name, lower case ("create and edit lists"),
## $list a list id, $question one of access-question*, $users addresses.

access-pageTitle = Access review - Roster
access-title = Access review
access-filters = Ask about
access-permission = Permission
access-everyPermission = Every permission
access-list = List
access-listHint = A list id, to ask about one list; leave it empty for every list.
access-show = Show
access-download = Download as CSV
access-user = User
access-role = Role
access-status = Status
access-edit = Edit
access-editUser = Edit { $email }
access-everything = What each user can do
access-question = Who can { $permission }
access-questionOnList = Who can { $permission } on list { $list }
access-whoCan = { $question }: { $users }.
access-nobody = { $question }: nobody.
access-downloaded = The review is downloaded.

## Activity
## $count is a number of events, $span how long events are kept ("90 days").

activity-pageTitle = Activity - Roster
activity-title = Activity
activity-filters = Show only
activity-about = About
activity-actor = Who acted
activity-action = Action
activity-since = Since
activity-until = Until
activity-anyone = Anyone
activity-roster = Roster itself
activity-anyAction = Any action
activity-show = Show
activity-clear = Clear filters
activity-noMatch = No events match these filters.
activity-nothingYet = Nothing has happened yet.
activity-export = Export CSV
activity-exporting = Exporting the activity
activity-soFar = { $count ->
    [one] { $count } event so far
   *[other] { $count } events so far
}
activity-exported = { $count ->
    [one] Exported { $count } event.
   *[other] Exported { $count } events.
}
activity-cancel = Cancel export
activity-cancelled = The export was cancelled.
activity-kept = Events are kept for { $span }, then removed.
activity-caption = What changed in this account, newest first
activity-when = When
activity-who = Who
activity-what = What
activity-change = Change
activity-system = Roster
activity-older = Show older events
activity-everything = That is everything.

## Partner access
## $partner is a partner agency's name, $until "until" and a day (end-until),
## $date a day in words, $when a time in words, $by an address.

partner-pageTitle = Partner access - Roster
partner-title = Partner access
partner-enabled = Partner access enabled
partner-manages = { $partner } manages this account: its partner managers can create their own user here.
partner-managesUntil = { $partner } manages this account { $until }: its partner managers can create their own user here.
partner-noPartner = No partner manages this account.
partner-endsIn = Partner access { $when }.
partner-changeEnd = Change end date
partner-setEnd = Set an end date
partner-asked = { $partner } asked on { $when }.
partner-askedBy = { $partner } asked on { $when } ({ $by }).
partner-noRequests = No open requests.
partner-managed = Managed access by a partner agency
partner-requests = Requests
partner-askWithId = A partner agency asks with this account's id:
partner-nobodyAsked = No partner has asked for access. A partner agency asks first, with this account's id.
partner-enable = Enable partner access?
partner-partner = Partner
partner-enableText = Its partner managers can then create their own user in this account, as Account Managers, each taking a seat.
partner-ends = Partner access ends
partner-whenEnds = When does partner access end?
partner-untilText = { $partner } manages this account until { $date }. Every user it created here loses access then.
partner-forGoodText = { $partner } manages this account for good. With an end, every user it created here loses access then.
partner-turnOff = Turn off partner access?
partner-turnOffText = Every user { $partner } created in this account is deactivated at once.
partner-confirm = Confirm
partner-enabledFor = Partner access is enabled for { $partner }.
partner-enabledForUntil = Partner access is enabled for { $partner }, { $until }.
partner-turnedOff = Partner access is turned off.
partner-client-title = Manage a client's account
partner-client-intro = Ask a client for managed access with their account id. Once their owner enables access for { $partner }, create your own user in their account.
partner-client-id = Client account id
partner-client-idHint = The client finds it on their Partner access page.
partner-client-request = Request access
partner-client-join = Create our user there
partner-client-joined = You now have a user in the client's account, as Account Manager.
partner-client-open = Open your accounts
partner-client-requested = Request sent. The client's owner sees it on their Partner access page; it stays open 30 days.

## Your accounts
## $account is an account's name, $role a role's name.

accounts-pageTitle = Your accounts - Roster
accounts-title = Your accounts
accounts-none = You are not a user of any account yet. Create one below, or open the link of an invitation you received.
accounts-users = Manage users of { $account }
accounts-partner = Partner access of { $account }
accounts-settings = Account settings of { $account }
accounts-welcome = Welcome! You joined { $account } as { $role }.
accounts-partnerAgency = partner agency
accounts-canDo = What you can do here
accounts-deactivated = You can do nothing here while deactivated.
accounts-create = Create an account
accounts-kind = Kind
accounts-kindStandard = An email-marketing account
accounts-kindPartner = A partner agency, managing clients' accounts
accounts-createButton = Create account
