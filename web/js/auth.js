// Sign-in: the OAuth 2.0 authorization code flow with PKCE (S256) against
// the configured identity provider (the local API's sign-in page locally,
// Cognito's managed login deployed). The ID token is kept in sessionStorage
// (this tab only, gone when it closes): never in localStorage or a cookie.
// A page that embeds the elements may give the tokens itself instead
// (`useTokenProvider`): then there is no Roster sign-in on it.

import { appRoot, config, page } from './config.js';
import { signInFailure } from './words.js';

const TOKEN = 'roster.id_token';

let provider = null;

/** Takes tokens from the host page's `provide()` (a token, or a promise of one) from now on. */
export function useTokenProvider(provide) {
  provider = provide;
}

/** Whether the host page gives the tokens. */
export const hostGivesTokens = () => provider !== null;

/** The token a request carries: the host page's, else this tab's sign-in. */
export async function bearer() {
  return provider ? provider() : idToken();
}
const PENDING = 'roster.sign_in';

function base64url(bytes) {
  let text = '';
  for (const b of new Uint8Array(bytes)) text += String.fromCharCode(b);
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function randomString() {
  return base64url(crypto.getRandomValues(new Uint8Array(32)));
}

function decodePart(part) {
  const text = atob(part.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}

/** The page that receives the identity provider's answer. */
const redirectUri = () => page('signed-in.html');

/** The signed-in person's ID token, or null when there is none or it expired. */
export function idToken() {
  const token = sessionStorage.getItem(TOKEN);
  if (!token) return null;
  try {
    const { exp } = decodePart(token.split('.')[1]);
    if (typeof exp === 'number' && exp * 1000 > Date.now() + 30_000) return token;
  } catch {
    // Not a token we can read: sign in again.
  }
  sessionStorage.removeItem(TOKEN);
  return null;
}

/** Who is signed in ({sub, email}), as the ID token says; null when nobody is. */
export function signedInAs() {
  const token = idToken();
  if (!token) return null;
  const { sub, email } = decodePart(token.split('.')[1]);
  return { sub, email };
}

/**
 * Leaves for the sign-in page; comes back to `returnTo` once signed in.
 * `anotherAddress` asks the identity provider to sign in afresh rather than
 * reuse its session (the person is signed in with the wrong address).
 */
export async function signIn({ returnTo = location.href, anotherAddress = false } = {}) {
  if (provider) {
    // The host signs its people in: it hears that a token was refused.
    document.dispatchEvent(new CustomEvent('roster-sign-in-needed'));
    return;
  }
  const cfg = await config();
  const verifier = randomString();
  const state = randomString();
  const challenge = base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  sessionStorage.setItem(PENDING, JSON.stringify({ state, verifier, returnTo }));
  sessionStorage.removeItem(TOKEN);
  const url = new URL(cfg.authorizeUrl);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: cfg.clientId,
    redirect_uri: redirectUri(),
    scope: 'openid email profile',
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
    ...(anotherAddress ? { prompt: 'login' } : {}),
  }).toString();
  location.assign(url.href);
  // The page is leaving: nothing after this should run.
  return new Promise(() => {});
}

/** A sign-in that did not complete, `code` saying why, in words. */
const failed = (code) => new Error(signInFailure(code));

/**
 * On the redirect page: trades the code for tokens and goes back where the
 * sign-in started. Throws an Error whose message is a sentence for people,
 * never text of the address.
 */
export async function completeSignIn(search = location.search) {
  const params = new URLSearchParams(search);
  const pending = JSON.parse(sessionStorage.getItem(PENDING) || 'null');
  sessionStorage.removeItem(PENDING);
  if (params.has('error')) throw failed(params.get('error'));
  if (!pending || pending.state !== params.get('state')) throw failed('not_started_here');
  if (!params.get('code')) throw failed('no_code');
  const cfg = await config();
  let res;
  try {
    res = await fetch(cfg.tokenUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        client_id: cfg.clientId,
        code: params.get('code'),
        redirect_uri: redirectUri(),
        code_verifier: pending.verifier,
      }),
    });
  } catch {
    throw failed('unreachable');
  }
  const answer = await res.json().catch(() => ({}));
  if (!res.ok || !answer.id_token) throw failed(answer.error);
  sessionStorage.setItem(TOKEN, answer.id_token);
  return pending.returnTo || appRoot.href;
}

/** Forgets the token and ends the identity provider's session too. */
export async function signOut() {
  sessionStorage.removeItem(TOKEN);
  const cfg = await config();
  if (!cfg.logoutUrl) {
    location.assign(appRoot.href);
    return;
  }
  const url = new URL(cfg.logoutUrl);
  url.search = new URLSearchParams({ client_id: cfg.clientId, logout_uri: appRoot.href }).toString();
  location.assign(url.href);
}
