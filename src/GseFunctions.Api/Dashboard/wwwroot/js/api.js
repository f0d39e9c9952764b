// The API client of the console: every call goes to this host's /api/ with the key from sessionStorage.
// The page itself holds no data and needs no key; a 401 forgets the key and asks for it again.

const KEY = 'gsef.key';
const apiBase = new URL('../', document.baseURI); // the console lives at <base>/api/dashboard/

/** Thrown when the API refused the key (or there is none yet). */
export class Unauthorized extends Error {
  constructor() { super('The API key was refused.'); this.name = 'Unauthorized'; }
}

/** An answer other than 2xx: its status and the problem details (RFC 9457) when it sent them. */
export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem || {};
  }
}

let unauthorized = () => {};

/** Sets what happens when a call is refused for its key (true) or there is no key (false): the console shows the key prompt. */
export function onUnauthorized(handler) { unauthorized = handler; }

export function hasKey() { return Boolean(sessionStorage.getItem(KEY)); }
export function setKey(key) { sessionStorage.setItem(KEY, key); }
export function forgetKey() { sessionStorage.removeItem(KEY); }

/**
 * Calls the API. `path` is relative to /api/ (e.g. "rollouts?top=20"). Resolves with the parsed JSON (null for an
 * empty body); rejects with Unauthorized on 401 (after forgetting the key) or ApiError for any other failure.
 */
export async function api(path, { method = 'GET', body } = {}) {
  const key = sessionStorage.getItem(KEY);
  if (!key) {
    unauthorized(false);
    throw new Unauthorized();
  }

  const headers = { 'x-functions-key': key, accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(new URL(path, apiBase), {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    cache: 'no-store',
    credentials: 'omit',
  });
  if (response.status === 401) {
    forgetKey();
    unauthorized(true);
    throw new Unauthorized();
  }

  const text = await response.text();
  let data = null;
  if (text) {
    try { data = JSON.parse(text); } catch { data = null; }
  }

  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}

/** Like api(), but null when the route answers 404 (e.g. a route this host does not serve yet). */
export async function apiOrNull(path) {
  try {
    return await api(path);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  }
}
