// <roster-partner-access account-id="..."> : partner access from both sides.
// For a client account's owner: the partners' requests and the "Partner
// access enabled" switch, with a Confirm, enabled for good or until a date,
// and that date shown and moved. For a partner agency: ask a client
// for access, and create our own user in a client account that enabled it.

import { RosterElement, define } from './base.js';
import { get, path, post, put } from '../js/api.js';
import { page } from '../js/config.js';
import { t } from '../js/say.js';
import { endDate, endsIn, until, when } from '../js/words.js';
import { endChoices, readEnd } from '../js/ending.js';
import { alertRegion, clearErrors, failed, field, h, liveRegion, modal, showError, uid } from '../js/ui.js';

class RosterPartnerAccess extends RosterElement {
  static localized = true;

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
    }, h('span', { class: 'switch-track', 'aria-hidden': 'true' }), t('partner.enabled'));
    const near = on && access.until ? endsIn(access.until) : '';
    const state = on
      ? t(access.until ? 'partner.managesUntil' : 'partner.manages', {
        partner: access.partner.name, until: access.until ? until(access.until) : '',
      })
      : t('partner.noPartner');
    const ending = on
      ? h('div', { class: 'buttons' },
        near ? h('p', { class: 'hint ends-in' }, t('partner.endsIn', { when: near })) : null,
        h('button', { type: 'button', onClick: () => this.moveEnd(access) }, t(access.until ? 'partner.changeEnd' : 'partner.setEnd')))
      : null;
    const requests = access.requests.length
      ? h('ul', {}, access.requests.map((r) => h('li', {},
        t(r.requested_by ? 'partner.askedBy' : 'partner.asked', {
          partner: r.partner_name, when: when(r.requested_at), by: r.requested_by ?? '',
        }))))
      : h('p', {}, t('partner.noRequests'));
    const [partnerTitle, requestsTitle] = [uid('title'), uid('title')];
    this.render(
      h('section', { class: 'stack', 'aria-labelledby': partnerTitle },
        h('h2', { id: partnerTitle }, t('partner.managed')),
        toggle,
        h('p', {}, state),
        ending,
        this.alert,
        this.live),
      h('section', { class: 'stack', 'aria-labelledby': requestsTitle },
        h('h2', { id: requestsTitle }, t('partner.requests')),
        requests,
        h('p', { class: 'hint' }, `${t('partner.askWithId')} `, h('code', {}, this.accountId))),
    );
  }

  turnOn(requests) {
    this.alert.textContent = '';
    if (!requests.length) {
      this.alert.textContent = t('partner.nobodyAsked');
      return;
    }
    const legendId = uid('legend');
    const choices = requests.map((r, i) => {
      const id = uid('partner');
      return h('div', { class: 'choice' },
        h('input', { type: 'radio', name: 'partner', value: r.partner_account_id, id, checked: i === 0 }),
        h('label', { for: id }, r.partner_name));
    });
    this.confirmForm(t('partner.enable'),
      [h('fieldset', { 'aria-labelledby': legendId }, h('legend', { id: legendId }, t('partner.partner')), choices),
        h('p', {}, t('partner.enableText')),
        endChoices({ legend: t('partner.ends'), field: 'until' })],
      (form) => {
        const end = readEnd(form, { field: 'until' });
        return { enabled: true, partner_account_id: new FormData(form).get('partner'), ...(end ? { until: end } : {}) };
      });
  }

  /** Sets, moves or removes the end of the enabled partner's access. */
  moveEnd(access) {
    this.alert.textContent = '';
    this.confirmForm(t('partner.whenEnds'),
      [h('p', {}, access.until
        ? t('partner.untilText', { partner: access.partner.name, date: endDate(access.until) })
        : t('partner.forGoodText', { partner: access.partner.name })),
      endChoices({ legend: t('partner.ends'), field: 'until', current: access.until })],
      (form) => {
        const end = readEnd(form, { field: 'until' });
        return end === undefined ? null : { enabled: true, partner_account_id: access.partner.account_id, until: end };
      });
  }

  turnOff(partner) {
    this.alert.textContent = '';
    this.confirmForm(t('partner.turnOff'),
      [h('p', {}, t('partner.turnOffText', { partner: partner.name }))],
      () => ({ enabled: false }));
  }

  /** A dialog with `content`, Confirm and Cancel; Confirm sends `body(form)` (null: nothing to send). */
  confirmForm(title, content, body) {
    const alert = alertRegion();
    const cancel = h('button', { type: 'button' }, t('common.cancel'));
    const form = h('form', { class: 'stack' }, content, alert,
      h('div', { class: 'buttons' }, h('button', { type: 'submit', class: 'primary' }, t('partner.confirm')), cancel));
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
        this.live.textContent = access.enabled
          ? t(access.until ? 'partner.enabledForUntil' : 'partner.enabledFor', {
            partner: access.partner.name, until: access.until ? until(access.until) : '',
          })
          : t('partner.turnedOff');
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
      h('h2', { id: titleId }, t('partner.client.title')),
      h('p', {}, t('partner.client.intro', { partner: this.account.name })),
      field(t('partner.client.id'), client, t('partner.client.idHint')),
      alert,
      live,
      h('div', { class: 'buttons' },
        h('button', { type: 'submit', value: 'request', class: 'primary' }, t('partner.client.request')),
        h('button', { type: 'submit', value: 'join' }, t('partner.client.join'))));
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
          live.replaceChildren(`${t('partner.client.joined')} `,
            h('a', { href: page('index.html', { joined: clientId }) }, t('partner.client.open')));
        } else {
          await post(path('accounts', clientId, 'partner-access', 'requests'), body);
          live.textContent = t('partner.client.requested');
        }
      } catch (error) {
        showError(form, alert, error);
      }
    });
    this.render(form);
  }
}

define('roster-partner-access', RosterPartnerAccess);
