/** Space kept between the active unit and the edges of the list (and of the window). */
export const REVEAL_MARGIN_PX = 24;

/**
 * Scrolls `row` fully into view inside `scroller`, with a margin, moving as little as possible (a
 * row taller than the list is aligned at its top), then makes sure the row is inside the window
 * too. Measured from the rendered boxes, so it holds whatever height the rows turned out to have —
 * the browser's own focus scrolling stops at the edge, and the list's estimate is only a guess.
 */
export function scrollRowIntoView(scroller: HTMLElement, row: HTMLElement, margin = REVEAL_MARGIN_PX): void {
  const view = scroller.getBoundingClientRect();
  const inner = { top: view.top + scroller.clientTop, bottom: view.top + scroller.clientTop + scroller.clientHeight };
  const box = row.getBoundingClientRect();
  const above = box.top - margin - inner.top;
  const below = box.bottom + margin - inner.bottom;
  if (above < 0 || box.height + 2 * margin > inner.bottom - inner.top) scroller.scrollTop += above;
  else if (below > 0) scroller.scrollTop += below;

  const placed = row.getBoundingClientRect();
  const windowBelow = placed.bottom + margin - window.innerHeight;
  if (placed.top - margin < 0) window.scrollBy(0, placed.top - margin);
  else if (windowBelow > 0) window.scrollBy(0, windowBelow);
}

/** Frames to keep correcting after the row appears: the list measures rows as they render, which moves them. */
const SETTLE_FRAMES = 4;
/** How long to wait for a row that is still being fetched (about two seconds of frames). */
const WAIT_FRAMES = 120;

/**
 * Waits for the row of unit `id` to be rendered in `scroller`, focuses it (or its English box when
 * `edit` and the box is editable) without the browser's own scrolling, and keeps it in view while
 * the list settles.
 */
export function revealUnit(scroller: () => HTMLElement | null, id: number, options: { edit: boolean; focus?: boolean }): void {
  let waited = 0;
  let settled = 0;
  const attempt = () => {
    const list = scroller();
    const row = list?.querySelector<HTMLElement>(`[data-unit-id="${id}"]`);
    if (!list || !row) {
      if (waited++ < WAIT_FRAMES) requestAnimationFrame(attempt);
      return;
    }
    if (settled === 0 && options.focus !== false) {
      const box = options.edit ? row.querySelector<HTMLTextAreaElement>("textarea:not([readonly])") : null;
      (box ?? row).focus({ preventScroll: true });
    }
    scrollRowIntoView(list, row);
    if (settled++ < SETTLE_FRAMES) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}
