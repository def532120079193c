import { describe, expect, test } from "vitest";
import { normaliseForSearch, normaliseText, stripControlChars } from "@/lib/text/normalise";

const VIRAMA = "\u094D";
const ZWJ = "\u200D";
const ZWNJ = "\u200C";
const NUKTA = "\u093C";

describe("normaliseText", () => {
  test("precomposed and decomposed nukta letters both become base + nukta", () => {
    // U+0958 is a composition exclusion, so NFC decomposes it.
    expect(normaliseText("\u0958")).toBe("\u0915" + NUKTA);
    expect(normaliseText("\u0915" + NUKTA)).toBe("\u0915" + NUKTA);
    expect(normaliseText("\u095B\u0930\u0942\u0930")).toBe(normaliseText("\u091C\u093C\u0930\u0942\u0930"));
  });

  test("nukta letters that are not excluded compose", () => {
    expect(normaliseText("\u0928" + NUKTA)).toBe("\u0929");
    expect(normaliseText("\u0921" + NUKTA)).toBe("\u0921" + NUKTA); // ड़ (U+095C) is excluded
  });

  test("decomposed vowel sequences are composed", () => {
    expect(normaliseText("\u0905\u093E\u092E")).toBe("\u0906\u092E"); // अ ा म → आम
    expect(normaliseText("\u0915\u093E\u0947")).toBe("\u0915\u094B"); // क ा े → को
    expect(normaliseText("\u090F\u0947\u0915")).toBe("\u0910\u0915"); // ए े क → ऐक
    expect(normaliseText("\u0905\u093E\u0947")).toBe("\u0913"); // अ ा े → ओ
  });

  test("whitespace runs of every kind collapse to one space and are trimmed", () => {
    expect(normaliseText("  राम\u00A0\u00A0घर\t\tगया\r\n\nआज\u2003।  ")).toBe("राम घर गया आज ।");
  });

  test("control characters are removed, line-like ones act as spaces", () => {
    expect(normaliseText("a\u0000b\u0007c\u007Fd\u009Be")).toBe("a b c d e");
    expect(normaliseText("\u0000(a)\u0007, b.\u001B")).toBe("(a), b.");
    expect(normaliseText("one\u0085two")).toBe("one two");
  });

  test("a control between two words leaves the gap it stood for (the pasted ESC/NUL case)", () => {
    expect(normaliseText("यह\u001Bदूसरा")).toBe("यह दूसरा");
    expect(normaliseText("यह\u0000\u0000दूसरा वाक्य")).toBe("यह दूसरा वाक्य");
    // Inside an akshara (before a vowel sign or virama) it is noise and goes without a trace.
    expect(normaliseText("क\u001Bाम क\u0000्या")).toBe("काम क्या");
    expect(normaliseText("मेरे\u001Bघर")).toBe("मेरे घर");
  });

  test("BOM is removed anywhere", () => {
    expect(normaliseText("\uFEFFराम\uFEFF गया")).toBe("राम गया");
  });

  test("ZWJ/ZWNJ after a virama are kept", () => {
    const half = "\u0915" + VIRAMA + ZWJ + "\u0937";
    const explicit = "\u0915" + VIRAMA + ZWNJ + "\u0937";
    expect(normaliseText(half)).toBe(half);
    expect(normaliseText(explicit)).toBe(explicit);
  });

  test("ZWJ/ZWNJ between two Devanagari characters are kept", () => {
    const text = "\u0930" + ZWJ + VIRAMA + "\u092F";
    expect(normaliseText(text)).toBe(text);
  });

  test("stray joiners are removed", () => {
    expect(normaliseText(ZWJ + "राम" + ZWNJ)).toBe("राम");
    expect(normaliseText("ab" + ZWJ + "cd")).toBe("abcd");
    expect(normaliseText("राम " + ZWNJ + "घर")).toBe("राम घर");
    expect(normaliseText("\u0915" + VIRAMA + ZWJ + ZWJ + "\u0937")).toBe("\u0915" + VIRAMA + ZWJ + "\u0937");
  });

  test("quotes, dandas and punctuation are kept as written", () => {
    const text = "“उसने कहा,” 'ठीक है'॥ \"हाँ\"। ... — –";
    expect(normaliseText(text)).toBe(text);
  });

  test("is idempotent", () => {
    const once = normaliseText("  \u0958\u093E\u0947 " + ZWJ + "x\u00A0y ");
    expect(normaliseText(once)).toBe(once);
  });

  test("empty and blank input give an empty string", () => {
    expect(normaliseText("")).toBe("");
    expect(normaliseText(" \t\n\u00A0\uFEFF")).toBe("");
  });
});

describe("normaliseForSearch", () => {
  test("lower-cases Latin and normalises Hindi", () => {
    expect(normaliseForSearch("  Delhi  मेट्रो\u00A0NEWS ")).toBe("delhi मेट्रो news");
    expect(normaliseForSearch("\u095B")).toBe(normaliseForSearch("\u091C\u093C"));
  });
});

describe("stripControlChars", () => {
  test("keeps tabs and newlines, removes other controls", () => {
    expect(stripControlChars("a\tb\nc\u0000d\u0008e\u001Bf\u007Fg\u0085h")).toBe("a\tb\nc d e f g h");
    expect(stripControlChars("\u001BSaved.\u0000")).toBe("Saved.");
    expect(stripControlChars("यह\u001Bदूसरा")).toBe("यह दूसरा");
  });

  test("CR and CRLF become LF instead of vanishing", () => {
    expect(stripControlChars("one\r\ntwo\rthree")).toBe("one\ntwo\nthree");
  });

  test("leaves other text untouched", () => {
    const text = "  Two  spaces\u00A0and “quotes” ";
    expect(stripControlChars(text)).toBe(text);
  });
});
