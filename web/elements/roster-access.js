// <roster-access account-id="..."> : Access review, for the account's owner.
// Every user against every permission, or "who can" do one thing (on one
// list): each cell in words (yes, only some lists, or no and why), from the
// API's review, which decides as /authorize does. The question is kept in the
// page's address (?permission=&list_id=), so a view can be shared and
// survives a reload. Each row leads to Edit on Manage users; Download as CSV
// saves the review the API answers for the same question.

import { RosterElement, define } from './base.js';
import { get, path } from '../js/api.js';
import { page } from '../js/config.js';
import { fetchCsv, saveCsv } from '../js/csv.js';
import { roles } from '../js/roles.js';
import { t } from '../js/say.js';
import { STATUSES, asList, heldInWords, lastActive, permissionInSentence, permissionName, roleName } from '../js/words.js';
import { alertRegion, failed, field, fromAddress, h, intoAddress, liveRegion, queryOf, tell, uid } from '../js/ui.js';

/** The question's names, in the page's address as in the API's query. */
const QUESTION = ['permission', 'list_id'];

/** The caption of a question about one permission ("Who can see reports on list 7"). */
function questionOf({ permission, list_id: list }) {
  const words = { permission: permissionInSentence(permission), list };
  return list ? t('access.questionOnList', words) : t('access.question', words);
}

/** Who holds the permission asked about, as a sentence. */
const whoCan = (question, emails) => (emails.length
  ? t('access.whoCan', { question, users: asList(emails) })
  : t('access.nobody', { question }));

class RosterAccess extends RosterElement {
  static localized = true;

  async load(signal) {
    try {
      this.catalog = await roles(signal);
      this.live ??= liveRegion();
      this.alert ??= alertRegion();
      this.results = h('div', {});
      const question = fromAddress(QUESTION);
      this.render(this.filters(question), this.alert, this.live, this.results);
      await this.show(question);
    } catch (error) {
      failed(this, error, () => this.reload());
    }
  }

  /** The question's form: a permission (of the API's) and a list. */
  filters(question) {
    const permission = h('select', { name: 'permission' },
      h('option', { value: '' }, t('access.everyPermission')),
      this.catalog.permissions.map(({ permission: p }) =>
        h('option', { value: p, selected: p === question.permission }, permissionName(p))));
    const list = h('input', { name: 'list_id', type: 'text', value: question.list_id, autocomplete: 'off', spellcheck: 'false' });
    const download = h('button', { type: 'button', onClick: () => this.download(download) }, t('access.download'));
    const legend = uid('legend');
    const form = h('form', { class: 'filters', 'aria-labelledby': legend },
      h('h2', { id: legend }, t('access.filters')),
      field(t('access.permission'), permission),
      field(t('access.list'), list, t('access.listHint')),
      h('div', { class: 'buttons' }, h('button', { type: 'submit', class: 'primary' }, t('access.show')), download));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const next = { permission: permission.value, list_id: list.value.trim() };
      intoAddress(next);
      try {
        await this.show(next);
      } catch (error) {
        tell(this.alert, error);
      }
    });
    return form;
  }

  /** The review's path, asking the question shown. */
  review() {
    return path('accounts', this.accountId, 'access') + queryOf(this.question);
  }

  /** Asks the API `question` and shows its answer. */
  async show(question) {
    tell(this.alert, null);
    this.question = question;
    const { body } = await get(this.review(), { signal: this.signal });
    const permissions = question.permission ? [question.permission] : this.catalog.permissions.map((p) => p.permission);
    const caption = question.permission ? questionOf(question) : t('access.everything');
    const captionId = uid('caption');
    const now = Date.now();
    const rows = body.users.map((user) => h('tr', {},
      h('th', { scope: 'row', 'data-label': t('access.user') }, h('span', { class: 'email' }, user.email)),
      h('td', { 'data-label': t('access.role') }, roleName(user.role)),
      h('td', { 'data-label': t('access.status') }, STATUSES[user.status] ?? user.status),
      h('td', { 'data-label': t('lastActive.heading') }, lastActive(user.last_active_at, now)),
      permissions.map((p) => user.permissions.find((held) => held.permission === p)).map((held) => h('td', { 'data-label': permissionName(held.permission) },
        heldInWords(held, question.list_id))),
      h('td', {}, user.role === 'owner' ? '' : h('a', {
        href: page('users.html', { account: this.accountId, edit: user.user_id }),
        'aria-label': t('access.editUser', { email: user.email }),
      }, t('access.edit')))));
    this.results.replaceChildren(
      question.permission ? h('p', { class: 'who-can' }, whoCan(caption,
        body.users.filter((u) => u.permissions[0]?.allowed).map((u) => u.email))) : '',
      h('div', { class: 'table-scroll', role: 'region', 'aria-labelledby': captionId, tabindex: '0' },
        h('table', { class: 'access' },
          h('caption', { id: captionId }, caption),
          h('thead', {}, h('tr', {},
            [t('access.user'), t('access.role'), t('access.status'), t('lastActive.heading'), ...permissions.map(permissionName)]
              .map((label) => h('th', { scope: 'col' }, label)),
            h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, t('access.edit'))))),
          h('tbody', {}, rows))));
  }

  /** The review of the question shown, as the API's CSV, saved as a file. */
  async download(button) {
    button.disabled = true;
    tell(this.alert, null);
    try {
      const parts = await fetchCsv(this.review(), { signal: this.signal });
      saveCsv(`access-${this.accountId}.csv`, parts);
      this.live.textContent = t('access.downloaded');
    } catch (error) {
      tell(this.alert, error);
    } finally {
      button.disabled = false;
    }
  }
}

define('roster-access', RosterAccess);
