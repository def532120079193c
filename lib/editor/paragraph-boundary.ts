/** The Hindi of a unit as the editor holds it: its sentences with their paragraph indices. */
interface WithHindi {
  hindi: readonly { paragraph: number }[];
}

/**
 * Whether the editor draws a paragraph boundary above `unit`: the unit shown before it ends in a
 * different paragraph from the one this unit starts in. Units not loaded yet, and English-only
 * units (no Hindi, so no paragraph), draw none, so the rule never flickers in while scrolling.
 */
export function startsParagraph(unit: WithHindi | undefined, previous: WithHindi | undefined): boolean {
  const first = unit?.hindi[0];
  const last = previous?.hindi[previous.hindi.length - 1];
  return first !== undefined && last !== undefined && first.paragraph !== last.paragraph;
}
