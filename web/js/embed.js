// Embedding the elements in a product's own pages (README, "Embedding the
// pages"): the host names the API and gives the tokens through a callback of
// its own, then the elements are defined. Safe to import twice, or beside
// another copy of Roster's modules: each element is defined once.
//
//   import { embed } from 'https://roster.example.com/app/js/embed.js';
//   await embed({ token: () => myApp.rosterToken(), apiUrl: 'https://api.roster.example.com' });
//   <roster-users account-id="..."></roster-users>

import { useTokenProvider } from './auth.js';
import { useApi } from './config.js';

/**
 * Takes tokens from `token()` (a token, or a promise of one, each time a
 * request is made: the host refreshes it as it sees fit) and, when given,
 * the API at `apiUrl`; then defines the elements.
 */
export async function embed({ token, apiUrl } = {}) {
  if (typeof token !== 'function') throw new TypeError('embed needs a token callback');
  useTokenProvider(token);
  if (apiUrl) useApi(apiUrl);
  await import('../elements/index.js');
}
