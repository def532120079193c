import { describe, expect, it } from "vitest";
import { adjectiveForms, genitiveForms, nounForms, properNounForms } from "./hindi-nominals";

describe("nounForms", () => {
  it("masculine -आ nouns: oblique singular and plurals; unmarked -आ nouns and feminines take -ओं/-एँ", () => {
    expect(nounForms("कमरा", "masculine")).toEqual(["कमरे", "कमरों", "कमराओं"]);
    expect(nounForms("माता", "feminine")).toEqual(["माताओं", "माताएँ"]);
  });

  it("consonant-final nouns: -ों, and -ें for feminines", () => {
    expect(nounForms("घर", "masculine")).toEqual(["घरों"]);
    expect(nounForms("रात", "feminine")).toEqual(["रातों", "रातें"]);
    expect(nounForms("सड़क", "either")).toEqual(["सड़कों", "सड़कें"]);
  });

  it("-ई/-इ and -ऊ/-उ nouns shorten the long vowel before the plural", () => {
    expect(nounForms("नदी", "feminine")).toEqual(["नदियों", "नदियाँ"]);
    expect(nounForms("भाई", "masculine")).toEqual(["भाइयों"]);
    expect(nounForms("भालू", "masculine")).toEqual(["भालुओं", "भालूओं"]);
    expect(nounForms("वस्तु", "feminine")).toEqual(["वस्तुओं", "वस्तुएँ"]);
  });
});

describe("adjectiveForms", () => {
  it("-आ adjectives agree: -ए/-ई, and take the oblique plural as nouns (बड़ों)", () => {
    expect(adjectiveForms("अच्छा")).toEqual(["अच्छे", "अच्छी", "अच्छों"]);
  });

  it("-या adjectives also drop the glide: नया → नई/नयी, नए/नये", () => {
    expect(adjectiveForms("नया")).toEqual(expect.arrayContaining(["नई", "नयी", "नए", "नये"]));
    expect(adjectiveForms("पराया")).toEqual(expect.arrayContaining(["पराई", "परायी", "पराए", "पराये"]));
  });

  it("-इया adjectives never inflect", () => {
    expect(adjectiveForms("बढ़िया")).toEqual([]);
  });

  it("other adjectives used as nouns take the oblique plural (बीमारों को, विदेशियों से)", () => {
    expect(adjectiveForms("बीमार")).toEqual(["बीमारों"]);
    expect(adjectiveForms("विदेशी")).toEqual(["विदेशियों"]);
    expect(adjectiveForms("हिंदू")).toContain("हिंदुओं");
  });
});

describe("properNounForms and genitiveForms", () => {
  it("proper nouns take only the oblique plural; -आ names never become -े", () => {
    expect(properNounForms("नेहरू")).toContain("नेहरुओं");
    expect(properNounForms("पंजाबी")).toEqual(["पंजाबियों"]);
    expect(properNounForms("पटना")).toEqual(["पटनाओं"]);
  });

  it("the genitive agrees with its noun", () => {
    expect(genitiveForms()).toEqual(["का", "की", "के"]);
  });
});
