// <roster-partner-access account-id="..."> : partner access from both sides.
// For a client account's owner: the partners' requests and the "Partner
// access enabled" switch, with a Confirm, enabled for good or until a date,
// and that date shown and moved. For a partner agency: ask a client
// for access, and create our own user in a client account that enabled it.

import { RosterElement, define } from './base.js';
import { get, path, post, put } from '../js/api.js';
import { page } from '../js/config.js';
import { endDate, endsIn, until, when } from '../js/words.js';
import { endChoices, readEnd } from '../js/ending.js';
import { alertRegion, clearErrors, failed, field, h, liveRegion, modal, showError, uid } from '../js/ui.js';

class RosterPartnerAccess extends RosterElement {
  async load(signal) {
    try {
      const { body: account } = await get(path('accounts', this.accountId), { signal });
      this.account = account;
      if (account.kind === 'partner') this.partnerSide();
      else await this.clientSide();
    } catch (error) {
      failed(this, error, () => this.reload());
    }
  }

  // The client's side: who asked, and the switch.

  async clientSide() {
    const { body: access } = await get(path('accounts', this.accountId, 'partner-access'), { signal: this.signal });
    this.live ??= liveRegion();
    this.alert ??= alertRegion();
    const on = access.enabled;
    const toggle = h('button', {
      type: 'button', role: 'switch', class: 'switch', 'aria-checked': String(on),
      onClick: () => (on ? this.turnOff(access.partner) : this.turnOn(access.requests)),
    }, h('span', { class: 'switch-track', 'aria-hidden': 'true' }), 'Partner access enabled');
    const near = on && access.until ? endsIn(access.until) : '';
    const state = on
      ? `${access.partner.name} manages this account${access.until ? ` ${until(access.until)}` : ''}: its partner managers can create their own user here.`
      : 'No partner manages this account.';
    const ending = on
      ? h('div', { class: 'buttons' },
        near ? h('p', { class: 'hint ends-in' }, `Partner access ${near}.`) : null,
        h('button', { type: 'button', onClick: () => this.moveEnd(access) }, access.until ? 'Change end date' : 'Set an end date'))
      : null;
    const requests = access.requests.length
      ? h('ul', {}, access.requests.map((r) => h('li', {},
        `${r.partner_name} asked on ${when(r.requested_at)}${r.requested_by ? ` (${r.requested_by})` : ''}.`)))
      : h('p', {}, 'No open requests.');
    const [partnerTitle, requestsTitle] = [uid('title'), uid('title')];
    this.replaceChildren(
      h('section', { class: 'stack', 'aria-labelledby': partnerTitle },
        h('h2', { id: partnerTitle }, 'Managed access by a partner agency'),
        toggle,
        h('p', {}, state),
        ending,
        this.alert,
        this.live),
      h('section', { class: 'stack', 'aria-labelledby': requestsTitle },
        h('h2', { id: requestsTitle }, 'Requests'),
        requests,
        h('p', { class: 'hint' }, `A partner agency asks with this account's id: `, h('code', {}, this.accountId))),
    );
  }

  turnOn(requests) {
    this.alert.textContent = '';
    if (!requests.length) {
      this.alert.textContent = 'No partner has asked for access. A partner agency asks first, with this account\'s id.';
      return;
    }
    const legendId = uid('legend');
    const choices = requests.map((r, i) => {
      const id = uid('partner');
      return h('div', { class: 'choice' },
        h('input', { type: 'radio', name: 'partner', value: r.partner_account_id, id, checked: i === 0 }),
        h('label', { for: id }, r.partner_name));
    });
    this.confirmForm('Enable partner access?',
      [h('fieldset', { 'aria-labelledby': legendId }, h('legend', { id: legendId }, 'Partner'), choices),
        h('p', {}, 'Its partner managers can then create their own user in this account, as Account Managers, each taking a seat.'),
        endChoices({ legend: 'Partner access ends', field: 'until' })],
      (form) => {
        const end = readEnd(form, { field: 'until' });
        return { enabled: true, partner_account_id: new FormData(form).get('partner'), ...(end ? { until: end } : {}) };
      });
  }

