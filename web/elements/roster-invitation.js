// <roster-invitation token="..."> : where the emailed link lands. Who
// invites you to which account as what, until when; sign in with the invited
// address and Accept. An expired, used or revoked link, a wrong sign-in and
// an existing membership each get a page that says what to do next.
// Without a token attribute, the token is the last segment of the page's
// address ({APP_BASE_URL}/invitations/{token}).

import { RosterElement, define } from './base.js';
import { get, isAbort, path, post } from '../js/api.js';
import { signIn, signedInAs } from '../js/auth.js';
import { page } from '../js/config.js';
import { ROLES, describe, roleName, when } from '../js/words.js';
import { h } from '../js/ui.js';

class RosterInvitation extends RosterElement {
  // Anyone holding the link may look at it; signing in comes when accepting.
  static signedIn = false;

  get token() {
    return this.getAttribute('token') || decodeURIComponent(location.pathname.split('/').pop());
  }

  async load(signal) {
    this.show('Opening your invitation…');
    try {
      const { body } = await get(path('invitations', this.token), { signal });
      this.preview = body;
      if (body.status === 'expired') this.expired();
      else this.offer();
    } catch (error) {
      if (!isAbort(error)) this.refused(error);
    }
  }

  /** Replaces what the element shows: a heading, then the rest. */
  show(title, ...rest) {
    const heading = h('h1', { tabindex: '-1' }, title);
    this.replaceChildren(heading, ...rest.flat());
    // A new state of the page: where a screen reader starts reading again.
    if (this.shown) heading.focus();
    this.shown = true;
  }

  offer() {
    const p = this.preview;
    const who = signedInAs();
    const role = ROLES[p.role];
    const details = [
      h('p', { class: 'lead' }, `${p.invited_by ?? 'The account owner'} invites you to join ${p.account_name} as ${role?.name ?? p.role}.`),
      h('p', {}, role?.description ?? ''),
      h('p', {}, 'The invitation is for ', h('strong', {}, p.email), ` and works until ${when(p.expires_at)}.`),
    ];
    if (!who) {
      this.show(`Join ${p.account_name}`, details,
        h('div', { class: 'buttons' }, h('button', {
          type: 'button', class: 'primary', onClick: () => signIn(),
        }, `Sign in as ${p.email} to accept`)),
        h('p', { class: 'hint' }, 'New to Roster? The sign-in page lets you sign up with this address.'));
      return;
    }
    const accept = h('button', { type: 'button', class: 'primary', onClick: () => this.accept(accept) }, 'Accept invitation');
    this.show(`Join ${p.account_name}`, details,
      h('p', {}, `You are signed in as ${who.email}.`),
      h('div', { class: 'buttons' }, accept,
        h('button', { type: 'button', onClick: () => signIn({ anotherAddress: true }) }, 'Sign in as someone else')));
  }

  async accept(button) {
    button.disabled = true;
    try {
      const { body } = await post('/invitations/accept', { token: this.token }, { signal: this.signal });
      location.assign(page('index.html', { joined: body.account_id }));
    } catch (error) {
      if (!isAbort(error)) this.refused(error);
    }
  }

  expired() {
    const p = this.preview;
    const owner = p?.invited_by ?? 'the person who invited you';
    this.show('This invitation has expired',
      h('p', {}, p
        ? `The invitation to join ${p.account_name} as ${roleName(p.role)} ended on ${when(p.expires_at)}.`
        : 'The invitation has ended.'),
      h('p', {}, `Ask ${owner} to resend it: you will get a new link by email.`));
  }

  /** The page for each way the API refuses the link. */
  refused(error) {
    const p = this.preview;
    const accounts = h('a', { href: page('index.html') }, 'Go to your accounts');
    switch (error.code) {
      case 'invitation_expired':
        this.expired();
        break;
      case 'invitation_not_found':
        this.show('This invitation link no longer works',
          h('p', {}, 'It was already used, revoked, or replaced by a newer invitation.'),
          h('p', {}, 'If you accepted it already, your account is waiting for you. If not, ask the person who invited you to send a new invitation.'),
          h('p', {}, accounts));
        break;
      case 'email_mismatch': {
        const who = signedInAs();
        this.show('This invitation is for another address',
          h('p', {}, `You are signed in as ${who?.email ?? 'another address'}${who?.email === p?.email ? ', which is not verified' : ''}, but the invitation is for `, h('strong', {}, p?.email ?? 'another address'), '.'),
          h('p', {}, `Sign in as ${p?.email ?? 'the invited address'} to accept it; the invitation stays valid until then.`),
          h('div', { class: 'buttons' }, h('button', {
            type: 'button', class: 'primary', onClick: () => signIn({ anotherAddress: true }),
          }, `Sign in as ${p?.email ?? 'the invited address'}`)));
        break;
      }
      case 'already_member':
        this.show(`You are already a user of ${p?.account_name ?? 'this account'}`,
          h('p', {}, 'Nothing more to do: this invitation is not needed.'),
          h('p', {}, accounts));
        break;
      default:
        this.show('Something went wrong',
          h('p', { role: 'alert' }, describe(error)),
          h('button', { type: 'button', onClick: () => this.reload() }, 'Try again'));
    }
  }
}

define('roster-invitation', RosterInvitation);
