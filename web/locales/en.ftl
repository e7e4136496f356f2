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
problem-unreachable = Roster could not be reached. Check your connection and try again.
problem-unknown = Roster refused this (code { $code }).

field-name-length = The name must be 1 to 100 characters.
field-name-characters = The name must not contain control or invisible characters (such as bidi marks or zero-width spaces).
field-name-address = The name must not contain a web or email address: it is shown in emails.
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
