// The items of a row's menu: Edit and Extend open their dialogs, resend shows
// the new link (Invite sent!), reactivate acts at once (or, for a user whose
// access ended, asks for a new end), and revoke, deactivate and delete ask
// first, on what the row shows.

import { del, path, post } from '../../js/api.js';
import { t } from '../../js/say.js';
import { ACTIONS } from '../../js/words.js';
import { confirm } from '../../js/ui.js';
import { openEdit } from './edit-dialog.js';
import { inviteSent } from './invite-dialog.js';
import { openExtend, openReactivate } from './end-dialogs.js';

/**
 * The actions that nothing can undo, which ask first: each asks its question
 * about the user (`users-<action>-title` and `-text`), is confirmed by its
 * menu item's words and says when it is done (`-done`).
 */
const ASKING = ['revoke', 'deactivate', 'delete'];

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
    await change(host, user, action, t('users.reactivate.done', { email: user.email }));
  } else if (ASKING.includes(action)) {
    const words = (part) => t(`users.${action}.${part}`, { email: user.email });
    if (await confirm(words('title'), words('text'), ACTIONS[action], { danger: true, signal: host.signal })) {
      await change(host, user, action, words('done'));
    }
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
