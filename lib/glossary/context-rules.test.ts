import { describe, expect, it } from "vitest";
import { buildMatcher } from "./matcher";
import type { GlossaryEntryInput } from "./types";

function entry(id: string, hindi: string, partOfSpeech: string | null = null): GlossaryEntryInput {
  return { id, hindi, english: [{ text: id, status: "preferred" }], partOfSpeech };
}

const matcher = buildMatcher([
  entry("first", "पहला", "adjective"),
  entry("walk", "चलना", "verb"),
  entry("take", "लेना", "verb"),
  entry("give", "देना", "verb"),
  entry("hit", "मारना", "verb"),
  entry("go", "जाना", "verb"),
  entry("freeze", "जमना", "verb"),
  entry("say", "कहना", "verb"),
  entry("want", "चाहना", "verb"),
  entry("do", "करना", "verb"),
  entry("ask", "माँगना", "verb"),
  entry("demand", "माँग", "noun-f"),
  entry("hear", "सुनना", "verb"),
  entry("honour", "मान", "noun"),
  entry("believe", "मानना", "verb"),
]);
const found = (text: string) => matcher.match(text).map((m) => `${m.entryId}:${m.text}`);

describe("precision guards: homographs", () => {
  it("पहले is 'first' before its noun, not 'before / ago'", () => {
    expect(found("पहले दौर में")).toEqual(["first:पहले"]);
    expect(found("उसके पहले उपन्यास का")).toEqual(["first:पहले"]);
    expect(found("चुनाव से पहले बैठक")).toEqual([]);
    expect(found("इससे पहले वह आया")).toEqual([]);
    expect(found("तीन साल पहले यहाँ")).toEqual([]);
    expect(found("10 किमी पहले मोड़")).toEqual([]);
    expect(found("वह पहले से जानता था")).toEqual([]);
    expect(found("ऐसा पहले कभी नहीं हुआ")).toEqual([]);
    expect(found("वह आया था पहले।")).toEqual([]);
    expect(found("पहली बार")).toEqual(["first:पहली"]);
  });

  it("के चलते 'because of' is not चलना; चलते elsewhere is", () => {
    expect(found("बारिश के चलते मैच रद्द")).toEqual([]);
    expect(found("इसके चलते देर हुई")).toEqual([]);
    expect(found("लोग पैदल चलते हैं")).toEqual(["walk:चलते"]);
  });

  it("से लेकर 'from … to' and के लिए 'for' are not लेना", () => {
    expect(found("सुबह से लेकर शाम तक")).toEqual([]);
    expect(found("किताब लेकर आया")).toEqual(["take:लेकर"]);
    expect(found("बच्चों के लिए किताबें")).toEqual([]);
    expect(found("उनके लिए")).toEqual([]);
    expect(found("उन्होंने पैसे लिए थे")).toEqual(["take:लिए"]);
  });

  it("के मारे, जाने-माने, न जाने, जमकर, दो, कहीं, चाहिए, चाहे keep their own meaning", () => {
    expect(found("डर के मारे")).toEqual([]);
    expect(found("गोली से मारे गए")).toEqual(["hit:मारे", "go:गए"]);
    expect(found("जाने-माने लेखक")).toEqual([]);
    expect(found("न जाने क्यों")).toEqual([]);
    expect(found("घर जाने का समय")).toEqual(["go:जाने"]);
    expect(found("जमकर बारिश हुई")).toEqual([]);
    expect(found("दो लोग आए")).toEqual([]);
    expect(found("कहीं और")).toEqual([]);
    expect(found("उसे जाना चाहिए")).toEqual(["go:जाना"]);
    expect(found("चाहे जो हो")).toEqual([]);
  });

  it("की is करना only before an auxiliary, a conjunction or the end of a clause", () => {
    expect(found("राम की किताब")).toEqual([]);
    expect(found("उसने मदद की थी")).toEqual(["do:की"]);
    expect(found("जाँच की गई")).toEqual(["do:की", "go:गई"]);
    expect(found("उसने बात की।")).toEqual(["do:की"]);
  });
});

describe("precision guards: bare verb stems", () => {
  it("a bare stem is the verb only before a vector or modal verb (with a particle between)", () => {
    expect(found("वह सुन रहा है")).toEqual(["hear:सुन"]);
    expect(found("वह सुन नहीं सका")).toEqual(["hear:सुन"]);
    expect(found("सुन लिया")).toEqual(["hear:सुन", "take:लिया"]);
    expect(found("मैं सुन कर लौटा")).toEqual(["hear:सुन"]);
    expect(found("सुन")).toEqual([]);
  });

  it("the verb stem माँग before a vector is माँगना; the noun माँग stays the noun elsewhere", () => {
    expect(found("वे इस्तीफा माँग रहे हैं")).toEqual(["ask:माँग"]);
    expect(found("पुलिस रिमांड मांग सकती है")).toEqual(["ask:मांग"]);
    expect(found("उनकी माँग पर विचार")).toEqual(["demand:माँग"]);
    // noun + करना ("to demand"): कर is करना's stem here, so माँग is the noun
    expect(found("वे माँग कर रहे हैं")).toEqual(["demand:माँग", "do:कर"]);
  });

  it("the noun मान 'honour' is not the stem of मानना unless a vector follows", () => {
    expect(found("उसका मान बढ़ा")).toEqual(["honour:मान"]);
    expect(found("उसने बात मान ली")).toEqual(["believe:मान", "take:ली"]);
  });
});

describe("guarded forms are matched when the entry asks for them", () => {
  it("a form written as the term, or inside a multi-word term, is always matched", () => {
    const m = buildMatcher([entry("first", "पहला", "adjective"), entry("before", "पहले", "adverb"), entry("because", "के चलते")]);
    expect(m.match("चुनाव से पहले").map((x) => x.entryId)).toEqual(["before"]);
    expect(m.match("बारिश के चलते").map((x) => x.entryId)).toEqual(["because"]);
    const day = buildMatcher([entry("first-day", "पहला दिन", "noun")]);
    expect(day.match("चुनाव से पहले दिन").map((x) => x.text)).toEqual(["पहले दिन"]);
  });
});
