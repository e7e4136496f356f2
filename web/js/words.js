// What the API's codes mean in words: each code names its message in the
// reader's language (the catalogs of say.js, web/locales/): roles and their
// descriptions, permissions, statuses, why a user is deactivated, what became
// of an invitation email, actions, audit events, why a user lacks a
// permission, why a sign-in failed; and the dates, ends of access and last
// activity of users, as the reader's locale writes them. Words only: which
// roles exist and what each grants come from the API (roles.js), and a test
// holds these lists to its list.

import { problem, t } from './say.js';
import { locale } from './locale.js';

/** `codes` as an object of each code's words (read when asked, so in the language of the moment). */
const worded = (codes, key) => Object.defineProperties({}, Object.fromEntries(codes.map((code) => [code, {
  get: () => t(key(code)),
  enumerable: true,
}])));

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

export const STATUSES = worded(['pending', 'active', 'deactivated', 'expired', 'revoked'], (s) => `status.${s}`);

/** Why a deactivated user is (`deactivated_reason`). */
export const DEACTIVATED_REASONS = worded(['owner', 'partner_access_off', 'access_ended'], (r) => `deactivatedBy.${r}`);

/** What became of a user's invitation email (`delivery.status`). */
export const DELIVERY = worded(
  ['sent', 'delayed', 'delivered', 'bounced', 'complained', 'rejected', 'failed'],
  (s) => `delivery.${s}`,
);

/**
 * The menu item of each action a user resource offers, and Extend, which the
 * page adds where `change_role` is offered and the access ends.
 */
export const ACTIONS = worded(
  ['resend', 'revoke', 'change_role', 'extend', 'deactivate', 'reactivate', 'delete'],
  (a) => `action.${a}`,
);

// A permission's key: a Fluent id has no colon.
export const PERMISSIONS = worded([
  'campaigns:edit', 'campaigns:schedule', 'lists:edit', 'contacts:view', 'contacts:export', 'library:use',
  'reports:view', 'partner:tools', 'users:manage', 'billing:manage', 'account:edit', 'api:access', 'community:access',
], (p) => `permission.${p.replace(':', '_')}`);

export const permissionName = (permission) => PERMISSIONS[permission] ?? permission;

/** A permission's name inside a sentence: lower case, where the language writes it so (German keeps its nouns'). */
export const permissionInSentence = (permission) => (t('permission.lowerInSentence') === 'yes'
  ? permissionName(permission).toLowerCase()
  : permissionName(permission));

/** Words joined as a sentence says them: "a, b, and c". */
export const asList = (words) => new Intl.ListFormat(locale(), { type: 'conjunction' }).format(words);

/** A user's limits in words ("2 lists; without view contacts"); '' for none. */
export function limitsOf(user) {
  const parts = [];
  if (user.list_ids) {
    parts.push(user.list_ids.length === 1
      ? t('limits.list', { list: user.list_ids[0] })
      : t('limits.lists', { count: user.list_ids.length }));
  }
  if (user.withheld_permissions?.length) {
    const names = user.withheld_permissions.map(permissionInSentence);
    parts.push(t('limits.without', { permissions: names.join(', ') }));
  }
  return parts.join('; ');
}

export const AUDIT_ACTIONS = worded([
  'account.created', 'account.renamed', 'account.settings_changed', 'account.mfa_required',
  'account.mfa_not_required', 'account.ownership_offered', 'account.ownership_offer_withdrawn',
  'account.ownership_transferred', 'invitation.created', 'invitation.replaced', 'invitation.resent',
  'invitation.revoked', 'invitation.expired', 'invitation.bounced', 'invitation.complained',
  'invitation.accepted', 'invitation.reminded', 'user.role_changed', 'user.limits_changed', 'user.deactivated',
  'user.reactivated', 'user.deleted', 'user.left', 'user.access_ending', 'user.access_ended',
  'partner_access.requested', 'partner_access.enabled', 'partner_access.disabled', 'partner_access.ending',
  'partner_access.ended', 'partner_user.created',
], (a) => `audit.${a}`);

/** `options` of Intl.DateTimeFormat in the reader's locale, in their time zone. */
const dates = (options) => new Intl.DateTimeFormat(locale(), options);
const relative = () => new Intl.RelativeTimeFormat(locale(), { numeric: 'auto' });

/** A time of the API (RFC 3339) for people; '' for none. */
export const when = (value) => (value ? dates({ dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value)) : '');

/** The choices of an end of access, from now (or from the end it extends). */
export const END_PRESETS = worded(['week', 'month', 'three_months'], (p) => `end.${p}`);

const HOUR = 3600 * 1000;

/**
 * An end of access as a day ("Fri, Dec 12", in the reader's locale and time
 * zone): with its year when not this year's, with its time when it is less
 * than a day away.
 */
