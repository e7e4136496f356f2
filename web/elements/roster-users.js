// <roster-users account-id="..."> : Manage users, for the account's owner.
// The seats in use, the table of users with each row's menu built from its
// `actions`, Add new user (then Invite sent! with Copy URL), and edit,
// resend, revoke, deactivate, reactivate and delete.

import { RosterElement } from './base.js';
import { get, patch, path, post, del } from '../js/api.js';
import {
  ACTIONS, DELIVERY, INVITABLE_ROLES, PERMISSIONS, ROLE_PERMISSIONS, ROLES, STATUSES, describe, roleName, when,
} from '../js/words.js';
import { alertRegion, clearErrors, confirm, copy, failed, field, h, liveRegion, menuButton, modal, showError, uid } from '../js/ui.js';

/** Users shown per page of the table. */
const PAGE_SIZE = 50;

/**
 * The fields an owner sets on a user, in Add new user and in Edit: the role,
 * with each role's description; the lists the user may touch (every list, or
 * only those named); and the permissions of the role the user does not get.
 */
function userFields(user) {
  const legendId = uid('legend');
  const withheld = h('div', { class: 'choices' });
  const showPermissions = (role) => {
    const kept = new Set(user?.withheld_permissions ?? []);
    for (const box of withheld.querySelectorAll('input:checked')) kept.add(box.value);
    withheld.replaceChildren(...(ROLE_PERMISSIONS[role] ?? []).map((permission) => {
      const id = uid('withheld');
      return h('div', { class: 'choice' },
        h('input', {
          type: 'checkbox', name: 'withheld_permissions', value: permission, id,
          checked: kept.has(permission), 'data-label': 'Withheld permissions',
        }),
        h('label', { for: id }, PERMISSIONS[permission]));
    }));
  };
  const choices = INVITABLE_ROLES.map((role) => {
    const id = uid('role');
    const descriptionId = `${id}-description`;
    return h('div', { class: 'choice' },
      h('input', {
        type: 'radio', name: 'role', value: role, id, required: true,
        checked: user?.role === role, 'aria-describedby': descriptionId,
        onChange: () => showPermissions(role),
      }),
      h('label', { for: id }, ROLES[role].name),
      h('p', { class: 'hint', id: descriptionId }, ROLES[role].description));
  });
  showPermissions(user?.role);
  const limited = user?.list_ids != null;
  const listsId = uid('lists');
  const lists = h('input', {
    type: 'text', name: 'list_ids', id: listsId, value: (user?.list_ids ?? []).join(', '),
    autocomplete: 'off', 'data-label': 'List ids', disabled: !limited,
  });
  const scope = (only) => {
    const id = uid('scope');
    return h('div', { class: 'choice' },
      h('input', {
        type: 'radio', name: 'list_scope', value: only ? 'only' : 'every', id, checked: only === limited,
        onChange: () => { lists.disabled = !only; },
      }),
      h('label', { for: id }, only ? 'Only these lists' : 'Every list'));
  };
  const listsLegend = uid('legend');
  const withheldLegend = uid('legend');
  return h('div', { class: 'stack' },
    h('fieldset', { class: 'field', 'aria-labelledby': legendId, 'data-label': 'Role' },
      h('legend', { id: legendId }, 'Role'), choices),
    h('fieldset', { class: 'field', 'aria-labelledby': listsLegend },
      h('legend', { id: listsLegend }, 'Lists'),
      h('p', { class: 'hint' }, 'Editing lists, viewing and exporting contacts and scheduling reach only these lists.'),
      scope(false), scope(true),
      field('List ids, separated by commas', lists)),
    h('fieldset', { class: 'field', 'aria-labelledby': withheldLegend },
      h('legend', { id: withheldLegend }, 'Withheld permissions'),
      h('p', { class: 'hint' }, 'What this user may not do, of what the role allows.'),
      withheld));
}

/** The body fields of `userFields`, as the API takes them. */
function readUserFields(form) {
  const data = new FormData(form);
  const listIds = data.get('list_scope') === 'only'
    ? String(data.get('list_ids') ?? '').split(',').map((id) => id.trim()).filter(Boolean)
    : null;
  return {
    role: data.get('role'),
    list_ids: listIds,
    withheld_permissions: data.getAll('withheld_permissions'),
  };
}

