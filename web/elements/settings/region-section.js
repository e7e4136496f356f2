// Account settings: the account's language (of the emails Roster sends for
// it) and its time zone (of the times in them). The zones are the browser's
// (Intl.supportedValuesOf), with the account's own and UTC always among them.

import { patch, path } from '../../js/api.js';
import { LANGUAGES } from '../../js/locale.js';
import { t } from '../../js/say.js';
import { field, h, liveRegion } from '../../js/ui.js';
import { refusals, section } from './parts.js';

/** The time zones offered, `current` among them, sorted. */
function zones(current) {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([...known, 'UTC', current])].sort();
}

/** The section for `host`'s account (host: accountId, account, signal, saved(account)). */
export function regionSection(host) {
  const { account } = host;
  const language = h('select', { name: 'locale' },
    Object.entries(LANGUAGES).map(([value, name]) =>
      h('option', { value, lang: value, selected: value === account.locale }, name)));
  const zone = h('select', { name: 'time_zone' },
    zones(account.time_zone).map((value) =>
      h('option', { value, selected: value === account.time_zone }, value.replaceAll('_', ' '))));
  const said = refusals();
  const live = liveRegion();
  const form = h('form', { class: 'stack' },
    field(t('region.locale'), language, t('region.localeHint')),
    field(t('region.zone'), zone, t('region.zoneHint')),
    said.node,
    h('div', { class: 'buttons' }, h('button', { type: 'submit', class: 'primary' }, t('region.save'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    said.clear(form);
    live.textContent = '';
    try {
      const { body } = await patch(path('accounts', host.accountId),
        { locale: language.value, time_zone: zone.value }, { signal: host.signal });
      host.saved(body);
      live.textContent = t('region.saved');
    } catch (error) {
      said.show(error, form);
    }
  });
  return section(t('region.title'), form, live);
}
