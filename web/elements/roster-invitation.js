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
import { LOCALE_CHANGED, locale, setContentLocale } from '../js/locale.js';
import { dateInWords, problem, speak, t } from '../js/say.js';
import { ROLES } from '../js/words.js';
import { h } from '../js/ui.js';
import { languageSwitch } from './language-switch.js';

class RosterInvitation extends RosterElement {
  // Anyone holding the link may look at it; signing in comes when accepting.
  static signedIn = false;

  connectedCallback() {
    // Drawn again, as it stands, in the language the reader picks.
    this.redraw ??= () => this.draw?.();
    document.addEventListener(LOCALE_CHANGED, this.redraw);
    super.connectedCallback();
  }

  disconnectedCallback() {
    document.removeEventListener(LOCALE_CHANGED, this.redraw);
    super.disconnectedCallback();
  }

  get token() {
    return this.getAttribute('token') || decodeURIComponent(location.pathname.split('/').pop());
  }

  async load(signal) {
    this.state(() => this.show(t('invitation.opening')));
    try {
      const { body } = await get(path('invitations', this.token), { signal });
      this.preview = body;
      // The page speaks the invitation's language, unless the reader chose one.
      await speak(body.locale);
      setContentLocale(body.locale);
      this.state(() => (body.status === 'expired' ? this.expired() : this.offer()));
    } catch (error) {
      if (!isAbort(error)) this.state(() => this.refused(error));
    }
  }

  /** Shows what `draw` draws, now and whenever the language changes. */
  state(draw) {
    this.draw = draw;
    draw();
  }

  /** Replaces what the element shows: the language switcher, a heading, then the rest. */
  show(title, ...rest) {
    const switching = document.activeElement?.matches?.('select.language') && this.contains(document.activeElement);
    document.documentElement.lang = locale();
    document.title = t('invitation.pageTitle');
    const languages = languageSwitch();
    const heading = h('h1', { tabindex: '-1' }, title);
    this.render(languages, heading, ...rest.flat());
    if (switching) languages.querySelector('select').focus();
    // A new state of the page: where a screen reader starts reading again.
    else if (this.shown) heading.focus();
    this.shown = true;
  }

  offer() {
    const p = this.preview;
    const who = signedInAs();
    const role = ROLES[p.role];
    const details = [
      h('p', { class: 'lead' }, t('invitation.lead', {
        inviter: p.invited_by ?? t('invitation.theOwner'), account: p.account_name, role: role?.name ?? p.role,
      })),
      h('p', {}, role?.description ?? ''),
      h('p', {}, t('invitation.for', { email: p.email, date: dateInWords(p.expires_at) })),
    ];
    const title = t('invitation.join', { account: p.account_name });
    if (!who) {
      this.show(title, details,
        h('div', { class: 'buttons' }, h('button', {
          type: 'button', class: 'primary', onClick: () => signIn(),
        }, t('invitation.signInToAccept', { email: p.email }))),
        h('p', { class: 'hint' }, t('invitation.newHere')));
      return;
    }
    const accept = h('button', { type: 'button', class: 'primary', onClick: () => this.accept(accept) }, t('invitation.accept'));
    this.show(title, details,
      h('p', {}, t('invitation.signedInAs', { email: who.email })),
      h('div', { class: 'buttons' }, accept,
        h('button', { type: 'button', onClick: () => signIn({ anotherAddress: true }) }, t('invitation.someoneElse'))));
  }

  async accept(button) {
    button.disabled = true;
    try {
      const { body } = await post('/invitations/accept', { token: this.token }, { signal: this.signal });
      location.assign(page('index.html', { joined: body.account_id }));
    } catch (error) {
      if (!isAbort(error)) this.state(() => this.refused(error));
    }
  }

  expired() {
    const p = this.preview;
    this.show(t('invitation.expired'),
      h('p', {}, p
        ? t('invitation.endedOn', { account: p.account_name, role: ROLES[p.role]?.name ?? p.role, date: dateInWords(p.expires_at) })
        : t('invitation.ended')),
      h('p', {}, t('invitation.askResend', { inviter: p?.invited_by ?? t('invitation.theInviter') })));
  }

  /** The page for each way the API refuses the link. */
  refused(error) {
    const p = this.preview;
    const accounts = h('a', { href: page('index.html') }, t('invitation.yourAccounts'));
    const invited = p?.email ?? t('invitation.theInvited');
    switch (error.code) {
      case 'invitation_expired':
        this.expired();
        break;
      case 'invitation_not_found':
        this.show(t('invitation.notFound'),
          h('p', {}, t('invitation.notFoundWhy')),
          h('p', {}, t('invitation.notFoundNext')),
          h('p', {}, accounts));
        break;
      case 'email_mismatch': {
        const who = signedInAs();
        const unverified = who?.email && who.email === p?.email;
        this.show(t('invitation.otherAddress'),
          h('p', {}, t(unverified ? 'invitation.unverified' : 'invitation.signedInOther', {
            email: who?.email ?? t('invitation.anotherAddress'), invited,
          })),
          h('p', {}, t('invitation.signInFirst', { email: invited })),
          h('div', { class: 'buttons' }, h('button', {
            type: 'button', class: 'primary', onClick: () => signIn({ anotherAddress: true }),
          }, t('invitation.signInAs', { email: invited }))));
        break;
      }
      case 'already_member':
        this.show(t('invitation.already', { account: p?.account_name ?? t('invitation.thisAccount') }),
          h('p', {}, t('invitation.nothingMore')),
          h('p', {}, accounts));
        break;
      default:
        this.show(t('invitation.wrong'),
          h('p', { role: 'alert' }, problem(error)),
          h('button', { type: 'button', onClick: () => this.reload() }, t('common.tryAgain')));
    }
  }
}

define('roster-invitation', RosterInvitation);
