/**
 * A browser-wide signal that data of one API area changed ("learning", "notifications"), for the parts of the
 * page that do not share the TanStack Query cache: the header's bell and the course player (server actions).
 * The query cache listens too (see react.tsx) and refetches that area's queries.
 */
const EVENT = "portal:api-changed";

export function announceChange(area: string) {
  window.dispatchEvent(new CustomEvent<string>(EVENT, { detail: area }));
}

export function onChange(listener: (area: string) => void): () => void {
  const handle = (event: Event) => listener((event as CustomEvent<string>).detail);
  window.addEventListener(EVENT, handle);
  return () => window.removeEventListener(EVENT, handle);
}
