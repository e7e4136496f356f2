// Add new user: the address, the role and the limits (user-fields.js), the
// questions on the way ("Already invited", "This address bounced"), then
// Invite sent! with the link, shown this once, and Copy URL.

import { path, post } from '../../js/api.js';
import { roles } from '../../js/roles.js';
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
  const send = h('button', { type: 'submit', class: 'primary' }, 'Send invitation');
  const cancel = h('button', { type: 'button' }, 'Cancel');
  const form = h('form', { class: 'stack', novalidate: true },
    field('Email address', email, 'They sign in with this address to accept.'),
    userFields(catalog, null),
    alert,
    h('div', { class: 'buttons' }, send, cancel));
  const dialog = modal('Add new user', form, { signal });
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
        'Already invited',
        `You already have a pending invitation to ${address}. Sending it again will revoke all previous invitations.`,
        'Continue',
        { signal },
      );
      if (again) await invite(host, form, dialog, alert, { ...flags, replace_pending: true });
      return;
    }
    if (error.code === 'recipient_suppressed' && error.suppression === 'bounced' && !flags.override_bounce) {
      const again = await confirm(
        'This address bounced',
        `An earlier invitation to ${address} was refused by its mail server. Check the address for a typo. If it is right, Roster can try once more.`,
        'Send anyway',
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
  const copyButton = h('button', { type: 'button', class: 'primary' }, 'Copy URL');
  const done = h('button', { type: 'button' }, 'Done');
  const mailed = email?.status === 'failed'
    ? h('p', { class: 'alert', role: 'alert' },
      `The invitation stands, but the email to ${user.email} could not be sent. Copy the link and send it yourself, or resend the invitation later.`)
    : h('p', {}, `We emailed ${user.email} an invitation as ${roleName(user.role)}, valid until ${when(user.expires_at)}.`,
      user.access_until ? ` Their access ends ${endDate(user.access_until)}.` : '');
  const { close } = modal('Invite sent!', [
    mailed,
    field('Invitation link', link, 'Shown only now. Anyone with the link can see the invitation; only the invited address can accept it.'),
    status,
    h('div', { class: 'buttons' }, copyButton, done),
  ], { signal: host.signal });
  copyButton.addEventListener('click', async () => {
    status.textContent = (await copy(url, link)) ? 'Link copied.' : 'Press Ctrl+C to copy the selected link.';
  });
  done.addEventListener('click', close);
  host.announce(`Invitation sent to ${user.email}.`);
  copyButton.focus();
}
