import { type MessageFormatElement, parse, TYPE } from "@formatjs/icu-messageformat-parser";
import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import hi from "@/messages/hi.json";
import { describeError, type ErrorTranslator, messageConstants, paramsOf } from "./describe-error";
import { AppError, errorReasons, inputError, reasonParams } from "./errors";

const tEn = createTranslator({ locale: "en", messages: en, namespace: "errors" });
const tHi = createTranslator({ locale: "hi", messages: hi, namespace: "errors" });
const translators: Record<"en" | "hi", ErrorTranslator> = { en: (key, values) => tEn(key, values), hi: (key, values) => tHi(key, values) };

function argumentsOf(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
      found.add(el.value);
      if (el.type === TYPE.plural || el.type === TYPE.select) for (const option of Object.values(el.options)) walk(option.value);
      if (el.type === TYPE.tag) walk(el.children);
    }
  };
  walk(parse(message));
  return [...found].sort();
}

const params: Partial<Record<string, readonly string[]>> = reasonParams;

/**
 * Latin words a Hindi message may keep: names of formats, encodings and file extensions, the CSV
 * columns and options a user types as they are. Anything else in Latin letters is English that
 * leaked into the Hindi UI.
 */
const LATIN_IN_HINDI = new Set(
  "CSV XML JSON UTF TMX TBX XLIFF QA ISO Word docx doc srt csv tbx xml hindi english since auto line blank file".split(" "),
);
const englishWords = (text: string) => (text.match(/[A-Za-z]+/g) ?? []).filter((w) => !LATIN_IN_HINDI.has(w));

/** Sample details for a reason: numbers for counts and positions, Devanagari for names. */
function sampleDetails(reason: (typeof errorReasons)[number]): Record<string, unknown> {
  const details: Record<string, unknown> = { reason };
  for (const name of params[reason] ?? []) details[name] = ["hindi", "migration", "file", "value", "english"].includes(name) ? "परीक्षा" : 7;
  return details;
}

describe("every error reason has a message", () => {
  it("in errors.reasons of en.json and hi.json, and no message for a reason that does not exist", () => {
    for (const messages of [en, hi]) {
      const keys = Object.keys(messages.errors.reasons).sort();
      expect(keys).toEqual([...errorReasons].sort());
    }
  });

  it("that interpolates exactly the values its throw site must give (reasonParams) and the product's constants", () => {
    const wrong = [];
    for (const reason of errorReasons) {
      const allowed = [...(params[reason] ?? []), ...Object.keys(messageConstants)];
      for (const [lang, messages] of [
        ["en", en],
        ["hi", hi],
      ] as const) {
        const args = argumentsOf(messages.errors.reasons[reason]);
        const missing = (params[reason] ?? []).filter((p) => !args.includes(p));
        const extra = args.filter((a) => !allowed.includes(a));
        if (missing.length || extra.length) wrong.push({ reason, lang, missing, extra });
      }
    }
    expect(wrong).toEqual([]);
  });

  it("and in Hindi that message is Hindi: no English word, whatever the details", () => {
    const leaks = errorReasons
      .map((reason) => ({ reason, text: describeError(translators.hi, { code: "BAD_INPUT", reason, details: sampleDetails(reason) }) }))
      .filter(({ text }) => englishWords(text).length > 0 || /\{|\}/.test(text));
    expect(leaks).toEqual([]);
  });

  it("the English-word check itself finds English in a Hindi message", () => {
    expect(englishWords("CSV पंक्ति 3: header must be")).toEqual(["header", "must", "be"]);
  });
});

describe("describeError", () => {
  it("formats the reason's message with its details, never the server's English message", () => {
    const error = new AppError("MALFORMED_FILE", "CSV line 4: expected 5 columns, found 2", {
      reason: "csvColumns",
      line: 4,
      expected: 5,
      found: 2,
    }).toEnvelope();
    expect(describeError(translators.en, error)).toBe("CSV line 4: expected 5 columns, found 2.");
    expect(describeError(translators.hi, error)).toBe("CSV पंक्ति 4: 5 स्तंभ अपेक्षित थे, 2 मिले।");
  });

  it("formats numbers in the UI's locale", () => {
    const error = { code: "TOO_LARGE", reason: "fileTooLarge", details: { limit: 10_000_000 } } as const;
    expect(describeError(translators.en, error)).toBe("The file is too large: the limit is 10,000,000 bytes.");
    expect(describeError(translators.hi, error)).toContain("1,00,00,000");
  });

  it("falls back to the code's message without a reason, and to INTERNAL for a failed fetch", () => {
    expect(describeError(translators.hi, { code: "NOT_FOUND" })).toBe(hi.errors.NOT_FOUND);
    expect(describeError(translators.en, { code: "NETWORK" })).toBe(en.errors.INTERNAL);
    expect(describeError(translators.en, { code: "BAD_INPUT", details: { reason: "titleRequired" } })).toBe(
      en.errors.reasons.titleRequired,
    );
  });

  it("fills the product's constants (the password's minimum length)", () => {
    expect(describeError(translators.en, { code: "BAD_INPUT", reason: "weakPassword" })).toContain("at least 10 characters");
  });

  it("gives a missing value as empty rather than failing (the constructor's types make it rare)", () => {
    expect(paramsOf("csvHindiEmpty", {})).toMatchObject({ line: "" });
  });
});

describe("inputError", () => {
  it("keeps a schema's own reason and names the field", () => {
    const error = inputError({ path: ["english"], message: "tooLong" }, "input");
    expect(error.toEnvelope()).toMatchObject({ code: "BAD_INPUT", reason: "tooLong", details: { field: "english" } });
  });

  it("makes zod's own English (or a reason that would need values) invalidInput with the field", () => {
    expect(inputError({ path: [], message: "Expected string, received number" }, "body").toEnvelope()).toMatchObject({
      reason: "invalidInput",
      details: { field: "body" },
    });
    expect(inputError({ path: ["x"], message: "csvColumns" }, "input").reason).toBe("invalidInput");
  });
});
