// The users of Manage users, a page at a time: a row per user with its role,
// limits, status (with when its access ends, or why it is deactivated) and
// invitation email and when it was last active, each row's menu built from
// the user's `actions` (and Extend where its access ends and it may be
// changed), and Show more users for the next page. Last active's heading
// sorts the rows shown by it.

import { get, path } from '../../js/api.js';
import { t } from '../../js/say.js';
import { ACTIONS, DEACTIVATED_REASONS, DELIVERY, STATUSES, endDate, endsIn, lastActive, limitsOf, roleName, when } from '../../js/words.js';
import { h, menuButton, uid } from '../../js/ui.js';

/** Users shown per page. */
const PAGE_SIZE = 50;

/**
 * What became of a user's invitation email: a badge, and the reason under it
 * (a bounce's diagnostic, say), so a mistyped address shows here.
 */
function deliveryCell(delivery) {
  if (!delivery) return h('span', { class: 'hint' }, t('users.none'));
  return [h('span', { class: `badge delivery delivery-${delivery.status}` }, DELIVERY[delivery.status] ?? delivery.status),
    delivery.detail ? h('span', { class: 'hint delivery-detail' }, delivery.detail) : null];
}

/**
 * A user's status; for a pending invitation, until when its link works; for
 * a deactivated user, why; for a user whose access ends, when
 * ("Access until Fri, Dec 12"), and how soon when near ("ends in 2 days").
 */
function statusCell(u) {
  const now = Date.now();
  const ends = u.access_until && (u.status === 'active' || u.status === 'pending');
  const near = ends ? endsIn(u.access_until, now) : '';
  return [h('span', { class: `status status-${u.status}` }, STATUSES[u.status] ?? u.status),
    u.status === 'pending' && u.expires_at ? h('span', { class: 'hint' }, ` ${t('users.pendingUntil', { date: when(u.expires_at) })}`) : null,
    u.status === 'deactivated' && u.deactivated_reason
      ? h('span', { class: 'hint reason' }, DEACTIVATED_REASONS[u.deactivated_reason] ?? u.deactivated_reason)
      : null,
    ends
      ? h('span', { class: 'ending' },
        h('span', { class: 'badge access-until' }, t('users.accessUntil', { date: endDate(u.access_until, now) })),
        near ? h('span', { class: 'hint ends-in' }, ` ${near}`) : null)
      : null];
}

/** The menu of `user`: its actions, and Extend after Edit where its access ends. */
function actionsOf(user) {
  const extendable = user.access_until && user.status === 'active' && user.actions.includes('change_role');
  return user.actions.flatMap((action) => (action === 'change_role' && extendable ? [action, 'extend'] : [action]));
}

/** The columns: a heading (its key) and what a user shows under it. */
const COLUMNS = [
  {
    label: 'users.email',
    cell: (u) => [h('span', { class: 'email' }, u.email),
      u.partner_account_id ? h('span', { class: 'badge' }, t('users.partner')) : null],
  },
  { label: 'users.role', cell: (u) => roleName(u.role) },
  { label: 'users.limits', cell: (u) => limitsOf(u) || h('span', { class: 'hint' }, u.role === 'owner' ? '' : t('users.none')) },
  { label: 'users.status', cell: (u) => statusCell(u) },
  { label: 'users.delivery', cell: (u) => deliveryCell(u.delivery) },
  { label: 'lastActive.heading', cell: (u) => lastActive(u.last_active_at), sorts: true },
];

/** When `user` was last active, for sorting: never is before any time. */
const activeAt = (user) => (user.last_active_at ? Date.parse(user.last_active_at) : -Infinity);

/** The next order of a click on the sorting heading: most recent first, then oldest first, and back. */
const NEXT_ORDER = { none: 'descending', descending: 'ascending', ascending: 'descending' };

export class UsersTable {
  /**
   * The table of `host`'s account. `host` gives `accountId` and `signal`,
   * `warn(error)` for a page that could not be read, and `act(action, user)`
   * for a row's menu item.
   */
  constructor(host) {
    this.host = host;
    /** The users shown, in the API's order; `order` is how the rows show them. */
    this.users = [];
    this.order = 'none';
    this.tbody = h('tbody');
    this.more = h('div', { class: 'more' });
    const captionId = uid('caption');
    /** What the host shows: the table, scrolling sideways on its own, and the button for more. */
    this.parts = [
      h('div', { class: 'table-scroll', role: 'region', 'aria-labelledby': captionId, tabindex: '0' },
        h('table', { class: 'users' },
          h('caption', { id: captionId }, t('users.caption')),
          h('thead', {}, h('tr', {}, COLUMNS.map((c) => (c.sorts ? this.sortingHeading(t(c.label)) : h('th', { scope: 'col' }, t(c.label)))),
            h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, t('users.actions'))))),
          this.tbody)),
      this.more,
    ];
  }

  /** A heading whose button sorts the rows by last active; `aria-sort` says how they are sorted. */
  sortingHeading(label) {
    const arrow = h('span', { 'aria-hidden': 'true' });
    const heading = h('th', { scope: 'col' }, h('button', {
      type: 'button',
      class: 'sort',
      onClick: () => {
        this.order = NEXT_ORDER[this.order];
        heading.setAttribute('aria-sort', this.order);
        arrow.textContent = this.order === 'descending' ? ' ↓' : ' ↑';
        this.draw();
      },
    }, label, arrow));
    return heading;
  }

  /** Every row again, in the order chosen. */
  draw() {
    const sign = { none: 0, descending: -1, ascending: 1 }[this.order];
    const users = sign ? [...this.users].sort((a, b) => sign * Math.sign(activeAt(a) - activeAt(b) || 0)) : this.users;
    this.tbody.replaceChildren(...users.map((u) => this.row(u)));
  }

  /** Reads the page after `cursor` (the first without one). */
  async read(cursor) {
    const query = `?limit=${PAGE_SIZE}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const { body } = await get(path('accounts', this.host.accountId, 'users') + query, { signal: this.host.signal });
    return body;
  }

  /** Shows a first page in place of every row shown. */
  replace(page) {
    this.users = [];
    this.append(page);
  }

  append({ users, next_cursor: next }) {
    this.users.push(...users);
    this.draw();
    this.more.replaceChildren(next
      ? h('button', { type: 'button', onClick: () => this.nextPage(next) }, t('users.more'))
      : '');
  }

  async nextPage(cursor) {
    try {
      this.append(await this.read(cursor));
    } catch (error) {
      this.host.warn(error);
    }
  }

  row(user) {
    const items = actionsOf(user).map((action) => ({ label: ACTIONS[action] ?? action, onSelect: () => this.host.act(action, user) }));
    return h('tr', { dataset: { userId: user.id } },
      COLUMNS.map((c, i) => h(i === 0 ? 'th' : 'td', { scope: i === 0 ? 'row' : null, 'data-label': t(c.label) }, c.cell(user))),
      h('td', { class: 'actions' }, items.length
        ? menuButton(t('users.actionsFor', { email: user.email }), items)
        : h('span', { class: 'hint' }, user.role === 'owner' ? t('users.owner') : '')));
  }

  /** Puts `user` in its row (or takes the row away when it is gone). */
  replaceRow(userId, user) {
    const old = this.tbody.querySelector(`tr[data-user-id="${CSS.escape(userId)}"]`);
    if (!old) return;
    const at = this.users.findIndex((u) => u.id === userId);
    if (user) this.users[at] = user;
    else this.users.splice(at, 1);
    if (user) old.replaceWith(this.row(user));
    else old.remove();
  }
}
