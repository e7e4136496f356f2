// <roster-activity account-id="..." page-size="20"> : the account's audit
// trail, newest first, a page at a time, each event in words. Filters (the
// user it is about, who acted, the action, a span of days) are kept in the
// page's address, so a filtered view can be shared and survives a reload;
// Export CSV saves the events the filters keep (activity/export.js). How long
// events are kept is said when the account's trail has a retention.

import { RosterElement, define } from './base.js';
import { get, path } from '../js/api.js';
import { t } from '../js/say.js';
import { AUDIT_ACTIONS, STATUSES, duration, roleName, when } from '../js/words.js';
import { alertRegion, failed, fromAddress, h, liveRegion, queryOf, tell, uid } from '../js/ui.js';
import { FILTERS, apiFilters, filterForm } from './activity/filters.js';
import { exportButton } from './activity/export.js';

/** The table's headings (their keys). */
const COLUMNS = ['activity.when', 'activity.who', 'activity.what', 'activity.about', 'activity.change'];

const standing = (s) => (s ? `${roleName(s.role)}, ${STATUSES[s.status]?.toLowerCase() ?? s.status}` : '');

// A bounce or complaint changes no standing: its reason is the news.
function change({ before, after, reason }) {
  if (reason) return reason;
  if (before && after) return `${standing(before)} → ${standing(after)}`;
  return standing(after) || standing(before);
}

/** Every user of the account, page after page: the filters' choices. */
async function everyUser(accountId, signal) {
  const users = [];
  let cursor = null;
  do {
    const query = queryOf({ limit: '100', cursor });
    const { body } = await get(path('accounts', accountId, 'users') + query, { signal });
    users.push(...body.users);
    cursor = body.next_cursor;
  } while (cursor);
  return users;
}

class RosterActivity extends RosterElement {
  static shadow = true;

  static localized = true;

  get pageSize() {
    return Number(this.getAttribute('page-size')) || 20;
  }

  async load(signal) {
    this.tbody = h('tbody');
    this.more = h('div', { class: 'more' });
    this.alert = alertRegion();
    this.live = liveRegion();
    this.kept = h('p', { class: 'hint' });
    const captionId = uid('caption');
    try {
      this.filters = apiFilters(fromAddress(FILTERS));
      const form = filterForm(await everyUser(this.accountId, signal), fromAddress(FILTERS), (chosen) => {
        this.filters = apiFilters(chosen);
        this.showFirstPage();
      });
      this.render(
        form,
        h('div', { class: 'toolbar', part: 'toolbar' }, this.kept, exportButton(this)),
        this.live,
        h('div', { class: 'table-scroll', role: 'region', 'aria-labelledby': captionId, tabindex: '0' },
          h('table', { class: 'activity' },
            h('caption', { id: captionId }, t('activity.caption')),
            h('thead', {}, h('tr', {}, COLUMNS.map((c) => h('th', { scope: 'col' }, t(c))))),
            this.tbody)),
        this.alert,
        this.more,
      );
      await this.nextPage(null);
    } catch (error) {
      failed(this, error, () => this.reload());
    }
  }

  /** The trail's path with the filters chosen, for a page or the export. */
  trail(extra = {}) {
    return path('accounts', this.accountId, 'audit-events') + queryOf({ ...extra, ...this.filters });
  }

  /** Shows the first page the filters keep, in place of what is shown. */
  async showFirstPage() {
    tell(this.alert, null);
    try {
      this.tbody.replaceChildren();
      await this.nextPage(null);
    } catch (error) {
      tell(this.alert, error);
    }
  }

  async nextPage(cursor) {
    const { body } = await get(this.trail({ limit: String(this.pageSize), cursor }), { signal: this.signal });
    this.kept.textContent = body.retention_seconds ? t('activity.kept', { span: duration(body.retention_seconds) }) : '';
    this.tbody.append(...body.events.map((e) => h('tr', {},
      h('td', { 'data-label': t('activity.when') }, h('time', { datetime: e.at }, when(e.at))),
      h('td', { 'data-label': t('activity.who') }, e.actor.type === 'system' ? t('activity.system') : (e.actor.email ?? e.actor.sub)),
      h('td', { 'data-label': t('activity.what') }, AUDIT_ACTIONS[e.action] ?? e.action),
      h('td', { 'data-label': t('activity.about') }, e.target?.email ?? ''),
      h('td', { 'data-label': t('activity.change') }, change(e)))));
    if (!body.events.length && !cursor) {
      const none = Object.values(this.filters).some(Boolean) ? t('activity.noMatch') : t('activity.nothingYet');
      this.tbody.append(h('tr', {}, h('td', { colspan: '5' }, none)));
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
    }, t('activity.older'));
    this.more.replaceChildren(body.next_cursor ? older : h('p', { class: 'hint' }, t('activity.everything')));
    if (cursor && body.next_cursor) older.focus();
  }

  /** Says what was done, politely. */
  announce(text) {
    this.live.textContent = text;
  }

  warn(error) {
    tell(this.alert, error);
  }
}

define('roster-activity', RosterActivity);
