// Account settings: the account's name (Rename) and its seats, used of the
// limit, with the way to Manage users, where seats are freed.

import { patch, path } from '../../js/api.js';
import { page } from '../../js/config.js';
import { number, t } from '../../js/say.js';
import { field, h, liveRegion } from '../../js/ui.js';
import { refusals, section } from './parts.js';

/** The section for `host`'s account (host: accountId, account, signal, saved(account)). */
export function nameSection(host) {
  const { account } = host;
  const name = h('input', {
    type: 'text', name: 'name', required: true, maxlength: '100', autocomplete: 'organization', value: account.name,
  });
  const said = refusals();
  const live = liveRegion();
  const seats = h('p', { class: 'seats' },
    t('seats.used', { used: number(account.seats_used), limit: number(account.seat_limit) }));
  const form = h('form', { class: 'stack' },
    field(t('name.label'), name),
    said.node,
    h('div', { class: 'buttons' }, h('button', { type: 'submit', class: 'primary' }, t('name.save'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    said.clear(form);
    live.textContent = '';
    if (!form.reportValidity()) return;
    try {
      const { body } = await patch(path('accounts', host.accountId), { name: name.value }, { signal: host.signal });
      name.value = body.name;
      host.saved(body);
      live.textContent = t('name.saved', { name: body.name });
    } catch (error) {
      said.show(error, form);
    }
  });
  return section(t('name.title'), form, live,
    h('div', { class: 'seats-line' }, seats, h('a', { href: page('users.html', { account: account.id }) }, t('seats.manage'))));
}
