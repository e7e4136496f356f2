// The project's own pages are thin shells around the elements: this gives
// each element marked data-account the account named in the page's address
// (?account=...), then defines the elements. A page marked data-localized
// speaks the reader's language: its `lang`, and the words of each node marked
// data-words="key" (say.js), again whenever the reader picks another.

import { LOCALE_CHANGED, locale } from './locale.js';

const account = new URLSearchParams(location.search).get('account');
if (account) {
  for (const el of document.querySelectorAll('[data-account]')) el.setAttribute('account-id', account);
}
if (document.documentElement.hasAttribute('data-localized')) {
  const { t } = await import('./say.js');
  const words = () => {
    document.documentElement.lang = locale();
    for (const el of document.querySelectorAll('[data-words]')) el.textContent = t(el.dataset.words);
  };
  words();
  document.addEventListener(LOCALE_CHANGED, words);
}
await import('../elements/index.js');