export function endDate(value, now = Date.now()) {
  const at = new Date(value);
  const day = { weekday: 'short', day: 'numeric', month: 'short' };
  if (at - now < 24 * HOUR) return dates({ ...day, hour: 'numeric', minute: '2-digit' }).format(at);
  return at.getFullYear() === new Date(now).getFullYear()
    ? dates(day).format(at)
    : dates({ ...day, year: 'numeric' }).format(at);
}

/** "until Fri, Dec 12". */
export const until = (value, now) => t('end.until', { date: endDate(value, now) });

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
  const [n, unit] = (days >= 1 && [days, 'day'])
    || (left >= HOUR && [Math.floor(left / HOUR), 'hour'])
    || (left >= 60 * 1000 && [Math.floor(left / 60000), 'minute'])
    || [Math.max(1, Math.floor(left / 1000)), 'second'];
  return t('end.endsIn', { when: relative().format(n, unit) });
}

/** The API's detail as a sentence: capitalized, with its full stop. */
function sentence(text) {
  const t = String(text || '').trim();
  if (!t) return '';
  const s = t[0].toUpperCase() + t.slice(1);
  return /[.!?]$/.test(s) ? s : `${s}.`;
}

/**
 * What to do next, for the refusals a person can act on, after the API's
 * (English) sentence; the reader's words say it already in another language.
 */
const NEXT_STEPS = {
  seat_limit_reached: 'Free a seat by revoking a pending invitation or deactivating a user, then try again.',
  precondition_failed: 'Someone else changed this user meanwhile; what you see now is the latest.',
  forbidden: 'Ask the account owner if you need this.',
};

/**
 * An error (ApiError or any other) as sentences a person can act on. In
 * English, the API's own sentence (a `429`'s names the limit and the wait)
 * with what to do next; in another language, the reader's words for its code
 * (say.js). A user whose access ended is said in the pages' words in every
 * language, with how to give access again.
 */
export function describe(error) {
  if (!error || error.status === undefined) return problem(error);
  if (error.code === 'access_ended') return `${problem(error)} ${t('next.access_ended')}`;
  if (locale() !== 'en') return problem(error);
  return [sentence(error.message), NEXT_STEPS[error.code]].filter(Boolean).join(' ');
}

/**
 * Why a sign-in did not complete, by code: the OAuth 2.0 errors of the
 * authorization and token endpoints (RFC 6749, 4.1.2.1 and 5.2), and the
 * return page's own findings. The page never shows the answer's own text: a
 * link to it can carry any words (`error_description`) on Roster's origin.
 */
const SIGN_IN_ERRORS = [
  'invalid_request', 'unauthorized_client', 'access_denied', 'unsupported_response_type', 'invalid_scope',
  'server_error', 'temporarily_unavailable', 'invalid_grant', 'invalid_client', 'unsupported_grant_type',
  'not_started_here', 'no_code', 'unreachable',
];

/** A failed sign-in in words; a generic sentence for a code not listed. */
export function signInFailure(code) {
  const why = t(`signIn.error.${SIGN_IN_ERRORS.includes(code) ? code : 'other'}`);
  return t('signIn.failed', { why });
}

/** When a user last used the account ("42 days ago"), or "never". */
export function lastActive(value, now = Date.now()) {
  if (!value) return t('lastActive.never');
  const ago = Math.max(0, now - new Date(value));
  if (ago >= 24 * HOUR) return relative().format(-Math.floor(ago / (24 * HOUR)), 'day');
  if (ago >= HOUR) return relative().format(-Math.floor(ago / HOUR), 'hour');
  return relative().format(-Math.floor(ago / 60000), 'minute');
}

/** Why a user does not hold a permission (the review's `reason`, as /authorize's), after "no: ". */
export const REASONS = worded(
  ['not_a_member', 'deactivated', 'access_ended', 'mfa_required', 'not_in_role', 'withheld', 'list_not_in_scope'],
  (r) => `lacks.${r}`,
);

/**
 * A permission as a user holds it, in words: "yes"; "yes, only lists a, b";
 * held on some lists only, when no list was asked about: "only lists a, b";
 * else "no: " and why ("no: withheld", "no: only lists a").
 */
export function heldInWords({ allowed, reason, list_ids: lists }, listAsked) {
  const onLists = lists ? t('held.onLists', { lists: lists.join(', ') }) : '';
  if (allowed) return lists ? t('held.yesOn', { lists: onLists }) : t('held.yes');
  if (reason === 'list_not_in_scope' && lists) return listAsked ? t('held.no', { why: onLists }) : onLists;
  return t('held.no', { why: REASONS[reason] ?? reason });
}

/** A span of seconds in the largest unit that holds it whole ("90 days", "3 seconds"). */
export function duration(seconds) {
  const [unit, size] = [['day', 86400], ['hour', 3600], ['minute', 60], ['second', 1]]
    .find(([, s]) => seconds % s === 0);
  return new Intl.NumberFormat(locale(), { style: 'unit', unit, unitDisplay: 'long' }).format(seconds / size);
}
