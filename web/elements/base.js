// What every Roster element shares: it loads when connected or when its
// `account-id` changes (once per change, however the two arrive), with a
// signed-in person.

import { idToken, signIn } from '../js/auth.js';
import { appRoot } from '../js/config.js';

// The elements' look, for pages that embed them without the project's shell.
const stylesheet = new URL('css/roster.css', appRoot).href;
if (![...document.styleSheets].some((s) => s.href === stylesheet)
  && !document.querySelector(`link[href="${stylesheet}"]`)) {
  document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: stylesheet }));
}

export class RosterElement extends HTMLElement {
  static observedAttributes = ['account-id'];

  /** Whether the element needs a signed-in person (most do). */
  static signedIn = true;

  get accountId() {
    return this.getAttribute('account-id');
  }

  connectedCallback() {
    this.schedule();
  }

  attributeChangedCallback() {
    if (this.isConnected) this.schedule();
  }

  schedule() {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      if (this.constructor.signedIn && !idToken()) {
        signIn();
        return;
      }
      this.load();
    });
  }

  /** Draws the element from the API; each element has its own. */
  load() {}
}
