// What the API's codes mean in words: roles and their descriptions,
// permissions, statuses, why a user is deactivated, actions, audit events,
// dates and ends of access, a user's limits, when a user was last active,
// why a user lacks a permission, the words of Access review and of
// Activity's filters and export, and errors as sentences. Words only: which roles exist and what each grants
// come from the API (roles.js), and a test holds these words to its list.
// English only, as the pages that use them are, but the roles' words, which
// are the reader's (the catalogs of say.js, as the header and Account
// settings are).

import { t } from './say.js';

/**
 * Each role's name and description, in the reader's language: the words the
 * invitation email uses too (`role-<role>` in web/locales/).
 */
export const ROLES = Object.fromEntries(
  ['owner', 'account_manager', 'campaign_creator', 'partner_manager'].map((role) => [role, {
    get name() { return t(`role-${role}`); },
    get description() { return t(`role-${role}-description`); },
  }]),
);

export const roleName = (role) => ROLES[role]?.name ?? role;

export const STATUSES = {
  pending: 'Pending',
  active: 'Active',
  deactivated: 'Deactivated',
  expired: 'Expired',
  revoked: 'Revoked',
};

/** Why a deactivated user is (`deactivated_reason`). */
export const DEACTIVATED_REASONS = {
  owner: 'Deactivated by the owner',
  partner_access_off: 'Partner access turned off',
  access_ended: 'Access ended',
};

/** What became of a user's invitation email (`delivery.status`). */
export const DELIVERY = {
  sent: 'Sent',
  delayed: 'Delayed',
  delivered: 'Delivered',
  bounced: 'Bounced',
  complained: 'Marked as spam',
  rejected: 'Rejected',
  failed: 'Not sent',
};

/**
 * The menu item of each action a user resource offers, and Extend, which the
 * page adds where `change_role` is offered and the access ends.
 */
export const ACTIONS = {
  resend: 'Resend invitation',
  revoke: 'Revoke invitation',
  change_role: 'Edit',
  extend: 'Extend',
  deactivate: 'Deactivate',
  reactivate: 'Reactivate',
  delete: 'Delete',
};

export const PERMISSIONS = {
  'campaigns:edit': 'Create and edit campaigns',
  'campaigns:schedule': 'Schedule and publish campaigns',
  'lists:edit': 'Create and edit lists',
  'contacts:view': 'View contacts',
  'contacts:export': 'Export contacts',
  'library:use': 'Use the library',
  'reports:view': 'See reports',
  'partner:tools': 'Partnership tools',
  'users:manage': 'Manage users',
  'billing:manage': 'Billing and purchases',
  'account:edit': 'Business profile and partner access',
  'api:access': 'API keys',
  'community:access': 'Community',
};

export const permissionName = (permission) => PERMISSIONS[permission] ?? permission;

/** Words joined as a sentence says them: "a, b, and c". */
export const asList = (words) => new Intl.ListFormat('en', { type: 'conjunction' }).format(words);

/** A user's limits in words ("2 lists; without view contacts"); '' for none. */
export function limitsOf(user) {
  const parts = [];
  if (user.list_ids) parts.push(user.list_ids.length === 1 ? `List ${user.list_ids[0]}` : `${user.list_ids.length} lists`);
  if (user.withheld_permissions?.length) {
    parts.push(`without ${user.withheld_permissions.map((p) => permissionName(p).toLowerCase()).join(', ')}`);
  }
  return parts.join('; ');
}

export const AUDIT_ACTIONS = {
  'account.created': 'Account created',
  'account.renamed': 'Account renamed',
  'account.settings_changed': 'Account settings changed',
  'account.mfa_required': 'Two-step verification required',
  'account.mfa_not_required': 'Two-step verification no longer required',
  'account.ownership_offered': 'Ownership offered',
  'account.ownership_offer_withdrawn': 'Offer of ownership withdrawn',
  'account.ownership_transferred': 'Ownership transferred',
  'invitation.created': 'Invited',
  'invitation.replaced': 'Invitation sent again, earlier links revoked',
  'invitation.resent': 'Invitation resent',
  'invitation.revoked': 'Invitation revoked',
  'invitation.expired': 'Invitation expired',
  'invitation.bounced': 'Invitation email bounced',
  'invitation.complained': 'Invitation email marked as spam',
  'invitation.accepted': 'Invitation accepted',
  'invitation.reminded': 'Invitee reminded of the invitation',
  'user.role_changed': 'Role changed',
  'user.limits_changed': 'Lists or permissions changed',
  'user.deactivated': 'Deactivated',
  'user.reactivated': 'Reactivated',
  'user.deleted': 'Deleted',
  'user.left': 'Left the account',
  'user.access_ending': 'Owner reminded that access ends soon',
  'user.access_ended': 'Access ended',
  'partner_access.requested': 'Partner asked for access',
  'partner_access.enabled': 'Partner access enabled',
  'partner_access.disabled': 'Partner access turned off',
  'partner_access.ending': 'Owner reminded that partner access ends soon',
  'partner_access.ended': 'Partner access ended',
  'partner_user.created': 'Partner user created',
};

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A time of the API (RFC 3339) for people; '' for none. */
export const when = (value) => (value ? dateTime.format(new Date(value)) : '');

