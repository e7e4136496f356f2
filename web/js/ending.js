// Ends of access as people pick them: a week, a month or three months on (from
// today, or from the end being extended), a day of the date picker (the end of
// that day, in the reader's time zone), or never; and the "Access ends"
// choices of Add new user, Edit, Reactivate and Partner access. The bounds an
// end must keep are the API's: its refusal is shown next to the field.

import { t } from './say.js';
import { END_PRESETS, endDate } from './words.js';
import { h, uid } from './ui.js';

/** What each preset adds. */
const PERIODS = { week: { days: 7 }, month: { months: 1 }, three_months: { months: 3 } };

/** The date picker's last day: the API takes an end at most a year ahead. */
const MOST = { days: 364 };

/** `from` moved on by the preset `key`; a month on from Jan 31 is Feb's last day. */
export function later(from, key) {
  const { days = 0, months = 0 } = key === 'most' ? MOST : PERIODS[key];
  const at = new Date(from);
  const day = at.getDate();
  at.setDate(1);
  at.setMonth(at.getMonth() + months);
  const last = new Date(at.getFullYear(), at.getMonth() + 1, 0).getDate();
  at.setDate(Math.min(day, last) + days);
  return at;
}

/** The last second of `date`'s day, in the reader's time zone. */
export const endOfDay = (date) => new Date(date.getFullYear(), date.getMonth(), date.getDate(), 23, 59, 59);

/** A date picker's value (YYYY-MM-DD) as the end of that day; null for none. */
export function fromDateInput(value) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value || '');
  return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 23, 59, 59) : null;
}

/** `date` as a date picker's value, in the reader's time zone. */
export function toDateInput(date) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A time as the API takes it (RFC 3339). */
export const rfc3339 = (date) => date.toISOString();

/** Where a preset of `key` ends when picked now: the end of the day it falls on. */
export const presetEnd = (key, now = new Date()) => endOfDay(later(now, key));

/**
 * The "Access ends" choices, named `name`: Never, the presets (each showing
 * the day it ends), and On a date with its date picker. `current` (an RFC 3339
 * time, or null) adds "Keep" for an end already set, checked; else Never is.
 * The picker's name is `field`, where the API's refusal of the end is shown.
 */
export function endChoices({ legend = t('ends.legend'), name = 'access_ends', field = 'access_until', current = null } = {}) {
  const now = new Date();
  const picker = h('input', {
    type: 'date', name: field, 'data-label': 'The end of access',
    min: toDateInput(now), max: toDateInput(later(now, 'most')),
    value: current ? toDateInput(new Date(current)) : '',
  });
  const choice = (value, label, hint, checked = false) => {
    const id = uid('ends');
    const hintId = hint ? uid('hint') : null;
    return h('div', { class: 'choice' },
      h('input', { type: 'radio', name, value, id, checked, 'aria-describedby': hintId }),
      h('label', { for: id }, label),
      hint ? h('p', { class: 'hint', id: hintId }, hint) : null);
  };
  const dated = choice('date', t('ends.onDate'));
  const pickerId = uid('field');
  picker.id = pickerId;
  // Picking a day chooses On a date.
  picker.addEventListener('input', () => { dated.querySelector('input').checked = true; });
  const legendId = uid('legend');
  return h('fieldset', { class: 'field ends', 'aria-labelledby': legendId },
    h('legend', { id: legendId }, legend),
    current ? choice('keep', t('ends.keep'), t('ends.until', { date: endDate(current) }), true) : null,
    choice('never', t('ends.never'), null, !current),
    Object.entries(END_PRESETS).map(([key, label]) => choice(key, label, t('ends.until', { date: endDate(presetEnd(key, now)) }))),
    dated,
    h('div', { class: 'field ends-date' }, h('label', { for: pickerId }, t('ends.date')), picker));
}

/**
 * The end `endChoices` says, as the API takes it: an RFC 3339 time, null for
 * never, or undefined for Keep. On a date without a day throws an error
 * shaped as the API's (`showError` puts it next to the picker).
 */
export function readEnd(form, { name = 'access_ends', field = 'access_until' } = {}) {
  const data = new FormData(form);
  const picked = data.get(name);
  if (picked === 'never') return null;
  if (PERIODS[picked]) return rfc3339(presetEnd(picked));
  if (picked !== 'date') return undefined;
  const day = fromDateInput(String(data.get(field) ?? ''));
  if (day) return rfc3339(day);
  throw Object.assign(new Error(t('ends.pickDay')), {
    status: 422, code: 'invalid_field', errors: [{ field, message: 'needs a day: pick one' }],
  });
}
