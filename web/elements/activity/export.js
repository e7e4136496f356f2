// Activity's Export CSV: every event the filters keep, read page after page
// as the API answers them (csv.js), showing how many so far with Cancel,
// then saved as a file.

import { isAbort } from '../../js/api.js';
import { fetchCsv, saveCsv } from '../../js/csv.js';
import { t } from '../../js/say.js';
import { h, uid } from '../../js/ui.js';

/**
 * The button, in its place. `host` gives `accountId` and `signal`, `trail()`
 * (the filtered trail's path), `announce(text)` and `warn(error)`.
 */
export function exportButton(host) {
  const button = h('button', { type: 'button', part: 'button', onClick: () => exportCsv(host, button) }, t('activity.export'));
  return h('div', { class: 'export' }, button);
}

async function exportCsv(host, button) {
  // Cancel stops it, and so does the element moving on.
  const stop = new AbortController();
  const cancel = () => stop.abort();
  host.signal?.addEventListener('abort', cancel);
  const progress = h('progress', { id: uid('progress') });
  const count = h('span', { role: 'status' }, t('activity.soFar', { count: 0 }));
  const cancelButton = h('button', { type: 'button', onClick: cancel }, t('activity.cancel'));
  const shown = h('div', { class: 'export-progress' },
    h('label', { for: progress.id }, t('activity.exporting')), progress, count, cancelButton);
  host.warn(null);
  button.hidden = true;
  button.after(shown);
  cancelButton.focus();
  let rows = 0;
  try {
    const parts = await fetchCsv(host.trail(), {
      signal: stop.signal,
      onPage: (read) => {
        rows = read;
        count.textContent = t('activity.soFar', { count: read });
        progress.setAttribute('aria-valuetext', t('activity.soFar', { count: read }));
      },
    });
    saveCsv(`activity-${host.accountId}.csv`, parts);
    host.announce(t('activity.exported', { count: rows }));
  } catch (error) {
    if (isAbort(error)) host.announce(t('activity.cancelled'));
    else host.warn(error);
  } finally {
    host.signal?.removeEventListener('abort', cancel);
    shown.remove();
    button.hidden = false;
    button.focus();
  }
}
