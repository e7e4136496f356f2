// The items of a row's menu: Edit and Extend open their dialogs, resend shows
// the new link (Invite sent!), reactivate acts at once (or, for a user whose
// access ended, asks for a new end), and revoke, deactivate and delete ask
// first, on what the row shows.

import { del, path, post } from '../../js/api.js';
import { confirm } from '../../js/ui.js';
import { openEdit } from './edit-dialog.js';
import { inviteSent } from './invite-dialog.js';
import { openExtend, openReactivate } from './end-dialogs.js';

/** The question each action that nothing can undo asks, about `email`. */
const QUESTIONS = {
  revoke: (email) => ({
    title: 'Revoke invitation?',
    text: `The link sent to ${email} stops working at once. You can send a new invitation later.`,
    label: 'Revoke invitation',
    done: `The invitation to ${email} is revoked.`,
  }),
  deactivate: (email) => ({
    title: `Deactivate ${email}?`,
    text: `${email} loses access to this account at once. You can reactivate them later while a seat is free.`,
    label: 'Deactivate',
    done: `${email} is deactivated.`,
  }),
  delete: (email) => ({
    title: `Delete ${email}?`,
    text: `${email} is removed from this account for good. This cannot be undone; the activity keeps what happened.`,
    label: 'Delete',
    done: `${email} is deleted.`,
  }),
};

/**
 * Does `action` (one of the user's `actions`) to `user` of `host`'s account.
 * `host` gives `accountId` and `signal`, `warn(error)`, `announce(text)`,
 * `refresh()` and `table`.
 */
export async function act(host, action, user) {
  if (action === 'change_role') {
    await openEdit(host, user);
  } else if (action === 'resend') {
    await resend(host, user);
  } else if (action === 'extend') {
    openExtend(host, user);
  } else if (action === 'reactivate' && user.deactivated_reason === 'access_ended') {
    openReactivate(host, user);
  } else if (action === 'reactivate') {
    await change(host, user, action, `${user.email} is active again.`);
  } else if (QUESTIONS[action]) {
    const { title, text, label, done } = QUESTIONS[action](user.email);
    if (await confirm(title, text, label, { danger: true, signal: host.signal })) await change(host, user, action, done);
  }
}

/** One action on one user, then the seats and users read again. */
async function change(host, user, action, done) {
  host.warn(null);
  const userPath = path('accounts', host.accountId, 'users', user.id);
  const options = { signal: host.signal };
  try {
    if (action === 'delete') {
      await del(userPath, options);
      host.publish('user-removed', { user_id: user.id, email: user.email });
    } else {
      const { body } = await post(`${userPath}/${action}`, undefined, options);
      host.publish('user-changed', { user: body });
    }
    host.announce(done);
  } catch (error) {
    host.warn(error);
  }
  await host.refresh();
}

async function resend(host, user) {
  host.warn(null);
  try {
    const { body } = await post(`${path('accounts', host.accountId, 'users', user.id)}/resend`, undefined, { signal: host.signal });
    host.publish('user-changed', { user: body.user });
    await host.refresh();
    inviteSent(host, body);
  } catch (error) {
    host.warn(error);
    await host.refresh();
  }
}
