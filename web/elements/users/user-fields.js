// The fields an owner sets on a user, in Add new user and in Edit: the role,
// with each role's description; the lists the user may touch (every list, or
// only those named); the permissions of the role the user does not get; and
// when the user's access ends (../../js/ending.js).
// Which roles are offered and what each grants come from the catalog
// (GET /roles).

import { t } from '../../js/say.js';
import { ROLES, asList, permissionInSentence, permissionName, roleName } from '../../js/words.js';
import { field, h, uid } from '../../js/ui.js';
import { endChoices, readEnd } from '../../js/ending.js';

/** The fields for `user` (null for a new one), as `catalog` allows them. */
export function userFields(catalog, user) {
  const withheld = h('div', { class: 'choices' });
  const showPermissions = (role) => {
    const kept = new Set(user?.withheld_permissions ?? []);
    for (const box of withheld.querySelectorAll('input:checked')) kept.add(box.value);
    withheld.replaceChildren(...catalog.grants(role).map((permission) => {
      const id = uid('withheld');
      return h('div', { class: 'choice' },
        h('input', {
          type: 'checkbox', name: 'withheld_permissions', value: permission, id,
          checked: kept.has(permission), 'data-label': t('users.fields.withheld'),
        }),
        h('label', { for: id }, permissionName(permission)));
    }));
  };
  const choices = catalog.grantable.map((role) => {
    const id = uid('role');
    const descriptionId = uid('description');
    return h('div', { class: 'choice' },
      h('input', {
        type: 'radio', name: 'role', value: role, id, required: true,
        checked: user?.role === role, 'aria-describedby': descriptionId,
        onChange: () => showPermissions(role),
      }),
      h('label', { for: id }, roleName(role)),
      h('p', { class: 'hint', id: descriptionId }, ROLES[role]?.description ?? ''));
  });
  showPermissions(user?.role);
  const limited = user?.list_ids != null;
  const lists = h('input', {
    type: 'text', name: 'list_ids', value: (user?.list_ids ?? []).join(', '),
    autocomplete: 'off', 'data-label': 'List ids', disabled: !limited,
  });
  const scope = (only) => {
    const id = uid('scope');
    return h('div', { class: 'choice' },
      h('input', {
        type: 'radio', name: 'list_scope', value: only ? 'only' : 'every', id, checked: only === limited,
        onChange: () => { lists.disabled = !only; },
      }),
      h('label', { for: id }, t(only ? 'users.fields.onlyLists' : 'users.fields.everyList')));
  };
  const scoped = catalog.listScoped.map(permissionInSentence);
  return h('div', { class: 'stack' },
    fieldset(t('users.fields.role'), choices, { 'data-label': t('users.fields.role') }),
    fieldset(t('users.fields.lists'), [
      h('p', { class: 'hint' }, t('users.fields.listsHint', { permissions: asList(scoped) })),
      scope(false), scope(true),
      field(t('users.fields.listIds'), lists)]),
    fieldset(t('users.fields.withheld'), [
      h('p', { class: 'hint' }, t('users.fields.withheldHint')),
      withheld]),
    endChoices({ current: user?.access_until ?? null }));
}

/** A group of fields named by its legend. */
function fieldset(legend, content, props = {}) {
  const legendId = uid('legend');
  return h('fieldset', { class: 'field', 'aria-labelledby': legendId, ...props },
    h('legend', { id: legendId }, legend), content);
}

/**
 * The body fields of `userFields`, as the API takes them, for `user` (null
 * for a new one): its end of access only when it changes. Throws, as the API
 * would, for On a date without a day.
 */
export function readUserFields(form, user = null) {
  const data = new FormData(form);
  const listIds = data.get('list_scope') === 'only'
    ? String(data.get('list_ids') ?? '').split(',').map((id) => id.trim()).filter(Boolean)
    : null;
  const body = {
    role: data.get('role'),
    list_ids: listIds,
    withheld_permissions: data.getAll('withheld_permissions'),
  };
  const end = readEnd(form);
  if (end !== undefined && !(end === null && !user?.access_until)) body.access_until = end;
  return body;
}
