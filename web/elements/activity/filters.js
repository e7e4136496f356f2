// Activity's filters: the user an event is about, who acted (a user, or
// Roster itself), the action, and the days it happened between. The page's
// address keeps them as `user_id`, `actor`, `action`, `since` and `until`
// (days as YYYY-MM-DD); the API is asked for the days' times in the reader's
// time zone, from the first second of `since` to the last of `until`.

import { t } from '../../js/say.js';
import { AUDIT_ACTIONS } from '../../js/words.js';
import { field, h, intoAddress, uid } from '../../js/ui.js';

export const FILTERS = ['user_id', 'actor', 'action', 'since', 'until'];

/** Each filter's label (its key), by its name in the address. */
const LABELS = {
  user_id: 'activity.about', actor: 'activity.actor', action: 'activity.action', since: 'activity.since', until: 'activity.until',
};

/** A day's first second, or with `end` its last, in RFC 3339; '' for none. */
function dayTime(day, end) {
  const at = day ? new Date(`${day}T${end ? '23:59:59' : '00:00:00'}`) : null;
  return at && !Number.isNaN(at.getTime()) ? at.toISOString() : '';
}

/** The filters as the address keeps them, as the API's query asks them. */
export function apiFilters({ since, until, ...rest }) {
  return { ...rest, since: dayTime(since, false), until: dayTime(until, true) };
}

/**
 * A select of `options` ([value, words]) with `chosen` selected: a value the
 * options lack (a user since deleted, say) is kept as its own choice.
 */
function select(name, options, chosen) {
  const all = !chosen || options.some(([value]) => value === chosen) ? options : [...options, [chosen, chosen]];
  return h('select', { name }, all.map(([value, words]) => h('option', { value, selected: value === chosen }, words)));
}

/**
 * The form, showing `chosen` (the address's filters), choosing among
 * `users`: Show puts the filters in the address and hands them to
 * `apply(filters)`; Clear filters shows everything again.
 */
export function filterForm(users, chosen, apply) {
  const people = [...users].sort((a, b) => a.email.localeCompare(b.email));
  const controls = {
    user_id: select('user_id', [['', t('activity.anyone')], ...people.map((u) => [u.id, u.email])], chosen.user_id),
    actor: select('actor', [['', t('activity.anyone')], ['system', t('activity.roster')], ...people.map((u) => [u.email, u.email])], chosen.actor),
    action: select('action', [['', t('activity.anyAction')], ...Object.entries(AUDIT_ACTIONS)], chosen.action),
    since: h('input', { type: 'date', name: 'since', value: chosen.since }),
    until: h('input', { type: 'date', name: 'until', value: chosen.until }),
  };
  const titleId = uid('title');
  const clear = h('button', { type: 'button' }, t('activity.clear'));
  const form = h('form', { class: 'filters', 'aria-labelledby': titleId },
    h('h2', { id: titleId }, t('activity.filters')),
    h('div', { class: 'filter-fields' }, FILTERS.map((name) => field(t(LABELS[name]), controls[name]))),
    h('div', { class: 'buttons' }, h('button', { type: 'submit', class: 'primary' }, t('activity.show')), clear));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const filters = Object.fromEntries(FILTERS.map((name) => [name, controls[name].value]));
    intoAddress(filters);
    apply(apiFilters(filters));
  });
  clear.addEventListener('click', () => {
    for (const control of Object.values(controls)) control.value = '';
    form.requestSubmit();
  });
  return form;
}
