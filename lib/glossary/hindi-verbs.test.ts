import { describe, expect, it } from "vitest";
import { verbForms, verbStem } from "./hindi-verbs";

const forms = (infinitive: string) => verbForms(infinitive).map((f) => f.form);
const bare = (infinitive: string) =>
  verbForms(infinitive)
    .filter((f) => f.bare)
    .map((f) => f.form);

describe("verbForms: regular verbs", () => {
  it("consonant stems: infinitive, imperfective, perfective, future, subjunctive, imperative, conjunctive", () => {
    const padh = forms("पढ़ना");
    // infinitive and its oblique / feminine
    expect(padh).toEqual(expect.arrayContaining(["पढ़ना", "पढ़ने", "पढ़नी"]));
    // imperfective participle
    expect(padh).toEqual(expect.arrayContaining(["पढ़ता", "पढ़ती", "पढ़ते", "पढ़तीं"]));
    // perfective
    expect(padh).toEqual(expect.arrayContaining(["पढ़ा", "पढ़ी", "पढ़े", "पढ़ीं"]));
    // future
    expect(padh).toEqual(expect.arrayContaining(["पढ़ूँगा", "पढ़ूँगी", "पढ़ेगा", "पढ़ेगी", "पढ़ेंगे", "पढ़ेंगी", "पढ़ोगे"]));
    // subjunctive and imperative
    expect(padh).toEqual(expect.arrayContaining(["पढ़ूँ", "पढ़ें", "पढ़ो", "पढ़िए", "पढ़िये", "पढ़िएगा"]));
    // conjunctive
    expect(padh).toEqual(expect.arrayContaining(["पढ़कर", "पढ़के"]));
  });

  it("vowel stems take -या/-यी/-ये and independent vowel letters", () => {
    const sun = forms("सुनाना");
    expect(sun).toEqual(expect.arrayContaining(["सुनाया", "सुनाई", "सुनायी", "सुनाए", "सुनाये", "सुनाईं"]));
    expect(sun).toEqual(expect.arrayContaining(["सुनाएगा", "सुनायेगा", "सुनाऊँगा", "सुनाएँगे", "सुनायेंगे"]));
    expect(sun).toEqual(expect.arrayContaining(["सुनाऊँ", "सुनाए", "सुनाएँ", "सुनाओ", "सुनाइए", "सुनाकर"]));
    expect(forms("सोना")).toEqual(expect.arrayContaining(["सोया", "सोई", "सोए", "सोएगा"]));
    expect(forms("आना")).toEqual(expect.arrayContaining(["आया", "आई", "आए", "आएगा", "आइए"]));
  });

  it("-ई and -ऊ stems shorten their vowel before a vowel ending (पीना → पिया, छूना → छुआ)", () => {
    expect(forms("पीना")).toEqual(expect.arrayContaining(["पिया", "पी", "पिए", "पिये", "पिएगा", "पीएगा", "पीजिए"]));
    expect(forms("जीना")).toEqual(expect.arrayContaining(["जिया", "जिए", "जिएगा"]));
    expect(forms("छूना")).toEqual(expect.arrayContaining(["छुआ", "छुई", "छुए", "छुएगा"]));
    expect(forms("पीना")).not.toContain("पीया");
  });

  it("the bare stem is marked, since it is a verb only before a vector verb", () => {
    expect(bare("पढ़ना")).toEqual(["पढ़"]);
    expect(bare("सुनाना")).toEqual(["सुना"]);
    // A stem that is also a finite form needs no context: दे "may give", हो, पी "drank".
    expect(bare("देना")).toEqual([]);
    expect(bare("होना")).toEqual([]);
    expect(bare("पीना")).toEqual([]);
    expect(forms("देना")).toContain("दे");
  });

  it("only infinitives have forms", () => {
    expect(verbForms("किताब")).toEqual([]);
    expect(verbForms("ना")).toEqual([]);
    expect(verbStem("सुनना")).toBe("सुन");
    expect(verbStem("घर")).toBeNull();
  });
});

describe("verbForms: irregular verbs as data", () => {
  it("जाना: suppletive गया beside the regular जाया of compounds and the passive", () => {
    expect(forms("जाना")).toEqual(expect.arrayContaining(["गया", "गई", "गयी", "गए", "गये", "गईं", "जाया", "जाता", "जाएगा", "जाकर"]));
  });

  it("देना and लेना: short-stem perfective, fused future and subjunctive, -ईजिए imperative", () => {
    const dena = forms("देना");
    expect(dena).toEqual(expect.arrayContaining(["दिया", "दी", "दिए", "दिये", "देगा", "दूँगा", "देंगे", "दें", "दीजिए", "देकर", "देता"]));
    expect(dena).not.toContain("देया");
    expect(dena).not.toContain("देएगा");
    const lena = forms("लेना");
    expect(lena).toEqual(expect.arrayContaining(["लिया", "ली", "लिए", "लिये", "लेगा", "लूँगा", "लें", "लीजिए", "लेकर"]));
  });

  it("करना: किया/की/किए and कीजिए beside the regular करिए; होना: हुआ and the fused future", () => {
    expect(forms("करना")).toEqual(expect.arrayContaining(["किया", "की", "किए", "किये", "कीजिए", "करिए", "करेगा", "करके"]));
    expect(forms("करना")).not.toContain("करा");
    expect(forms("होना")).toEqual(expect.arrayContaining(["हुआ", "हुई", "हुए", "होगा", "होंगे", "हो", "हों", "होकर"]));
  });

  it("the copula is not a form of होना, so an entry for होना does not light up every sentence", () => {
    for (const copula of ["है", "हैं", "था", "थी", "थे"]) expect(forms("होना")).not.toContain(copula);
  });
});
