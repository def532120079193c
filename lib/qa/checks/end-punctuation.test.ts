import { describe, expect, it } from "vitest";
import { checkEndPunctuation, endMark } from "./end-punctuation";

const codes = (hi: string, en: string) => checkEndPunctuation(hi, en).map((i) => i.code);

describe("end-punctuation", () => {
  it("maps the danda and double danda to a full stop", () => {
    expect(endMark("किसान आए।")).toBe(".");
    expect(endMark("श्लोक॥")).toBe(".");
    expect(endMark("क्या वे आए?")).toBe("?");
    expect(endMark("और फिर…")).toBe("…");
    expect(endMark("And then...")).toBe("…");
    expect(endMark("शीर्षक")).toBe("");
  });
  it("passes matching ends, looking through closing quotes on either side", () => {
    expect(codes("किसान आए।", "The farmers came.")).toEqual([]);
    expect(codes("क्या वे आए?", "Did they come?")).toEqual([]);
    expect(codes("उसने कहा, “चलो”।", "He said, “Let’s go.”")).toEqual([]);
    expect(codes("शीर्षक", "Heading")).toEqual([]);
  });
  it("flags a missing full stop", () => {
    expect(checkEndPunctuation("किसान आए।", "The farmers came")).toEqual([
      expect.objectContaining({ code: "endPunctuationMissing", severity: "warning", params: { hindi: "।", expected: "." } }),
    ]);
  });
  it("flags a different mark", () => {
    expect(codes("क्या वे आए?", "They came.")).toEqual(["endPunctuationDifferent"]);
    expect(codes("वाह!", "Wow.")).toEqual(["endPunctuationDifferent"]);
  });
  it("flags a full stop the Hindi heading does not have", () => {
    expect(codes("परिचय", "Introduction.")).toEqual(["endPunctuationExtra"]);
  });
  it("flags a danda in the English, with a fix", () => {
    const [issue] = checkEndPunctuation("किसान आए।", "The farmers came ।");
    expect(issue).toMatchObject({ code: "dandaInEnglish", severity: "error", fix: "The farmers came." });
  });
  it("asks for the closing quote when the whole Hindi is quoted", () => {
    expect(codes("“हम जीतेंगे।”", "“We will win.")).toEqual(["endQuoteMissing"]);
    expect(codes("“हम जीतेंगे।”", "“We will win.”")).toEqual([]);
    // reported speech: English may move the speaker to the end
    expect(codes("उन्होंने कहा, “हम जीतेंगे।”", "“We will win,” he said.")).toEqual([]);
  });
  it("leaves an empty English to the untranslated check", () => {
    expect(codes("किसान आए।", "")).toEqual([]);
  });
});
