import { describe, expect, it } from "vitest";
import { createUnitStore } from "./unit-store";

interface Unit {
  id: number;
  english: string;
}

function setUp() {
  const store = createUnitStore<Unit, { text: string }>([
    [1, { id: 1, english: "one" }],
    [2, { id: 2, english: "two" }],
  ]);
  const heard: string[] = [];
  const off1 = store.subscribeUnit(1, () => heard.push("unit 1"));
  const off2 = store.subscribeUnit(2, () => heard.push("unit 2"));
  const offAll = store.subscribe(() => heard.push("any"));
  return { store, heard, off1, off2, offAll };
}

describe("createUnitStore", () => {
  it("starts with the initial units and wakes nobody for them", () => {
    const { store, heard } = setUp();
    expect(store.units.get(2)?.english).toBe("two");
    expect(store.units.size).toBe(2);
    expect(heard).toEqual([]);
    expect(store.version()).toBe(0);
  });

  it("a draft typed into one unit wakes that unit's listeners and the whole-store ones, not another unit's", () => {
    const { store, heard } = setUp();
    store.drafts.set(1, { text: "on" });
    store.drafts.set(1, { text: "one!" });
    expect(heard).toEqual(["unit 1", "any", "unit 1", "any"]);
    expect(store.version()).toBe(2);
  });

  it("setting the same object again changes nothing", () => {
    const { store, heard } = setUp();
    const unit = store.units.get(2);
    if (!unit) throw new Error("unit 2 missing");
    store.units.set(2, unit);
    expect(heard).toEqual([]);
    expect(store.version()).toBe(0);
  });

  it("deleting wakes the unit only when it was there; clear wakes every unit it held", () => {
    const { store, heard } = setUp();
    expect(store.units.delete(3)).toBe(false);
    expect(heard).toEqual([]);
    store.units.clear();
    expect(store.units.size).toBe(0);
    expect(heard).toEqual(["unit 1", "any", "unit 2", "any"]);
  });

  it("an unsubscribed listener is not called again", () => {
    const { store, heard, off1, offAll } = setUp();
    off1();
    offAll();
    store.units.set(1, { id: 1, english: "uno" });
    store.units.set(2, { id: 2, english: "dos" });
    expect(heard).toEqual(["unit 2"]);
  });
});
