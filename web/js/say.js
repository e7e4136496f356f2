// Words in the reader's language (locale.js): a catalog per language under
// words/, its `{name}`s filled in; the API's refusals by their `code` (its
// `detail` stays English, so the pages never show it here); a field's
// refusal by field and reason; and dates in words.

import { locale } from './locale.js';
import en from './words/en.js';
import es from './words/es.js';
import fr from './words/fr.js';
import de from './words/de.js';
import ptBR from './words/pt-BR.js';

export const CATALOGS = { en, es, fr, de, 'pt-BR': ptBR };

/** `key`'s words in the reader's language (English when it has none), `params` filled in. */
export function t(key, params = {}) {
  const template = CATALOGS[locale()]?.[key] ?? en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/** A number as the reader writes it. */
export const number = (n) => new Intl.NumberFormat(locale()).format(n);

/** A time of the API (RFC 3339) in words, as the reader's locale says it, in their time zone. */
export const dateInWords = (value) =>
  new Intl.DateTimeFormat(locale(), { dateStyle: 'long', timeStyle: 'short' }).format(new Date(value));

/**
 * An error (an ApiError, or a request that never got an answer) as a
 * sentence in the reader's language, by its code.
 */
export function problem(error) {
  if (!error || error.status === undefined) return t('problem.unreachable');
  const key = `problem.${error.code}`;
  return key in en ? t(key) : t('problem.unknown', { code: error.code });
}

/**
 * Why the API refused the field `name`: the API's reason is English, so it
 * picks the sentence, and the sentence is the reader's.
 */
export function fieldProblem(name, message = '') {
  if (name === 'name') {
    if (/web or email address/.test(message)) return t('field.name.address');
    if (/control|format|separator/.test(message)) return t('field.name.characters');
    return t('field.name.length');
  }
  const key = `field.${name}`;
  return key in en ? t(key) : t('field.other');
}
