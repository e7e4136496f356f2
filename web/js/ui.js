// Building blocks of the pages: elements from plain data (text is always set
// as text, never parsed as HTML), the ids they refer to each other by, modal
// dialogs that trap focus and close on Esc (native <dialog>), menu buttons,
// form fields and their errors.

import { isAbort } from './api.js';
import { fieldProblem, t } from './say.js';
import { locale } from './locale.js';
import { describe } from './words.js';

// One count for every copy of this module a page loads, so that two copies
// never hand out the same id.
const ids = (globalThis[Symbol.for('roster.ids')] ??= { last: 0 });

/** A document-unique id for labels and descriptions: the only way ids are made. */
export const uid = (prefix) => `roster-${prefix}-${(ids.last += 1)}`;

/**
 * An element: `props` are attributes (true for a bare one, false or null for
 * none), `on<event>` listeners, or `dataset`; children are nodes or text.
 */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (name === 'dataset') {
      Object.assign(el.dataset, value);
    } else {
      el.setAttribute(name, value === true ? '' : value);
    }
  }
  el.append(...children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false));
  return el;
}

/** A labelled input (or any control) with an optional hint; returns the wrapper. */
export function field(label, control, hint) {
  control.id ||= uid('field');
  const described = [];
  const wrapper = h('div', { class: 'field' }, h('label', { for: control.id }, label));
  if (hint) {
    const hintId = uid('hint');
    wrapper.append(h('p', { class: 'hint', id: hintId }, hint));
    described.push(hintId);
  }
  if (described.length) control.setAttribute('aria-describedby', described.join(' '));
  wrapper.append(control);
  return wrapper;
}

/** The English of a field's refusal: its label and the API's reason. */
const englishField = (control, name, message) => `${control.dataset.label || name} ${message}.`;

/**
 * Shows an API error in a form: each `errors[].field` next to its control
 * (marked invalid and described by the message), the rest as an alert.
 * `words` puts them in another language: `problem(error)` for the alert,
 * `field(name, message)` for a field's.
 */
export function showError(form, alert, error, words = {}) {
  if (isAbort(error)) return;
  clearErrors(form, alert);
  const unplaced = [];
  for (const { field: name, message } of error.errors ?? []) {
    const control = form.querySelector(`[name="${CSS.escape(name)}"]`);
    if (!control) {
      unplaced.push(message);
      continue;
    }
    const id = uid('error');
    // The API's reason is English: another language has its own words for the field.
    const inWords = words.field ?? (locale() === 'en' ? null : fieldProblem);
    const said = inWords ? inWords(name, message) : englishField(control, name, message);
    const text = h('p', { class: 'field-error', id, dataset: { error: '' } }, said);
    control.setAttribute('aria-invalid', 'true');
    control.setAttribute('aria-describedby', [id, control.getAttribute('aria-describedby')].filter(Boolean).join(' '));
    (control.closest('.field, fieldset') ?? control).append(text);
    control.focus();
  }
  if (!error.errors?.length || unplaced.length) alert.textContent = (words.problem ?? describe)(error);
}

export function clearErrors(form, alert) {
  alert.textContent = '';
  for (const text of form.querySelectorAll('[data-error]')) text.remove();
  for (const control of form.querySelectorAll('[aria-invalid]')) {
    control.removeAttribute('aria-invalid');
    const rest = (control.getAttribute('aria-describedby') || '')
      .split(' ')
      .filter((id) => id && control.getRootNode().getElementById(id));
    if (rest.length) control.setAttribute('aria-describedby', rest.join(' '));
    else control.removeAttribute('aria-describedby');
  }
}

/** The element that has the focus, inside shadow roots too. */
export function focused() {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element;
}

/** A region whose changes are read out politely. */
export const liveRegion = () => h('p', { class: 'live', role: 'status', 'aria-live': 'polite' });

/** An alert for errors, read out at once. */
export const alertRegion = () => h('p', { class: 'alert', role: 'alert' });

/** Puts `error` in words in `region`, or empties it for none. */
export function tell(region, error) {
  if (isAbort(error)) return;
  region.textContent = error ? describe(error) : '';
}

/** What Tab can reach. Radio groups count once each: the browser tabs to one radio. */
const FOCUSABLE = 'a[href], button, input:not([type=radio]), input[type=radio]:checked, select, textarea, [tabindex]:not([tabindex="-1"])';

/**
 * A modal dialog titled `title` holding `content` (a node or a list of them):
 * focus stays inside, Esc closes it, and focus goes back where it was. It
 * closes too when `signal` aborts: the element that opened it moved on.
 * `lang` names its language when it is not the page's.
 * Returns {dialog, body, close}.
 */
export function modal(title, content, { signal, lang } = {}) {
  const opener = focused();
  const titleId = uid('dialog-title');
  const body = h('div', { class: 'dialog-body' }, content);
  const dialog = h('dialog', { 'aria-labelledby': titleId, class: 'modal', lang }, h('h2', { id: titleId }, title), body);
  const close = () => dialog.close();
  dialog.addEventListener('close', () => {
    signal?.removeEventListener('abort', close);
    dialog.remove();
    if (opener?.isConnected) opener.focus();
  });
  signal?.addEventListener('abort', close);
  // A modal <dialog> makes the page behind it inert, but Tab from its last
  // control leaves for the browser's own controls: wrap around instead.
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab') return;
    const controls = [...dialog.querySelectorAll(FOCUSABLE)].filter((c) => !c.disabled && c.checkVisibility());
    const [first, last] = [controls[0], controls[controls.length - 1]];
    if (event.shiftKey && focused() === first) {
      last.focus();
      event.preventDefault();
    } else if (!event.shiftKey && focused() === last) {
      first.focus();
      event.preventDefault();
    }
  });
  // Beside what opened it: inside an element's shadow root, the dialog has
  // the element's look and none of the host page's.
  const root = opener?.getRootNode();
  (root instanceof ShadowRoot ? root : document.body).append(dialog);
  dialog.showModal();
  if (signal?.aborted) close();
  return { dialog, body, close };
}

