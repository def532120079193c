import { describe, expect, it } from "vitest";
import { startsParagraph } from "./paragraph-boundary";

const unit = (...paragraphs: number[]) => ({ hindi: paragraphs.map((paragraph) => ({ paragraph })) });

describe("startsParagraph", () => {
  it("draws a boundary where the paragraph changes between neighbouring units", () => {
    expect(startsParagraph(unit(1), unit(0))).toBe(true);
    expect(startsParagraph(unit(0), unit(0))).toBe(false);
  });

  it("compares the previous unit's last sentence with this unit's first (merged units)", () => {
    expect(startsParagraph(unit(1, 2), unit(0, 1))).toBe(false);
    expect(startsParagraph(unit(2), unit(0, 1))).toBe(true);
  });

  it("draws none for the first unit, units not loaded yet and English-only units", () => {
    expect(startsParagraph(unit(0), undefined)).toBe(false);
    expect(startsParagraph(undefined, unit(0))).toBe(false);
    expect(startsParagraph(unit(), unit(0))).toBe(false);
    expect(startsParagraph(unit(1), unit())).toBe(false);
  });
});
