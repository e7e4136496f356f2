// <roster-activity account-id="..." page-size="20"> : the account's audit
// trail, newest first, a page at a time.

import { RosterElement, define } from './base.js';
import { get, path } from '../js/api.js';
import { AUDIT_ACTIONS, STATUSES, roleName, when } from '../js/words.js';
import { alertRegion, failed, h, tell, uid } from '../js/ui.js';

const standing = (s) => (s ? `${roleName(s.role)}, ${STATUSES[s.status]?.toLowerCase() ?? s.status}` : '');

// A bounce or complaint changes no standing: its reason is the news.
function change({ before, after, reason }) {
  if (reason) return reason;
  if (before && after) return `${standing(before)} → ${standing(after)}`;
  return standing(after) || standing(before);
}

class RosterActivity extends RosterElement {
  static shadow = true;

  get pageSize() {
    return Number(this.getAttribute('page-size')) || 20;
  }

  async load() {
    this.tbody = h('tbody');
    this.more = h('div', { class: 'more' });
    this.alert = alertRegion();
    const captionId = uid('caption');
    this.render(
      h('div', { class: 'table-scroll', role: 'region', 'aria-labelledby': captionId, tabindex: '0' },
        h('table', { class: 'activity' },
          h('caption', { id: captionId }, 'What changed in this account, newest first'),
          h('thead', {}, h('tr', {}, ['When', 'Who', 'What', 'About', 'Change'].map((c) => h('th', { scope: 'col' }, c)))),
          this.tbody)),
      this.alert,
      this.more,
    );
    try {
      await this.nextPage(null);
    } catch (error) {
      failed(this, error, () => this.reload());
    }
  }

  async nextPage(cursor) {
    const query = `?limit=${this.pageSize}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const { body } = await get(path('accounts', this.accountId, 'audit-events') + query, { signal: this.signal });
    this.tbody.append(...body.events.map((e) => h('tr', {},
      h('td', { 'data-label': 'When' }, h('time', { datetime: e.at }, when(e.at))),
      h('td', { 'data-label': 'Who' }, e.actor.type === 'system' ? 'Roster' : (e.actor.email ?? e.actor.sub)),
      h('td', { 'data-label': 'What' }, AUDIT_ACTIONS[e.action] ?? e.action),
      h('td', { 'data-label': 'About' }, e.target?.email ?? ''),
      h('td', { 'data-label': 'Change' }, change(e)))));
    if (!body.events.length && !cursor) {
      this.tbody.append(h('tr', {}, h('td', { colspan: '5' }, 'Nothing has happened yet.')));
    }
    const older = h('button', {
      type: 'button',
      onClick: async () => {
        older.disabled = true;
        try {
          await this.nextPage(body.next_cursor);
          // The new rows are below: keep the keyboard where the reading goes on.
          this.tbody.lastElementChild?.scrollIntoView({ block: 'nearest' });
        } catch (error) {
          tell(this.alert, error);
          older.disabled = false;
        }
      },
    }, 'Show older events');
    this.more.replaceChildren(body.next_cursor ? older : h('p', { class: 'hint' }, 'That is everything.'));
    if (cursor && body.next_cursor) older.focus();
  }
}

define('roster-activity', RosterActivity);
