// <roster-settings account-id="..."> : Account settings. For the owner: the
// name and seats, language and time zone, two-step verification, and
// Transfer ownership; for anyone else: an offer of ownership made to them,
// and Leave this account. The sections are modules of their own under
// settings/; this element is their host: the account and the reader's
// membership, the current load's signal, and what is said after a reload.
// Its words are the reader's language; it draws itself again when that changes.
//
// Events (bubbling, composed): `roster-account-changed` {account} after a
// setting is saved; `roster-account-left` {account_id} once the reader left.

import { RosterElement, define } from './base.js';
import { get, isAbort, path } from '../js/api.js';
import { signIn } from '../js/auth.js';
import { problem, t } from '../js/say.js';
import { h, liveRegion } from '../js/ui.js';
import { leaveSection } from './settings/leave-section.js';
import { mfaSection } from './settings/mfa-section.js';
import { nameSection } from './settings/name-section.js';
import { offeredOwnershipSection, ownerOwnershipSection } from './settings/ownership-section.js';
import { regionSection } from './settings/region-section.js';

class RosterSettings extends RosterElement {
  static localized = true;

  async load(signal) {
    const news = this.news;
    this.news = null;
    this.live = liveRegion();
    this.render(h('p', { role: 'status' }, t('settings.loading')));
    let me;
    let account;
    try {
      [me, account] = await Promise.all([
        get('/me', { signal }).then((r) => r.body),
        // A user who may not read the account (deactivated, or without the
        // second factor it requires) may still leave it.
        get(path('accounts', this.accountId), { signal }).then((r) => r.body, (error) => {
          if (isAbort(error)) throw error;
          return { error };
        }),
      ]);
    } catch (error) {
      this.refused(error);
      return;
    }
    this.membership = me.accounts.find((a) => a.account_id === this.accountId);
    if (!this.membership) {
      this.refused(account.error ?? { status: 404, code: 'account_not_found' });
      return;
    }
    this.account = account.error ? null : account;
    if (this.membership.role === 'owner') {
      if (!this.account) {
        this.refused(account.error);
        return;
      }
      this.render(this.live,
        nameSection(this), regionSection(this), mfaSection(this), ownerOwnershipSection(this));
    } else {
      const offered = this.account ? offeredOwnershipSection(this) : null;
      this.render(...[this.live, offered, leaveSection(this)].filter(Boolean));
    }
    if (news) {
      // What was done is where the reader goes on: the button they pressed is gone.
      this.live.textContent = news;
      this.live.tabIndex = -1;
      this.live.focus();
    }
  }

  /** Only an error to show, with a way on: sign in again for a second factor, else try again. */
  refused(error) {
    if (isAbort(error)) return;
    const mfa = error?.code === 'mfa_required';
    this.render(
      h('p', { class: 'alert', role: 'alert' }, problem(error)),
      h('div', { class: 'buttons' }, mfa
        ? h('button', { type: 'button', class: 'primary', onClick: () => signIn({ returnTo: location.href, anotherAddress: true }) }, t('common.signInAgain'))
        : h('button', { type: 'button', onClick: () => this.reload() }, t('common.tryAgain'))));
  }

  /** A setting was saved: the account as it is now, told to the page. */
  saved(account) {
    this.account = account;
    this.dispatchEvent(new CustomEvent('roster-account-changed', { bubbles: true, composed: true, detail: { account } }));
  }

  /** Reads everything again (the reader's role may have changed), then says `text`. */
  refresh(text) {
    this.news = text;
    this.dispatchEvent(new CustomEvent('roster-account-changed', { bubbles: true, composed: true, detail: { account: null } }));
    this.reload();
  }
}

define('roster-settings', RosterSettings);
