/**
 * Renders per component, counted only when a test or the bench asks (window.__setuRenders set by
 * its init script, keyed "editor", "unit-list", or a unit id for its row): how they check that a
 * keystroke re-renders the active row and nothing else.
 */
export function countRender(key: string | number) {
  const counts = (globalThis as { __setuRenders?: Record<string, number> }).__setuRenders;
  if (counts) counts[key] = (counts[key] ?? 0) + 1;
}
