// <roster-users account-id="..."> : Manage users, for the account's owner.
// The seats in use and Add new user above the users table. The parts are
// modules of their own under users/: the table (users-table.js), Add new user
// and Invite sent! (invite-dialog.js), Edit (edit-dialog.js) and the rows'
// actions with their confirmations (user-actions.js); this element is their
// host: the account, the current load's signal, and where news is told.
// An address with `&edit=<user id>` (Access review's rows link so) opens that
// user's Edit once the page is drawn.

import { RosterElement, define } from './base.js';
import { get, path } from '../js/api.js';
import { roles } from '../js/roles.js';
import { t } from '../js/say.js';
import { STATUSES } from '../js/words.js';
import { alertRegion, failed, fromAddress, h, intoAddress, liveRegion, tell } from '../js/ui.js';
import { openInvite } from './users/invite-dialog.js';
import { act } from './users/user-actions.js';
import { UsersTable } from './users/users-table.js';

/** Why `user` has no Edit: the owner, or a status that does not offer it. */
const notEditable = ({ email, role, status }) => (role === 'owner'
  ? t('users.notEditableOwner', { email })
  : t('users.notEditable', { email, status: STATUSES[status]?.toLowerCase() ?? status }));

class RosterUsers extends RosterElement {
  static shadow = true;

  static localized = true;

  async load() {
    this.live ??= liveRegion();
    this.alert ??= alertRegion();
    this.seats = h('p', { class: 'seats' });
    this.table = new UsersTable(this);
    const add = h('button', { type: 'button', class: 'primary', part: 'button primary', onClick: () => openInvite(this) }, t('users.add'));
    this.render(
      h('div', { class: 'toolbar', part: 'toolbar' }, this.seats, add),
      this.alert,
      this.live,
      ...this.table.parts,
    );
    await this.refresh();
    const { edit } = fromAddress(['edit']);
    if (edit) await this.editFromAddress(edit);
  }

  /**
   * Opens Edit for the user the address names, once: a reload after does not
   * open it again. A user whose status offers no Edit is said so.
   */
  async editFromAddress(userId) {
    intoAddress({ edit: '' });
    try {
      const { body: user } = await get(path('accounts', this.accountId, 'users', userId), { signal: this.signal });
      if (user.actions.includes('change_role')) await this.act('change_role', user);
      else this.announce(notEditable(user));
    } catch (error) {
      this.warn(error);
    }
  }

  /** Reads the seats and the first page of users again (and the roles the dialogs offer). */
  async refresh() {
    const { signal } = this;
    try {
      const [account, page] = await Promise.all([
        get(path('accounts', this.accountId), { signal }),
        this.table.read(null),
        roles(signal),
      ]);
      this.seats.textContent = t('seats.used', { used: account.body.seats_used, limit: account.body.seat_limit });
      this.table.replace(page);
    } catch (error) {
      failed(this, error, () => this.reload());
    }
  }

  /** Says what was done, politely. */
  announce(text) {
    this.live.textContent = text;
  }

  /** Says what went wrong at once; `null` takes the last word back. */
  warn(error) {
    tell(this.alert, error);
  }

  act(action, user) {
    return act(this, action, user);
  }
}

define('roster-users', RosterUsers);
