// The one place the dashboard talks to the server: same-origin JSON from /api/v1.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export async function getJSON(path, params) {
  const url = new URL(path, window.location.origin);
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== undefined && value !== null && value !== "") url.searchParams.set(key, value);
  }
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  let body = null;
  try {
    body = await response.json();
  } catch (_err) {
    body = null;
  }
  if (!response.ok) {
    const message = body && body.error ? body.error.message : `HTTP ${response.status}`;
    throw new ApiError(response.status, message);
  }
  return body;
}

export const api = (path, params) => getJSON(`/api/v1/${path}`, params);

let worldPromise = null;
export function world() {
  if (!worldPromise) worldPromise = getJSON("/static/vendor/world-atlas/countries-50m.json");
  return worldPromise;
}
