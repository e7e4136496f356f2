// The CSV exports: fetched with `Accept: text/csv`, page after page by each
// answer's `Link: <...>; rel="next"` (the API answers a few MB at a time),
// and offered to the reader as a file to save.

import { request } from './api.js';

/** The address of a `Link` header's `rel="next"`, or null. */
function nextOf(link) {
  const next = (link ?? '').split(',').find((part) => /;\s*rel="?next"?/.test(part));
  return next ? next.slice(next.indexOf('<') + 1, next.indexOf('>')) : null;
}

/** The records of a CSV text: its line breaks outside quoted cells, which may hold their own. */
function records(text) {
  let count = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (char === '\n' && !quoted) count += 1;
  }
  return count;
}

/**
 * Every page of the CSV at `path` (an API path), with one header row for
 * all: resolves the texts in order. `onPage(rows)` hears how many rows were
 * read so far after each page; `signal` cancels.
 */
export async function fetchCsv(path, { signal, onPage } = {}) {
  const parts = [];
  let rows = 0;
  for (let next = path; next;) {
    const { body, link } = await request('GET', next, { signal, accept: 'text/csv' });
    // Every page starts with the header row: only the first keeps it.
    const text = parts.length ? body.slice(body.indexOf('\n') + 1) : body;
    rows += records(text) - (parts.length ? 0 : 1);
    parts.push(text);
    onPage?.(rows);
    next = nextOf(link);
  }
  return parts;
}

/** Offers `parts` (texts) to the reader to save, as the CSV file `filename`. */
export function saveCsv(filename, parts) {
  const url = URL.createObjectURL(new Blob(parts, { type: 'text/csv;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: filename, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has started the download once this task is over.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
