// <roster-header account-id="..." current="users"> : the top of every page:
// the way home, the account's pages the signed-in person may open, who is
// signed in, the language of the pages, and Sign out; and, for an account
// whose requirement of a second factor this sign-in does not meet, a banner
// saying what to do (header/second-factor.js). Its words are the reader's
// language (say.js); it draws itself again when that changes.

import { RosterElement, define } from './base.js';
import { get, isAbort } from '../js/api.js';
import { signOut, signedInAs } from '../js/auth.js';
import { page } from '../js/config.js';
import { LOCALE_CHANGED, locale } from '../js/locale.js';
import { problem, t } from '../js/say.js';
import { h } from '../js/ui.js';
import { secondFactorBanner } from './header/second-factor.js';
import { languageSwitch } from './language-switch.js';

/** The account's pages, and the permissions that open each (none: any user of it). */
const PAGES = [
  { key: 'users', file: 'users.html', needs: ['users:manage'] },
  { key: 'partner-access', file: 'partner-access.html', needs: ['account:edit', 'partner:tools'] },
  { key: 'activity', file: 'activity.html', needs: ['users:manage'] },
  { key: 'access', file: 'access.html', needs: ['users:manage'] },
  // The owner's settings, and for anyone else the way to leave.
  { key: 'settings', file: 'settings.html', needs: null },
];

class RosterHeader extends RosterElement {
  connectedCallback() {
    this.redraw ??= () => this.reload();
    document.addEventListener(LOCALE_CHANGED, this.redraw);
    // A rename, or a new role, shows in the account's menu at once.
    document.addEventListener('roster-account-changed', this.redraw);
    super.connectedCallback();
  }

  disconnectedCallback() {
    document.removeEventListener(LOCALE_CHANGED, this.redraw);
    document.removeEventListener('roster-account-changed', this.redraw);
    super.disconnectedCallback();
  }

  async load(signal) {
    const me = signedInAs();
    // Drawn again in another language: the switcher keeps the keyboard.
    const switching = document.activeElement?.matches?.('roster-header select.language') && this.contains(document.activeElement);
    this.lang = locale();
    const languages = languageSwitch();
    const bar = h('div', { class: 'header-bar' },
      h('a', { href: page('index.html'), class: 'brand' }, 'Roster'),
      h('span', { class: 'who' }, t('header.signedInAs', { email: me.email })),
      languages,
      h('button', { type: 'button', onClick: signOut }, t('header.signOut')));
    this.render(h('header', { class: 'site' }, bar));
    if (switching) languages.querySelector('select').focus();
    if (!this.accountId) return;
    try {
      const { body } = await get('/me', { signal });
      const account = body.accounts.find((a) => a.account_id === this.accountId);
      if (!account) return;
      const links = PAGES.filter((p) => !p.needs || p.needs.some((n) => account.permissions.includes(n)))
        .map((p) => h('li', {}, h('a', {
          href: page(p.file, { account: account.account_id }),
          'aria-current': p.key === this.getAttribute('current') ? 'page' : null,
        }, t(`nav.${p.key}`))));
      this.firstChild.append(h('nav', { 'aria-label': account.name },
        h('span', { class: 'account-name' }, account.name), h('ul', {}, links)));
      const banner = secondFactorBanner(account);
      if (banner) this.firstChild.append(banner);
    } catch (error) {
      if (isAbort(error)) return;
      // Without the account's menu the page still works: say why it is missing.
      this.firstChild.append(h('p', { class: 'alert', role: 'alert' }, problem(error)));
    }
  }
}

define('roster-header', RosterHeader);
