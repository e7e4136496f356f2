// <roster-accounts> : Your accounts (from /me), with your role and what it
// lets you do in each, and Create an account; after leaving an account,
// which one was left (in the reader's language, as Account settings said it).

import { RosterElement, define } from './base.js';
import { get, post } from '../js/api.js';
import { page } from '../js/config.js';
import { STATUSES, permissionName, roleName } from '../js/words.js';
import { t } from '../js/say.js';
import { alertRegion, clearErrors, failed, field, h, showError, uid } from '../js/ui.js';
import { LEFT } from './settings/leave-section.js';

class RosterAccounts extends RosterElement {
  static localized = true;

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
      : h('p', {}, t('accounts.none'));
    this.render(
      left ? h('p', { class: 'notice', role: 'status' }, t('leave.done', { account: left })) : null,
      h('section', { 'aria-label': t('accounts.title') }, list),
      this.createForm(),
    );
  }

  card(account, justJoined) {
    const links = [];
    if (account.permissions.includes('users:manage')) {
      links.push(h('a', { href: page('users.html', { account: account.account_id }) }, t('accounts.users', { account: account.name })));
    }
    if (account.permissions.includes('partner:tools') || account.permissions.includes('account:edit')) {
      links.push(h('a', { href: page('partner-access.html', { account: account.account_id }) }, t('accounts.partner', { account: account.name })));
    }
    // The owner's settings; for anyone else, where to leave.
    links.push(h('a', { href: page('settings.html', { account: account.account_id }) }, t('accounts.settings', { account: account.name })));
    const titleId = uid('account');
    return h('li', { class: justJoined ? 'card joined' : 'card', 'aria-labelledby': titleId },
      h('h3', { id: titleId }, account.name),
      justJoined ? h('p', { class: 'notice', role: 'status' }, t('accounts.welcome', { account: account.name, role: roleName(account.role) })) : null,
      h('p', {}, [roleName(account.role), account.kind === 'partner' ? t('accounts.partnerAgency') : '', STATUSES[account.status]]
        .filter(Boolean).join(' · ')),
      account.permissions.length
        ? h('details', {}, h('summary', {}, t('accounts.canDo')),
          h('ul', {}, account.permissions.map((p) => h('li', {}, permissionName(p)))))
        : h('p', { class: 'hint' }, t('accounts.deactivated')),
      links.length ? h('p', { class: 'links' }, links) : null);
  }

  createForm() {
    const name = h('input', { type: 'text', name: 'name', required: true, autocomplete: 'organization', 'data-label': 'The name' });
    const kind = h('select', { name: 'kind' },
      h('option', { value: 'standard' }, t('accounts.kindStandard')),
      h('option', { value: 'partner' }, t('accounts.kindPartner')));
    const alert = alertRegion();
    const titleId = uid('title');
    const form = h('form', { class: 'stack', 'aria-labelledby': titleId },
      h('h2', { id: titleId }, t('accounts.create')),
      field(t('name.label'), name),
      field(t('accounts.kind'), kind),
      alert,
      h('div', { class: 'buttons' }, h('button', { type: 'submit', class: 'primary' }, t('accounts.createButton'))));
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