/** A user's limits in words, for its row; '' for none. */
function limitsOf(user) {
  const parts = [];
  if (user.list_ids) parts.push(user.list_ids.length === 1 ? `List ${user.list_ids[0]}` : `${user.list_ids.length} lists`);
  if (user.withheld_permissions?.length) {
    parts.push(`without ${user.withheld_permissions.map((p) => PERMISSIONS[p]?.toLowerCase() ?? p).join(', ')}`);
  }
  return parts.join('; ');
}

/**
 * The table's columns: a heading and what a user shows under it. (Issue 10's
 * limits and issue 12's delivery status are a column each, here.)
 */
const COLUMNS = [
  {
    label: 'Email address',
    cell: (u) => [h('span', { class: 'email' }, u.email),
      u.partner_account_id ? h('span', { class: 'badge' }, 'Partner') : null],
  },
  { label: 'Role', cell: (u) => roleName(u.role) },
  { label: 'Limits', cell: (u) => limitsOf(u) || h('span', { class: 'hint' }, u.role === 'owner' ? '' : 'None') },
  {
    label: 'Status',
    cell: (u) => [h('span', { class: `status status-${u.status}` }, STATUSES[u.status] ?? u.status),
      u.status === 'pending' && u.expires_at ? h('span', { class: 'hint' }, ` until ${when(u.expires_at)}`) : null],
  },
  { label: 'Invitation email', cell: (u) => deliveryCell(u.delivery) },
];

/**
 * What became of a user's invitation email: a badge, and the reason under it
 * (a bounce's diagnostic, say), so a mistyped address shows here.
 */
function deliveryCell(delivery) {
  if (!delivery) return h('span', { class: 'hint' }, 'None');
  return [h('span', { class: `badge delivery delivery-${delivery.status}` }, DELIVERY[delivery.status] ?? delivery.status),
    delivery.detail ? h('span', { class: 'hint delivery-detail' }, delivery.detail) : null];
}

