/**
 * Every keyboard shortcut of the editor, once: the `?` overlay lists them all, the help line under the
 * toolbar shows those marked `helpLine`, and the README's section is checked against the same table
 * (messages/shortcuts-readme.test.ts). The key handler in editor.tsx implements them.
 */
export interface Shortcut {
  /** Message key under editor.shortcuts. */
  id: ShortcutId;
  /** The keys as printed on the keyboard (the same in every language). */
  keys: string;
  /** Shown in the one-line help under the toolbar, too. */
  helpLine: boolean;
  /** Only reviewers and admins have it. */
  reviewer?: boolean;
}

export const SHORTCUT_IDS = [
  "edit",
  "translateNext",
  "save",
  "navigate",
  "cancel",
  "merge",
  "split",
  "moveSentence",
  "undo",
  "insertTerm",
  "insertMemory",
  "propagate",
  "copyTokens",
  "copySource",
  "find",
  "replace",
  "concordance",
  "readText",
  "approve",
  "reject",
  "overlay",
] as const;
export type ShortcutId = (typeof SHORTCUT_IDS)[number];

export const SHORTCUTS: readonly Shortcut[] = [
  { id: "edit", keys: "Enter", helpLine: true },
  { id: "translateNext", keys: "Ctrl+Enter", helpLine: true },
  { id: "save", keys: "Enter", helpLine: false },
  { id: "navigate", keys: "Alt+↑/↓", helpLine: true },
  { id: "cancel", keys: "Esc", helpLine: true },
  { id: "merge", keys: "Alt+Shift+M", helpLine: true },
  { id: "split", keys: "Alt+Shift+S", helpLine: true },
  { id: "moveSentence", keys: "Alt+Shift+↑/↓", helpLine: true },
  { id: "undo", keys: "Alt+Shift+Z", helpLine: true },
  { id: "insertTerm", keys: "Alt+Shift+1…9", helpLine: false },
  { id: "insertMemory", keys: "Ctrl+1…3", helpLine: false },
  { id: "propagate", keys: "Alt+Shift+P", helpLine: false },
  { id: "copyTokens", keys: "Alt+Shift+C", helpLine: false },
  { id: "copySource", keys: "Alt+Shift+X", helpLine: false },
  { id: "find", keys: "Ctrl+F", helpLine: false },
  { id: "replace", keys: "Ctrl+H", helpLine: false },
  { id: "concordance", keys: "Ctrl+K", helpLine: false },
  { id: "readText", keys: "Alt+Shift+T", helpLine: false },
  { id: "approve", keys: "Alt+Shift+A", helpLine: false, reviewer: true },
  { id: "reject", keys: "Alt+Shift+R", helpLine: false, reviewer: true },
  { id: "overlay", keys: "?", helpLine: true },
];

/** The shortcuts a person with this standing has. */
export function shortcutsFor(isReviewer: boolean): Shortcut[] {
  return SHORTCUTS.filter((s) => isReviewer || !s.reviewer);
}

/** One line of help, "keys description · keys description", from any translation of the descriptions. */
export function helpLine(label: (id: ShortcutId) => string, shortcuts: readonly Shortcut[] = SHORTCUTS): string {
  return shortcuts
    .filter((s) => s.helpLine)
    .map((s) => `${s.keys} ${label(s.id)}`)
    .join(" · ");
}

/** The full list as one line, for the README: every shortcut, reviewers' marked. */
export function fullLine(label: (id: ShortcutId) => string, reviewerNote: string): string {
  return SHORTCUTS.map((s) => `${s.keys} ${label(s.id)}${s.reviewer ? ` (${reviewerNote})` : ""}`).join(" · ");
}
