// Account settings for anyone but the owner: Leave this account, after a
// confirmation, then back to Your accounts, which says who was left.

import { path, post } from '../../js/api.js';
import { page } from '../../js/config.js';
import { t } from '../../js/say.js';
import { confirm, h } from '../../js/ui.js';
import { refusals, section } from './parts.js';

/** Where Your accounts finds the name of the account just left (this tab only). */
export const LEFT = 'roster.left';

/** The section for `host`'s membership (host: accountId, membership, signal, lang). */
export function leaveSection(host) {
  const name = host.membership.name;
  const said = refusals();
  const leave = h('button', { type: 'button', class: 'danger' }, t('leave.button'));
  const body = h('div', { class: 'stack' }, h('p', {}, t('leave.text', { account: name })), said.node,
    h('div', { class: 'buttons' }, leave));
  leave.addEventListener('click', async () => {
    said.clear(body);
    const yes = await confirm(t('leave.question', { account: name }), t('leave.questionText', { account: name }),
      t('leave.confirm'), { danger: true, signal: host.signal, cancelLabel: t('common.cancel'), lang: host.lang });
    if (!yes) return;
    try {
      await post(path('accounts', host.accountId, 'leave'), undefined, { signal: host.signal });
      host.dispatchEvent(new CustomEvent('roster-account-left', { bubbles: true, composed: true, detail: { account_id: host.accountId } }));
      sessionStorage.setItem(LEFT, name);
      location.assign(page('index.html'));
    } catch (error) {
      said.show(error, body);
    }
  });
  return section(t('leave.title'), body);
}