class RosterUsers extends RosterElement {
  async load() {
    this.live ??= liveRegion();
    this.alert ??= alertRegion();
    this.seats = h('p', { class: 'seats' });
    this.tbody = h('tbody');
    this.more = h('div', { class: 'more' });
    const add = h('button', { type: 'button', class: 'primary', onClick: () => this.openInvite() }, 'Add new user');
    const captionId = uid('caption');
    this.replaceChildren(
      h('div', { class: 'toolbar' }, this.seats, add),
      this.alert,
      this.live,
      h('div', { class: 'table-scroll', role: 'region', 'aria-labelledby': captionId, tabindex: '0' },
        h('table', { class: 'users' },
          h('caption', { id: captionId }, 'Users of this account'),
          h('thead', {}, h('tr', {}, COLUMNS.map((c) => h('th', { scope: 'col' }, c.label)),
            h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Actions')))),
          this.tbody)),
      this.more,
    );
    await this.refresh();
  }

  /** Reads the seats and the first page of users again. */
  async refresh() {
    try {
      const [account, page] = await Promise.all([
        get(path('accounts', this.accountId)),
        get(`${path('accounts', this.accountId, 'users')}?limit=${PAGE_SIZE}`),
      ]);
      this.showSeats(account.body);
      this.tbody.replaceChildren();
      this.showPage(page.body);
    } catch (error) {
      failed(this, error, () => this.load());
    }
  }

  showSeats(account) {
    this.seats.textContent = `${account.seats_used} of ${account.seat_limit} seats used`;
  }

  showPage({ users, next_cursor: next }) {
    this.tbody.append(...users.map((u) => this.row(u)));
    this.more.replaceChildren(next
      ? h('button', { type: 'button', onClick: () => this.nextPage(next) }, 'Show more users')
      : '');
  }

  async nextPage(cursor) {
    try {
      const page = await get(`${path('accounts', this.accountId, 'users')}?limit=${PAGE_SIZE}&cursor=${encodeURIComponent(cursor)}`);
      this.showPage(page.body);
    } catch (error) {
      this.alert.textContent = describe(error);
    }
  }

  row(user) {
    const items = user.actions.map((action) => ({ label: ACTIONS[action] ?? action, onSelect: () => this.act(action, user) }));
    return h('tr', { dataset: { userId: user.id } },
      COLUMNS.map((c, i) => h(i === 0 ? 'th' : 'td', { scope: i === 0 ? 'row' : null, 'data-label': c.label }, c.cell(user))),
      h('td', { class: 'actions' }, items.length
        ? menuButton(`Actions for ${user.email}`, items)
        : h('span', { class: 'hint' }, user.role === 'owner' ? 'Account owner' : '')));
  }

  /** Puts `user` in its row (or takes the row away when it is gone). */
  replaceRow(userId, user) {
    const old = this.tbody.querySelector(`tr[data-user-id="${CSS.escape(userId)}"]`);
    if (!old) return;
    if (user) old.replaceWith(this.row(user));
    else old.remove();
  }

  async act(action, user) {
    const handlers = {
      change_role: () => this.openEdit(user),
      resend: () => this.resend(user),
      reactivate: () => this.change(user, 'reactivate', `${user.email} is active again.`),
      revoke: () => this.confirmed(user, 'revoke', {
        title: 'Revoke invitation?',
        text: `The link sent to ${user.email} stops working at once. You can send a new invitation later.`,
        label: 'Revoke invitation',
        done: `The invitation to ${user.email} is revoked.`,
      }),
      deactivate: () => this.confirmed(user, 'deactivate', {
        title: `Deactivate ${user.email}?`,
        text: `${user.email} loses access to this account at once. You can reactivate them later while a seat is free.`,
        label: 'Deactivate',
        done: `${user.email} is deactivated.`,
      }),
      delete: () => this.confirmed(user, 'delete', {
        title: `Delete ${user.email}?`,
        text: `${user.email} is removed from this account for good. This cannot be undone; the activity keeps what happened.`,
        label: 'Delete',
        done: `${user.email} is deleted.`,
      }),
    };
    await handlers[action]?.();
  }

  async confirmed(user, action, { title, text, label, done }) {
    if (await confirm(title, text, label, { danger: true })) await this.change(user, action, done);
  }

  /** One action on one user, then the table and seats read again. */
  async change(user, action, done) {
    this.alert.textContent = '';
    const userPath = path('accounts', this.accountId, 'users', user.id);
    try {
      if (action === 'delete') await del(userPath);
      else await post(`${userPath}/${action}`);
      this.live.textContent = done;
    } catch (error) {
      this.alert.textContent = describe(error);
    }
    await this.refresh();
  }

  async resend(user) {
    this.alert.textContent = '';
    try {
      const { body } = await post(`${path('accounts', this.accountId, 'users', user.id)}/resend`);
      await this.refresh();
      this.inviteSent(body);
    } catch (error) {
      this.alert.textContent = describe(error);
      await this.refresh();
    }
  }

  openInvite() {
    const email = h('input', {
      type: 'email', name: 'email', required: true, autocomplete: 'off', 'data-label': 'The address',
    });
    const alert = alertRegion();
    const send = h('button', { type: 'submit', class: 'primary' }, 'Send invitation');
    const cancel = h('button', { type: 'button' }, 'Cancel');
    const form = h('form', { class: 'stack', novalidate: true },
      field('Email address', email, 'They sign in with this address to accept.'),
      userFields(null),
      alert,
      h('div', { class: 'buttons' }, send, cancel));
    const dialog = modal('Add new user', form);
    cancel.addEventListener('click', dialog.close);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      // The API checks the fields (novalidate): its messages go next to them.
      send.disabled = true;
      try {
        await this.invite(form, dialog, alert);
      } finally {
        send.disabled = false;
      }
    });
    email.focus();
  }

