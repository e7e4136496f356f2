// The roles and permissions as the API enforces them (GET /roles), read once
// per page: which roles an owner may give, what each grants, and which
// permissions reach only the lists a user is limited to. Their words are in
// words.js.

import { get } from './api.js';

/** The API's answer, with the questions the pages ask of it. */
class Catalog {
  constructor({ roles, permissions }) {
    this.roles = roles;
    this.permissions = permissions;
  }

  /** The roles an owner may give, in the order they are offered. */
  get grantable() {
    return this.roles.filter((r) => r.grantable).map((r) => r.role);
  }

  /** What `role` grants; nothing for a role the API does not list. */
  grants(role) {
    return this.roles.find((r) => r.role === role)?.permissions ?? [];
  }

  /** The permissions held only on the lists a list-limited user may touch. */
  get listScoped() {
    return this.permissions.filter((p) => p.list_scoped).map((p) => p.permission);
  }
}

let loaded;

/**
 * The catalog. Every caller shares one request, which `signal` does not
 * cancel (others wait for it too); a failed one is asked again next time.
 */
export async function roles(signal) {
  loaded ??= get('/roles').then(({ body }) => new Catalog(body), (error) => {
    loaded = null;
    throw error;
  });
  const catalog = await loaded;
  signal?.throwIfAborted();
  return catalog;
}
