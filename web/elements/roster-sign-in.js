// <roster-sign-in> : the page the identity provider sends people back to.
// Trades the code for tokens and goes on where the sign-in started.

import { RosterElement, define } from './base.js';
import { completeSignIn, signIn } from '../js/auth.js';
import { page } from '../js/config.js';
import { t } from '../js/say.js';
import { h } from '../js/ui.js';

class RosterSignIn extends RosterElement {
  static signedIn = false;

  async load() {
    this.render(h('p', { role: 'status' }, t('signIn.signingIn')));
    try {
      location.replace(await completeSignIn());
    } catch (error) {
      this.render(
        h('p', { role: 'alert' }, error.message),
        h('div', { class: 'buttons' },
          h('button', { type: 'button', class: 'primary', onClick: () => signIn({ returnTo: page('index.html') }) }, t('signIn.again'))));
    }
  }
}

define('roster-sign-in', RosterSignIn);
