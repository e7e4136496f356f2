// The pages' language switcher: each language named in itself, the choice
// kept (locale.js). Drawn by the header, and by the pages without one (the
// invitation).

import { LANGUAGES, locale, setLocale } from '../js/locale.js';
import { speak, t } from '../js/say.js';
import { h, uid } from '../js/ui.js';

/**
 * Switches to the language `select` shows once its words are here, so the
 * page never shows keys meanwhile; unless the reader has picked another
 * while they came, whose own words then decide.
 */
async function choose(select) {
  const value = select.value;
  await speak(value);
  if (select.value === value) setLocale(value);
}

export function languageSwitch() {
  const current = locale();
  const select = h('select', { id: uid('language'), class: 'language', onChange: (event) => choose(event.target) },
    Object.entries(LANGUAGES).map(([value, name]) => h('option', { value, lang: value, selected: value === current }, name)));
  return h('span', { class: 'language-switch' }, h('label', { for: select.id }, t('header.language')), select);
}
