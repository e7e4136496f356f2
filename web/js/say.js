// Words in the reader's language (locale.js): the messages of the language's
// catalog (web/locales/{locale}.ftl, Fluent, shared with the emails), their
// `$names` filled in; the API's refusals by their `code` (its `detail` stays
// English, so the pages never show it here); a field's refusal by field and
// reason; and dates in words. A key names its message with dots for dashes
// (`header.signOut` is `header-signOut`).

import { FluentBundle, FluentResource } from '../vendor/fluent-bundle/index.js';
import { LOCALES, locale } from './locale.js';

/** `tag`'s catalog; an empty one when it cannot be read (the keys then show). */
async function load(tag) {
  const bundle = new FluentBundle(tag, {
    // Every language here is written left to right; the isolation marks
    // would only get in the way of finding the words on the page.
    useIsolating: false,
  });
  try {
    const res = await fetch(new URL(`../locales/${tag}.ftl`, import.meta.url));
    if (res.ok) bundle.addResource(new FluentResource(await res.text()));
  } catch {
    // Offline or refused: the page still works, with its keys for words.
  }
  return bundle;
}

// English (which every language falls back to) and the reader's language at
// once; another only when the page is about to speak it (`speak`).
const BUNDLES = {};
const loading = {};

/** Loads `tag`'s catalog, if it is one of the pages' languages and not loaded yet. */
export async function speak(tag) {
  if (!LOCALES.includes(tag)) return;
  loading[tag] ??= load(tag).then((bundle) => {
    BUNDLES[tag] = bundle;
  });
  await loading[tag];
}

await Promise.all([speak('en'), speak(locale())]);

const id = (key) => key.replaceAll('.', '-');

/** Whether English (which every language matches) has words for `key`. */
export const hasWords = (key) => BUNDLES.en.hasMessage(id(key));

/** `key`'s words in the reader's language (English when it has none), `params` filled in. */
export function t(key, params = {}) {
  const bundle = [BUNDLES[locale()], BUNDLES.en].find((b) => b?.hasMessage(id(key)));
  const message = bundle?.getMessage(id(key));
  return message?.value ? bundle.formatPattern(message.value, params) : key;
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
  return hasWords(key) ? t(key) : t('problem.unknown', { code: error.code });
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
  return hasWords(key) ? t(key) : t('field.other');
}
