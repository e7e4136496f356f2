// The Roster API client: JSON in and out, the ID token as a bearer token,
// `If-Match` on edits, problem+json errors as ApiError, a `503` with
// `Retry-After` retried after the wait it names, and loads cancelled by their
// `signal`.

import { config } from './config.js';
import { bearer, signIn } from './auth.js';

/** A refusal by the API: `code`, a sentence (`detail`), the fields it concerns. */
export class ApiError extends Error {
  constructor(status, problem, retryAfter) {
    super(problem.detail || problem.title || problem.message || `The API answered ${status}.`);
    this.status = status;
    this.code = problem.code || (status === 401 ? 'unauthenticated' : `http_${status}`);
    this.title = problem.title || '';
    /** [{field, message}] for invalid fields. */
    this.errors = Array.isArray(problem.errors) ? problem.errors : [];
    /** Seconds to wait before trying again, when the API says. */
    this.retryAfter = retryAfter;
    /** Why an address takes no invitations (`bounced`, `complained`), when it does not. */
    this.suppression = problem.suppression || null;
  }
}

/** Waits this long at most on a `503` before trying again by itself. */
const MAX_AUTOMATIC_WAIT_SECONDS = 5;
const MAX_ATTEMPTS = 3;

function retryAfterSeconds(res) {
  const value = res.headers.get('Retry-After');
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

const sleep = (seconds) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

/** Whether `error` is a request cancelled by its signal, which nobody is told about. */
export const isAbort = (error) => error?.name === 'AbortError';

/**
 * One request. `body` is sent as JSON; `etag` as `If-Match`; `accept` asks
 * for another type than JSON (`text/csv`), whose answer is its text. Answers
 * `{status, body, etag, link}`; throws ApiError for any error status, and an
 * AbortError once `signal` is aborted, even when the answer had arrived.
 */
export async function request(method, path, { body, etag, signal, accept } = {}) {
  const { apiUrl } = await config();
  const headers = { Accept: `${accept ?? 'application/json'}, application/problem+json` };
  const token = await bearer();
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (etag) headers['If-Match'] = etag;
  for (let attempt = 1; ; attempt += 1) {
    const res = await fetch(apiUrl + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
    const text = await res.text();
    signal?.throwIfAborted();
    if (res.ok && accept) return { status: res.status, body: text, etag: res.headers.get('ETag'), link: res.headers.get('Link') };
    let parsed = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = { detail: text };
    }
    if (res.ok) return { status: res.status, body: parsed, etag: res.headers.get('ETag') };
    const wait = retryAfterSeconds(res);
    if (res.status === 503 && wait !== null && wait <= MAX_AUTOMATIC_WAIT_SECONDS && attempt < MAX_ATTEMPTS) {
      await sleep(wait);
      continue;
    }
    if (res.status === 401) {
      // The token expired or was never there: sign in, then come back here.
      await signIn();
    }
    throw new ApiError(res.status, parsed || {}, wait);
  }
}

export const get = (path, options) => request('GET', path, options);
export const post = (path, body, options) => request('POST', path, { ...options, body });
export const put = (path, body, options) => request('PUT', path, { ...options, body });
export const patch = (path, body, options) => request('PATCH', path, { ...options, body });
export const del = (path, options) => request('DELETE', path, options);

/** Path segments, encoded. */
export function path(...segments) {
  return segments.map((s) => `/${encodeURIComponent(s)}`).join('');
}