  /** Sets, moves or removes the end of the enabled partner's access. */
  moveEnd(access) {
    this.alert.textContent = '';
    this.confirmForm('When does partner access end?',
      [h('p', {}, access.until
        ? `${access.partner.name} manages this account until ${endDate(access.until)}. Every user it created here loses access then.`
        : `${access.partner.name} manages this account for good. With an end, every user it created here loses access then.`),
      endChoices({ legend: 'Partner access ends', field: 'until', current: access.until })],
      (form) => {
        const end = readEnd(form, { field: 'until' });
        return end === undefined ? null : { enabled: true, partner_account_id: access.partner.account_id, until: end };
      });
  }

  turnOff(partner) {
    this.alert.textContent = '';
    this.confirmForm('Turn off partner access?',
      [h('p', {}, `Every user ${partner.name} created in this account is deactivated at once.`)],
      () => ({ enabled: false }));
  }

  /** A dialog with `content`, Confirm and Cancel; Confirm sends `body(form)` (null: nothing to send). */
  confirmForm(title, content, body) {
    const alert = alertRegion();
    const cancel = h('button', { type: 'button' }, 'Cancel');
    const form = h('form', { class: 'stack' }, content, alert,
      h('div', { class: 'buttons' }, h('button', { type: 'submit', class: 'primary' }, 'Confirm'), cancel));
    const dialog = modal(title, form, { signal: this.signal });
    cancel.addEventListener('click', dialog.close);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearErrors(form, alert);
      try {
        const sent = body(form);
        if (!sent) {
          dialog.close();
          return;
        }
        const { body: access } = await put(path('accounts', this.accountId, 'partner-access'), sent, { signal: this.signal });
        dialog.close();
        await this.clientSide();
        const ends = access.until ? `, ${until(access.until)}` : '';
        this.live.textContent = access.enabled
          ? `Partner access is enabled for ${access.partner.name}${ends}.`
          : 'Partner access is turned off.';
      } catch (error) {
        showError(form, alert, error);
      }
    });
    cancel.focus();
  }

  // The partner's side: ask a client, then create our user there.

  partnerSide() {
    const client = h('input', { type: 'text', name: 'client', required: true, autocomplete: 'off', spellcheck: 'false' });
    const alert = alertRegion();
    const live = liveRegion();
    const titleId = uid('title');
    const form = h('form', { class: 'stack', 'aria-labelledby': titleId },
      h('h2', { id: titleId }, 'Manage a client\'s account'),
      h('p', {}, `Ask a client for managed access with their account id. Once their owner enables access for ${this.account.name}, create your own user in their account.`),
      field('Client account id', client, 'The client finds it on their Partner access page.'),
      alert,
      live,
      h('div', { class: 'buttons' },
        h('button', { type: 'submit', value: 'request', class: 'primary' }, 'Request access'),
        h('button', { type: 'submit', value: 'join' }, 'Create our user there')));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearErrors(form, alert);
      live.textContent = '';
      if (!form.reportValidity()) return;
      const clientId = client.value.trim();
      const body = { partner_account_id: this.accountId };
      try {
        if (event.submitter?.value === 'join') {
          await post(path('accounts', clientId, 'partner-access', 'users'), body);
          live.replaceChildren('You now have a user in the client\'s account, as Account Manager. ',
            h('a', { href: page('index.html', { joined: clientId }) }, 'Open your accounts'));
        } else {
          await post(path('accounts', clientId, 'partner-access', 'requests'), body);
          live.textContent = 'Request sent. The client\'s owner sees it on their Partner access page; it stays open 30 days.';
        }
      } catch (error) {
        showError(form, alert, error);
      }
    });
    this.replaceChildren(form);
  }
}

define('roster-partner-access', RosterPartnerAccess);
