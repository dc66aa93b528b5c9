/** When and which: the time and the id stamped on what a parent does (a check-in, a saved moment). */

/** Now, as the ISO 8601 text every event detail carries. */
export const now = (): string => new Date().toISOString();

/** A new id. randomUUID needs a secure context; an id only has to be unique, not secret. */
export const newId = (): string =>
  crypto.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
