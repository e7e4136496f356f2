// What the sections of Account settings share: a titled section, a form's
// alert with a way to sign in again when the API asks for a second factor,
// and the API's refusals in the reader's language.

import { signIn } from '../../js/auth.js';
import { fieldProblem, problem, t } from '../../js/say.js';
import { alertRegion, clearErrors, h, showError, uid } from '../../js/ui.js';

/** showError's words: the reader's language, by code and by field. */
export const inWords = { problem, field: fieldProblem };

/** A section titled with `title`, holding `children`. */
export function section(title, ...children) {
  const titleId = uid('title');
  return h('section', { class: 'stack settings-section', 'aria-labelledby': titleId },
    h('h2', { id: titleId }, title), ...children);
}

/**
 * Where a form says what went wrong: `show(error, form)` puts field errors
 * next to their fields and the rest in the alert, and for `403
 * mfa_required` says `mfaWords` (a sentence of its own, or the code's) with
 * Sign in again beside it; `clear(form)` takes it all back.
 */
export function refusals(mfaWords = null) {
  const alert = alertRegion();
  const again = h('button', {
    type: 'button',
    hidden: true,
    // Afresh (prompt=login): the identity provider then asks for the app's code.
    onClick: () => signIn({ returnTo: location.href, anotherAddress: true }),
  }, t('common.signInAgain'));
  const node = h('div', { class: 'refusal' }, alert, again);
  return {
    node,
    show(error, form) {
      showError(form, alert, error, inWords);
      const mfa = error?.code === 'mfa_required';
      if (mfa && mfaWords) alert.textContent = mfaWords;
      again.hidden = !mfa;
    },
    clear(form) {
      clearErrors(form, alert);
      again.hidden = true;
    },
  };
}
