// <roster-header account-id="..." current="users"> : the top of every page:
// the way home, the account's pages the signed-in person may open, who is
// signed in, and Sign out.

import { RosterElement, define } from './base.js';
import { get, isAbort } from '../js/api.js';
import { signOut, signedInAs } from '../js/auth.js';
import { page } from '../js/config.js';
import { describe } from '../js/words.js';
import { h } from '../js/ui.js';

/** The account's pages, and the permission each needs. */
const PAGES = [
  { key: 'users', file: 'users.html', label: 'Manage users', needs: ['users:manage'] },
  { key: 'partner-access', file: 'partner-access.html', label: 'Partner access', needs: ['account:edit', 'partner:tools'] },
  { key: 'activity', file: 'activity.html', label: 'Activity', needs: ['users:manage'] },
];

class RosterHeader extends RosterElement {
  async load(signal) {
    const me = signedInAs();
    const bar = h('div', { class: 'header-bar' },
      h('a', { href: page('index.html'), class: 'brand' }, 'Roster'),
      h('span', { class: 'who' }, `Signed in as ${me.email}`),
      h('button', { type: 'button', onClick: signOut }, 'Sign out'));
    this.replaceChildren(h('header', { class: 'site' }, bar));
    if (!this.accountId) return;
    try {
      const { body } = await get('/me', { signal });
      const account = body.accounts.find((a) => a.account_id === this.accountId);
      if (!account) return;
      const links = PAGES.filter((p) => p.needs.some((n) => account.permissions.includes(n)))
        .map((p) => h('li', {}, h('a', {
          href: page(p.file, { account: account.account_id }),
          'aria-current': p.key === this.getAttribute('current') ? 'page' : null,
        }, p.label)));
      this.firstChild.append(h('nav', { 'aria-label': account.name },
        h('span', { class: 'account-name' }, account.name), h('ul', {}, links)));
    } catch (error) {
      if (isAbort(error)) return;
      // Without the account's menu the page still works: say why it is missing.
      this.firstChild.append(h('p', { class: 'alert', role: 'alert' }, describe(error)));
    }
  }
}

define('roster-header', RosterHeader);
