// Account settings: "Require two-step verification" and its grace period.
// Turning it on or off needs the owner's own second factor: while /me says
// this sign-in shows none, the section says so beforehand, and the API's
// `403 mfa_required` is answered with what to do and Sign in again.

import { patch, path } from '../../js/api.js';
import { dateInWords, t } from '../../js/say.js';
import { field, h, liveRegion, uid } from '../../js/ui.js';
import { refusals, section } from './parts.js';

const MAX_GRACE_DAYS = 30;

/** Where the account stands, in words. */
function stateOf(account) {
  if (!account.require_mfa) return t('mfa.off');
  const from = account.mfa_required_from;
  return from && Date.parse(from) > Date.now() ? t('mfa.from', { date: dateInWords(from) }) : t('mfa.now');
}

/**
 * The section for `host`'s account (host: accountId, account, membership,
 * signal, saved(account)).
 */
export function mfaSection(host) {
  const { account, membership } = host;
  const hintId = uid('hint');
  const requireBox = h('input', {
    type: 'checkbox', name: 'require_mfa', id: uid('field'), checked: account.require_mfa, 'aria-describedby': hintId,
  });
  const grace = h('input', {
    type: 'number', name: 'mfa_grace_days', min: '0', max: String(MAX_GRACE_DAYS), step: '1', required: true,
    inputmode: 'numeric', value: String(account.mfa_grace_days), class: 'days',
  });
  const state = h('p', { class: 'mfa-state' }, stateOf(account));
  // Only a sign-in the account's requirement saw a factor in is known to have one.
  const needsFactor = membership.second_factor === 'shown'
    ? null
    : h('p', { class: 'notice' }, t('mfa.needsFactor'));
  const said = refusals(t('mfa.signInFirst'));
  const live = liveRegion();
  const form = h('form', { class: 'stack' },
    h('div', { class: 'choice' }, requireBox, h('label', { for: requireBox.id }, t('mfa.require')),
      h('p', { class: 'hint', id: hintId }, t('mfa.requireHint'))),
    field(t('mfa.grace'), grace, t('mfa.graceHint')),
    needsFactor,
    said.node,
    h('div', { class: 'buttons' }, h('button', { type: 'submit', class: 'primary' }, t('mfa.save'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    said.clear(form);
    live.textContent = '';
    if (!form.reportValidity()) return;
    try {
      const { body } = await patch(path('accounts', host.accountId),
        { require_mfa: requireBox.checked, mfa_grace_days: Number(grace.value) }, { signal: host.signal });
      host.saved(body);
      state.textContent = stateOf(body);
      live.textContent = t('mfa.saved', { state: stateOf(body) });
    } catch (error) {
      said.show(error, form);
    }
  });
  return section(t('mfa.title'), state, form, live);
}