/**
 * Asks a yes-or-no question; resolves true for `confirmLabel`, false for
 * Cancel (`cancelLabel`), Esc or `signal` aborting. `danger` marks what
 * nothing can undo; `lang` is the words' language, as for modal.
 */
export function confirm(title, text, confirmLabel, { danger = false, signal, cancelLabel = t('common.cancel'), lang } = {}) {
  return new Promise((resolve) => {
    let answer = false;
    const yes = h('button', { type: 'button', class: danger ? 'danger' : 'primary' }, confirmLabel);
    const no = h('button', { type: 'button' }, cancelLabel);
    const { dialog, close } = modal(title, [h('p', {}, text), h('div', { class: 'buttons' }, yes, no)], { signal, lang });
    yes.addEventListener('click', () => {
      answer = true;
      close();
    });
    no.addEventListener('click', close);
    dialog.addEventListener('close', () => resolve(answer));
    no.focus();
  });
}

/**
 * A menu button (the three dots of a row): `items` are [{label, onSelect}].
 * Enter, Space or Down opens it on the first item, Up on the last; arrows,
 * Home and End move; Esc or Tab closes it.
 */
export function menuButton(label, items) {
  const menuId = uid('menu');
  const button = h('button', {
    type: 'button',
    class: 'menu-button',
    'aria-label': label,
    'aria-haspopup': 'menu',
    'aria-expanded': 'false',
    'aria-controls': menuId,
  }, h('span', { 'aria-hidden': 'true' }, '⋯'));
  const entries = items.map(({ label: text, onSelect }) =>
    h('li', { role: 'none' }, h('button', {
      type: 'button',
      role: 'menuitem',
      tabindex: '-1',
      // Focus goes back to the button first: a dialog the item opens
      // returns it there when it closes.
      onClick: () => {
        close();
        onSelect();
      },
    }, text)));
  const menu = h('ul', { id: menuId, role: 'menu', 'aria-label': label, class: 'menu', hidden: true }, entries);
  const itemButtons = () => [...menu.querySelectorAll('[role=menuitem]')];

  function open(which) {
    menu.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    const all = itemButtons();
    (which === 'last' ? all[all.length - 1] : all[0])?.focus();
    document.addEventListener('pointerdown', outside, true);
  }
  function close(refocus = true) {
    if (menu.hidden) return;
    menu.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    document.removeEventListener('pointerdown', outside, true);
    if (refocus) button.focus();
  }
  function outside(event) {
    if (!event.composedPath().includes(wrapper)) close(false);
  }
  button.addEventListener('click', () => (menu.hidden ? open('first') : close()));
  button.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') open('first');
    else if (event.key === 'ArrowUp') open('last');
    else return;
    event.preventDefault();
  });
  menu.addEventListener('keydown', (event) => {
    const all = itemButtons();
    const at = all.indexOf(focused());
    const moves = {
      ArrowDown: (at + 1) % all.length,
      ArrowUp: (at - 1 + all.length) % all.length,
      Home: 0,
      End: all.length - 1,
    };
    if (event.key in moves) {
      all[moves[event.key]].focus();
    } else if (event.key === 'Escape') {
      close();
    } else if (event.key === 'Tab') {
      close(false);
      return;
    } else {
      return;
    }
    event.preventDefault();
    event.stopPropagation();
  });
  const wrapper = h('div', { class: 'menu-wrapper' }, button, menu);
  return wrapper;
}

/** Copies `text`, falling back to selecting `input` for Ctrl+C. True when copied. */
export async function copy(text, input) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    input?.select();
    return false;
  }
}

/** Leaves `el` showing only an error and a way to try again. */
export function failed(el, error, retry) {
  if (isAbort(error)) return;
  el.render(
    h('p', { class: 'alert', role: 'alert' }, describe(error)),
    retry ? h('button', { type: 'button', onClick: retry }, t('common.tryAgain')) : null,
  );
}

/** The values of `names` in the page's address ('' for each absent): the view a shared link asks for. */
export function fromAddress(names) {
  const query = new URLSearchParams(location.search);
  return Object.fromEntries(names.map((name) => [name, query.get(name) ?? '']));
}

/** Puts `values` in the page's address (an empty one is taken out), so a reload or a shared link shows this view. */
export function intoAddress(values) {
  const url = new URL(location.href);
  for (const [name, value] of Object.entries(values)) {
    if (value) url.searchParams.set(name, value);
    else url.searchParams.delete(name);
  }
  history.replaceState(history.state, '', url);
}

/** `values` as a query string for the API, the empty ones left out ('' for none). */
export function queryOf(values) {
  const query = new URLSearchParams(Object.entries(values).filter(([, value]) => value)).toString();
  return query ? `?${query}` : '';
}