/** The choices of an end of access, from now (or from the end it extends). */
export const END_PRESETS = {
  week: 'A week',
  month: 'A month',
  three_months: 'Three months',
};

const endDay = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short' });
const endDayOfYear = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
const endTime = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' });
const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
const HOUR = 3600 * 1000;

/**
 * An end of access as a day ("Fri, Dec 12", in the reader's locale and time
 * zone): with its year when not this year's, with its time when it is less
 * than a day away.
 */
export function endDate(value, now = Date.now()) {
  const at = new Date(value);
  if (at - now < 24 * HOUR) return endTime.format(at);
  return at.getFullYear() === new Date(now).getFullYear() ? endDay.format(at) : endDayOfYear.format(at);
}

/** "until Fri, Dec 12". */
export const until = (value, now) => `until ${endDate(value, now)}`;

/** Days from `now`'s day to `at`'s day, in the reader's time zone. */
function daysBetween(now, at) {
  const day = (d) => new Date(d.getFullYear(), d.getMonth(), d.getDate());
  return Math.round((day(at) - day(now)) / (24 * HOUR));
}

/** An end of access that is near ("ends in 2 days", "ends tomorrow"); '' when a week or more away, or past. */
export function endsIn(value, now = Date.now()) {
  const at = new Date(value);
  const left = at - now;
  if (left <= 0) return '';
  const days = daysBetween(new Date(now), at);
  if (days >= 7) return '';
  if (days >= 1) return `ends ${relative.format(days, 'day')}`;
  if (left >= HOUR) return `ends ${relative.format(Math.floor(left / HOUR), 'hour')}`;
  if (left >= 60 * 1000) return `ends ${relative.format(Math.floor(left / 60000), 'minute')}`;
  return `ends ${relative.format(Math.max(1, Math.floor(left / 1000)), 'second')}`;
}

/** The API's detail as a sentence: capitalized, with its full stop. */
function sentence(text) {
  const t = String(text || '').trim();
  if (!t) return '';
  const s = t[0].toUpperCase() + t.slice(1);
  return /[.!?]$/.test(s) ? s : `${s}.`;
}

/**
 * The refusals the pages say in their own words, by code, in place of the
 * API's (English) detail.
 */
const PROBLEMS = {
  access_ended: 'This user\'s access has ended, so they can no longer be changed.',
};

/** What to do next, for the refusals a person can act on. */
const NEXT_STEPS = {
  seat_limit_reached: 'Free a seat by revoking a pending invitation or deactivating a user, then try again.',
  precondition_failed: 'Someone else changed this user meanwhile; what you see now is the latest.',
  forbidden: 'Ask the account owner if you need this.',
  access_ended: 'Reactivate them from their row\'s menu, with a new end date or none, to give access again.',
};

/**
 * An error (ApiError or any other) as sentences a person can act on. A `429`
 * is the API's own sentence, which names the limit and the wait.
 */
export function describe(error) {
  if (!error || error.status === undefined) {
    return 'Roster could not be reached. Check your connection and try again.';
  }
  const parts = [PROBLEMS[error.code] ?? sentence(error.message)];
  if (NEXT_STEPS[error.code]) parts.push(NEXT_STEPS[error.code]);
  return parts.join(' ');
}

/**
 * Why a sign-in did not complete, by code: the OAuth 2.0 errors of the
 * authorization and token endpoints (RFC 6749, 4.1.2.1 and 5.2), and the
 * return page's own findings. The page never shows the answer's own text: a
 * link to it can carry any words (`error_description`) on Roster's origin.
 */
const SIGN_IN_ERRORS = {
  invalid_request: 'The request to the sign-in page was incomplete or not valid.',
  unauthorized_client: 'This app is not allowed to sign you in this way.',
  access_denied: 'The sign-in was cancelled or refused.',
  unsupported_response_type: 'The sign-in page does not support the way this app asked to sign you in.',
  invalid_scope: 'This app asked for access that the sign-in page does not grant.',
  server_error: 'The sign-in service ran into a problem on its side.',
  temporarily_unavailable: 'The sign-in service is busy or briefly down. Try again in a minute.',
  invalid_grant: 'The sign-in expired, was already used, or did not start in this tab.',
  invalid_client: 'The sign-in service does not know this app.',
  unsupported_grant_type: 'The sign-in service does not support the way this app finishes signing in.',
  not_started_here: 'This sign-in was not started from this tab, or it was already completed.',
  no_code: 'The sign-in page sent no sign-in code back.',
  unreachable: 'The sign-in service could not be reached. Check your connection.',
};

