import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fullLine, helpLine, SHORTCUT_IDS, SHORTCUTS, shortcutsFor } from "@/lib/editor/shortcuts";
import en from "./en.json";
import hi from "./hi.json";

describe("the shortcut table", () => {
  it("has every shortcut once, each described in both languages", () => {
    expect(SHORTCUTS.map((s) => s.id)).toEqual([...SHORTCUT_IDS]);
    for (const id of SHORTCUT_IDS) {
      expect(en.editor.shortcuts[id], id).toBeTruthy();
      expect(hi.editor.shortcuts[id], id).toMatch(/[\u0900-\u097F]/);
    }
  });

  it("leaves reviewers' shortcuts out for translators, and the help line is a subset of the list", () => {
    expect(shortcutsFor(false).map((s) => s.id)).not.toContain("approve");
    expect(shortcutsFor(true).map((s) => s.id)).toContain("reject");
    const line = helpLine((id) => en.editor.shortcuts[id]);
    expect(line).toContain("Ctrl+Enter marks translated and moves on · Alt+↑/↓ moves between units");
    expect(line).not.toContain("Alt+Shift+A");
  });

  it("is what the README says, word for word", () => {
    const readme = readFileSync(path.join(__dirname, "..", "README.md"), "utf8").replace(/\s+/g, " ");
    const expected = `Keyboard in the editor: ${fullLine((id) => en.editor.shortcuts[id], en.editor.shortcutsReviewer)}.`;
    expect(readme).toContain(expected);
  });
});
