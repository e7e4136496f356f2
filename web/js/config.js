// The deployment's settings, from config.json beside the pages: the API's
// base URL and the identity provider's endpoints and app client. Locally the
// file names the local API's own routes; at deploy it is written from the
// stack's outputs (infra/README.md). Relative URLs resolve against the pages.

/** The folder the pages are served from (ends with "/"). */
export const appRoot = new URL('../', import.meta.url);

let loaded;

/**
 * Sets the API's base URL (a page that embeds the elements may name it)
 * instead of config.json's.
 */
export function useApi(apiUrl) {
  loaded = Promise.resolve({ apiUrl: String(apiUrl).replace(/\/$/, '') });
}

/** The configuration, fetched once per page. */
export function config() {
  loaded ??= fetch(new URL('config.json', appRoot), { cache: 'no-cache' })
    .then((res) => {
      if (!res.ok) throw new Error(`config.json answered ${res.status}`);
      return res.json();
    })
    .then((raw) => ({
      apiUrl: new URL(raw.api_url, appRoot).href.replace(/\/$/, ''),
      clientId: raw.client_id,
      authorizeUrl: new URL(raw.authorize_url, appRoot).href,
      tokenUrl: new URL(raw.token_url, appRoot).href,
      logoutUrl: raw.logout_url ? new URL(raw.logout_url, appRoot).href : null,
    }));
  return loaded;
}

/** The address of one of the pages, such as page('users.html', {account}). */
export function page(name, params = {}) {
  const url = new URL(name, appRoot);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.href;
}
