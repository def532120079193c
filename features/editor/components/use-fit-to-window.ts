import { type RefObject, useLayoutEffect } from "react";

/** Below this the list would be useless; a very small window scrolls the page instead. */
const MIN_HEIGHT_PX = 240;

/**
 * Sizes the element so that it ends `gap` pixels above the bottom of the window, whatever sits above
 * it (header, toolbar, a notice that appears, a toolbar that wraps): the editor's list then fits the
 * window and the active unit can never settle below the fold.
 */
export function useFitToWindow(ref: RefObject<HTMLElement | null>, gap = 12): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const resize = () => {
      const top = element.getBoundingClientRect().top + window.scrollY;
      const height = `${Math.max(MIN_HEIGHT_PX, Math.floor(window.innerHeight - top - gap))}px`;
      if (element.style.height !== height) element.style.height = height;
    };
    resize();
    // Content above the list changing height changes the page's height: observe that.
    const observer = new ResizeObserver(resize);
    observer.observe(document.body);
    window.addEventListener("resize", resize);
    return () => {
      observer.disconnect();
      window.removeEventListener("resize", resize);
    };
  }, [ref, gap]);
}
