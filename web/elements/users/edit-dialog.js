// Edit: a user's role, limits and end of access (user-fields.js), read when
// the dialog opens and saved with `If-Match`, so that no one's change is
// lost: when someone else changed the user meanwhile (412), the dialog and
// the row show the user as it is now, and the owner makes the change again on
// purpose.

import { get, patch, path } from '../../js/api.js';
import { roles } from '../../js/roles.js';
import { t } from '../../js/say.js';
import { STATUSES, limitsOf, roleName, until } from '../../js/words.js';
import { alertRegion, clearErrors, h, modal, showError } from '../../js/ui.js';
import { readUserFields, userFields } from './user-fields.js';

/**
 * Opens Edit for `user` of `host`'s account. `host` gives `accountId` and
 * `signal`, `warn(error)`, `announce(text)` and `table` (its users table).
 */
export async function openEdit(host, user) {
  const { signal } = host;
  const userPath = path('accounts', host.accountId, 'users', user.id);
  let current;
  let catalog;
  try {
    [current, catalog] = await Promise.all([get(userPath, { signal }), roles(signal)]);
  } catch (error) {
    host.warn(error);
    return;
  }
  const alert = alertRegion();
  const save = h('button', { type: 'submit', class: 'primary' }, t('users.edit.save'));
  const cancel = h('button', { type: 'button' }, t('common.cancel'));
  const fields = h('div', {}, userFields(catalog, current.body));
  const form = h('form', { class: 'stack' }, fields, alert, h('div', { class: 'buttons' }, save, cancel));
  const dialog = modal(t('users.edit.title', { email: user.email }), form, { signal });
  cancel.addEventListener('click', dialog.close);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form, alert);
    save.disabled = true;
    try {
      const saved = await patch(userPath, readUserFields(form, current.body), { etag: current.etag, signal });
      dialog.close();
      host.table.replaceRow(user.id, saved.body);
      host.publish('user-changed', { user: saved.body });
      const { role, access_until: ends } = saved.body;
      const details = [roleName(role), limitsOf(saved.body), ends ? until(ends) : ''].filter(Boolean).join(', ');
      host.announce(t('users.edit.saved', { email: user.email, details }));
    } catch (error) {
      if (error.code !== 'precondition_failed') {
        showError(form, alert, error);
        return;
      }
      try {
        current = await fresh(host, userPath, user.id);
      } catch (readError) {
        showError(form, alert, readError);
        return;
      }
      if (current) fields.replaceChildren(userFields(catalog, current.body));
      alert.textContent = current
        ? t('users.edit.changed', {
          email: user.email, role: roleName(current.body.role), status: STATUSES[current.body.status].toLowerCase(),
        })
        : t('users.edit.deleted', { email: user.email });
      save.hidden = !current?.body.actions.includes('change_role');
    } finally {
      save.disabled = false;
    }
  });
  form.querySelector('input:checked')?.focus();
}

/** The user as it is now (null when gone), shown in its row too. */
async function fresh(host, userPath, userId) {
  try {
    const latest = await get(userPath, { signal: host.signal });
    host.table.replaceRow(userId, latest.body);
    return latest;
  } catch (error) {
    if (error.status !== 404) throw error;
    host.table.replaceRow(userId, null);
    return null;
  }
}
