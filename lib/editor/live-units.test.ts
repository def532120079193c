import { describe, expect, it } from "vitest";
import { changesToTake, isBusy } from "./live-units";

describe("isBusy", () => {
  it("holds a unit with unsaved text, a save on its way or a conflict", () => {
    expect(isBusy("dirty", false)).toBe(true);
    expect(isBusy("saving", false)).toBe(true);
    expect(isBusy("conflict", false)).toBe(true);
    expect(isBusy("idle", true)).toBe(true);
  });

  it("lets go of a unit that is saved, failed, gone or has no draft", () => {
    expect(isBusy("idle", false)).toBe(false);
    expect(isBusy("saved", false)).toBe(false);
    expect(isBusy("failed", false)).toBe(false);
    // No draft: nothing typed here, whatever the save map says (the editor's rule, kept as it was).
    expect(isBusy(undefined, true)).toBe(false);
  });
});

describe("changesToTake", () => {
  const loaded = new Map([
    [1, 3],
    [2, 5],
  ]);
  const version = (id: number) => loaded.get(id);

  it("takes newer versions and units not loaded yet, not older or equal ones", () => {
    const changes = [
      { id: 1, version: 4 },
      { id: 2, version: 5 },
      { id: 2, version: 4 },
      { id: 9, version: 1 },
    ];
    expect(changesToTake(changes, version, () => false).map((u) => [u.id, u.version])).toEqual([
      [1, 4],
      [9, 1],
    ]);
  });

  it("never lets an older version follow a newer one of the same unit", () => {
    const changes = [
      { id: 1, version: 6 },
      { id: 1, version: 4 },
      { id: 1, version: 7 },
    ];
    expect(changesToTake(changes, version, () => false).map((u) => u.version)).toEqual([6, 7]);
  });

  it("never replaces a unit being typed or saved", () => {
    expect(changesToTake([{ id: 1, version: 9 }], version, (id) => id === 1)).toEqual([]);
  });
});
