// The dialogs of an end of access: Extend (a week, a month or three months
// more, each one click, or another date) for a user whose access ends, and
// Reactivate for a user whose access ended, with a new end or none.

import { patch, path, post } from '../../js/api.js';
import { t } from '../../js/say.js';
import { ACTIONS, END_PRESETS, endDate, until } from '../../js/words.js';
import { alertRegion, clearErrors, field, h, modal, showError } from '../../js/ui.js';
import { endChoices, fromDateInput, later, readEnd, rfc3339, toDateInput } from '../../js/ending.js';

/**
 * Extend for `user` of `host`'s account: each preset moves the end on from
 * the current end (from now, if that has passed) at one click; a date picked
 * moves it to the end of that day. `host` gives `accountId`, `signal`,
 * `announce(text)`, `refresh()` and `table`.
 */
export function openExtend(host, user) {
  const userPath = path('accounts', host.accountId, 'users', user.id);
  const from = new Date(Math.max(Date.now(), Date.parse(user.access_until)));
  const alert = alertRegion();
  const picker = h('input', {
    type: 'date', name: 'access_until', required: true, 'data-label': 'The end of access',
    min: toDateInput(from), value: '',
  });
  const presets = Object.entries(END_PRESETS).map(([key, label]) => {
    const to = later(from, key);
    return h('button', { type: 'button', class: 'preset', onClick: () => extend(rfc3339(to)) },
      label, ' ', h('span', { class: 'hint' }, until(to)));
  });
  const cancel = h('button', { type: 'button' }, t('common.cancel'));
  const form = h('form', { class: 'stack', novalidate: true },
    h('p', {}, t('users.extend.intro', { date: endDate(user.access_until) })),
    h('div', { class: 'buttons presets' }, presets),
    field(t('users.extend.orUntil'), picker),
    alert,
    h('div', { class: 'buttons' }, h('button', { type: 'submit', class: 'primary' }, t('users.extend.toDate')), cancel));
  const dialog = modal(t('users.extend.title', { email: user.email }), form, { signal: host.signal });
  cancel.addEventListener('click', dialog.close);

  async function extend(at) {
    clearErrors(form, alert);
    for (const button of form.querySelectorAll('button')) button.disabled = true;
    try {
      const { body } = await patch(userPath, { access_until: at }, { signal: host.signal });
      dialog.close();
      host.table.replaceRow(user.id, body);
      host.publish('user-changed', { user: body });
      host.announce(t('users.extend.done', { email: user.email, date: endDate(body.access_until) }));
    } catch (error) {
      showError(form, alert, error);
      if (error.code === 'access_ended') await host.refresh();
    } finally {
      for (const button of form.querySelectorAll('button')) button.disabled = false;
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const day = fromDateInput(picker.value);
    if (day) {
      extend(rfc3339(day));
      return;
    }
    showError(form, alert, { status: 422, errors: [{ field: 'access_until', message: 'needs a day: pick one' }] });
  });
  presets[0].focus();
}

/**
 * Reactivate for `user`, whose access ended: with a new end (a preset or a
 * date) or none.
 */
export function openReactivate(host, user) {
  const userPath = path('accounts', host.accountId, 'users', user.id);
  const alert = alertRegion();
  const send = h('button', { type: 'submit', class: 'primary' }, ACTIONS.reactivate);
  const cancel = h('button', { type: 'button' }, t('common.cancel'));
  const form = h('form', { class: 'stack', novalidate: true },
    h('p', {}, t('users.reactivate.text', { email: user.email })),
    endChoices({ legend: t('users.reactivate.legend') }),
    alert,
    h('div', { class: 'buttons' }, send, cancel));
  const dialog = modal(t('users.reactivate.title', { email: user.email }), form, { signal: host.signal });
  cancel.addEventListener('click', dialog.close);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form, alert);
    send.disabled = true;
    try {
      const end = readEnd(form) ?? null;
      const { body } = await post(`${userPath}/reactivate`, { access_until: end }, { signal: host.signal });
      dialog.close();
      host.publish('user-changed', { user: body });
      await host.refresh();
      host.announce(body.access_until
        ? t('users.reactivate.doneUntil', { email: user.email, date: endDate(body.access_until) })
        : t('users.reactivate.done', { email: user.email }));
    } catch (error) {
      showError(form, alert, error);
    } finally {
      send.disabled = false;
    }
  });
  form.querySelector('input:checked')?.focus();
}
