import { describe, expect, it } from "vitest";
import { inflectTerm, inflectWord, termWords } from "./inflect";

const forms = (term: string, pos?: string) => inflectTerm(term, pos).map((w) => w.forms.map((f) => f.form));

describe("inflectTerm", () => {
  it("the head word inflects by the entry's part of speech, the word itself first", () => {
    expect(forms("लड़का", "noun-m")).toEqual([["लड़का", "लड़के", "लड़कों", "लड़काओं"]]);
    expect(forms("अच्छा", "adjective")).toEqual([["अच्छा", "अच्छे", "अच्छी", "अच्छों"]]);
    expect(forms("सुंदर", "adjective")).toEqual([["सुंदर", "सुंदरों"]]);
    expect(forms("जल्दी", "adverb")).toEqual([["जल्दी"]]);
  });

  it("lone -आ nouns never turn into -ई (लड़का must not give लड़की)", () => {
    expect(forms("लड़का")[0]).not.toContain("लड़की");
    expect(forms("बेटा")[0]).not.toContain("बेटी");
  });

  it("never yields a form shorter than the term (नेता does not give ने)", () => {
    for (const term of ["नेता", "किसान", "नदी", "साधु", "कल", "मामला"]) {
      for (const form of forms(term)[0]) expect(form.length).toBeGreaterThanOrEqual(term.length);
    }
  });

  it("without a part of speech the form decides: -ना words get verb and noun forms", () => {
    const [[...sunna]] = forms("सुनना");
    expect(sunna).toEqual(expect.arrayContaining(["सुना", "सुनी", "सुनेगा", "सुनकर", "सुनने"]));
    const [[...bhavna]] = forms("भावना");
    expect(bhavna).toEqual(expect.arrayContaining(["भावनाओं", "भावनाएँ"]));
  });

  it("every word of a multi-word term inflects by its own class, the genitive inside too", () => {
    const words = inflectTerm("बड़ा शहर", "noun");
    expect(words.map((w) => w.wordClass)).toEqual(["adjective", "noun"]);
    expect(words[0].forms.map((f) => f.form)).toEqual(expect.arrayContaining(["बड़ा", "बड़े", "बड़ी"]));
    expect(words[1].forms.map((f) => f.form)).toContain("शहरों");
    const commonwealth = inflectTerm("स्वतंत्र देशों का संघ", "noun");
    expect(commonwealth[2]).toMatchObject({ word: "का", wordClass: "genitive" });
    expect(commonwealth[2].forms.map((f) => f.form)).toEqual(["का", "की", "के"]);
    expect(commonwealth[3].forms.map((f) => f.form)).toContain("संघों");
    const verb = inflectTerm("ध्यान रखना", "verb");
    expect(verb[1].forms.map((f) => f.form)).toEqual(expect.arrayContaining(["रखा", "रखी", "रखेंगे"]));
  });

  it("words are split where text is: spaces and hyphens", () => {
    expect(termWords(" जल-वायु  परिवर्तन ")).toEqual(["जल", "वायु", "परिवर्तन"]);
    expect(inflectTerm("  ")).toEqual([]);
  });
});

describe("inflectWord: guards and function words", () => {
  it("marks homograph forms with their context rule, and only generated ones", () => {
    const pahla = inflectWord("पहला", "adjective");
    expect(pahla.find((f) => f.form === "पहले")?.rule?.why).toMatch(/before/);
    expect(pahla.find((f) => f.form === "पहली")?.rule).toBeNull();
    expect(inflectWord("पहले", "invariant")[0]).toMatchObject({ form: "पहले", written: true, rule: null });
  });

  it("marks the bare verb stem as needing evidence", () => {
    const rule = inflectWord("सुनना", "verb").find((f) => f.form === "सुन")?.rule;
    expect(rule?.evidence).toBe(true);
  });

  it("drops generated forms that are function words (the stem से of the noun सेना)", () => {
    expect(inflectWord("सेना", "verb-or-noun").map((f) => f.form)).not.toContain("से");
    expect(inflectWord("सेना", "verb-or-noun").map((f) => f.form)).toContain("सेनाओं");
  });

  it("folds each form the way the matcher compares it", () => {
    const nadi = inflectWord("नदी", "feminine");
    expect(nadi.find((f) => f.form === "नदियाँ")?.folded).toBe("नदियां");
    expect(inflectWord("ज़मीन", "feminine")[0].folded).toBe("जमीन");
  });
});
