// Add new user: the address, the role and the limits (user-fields.js), the
// questions on the way ("Already invited", "This address bounced"), then
// Invite sent! with the link, shown this once, and Copy URL.

import { path, post } from '../../js/api.js';
import { roles } from '../../js/roles.js';
import { t } from '../../js/say.js';
import { endDate, roleName, when } from '../../js/words.js';
import { alertRegion, clearErrors, confirm, copy, field, h, liveRegion, modal, showError } from '../../js/ui.js';
import { readUserFields, userFields } from './user-fields.js';

/**
 * Opens Add new user for `host`'s account. `host` gives `accountId` and
 * `signal`, `warn(error)`, `announce(text)` and `refresh()` (the seats and
 * users read again).
 */
export async function openInvite(host) {
  const { signal } = host;
  let catalog;
  try {
    catalog = await roles(signal);
  } catch (error) {
    host.warn(error);
    return;
  }
  const email = h('input', {
    type: 'email', name: 'email', required: true, autocomplete: 'off', 'data-label': 'The address',
  });
  const alert = alertRegion();
  const send = h('button', { type: 'submit', class: 'primary' }, t('users.invite.send'));
  const cancel = h('button', { type: 'button' }, t('common.cancel'));
  const form = h('form', { class: 'stack', novalidate: true },
    field(t('users.invite.email'), email, t('users.invite.emailHint')),
    userFields(catalog, null),
    alert,
    h('div', { class: 'buttons' }, send, cancel));
  const dialog = modal(t('users.add'), form, { signal });
  cancel.addEventListener('click', dialog.close);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    // The API checks the fields (novalidate): its messages go next to them.
    send.disabled = true;
    try {
      await invite(host, form, dialog, alert);
    } finally {
      send.disabled = false;
    }
  });
  email.focus();
}

/** Sends the invitation; `flags` are what the owner confirmed on the way. */
async function invite(host, form, dialog, alert, flags = {}) {
  const { signal } = host;
  clearErrors(form, alert);
  const address = new FormData(form).get('email').trim();
  try {
    const body = { email: address, ...readUserFields(form), ...flags };
    const issued = await post(path('accounts', host.accountId, 'users'), body, { signal });
    dialog.close();
    host.publish('user-invited', { user: issued.body.user });
    await host.refresh();
    inviteSent(host, issued.body);
  } catch (error) {
    if (error.code === 'invitation_pending' && !flags.replace_pending) {
      const again = await confirm(
        t('users.invite.pending'),
        t('users.invite.pendingText', { email: address }),
        t('users.invite.continue'),
        { signal },
      );
      if (again) await invite(host, form, dialog, alert, { ...flags, replace_pending: true });
      return;
    }
    if (error.code === 'recipient_suppressed' && error.suppression === 'bounced' && !flags.override_bounce) {
      const again = await confirm(
        t('users.invite.bounced'),
        t('users.invite.bouncedText', { email: address }),
        t('users.invite.sendAnyway'),
        { signal },
      );
      if (again) await invite(host, form, dialog, alert, { ...flags, override_bounce: true });
      return;
    }
    showError(form, alert, error);
  }
}

/** Invite sent!, after an invitation or a resend: the link (shown this once) and Copy URL. */
export function inviteSent(host, { user, invite_url: url, email }) {
  const link = h('input', { type: 'text', readonly: true, value: url, class: 'link' });
  const status = liveRegion();
  const copyButton = h('button', { type: 'button', class: 'primary' }, t('users.sent.copy'));
  const done = h('button', { type: 'button' }, t('users.sent.done'));
  const mailed = email?.status === 'failed'
    ? h('p', { class: 'alert', role: 'alert' },
      t('users.sent.failed', { email: user.email }))
    : h('p', {}, t('users.sent.emailed', { email: user.email, role: roleName(user.role), date: when(user.expires_at) }),
      user.access_until ? ` ${t('users.sent.ends', { date: endDate(user.access_until) })}` : '');
  const { close } = modal(t('users.sent.title'), [
    mailed,
    field(t('users.sent.link'), link, t('users.sent.linkHint')),
    status,
    h('div', { class: 'buttons' }, copyButton, done),
  ], { signal: host.signal });
  copyButton.addEventListener('click', async () => {
    status.textContent = (await copy(url, link)) ? t('users.sent.copied') : t('users.sent.copyYourself');
  });
  done.addEventListener('click', close);
  host.announce(t('users.sent.told', { email: user.email }));
  copyButton.focus();
}