  /** Sends the invitation; `flags` are what the owner confirmed on the way. */
  async invite(form, dialog, alert, flags = {}) {
    clearErrors(form, alert);
    const address = new FormData(form).get('email').trim();
    const body = { email: address, ...readUserFields(form), ...flags };
    try {
      const issued = await post(path('accounts', this.accountId, 'users'), body);
      dialog.close();
      await this.refresh();
      this.inviteSent(issued.body);
    } catch (error) {
      if (error.code === 'invitation_pending' && !flags.replace_pending) {
        const again = await confirm(
          'Already invited',
          `You already have a pending invitation to ${address}. Sending it again will revoke all previous invitations.`,
          'Continue',
        );
        if (again) await this.invite(form, dialog, alert, { ...flags, replace_pending: true });
        return;
      }
      if (error.code === 'recipient_suppressed' && error.suppression === 'bounced' && !flags.override_bounce) {
        const again = await confirm(
          'This address bounced',
          `An earlier invitation to ${address} was refused by its mail server. Check the address for a typo. If it is right, Roster can try once more.`,
          'Send anyway',
        );
        if (again) await this.invite(form, dialog, alert, { ...flags, override_bounce: true });
        return;
      }
      showError(form, alert, error);
    }
  }

  /** Invite sent!, with the link (shown this once) and Copy URL. */
  inviteSent({ user, invite_url: url, email }) {
    const link = h('input', { type: 'text', readonly: true, value: url, class: 'link' });
    const status = liveRegion();
    const copyButton = h('button', { type: 'button', class: 'primary' }, 'Copy URL');
    const done = h('button', { type: 'button' }, 'Done');
    const mailed = email?.status === 'failed'
      ? h('p', { class: 'alert', role: 'alert' },
        `The invitation stands, but the email to ${user.email} could not be sent. Copy the link and send it yourself, or resend the invitation later.`)
      : h('p', {}, `We emailed ${user.email} an invitation as ${roleName(user.role)}, valid until ${when(user.expires_at)}.`);
    const { close } = modal('Invite sent!',
      mailed,
      field('Invitation link', link, 'Shown only now. Anyone with the link can see the invitation; only the invited address can accept it.'),
      status,
      h('div', { class: 'buttons' }, copyButton, done));
    copyButton.addEventListener('click', async () => {
      status.textContent = (await copy(url, link)) ? 'Link copied.' : 'Press Ctrl+C to copy the selected link.';
    });
    done.addEventListener('click', close);
    this.live.textContent = `Invitation sent to ${user.email}.`;
    copyButton.focus();
  }

  /** Edit: the user's fields, saved with `If-Match` so no one's change is lost. */
  async openEdit(user) {
    const userPath = path('accounts', this.accountId, 'users', user.id);
    let current;
    try {
      current = await get(userPath);
    } catch (error) {
      this.alert.textContent = describe(error);
      return;
    }
    const alert = alertRegion();
    const save = h('button', { type: 'submit', class: 'primary' }, 'Save');
    const cancel = h('button', { type: 'button' }, 'Cancel');
    const fields = h('div', {}, userFields(current.body));
    const form = h('form', { class: 'stack' }, fields, alert, h('div', { class: 'buttons' }, save, cancel));
    const dialog = modal(`Edit ${user.email}`, form);
    cancel.addEventListener('click', dialog.close);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearErrors(form, alert);
      save.disabled = true;
      try {
        const saved = await patch(userPath, readUserFields(form), { etag: current.etag });
        dialog.close();
        this.replaceRow(user.id, saved.body);
        const limits = limitsOf(saved.body);
        this.live.textContent = `${user.email} is now ${roleName(saved.body.role)}${limits ? `, ${limits}` : ''}.`;
      } catch (error) {
        if (error.code !== 'precondition_failed') {
          showError(form, alert, error);
          return;
        }
        try {
          current = await this.fresh(userPath, user.id);
        } catch (readError) {
          showError(form, alert, readError);
          return;
        }
        if (current) fields.replaceChildren(userFields(current.body));
        alert.textContent = current
          ? `Someone else changed ${user.email} while you were editing. It is now ${roleName(current.body.role)}, ${STATUSES[current.body.status].toLowerCase()}: make your change again if you still want it.`
          : `Someone else deleted ${user.email} while you were editing.`;
        save.hidden = !current?.body.actions.includes('change_role');
      } finally {
        save.disabled = false;
      }
    });
    form.querySelector('input:checked')?.focus();
  }

  /** The user as it is now (null when gone), shown in its row too. */
  async fresh(userPath, userId) {
    try {
      const latest = await get(userPath);
      this.replaceRow(userId, latest.body);
      return latest;
    } catch (error) {
      if (error.status !== 404) throw error;
      this.replaceRow(userId, null);
      return null;
    }
  }
}

customElements.define('roster-users', RosterUsers);
