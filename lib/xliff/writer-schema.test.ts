/** Written XLIFF held up to the OASIS schemas (native xmllint) and to translate-toolkit. */
import { describe, expect, it } from "vitest";
import { readWithTranslateToolkit, validateWithXsd, XLIFF12_SCHEMA, XLIFF20_SCHEMA } from "@/tests/support/third-party-readers";
import { sampleXliff } from "./xliff.test-helpers";

describe("XLIFF 1.2 output", () => {
  it("validates against the OASIS XLIFF 1.2 schema", () => {
    expect(validateWithXsd(sampleXliff("1.2"), XLIFF12_SCHEMA)).toEqual({ ok: true, errors: "" });
  });

  it("fails the schema check when an element is out of place (the check can fail)", () => {
    const broken = sampleXliff("1.2").replace("<source>बाढ़", '<target state="new">x</target><source>बाढ़');
    expect(validateWithXsd(broken, XLIFF12_SCHEMA).ok).toBe(false);
  });

  it("is read by translate-toolkit with ids, texts, states and approval", () => {
    const units = readWithTranslateToolkit(sampleXliff("1.2"));
    expect(units.map((u) => u.id)).toEqual(["setu-1", "setu-2", "7", "setu-4", "setu-5", "setu-6"]);
    expect(units[0]).toMatchObject({ source: "बाढ़ की रिपोर्ट", target: "Flood report", approved: true, state: "final" });
    expect(units[1]).toMatchObject({
      source: "भारत एक विशाल देश है। यहाँ कई भाषाएँ हैं॥",
      target: "India is a vast country with many languages.",
      approved: false,
      state: "translated",
    });
    expect(units[1].notes).toContain('check <"many"> & more');
    expect(units[2]).toMatchObject({
      source: "राम & श्याम <मित्र> हैं।",
      target: "Ram & Shyam are <friends>.",
      state: "needs-review-translation",
    });
    expect(units[3]).toMatchObject({ target: null, approved: false });
    expect(units[4]).toMatchObject({ source: "नियंत्रण वर्ण।", state: "new", target: "Control chars 🎉." });
  });
});

describe("XLIFF 2.0 output", () => {
  it("validates against the OASIS XLIFF 2.0 core schema", () => {
    expect(validateWithXsd(sampleXliff("2.0"), XLIFF20_SCHEMA)).toEqual({ ok: true, errors: "" });
  });

  it("fails the schema check with a state the core does not define (the check can fail)", () => {
    const broken = sampleXliff("2.0").replace('state="final"', 'state="approved"');
    expect(validateWithXsd(broken, XLIFF20_SCHEMA).ok).toBe(false);
  });
});
