// <roster-accounts> : Your accounts (from /me), with your role and what it
// lets you do in each, and Create an account; after leaving an account,
// which one was left (in the reader's language, as Account settings said it).

import { RosterElement, define } from './base.js';
import { get, post } from '../js/api.js';
import { page } from '../js/config.js';
import { STATUSES, permissionName, roleName } from '../js/words.js';
import { locale } from '../js/locale.js';
import { t } from '../js/say.js';
import { alertRegion, clearErrors, failed, field, h, showError, uid } from '../js/ui.js';
import { LEFT } from './settings/leave-section.js';

class RosterAccounts extends RosterElement {
  async load(signal) {
    let me;
    try {
      me = (await get('/me', { signal })).body;
    } catch (error) {
      failed(this, error, () => this.reload());
      return;
    }
    const joined = new URLSearchParams(location.search).get('joined');
    const left = sessionStorage.getItem(LEFT);
    sessionStorage.removeItem(LEFT);
    const list = me.accounts.length
      ? h('ul', { class: 'cards' }, me.accounts.map((a) => this.card(a, a.account_id === joined)))
      : h('p', {}, 'You are not a user of any account yet. Create one below, or open the link of an invitation you received.');
    this.replaceChildren(
      left ? h('p', { class: 'notice', role: 'status', lang: locale() }, t('leave.done', { account: left })) : null,
      h('section', { 'aria-label': 'Your accounts' }, list),
      this.createForm(),
    );
  }

  card(account, justJoined) {
    const links = [];
    if (account.permissions.includes('users:manage')) {
      links.push(h('a', { href: page('users.html', { account: account.account_id }) }, `Manage users of ${account.name}`));
    }
    if (account.permissions.includes('partner:tools') || account.permissions.includes('account:edit')) {
      links.push(h('a', { href: page('partner-access.html', { account: account.account_id }) }, `Partner access of ${account.name}`));
    }
    // The owner's settings; for anyone else, where to leave.
    links.push(h('a', { href: page('settings.html', { account: account.account_id }) }, `Account settings of ${account.name}`));
    const titleId = uid('account');
    return h('li', { class: justJoined ? 'card joined' : 'card', 'aria-labelledby': titleId },
      h('h3', { id: titleId }, account.name),
      justJoined ? h('p', { class: 'notice', role: 'status' }, `Welcome! You joined ${account.name} as ${roleName(account.role)}.`) : null,
      h('p', {}, `${roleName(account.role)}${account.kind === 'partner' ? ' · partner agency' : ''} · ${STATUSES[account.status]}`),
      account.permissions.length
        ? h('details', {}, h('summary', {}, 'What you can do here'),
          h('ul', {}, account.permissions.map((p) => h('li', {}, permissionName(p)))))
        : h('p', { class: 'hint' }, 'You can do nothing here while deactivated.'),
      links.length ? h('p', { class: 'links' }, links) : null);
  }

  createForm() {
    const name = h('input', { type: 'text', name: 'name', required: true, autocomplete: 'organization', 'data-label': 'The name' });
    const kind = h('select', { name: 'kind' },
      h('option', { value: 'standard' }, 'An email-marketing account'),
      h('option', { value: 'partner' }, 'A partner agency, managing clients\' accounts'));
    const alert = alertRegion();
    const titleId = uid('title');
    const form = h('form', { class: 'stack', 'aria-labelledby': titleId },
      h('h2', { id: titleId }, 'Create an account'),
      field('Account name', name),
      field('Kind', kind),
      alert,
      h('div', { class: 'buttons' }, h('button', { type: 'submit', class: 'primary' }, 'Create account')));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearErrors(form, alert);
      if (!form.reportValidity()) return;
      try {
        const { body } = await post('/accounts', { name: name.value.trim(), kind: kind.value });
        location.assign(page(body.kind === 'partner' ? 'partner-access.html' : 'users.html', { account: body.id }));
      } catch (error) {
        showError(form, alert, error);
      }
    });
    return form;
  }
}

define('roster-accounts', RosterAccounts);
