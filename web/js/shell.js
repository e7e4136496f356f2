// The project's own pages are thin shells around the elements: this gives
// each element marked data-account the account named in the page's address
// (?account=...), then defines the elements.

const account = new URLSearchParams(location.search).get('account');
if (account) {
  for (const el of document.querySelectorAll('[data-account]')) el.setAttribute('account-id', account);
}
await import('../elements/index.js');
