// Account settings: Transfer ownership. The owner offers the account to an
// active user who is not a partner's user (with a confirmation), sees the
// offer while it stands and may cancel it; the user offered it accepts or
// declines. Until the API's account carries `ownership_offer` (null when no
// offer stands), the owner's section only says it is coming, and nobody is
// shown an offer.

import { del, get, path, post } from '../../js/api.js';
import { signedInAs } from '../../js/auth.js';
import { dateInWords, t } from '../../js/say.js';
import { confirm, field, h, liveRegion } from '../../js/ui.js';
import { refusals, section } from './parts.js';

/** Pages of active users read at most, of 50 each: an offer goes to one of them. */
const MOST_PAGES = 20;

/** Whether the API speaks of offers yet. */
export const offersKnown = (account) => account.ownership_offer !== undefined;

/** The users that ownership may go to: active, not the owner, not a partner's. */
async function eligible(host) {
  const users = [];
  let cursor = null;
  for (let pages = 0; pages < MOST_PAGES; pages += 1) {
    const query = `?status=active${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const { body } = await get(path('accounts', host.accountId, 'users') + query, { signal: host.signal });
    users.push(...body.users);
    cursor = body.next_cursor;
    if (!cursor) break;
  }
  return users.filter((u) => u.status === 'active' && u.role !== 'owner' && !u.partner_account_id);
}

/**
 * The owner's section (host: accountId, account, signal, lang, saved(account),
 * refresh(text)): what it holds depends on the offer standing.
 */
export function ownerOwnershipSection(host) {
  const body = h('div', { class: 'stack' });
  const live = liveRegion();
  const node = section(t('own.title'), h('p', { class: 'hint' }, t('leave.owner')), body, live);
  node.dataset.part = 'ownership';
  if (!offersKnown(host.account)) {
    body.replaceChildren(h('p', { class: 'notice' }, t('own.soon')));
    return node;
  }
  const said = refusals();

  const pending = (offer) => {
    const cancel = h('button', { type: 'button' }, t('own.cancel'));
    cancel.addEventListener('click', async () => {
      said.clear(body);
      try {
        await del(path('accounts', host.accountId, 'ownership'), { signal: host.signal });
        live.textContent = t('own.cancelled');
        await choose();
      } catch (error) {
        said.show(error, body);
      }
    });
    body.replaceChildren(h('p', {}, t('own.pending', { email: offer.email, date: dateInWords(offer.expires_at) })),
      said.node, h('div', { class: 'buttons' }, cancel));
  };

  const choose = async () => {
    let users;
    try {
      users = await eligible(host);
    } catch (error) {
      body.replaceChildren(said.node);
      said.show(error, body);
      return;
    }
    if (!users.length) {
      body.replaceChildren(h('p', {}, t('own.intro')), h('p', { class: 'notice' }, t('own.none')));
      return;
    }
    const user = h('select', { name: 'user_id', required: true },
      h('option', { value: '' }, '—'),
      users.map((u) => h('option', { value: u.id }, u.email)));
    const form = h('form', { class: 'stack' },
      h('p', {}, t('own.intro')),
      field(t('own.user'), user),
      said.node,
      h('div', { class: 'buttons' }, h('button', { type: 'submit' }, t('own.offer'))));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      said.clear(form);
      live.textContent = '';
      if (!form.reportValidity()) return;
      const email = users.find((u) => u.id === user.value)?.email ?? '';
      const yes = await confirm(t('own.question', { email }),
        t('own.questionText', { email, account: host.account.name }), t('own.offer'),
        { signal: host.signal, cancelLabel: t('common.cancel'), lang: host.lang });
      if (!yes) return;
      try {
        const { body: offer } = await post(path('accounts', host.accountId, 'ownership'), { user_id: user.value }, { signal: host.signal });
        pending(offer);
        live.textContent = t('own.offered', { email: offer.email });
      } catch (error) {
        said.show(error, form);
      }
    });
    body.replaceChildren(form);
  };

  if (host.account.ownership_offer) pending(host.account.ownership_offer);
  else choose();
  return node;
}

/** Whether the standing offer is to the signed-in person. */
export function offeredToMe(account) {
  const me = signedInAs()?.email?.toLowerCase();
  return Boolean(me && account?.ownership_offer && account.ownership_offer.email.toLowerCase() === me);
}

/**
 * The offered user's section: Accept or Decline (host: accountId, account,
 * signal, refresh(text)); null while no offer to them stands.
 */
export function offeredOwnershipSection(host) {
  const { account } = host;
  if (!offeredToMe(account)) return null;
  const offer = account.ownership_offer;
  const said = refusals();
  const accept = h('button', { type: 'button', class: 'primary' }, t('own.accept'));
  const decline = h('button', { type: 'button' }, t('own.decline'));
  const body = h('div', { class: 'stack' },
    h('p', {}, t('own.forYou', { owner: account.owner_email, account: account.name, date: dateInWords(offer.expires_at) })),
    h('p', {}, t('own.forYouText', { owner: account.owner_email })),
    said.node,
    h('div', { class: 'buttons' }, accept, decline));
  accept.addEventListener('click', async () => {
    said.clear(body);
    try {
      const { body: now } = await post(path('accounts', host.accountId, 'ownership', 'accept'), undefined, { signal: host.signal });
      host.refresh(t('own.accepted', { account: now.name }));
    } catch (error) {
      said.show(error, body);
    }
  });
  decline.addEventListener('click', async () => {
    said.clear(body);
    try {
      await del(path('accounts', host.accountId, 'ownership'), { signal: host.signal });
      host.refresh(t('own.declined'));
    } catch (error) {
      said.show(error, body);
    }
  });
  const node = section(t('own.title'), body);
  node.dataset.part = 'ownership';
  return node;
}
