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