/** A failed sign-in in words; a generic sentence for a code not listed. */
export function signInFailure(code) {
  const why = Object.hasOwn(SIGN_IN_ERRORS, code)
    ? SIGN_IN_ERRORS[code]
    : 'Something went wrong while signing in.';
  return `The sign-in did not complete. ${why}`;
}

/** When a user last used the account ("42 days ago"), or "never". */
export function lastActive(value, now = Date.now()) {
  if (!value) return 'never';
  const ago = Math.max(0, now - new Date(value));
  if (ago >= 24 * HOUR) return relative.format(-Math.floor(ago / (24 * HOUR)), 'day');
  if (ago >= HOUR) return relative.format(-Math.floor(ago / HOUR), 'hour');
  return relative.format(-Math.floor(ago / 60000), 'minute');
}

/** Why a user does not hold a permission (the review's `reason`, as /authorize's), after "no: ". */
export const REASONS = {
  not_a_member: 'not a member yet',
  deactivated: 'deactivated',
  access_ended: 'access ended',
  mfa_required: 'needs two-step verification',
  not_in_role: 'not in the role',
  withheld: 'withheld',
  list_not_in_scope: 'not on their lists',
};

const onLists = (lists) => `only lists ${lists.join(', ')}`;

/**
 * A permission as a user holds it, in words: "yes"; "yes, only lists a, b";
 * held on some lists only, when no list was asked about: "only lists a, b";
 * else "no: " and why ("no: withheld", "no: only lists a").
 */
export function heldInWords({ allowed, reason, list_ids: lists }, listAsked) {
  if (allowed) return lists ? `yes, ${onLists(lists)}` : 'yes';
  if (reason === 'list_not_in_scope' && lists) return listAsked ? `no: ${onLists(lists)}` : onLists(lists);
  return `no: ${REASONS[reason] ?? reason}`;
}

/** The words of Access review. */
export const ACCESS = {
  filters: 'Ask about',
  permission: 'Permission',
  everyPermission: 'Every permission',
  list: 'List',
  listHint: 'A list id, to ask about one list; leave it empty for every list.',
  show: 'Show',
  download: 'Download as CSV',
  user: 'User',
  role: 'Role',
  status: 'Status',
  edit: 'Edit',
  editUser: (email) => `Edit ${email}`,
  everything: 'What each user can do',
  question: (permission, list) => `Who can ${permissionName(permission).toLowerCase()}${list ? ` on list ${list}` : ''}`,
  whoCan: (question, emails) => (emails.length ? `${question}: ${asList(emails)}.` : `${question}: nobody.`),
  downloaded: 'The review is downloaded.',
};

/** The words of Activity's filters, export and retention. */
export const ACTIVITY = {
  filters: 'Show only',
  /** The filters' labels, by the name of each in the address. */
  labels: { user_id: 'About', actor: 'Who acted', action: 'Action', since: 'Since', until: 'Until' },
  anyone: 'Anyone',
  roster: 'Roster itself',
  anyAction: 'Any action',
  show: 'Show',
  clear: 'Clear filters',
  noMatch: 'No events match these filters.',
  export: 'Export CSV',
  exporting: 'Exporting the activity',
  soFar: (n) => `${n} events so far`,
  exported: (n) => `Exported ${n} events.`,
  cancel: 'Cancel export',
  cancelled: 'The export was cancelled.',
  kept: (seconds) => `Events are kept for ${duration(seconds)}, then removed.`,
};

/** A span of seconds in the largest unit that holds it whole ("90 days", "3 seconds"). */
function duration(seconds) {
  const [unit, size] = [['day', 86400], ['hour', 3600], ['minute', 60], ['second', 1]]
    .find(([, s]) => seconds % s === 0);
  return new Intl.NumberFormat('en', { style: 'unit', unit, unitDisplay: 'long' }).format(seconds / size);
}

/** The heading of when users were last active. */
export const LAST_ACTIVE = 'Last active';

/** Manage users' words about one user. */
export const USERS = {
  notEditable: ({ email, role, status }) => (role === 'owner'
    ? `${email} owns the account: no one can limit the owner.`
    : `${email} is ${STATUSES[status]?.toLowerCase() ?? status}, so Edit is not offered: the row's menu shows what is.`),
};
