// The reader's language: the one chosen with the pages' switcher (kept in
// localStorage, a preference and nothing secret), else the language of what
// the page shows when it names one (an invitation's), else the first of the
// browser's languages the pages speak, else English. Changing it tells the
// elements, which draw themselves again in it.

/** The languages of the pages (and of the API's `locale`), each named in itself. */
export const LANGUAGES = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
  de: 'Deutsch',
  'pt-BR': 'Português (Brasil)',
};

export const LOCALES = Object.keys(LANGUAGES);

const KEY = 'roster.locale';

// The choice made on this page, for when storage refuses to keep it.
let chosenHere = null;
// The language of what the page shows, when it names one.
let ofContent = null;

/** The event on `document` when the reader picks another language. */
export const LOCALE_CHANGED = 'roster-locale-change';

/**
 * The first of `tags` (BCP 47, as navigator.languages) the pages speak: the
 * tag itself, else its language alone ("es-MX" reads Spanish, "pt-PT" the
 * Brazilian Portuguese there is); null for none.
 */
export function match(tags) {
  for (const tag of tags ?? []) {
    const exact = LOCALES.find((l) => l.toLowerCase() === String(tag).toLowerCase());
    if (exact) return exact;
    const language = String(tag).split('-')[0].toLowerCase();
    const near = LOCALES.find((l) => l.split('-')[0] === language);
    if (near) return near;
  }
  return null;
}

function stored() {
  try {
    return localStorage.getItem(KEY);
  } catch {
    // Storage refused (a sandboxed frame, a privacy setting): no choice kept.
    return null;
  }
}

/** The reader's language now. */
export function locale() {
  const chosen = chosenHere ?? stored();
  if (LOCALES.includes(chosen)) return chosen;
  if (ofContent) return ofContent;
  return match(navigator.languages?.length ? navigator.languages : [navigator.language]) ?? 'en';
}

/**
 * The language of what the page shows (an invitation's `locale`): the
 * page's unless the reader chose another. Only the page itself, not a
 * choice: nothing is kept.
 */
export function setContentLocale(value) {
  ofContent = LOCALES.includes(value) ? value : null;
  if (document.documentElement.hasAttribute('data-localized')) document.documentElement.lang = locale();
}

/** Keeps `value` as the reader's language and tells the page. */
export function setLocale(value) {
  if (!LOCALES.includes(value)) return;
  chosenHere = value;
  try {
    localStorage.setItem(KEY, value);
  } catch {
    // Not kept: this page still changes.
  }
  if (document.documentElement.hasAttribute('data-localized')) document.documentElement.lang = value;
  document.dispatchEvent(new CustomEvent(LOCALE_CHANGED, { detail: { locale: value } }));
}
