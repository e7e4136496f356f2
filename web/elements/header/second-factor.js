// The banner of an account whose requirement of a second factor this sign-in
// does not meet: during the grace period, what to do and by when; after it,
// that the reader holds nothing there until they sign in with one, and a way
// to sign in again. Nothing for a sign-in that meets it, or an account that
// requires none.

import { signIn } from '../../js/auth.js';
import { dateInWords, t } from '../../js/say.js';
import { h } from '../../js/ui.js';

/** The banner for `membership` (an account of GET /me), or null. */
export function secondFactorBanner(membership) {
  const { second_factor: state, mfa_required_from: from, name } = membership;
  let text;
  if (state === 'grace' && from) text = t('banner.grace', { account: name, date: dateInWords(from) });
  else if (state === 'missing') text = t('banner.missing', { account: name });
  else return null;
  // Signing in afresh (prompt=login) is what makes the identity provider ask
  // for the app's code: its session alone would give the same token again.
  const again = h('button', {
    type: 'button',
    class: state === 'missing' ? 'primary' : null,
    onClick: () => signIn({ returnTo: location.href, anotherAddress: true }),
  }, t('banner.signInAgain'));
  return h('section', { class: `banner banner-${state}`, 'aria-label': t('banner.label'), dataset: { secondFactor: state } },
    h('p', {}, text), again);
}
