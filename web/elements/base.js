// What every Roster element shares: it loads when connected or when its
// `account-id` changes (once per change, however the two arrive), with a
// signed-in person; a load still under way is cancelled by the next one and
// when the element leaves the page. The elements a product embeds
// (`static shadow`) draw in a shadow root of their own, with the look inside
// it: the host's styles do not reach in, theirs do not leak out, and the host
// themes them with custom properties and `::part`. The others draw in the
// page, whose head gets the look once.

import { hostGivesTokens, idToken, signIn } from '../js/auth.js';
import { appRoot } from '../js/config.js';
import { LOCALE_CHANGED, locale } from '../js/locale.js';

const stylesheet = new URL('css/roster.css', appRoot).href;
const sheet = () => Object.assign(document.createElement('link'), { rel: 'stylesheet', href: stylesheet });

/** Gives the page the elements' look, once. */
function styleThePage() {
  if (![...document.styleSheets].some((s) => s.href === stylesheet)
    && !document.querySelector(`link[href="${stylesheet}"]`)) {
    document.head.append(sheet());
  }
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

  /** Whether it draws in a shadow root of its own (the embeddable ones). */
  static shadow = false;

  /**
   * Whether it speaks the reader's language (say.js): its `lang`, and a
   * load again when the reader picks another.
   */
  static localized = false;

  connectedCallback() {
    if (this.constructor.localized) {
      this.relocalize ??= () => this.reload();
      document.addEventListener(LOCALE_CHANGED, this.relocalize);
    }
    if (!this.constructor.shadow) styleThePage();
    else if (!this.shadowRoot) this.attachShadow({ mode: 'open' }).append(sheet());
    this.reload();
  }

  /** Shows `nodes` in place of what it showed, in its shadow root if it has one. */
  render(...nodes) {
    if (this.shadowRoot) this.shadowRoot.replaceChildren(this.shadowRoot.firstChild, ...nodes);
    else this.replaceChildren(...nodes);
  }

  /** Tells the page what happened (`roster-<name>`), across the shadow root. */
  publish(name, detail) {
    this.dispatchEvent(new CustomEvent(`roster-${name}`, { detail, bubbles: true, composed: true }));
  }

  attributeChangedCallback() {
    if (this.isConnected) this.reload();
  }

  disconnectedCallback() {
    if (this.relocalize) document.removeEventListener(LOCALE_CHANGED, this.relocalize);
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
      if (this.constructor.signedIn && !hostGivesTokens() && !idToken()) {
        signIn();
        return;
      }
      if (this.constructor.localized) this.lang = locale();
      this.loading?.abort();
      this.loading = new AbortController();
      this.load(this.loading.signal);
    });
  }

  /** Draws the element from the API; each element has its own. */
  load() {}
}
