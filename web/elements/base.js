// What every Roster element shares: it loads when connected or when its
// `account-id` changes (once per change, however the two arrive), with a
// signed-in person; a load still under way is cancelled by the next one and
// when the element leaves the page.

import { idToken, signIn } from '../js/auth.js';
import { appRoot } from '../js/config.js';

// The elements' look, for pages that embed them without the project's shell.
const stylesheet = new URL('css/roster.css', appRoot).href;
if (![...document.styleSheets].some((s) => s.href === stylesheet)
  && !document.querySelector(`link[href="${stylesheet}"]`)) {
  document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: stylesheet }));
}

/** Defines the element `name`, unless the page defined it already (say, from another copy of Roster). */
export function define(name, constructor) {
  if (!customElements.get(name)) customElements.define(name, constructor);
}

export class RosterElement extends HTMLElement {
  static observedAttributes = ['account-id'];

  /** Whether the element needs a signed-in person (most do). */
  static signedIn = true;

  get accountId() {
    return this.getAttribute('account-id');
  }

  /**
   * The signal of the current load: every request the element makes passes
   * it, and every dialog it opens closes with it.
   */
  get signal() {
    return this.loading?.signal;
  }

  connectedCallback() {
    this.reload();
  }

  attributeChangedCallback() {
    if (this.isConnected) this.reload();
  }

  disconnectedCallback() {
    this.loading?.abort();
    this.loading = null;
  }

  /** Loads again, soon: what the previous load asked for no longer lands here. */
  reload() {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      if (!this.isConnected) return;
      if (this.constructor.signedIn && !idToken()) {
        signIn();
        return;
      }
      this.loading?.abort();
      this.loading = new AbortController();
      this.load(this.loading.signal);
    });
  }

  /** Draws the element from the API; each element has its own. */
  load() {}
}
