/**
 * Inflected forms of a Hindi glossary term, so that a glossary entry for किसान also finds किसानों.
 * Only suffixes are added to the full dictionary form (or to it minus its final vowel sign), never
 * a stem cut shorter than that: a generic stemmer would make नेता find ने. Over-generating a form
 * that is not a word (किसानें) is harmless because matching is whole-word; generating a form that is
 * a DIFFERENT word is not, which is why -आ → -ई (लड़का → लड़की) only happens for adjectives.
 * Postpositions (से, को, का, में …) are written as separate words in Hindi, so the word before them
 * already matches; they are not attached here.
 */

type WordClass = "masculine" | "feminine" | "noun" | "adjective" | "verb" | "invariant" | "unknown";

const AA = "\u093e"; // ा
const I = "\u093f"; // ि
const II = "\u0940"; // ी
const U = "\u0941"; // ु
const UU = "\u0942"; // ू
const CHANDRABINDU = "\u0901";

function classify(partOfSpeech?: string | null): WordClass {
  const pos = (partOfSpeech ?? "").trim().toLowerCase();
  if (pos === "") return "unknown";
  if (/proper|propn|name|adverb|^adv|other|pronoun|particle|conj|postp|prep/.test(pos)) return "invariant";
  if (/adj/.test(pos)) return "adjective";
  if (/verb|^v\b/.test(pos)) return "verb";
  if (/fem|^n\.?\s*f\b|^nf\b|\(f\)|-f\b/.test(pos)) return "feminine";
  if (/masc|^n\.?\s*m\b|^nm\b|\(m\)|-m\b/.test(pos)) return "masculine";
  if (/noun|^n\b/.test(pos)) return "noun";
  return "unknown";
}

function isDevanagariConsonant(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0x0915 && c <= 0x0939) || (c >= 0x0958 && c <= 0x095f);
}

function nounForms(w: string, cls: WordClass): string[] {
  const masc = cls !== "feminine";
  const fem = cls !== "masculine";
  const last = w.slice(-1);
  const stem = w.slice(0, -1);
  const forms: string[] = [];
  if (last === "\u093c" || isDevanagariConsonant(last)) {
    // घर → घरों (m); बात → बातें, बातों (f)
    forms.push(w + "\u094b\u0902");
    if (fem) forms.push(w + "\u0947\u0902");
  } else if (last === AA) {
    // लड़का → लड़के, लड़कों (m, marked); नेता/माता → नेताओं, माताएँ (unmarked m, f)
    if (masc) forms.push(stem + "\u0947", stem + "\u094b\u0902");
    forms.push(w + "\u0913\u0902");
    if (fem) forms.push(w + "\u090f" + CHANDRABINDU);
  } else if (last === II || last === "\u0908") {
    // नदी → नदियाँ, नदियों; आदमी → आदमियों; भाई → भाइयों
    const base = last === II ? stem + I : stem + "\u0907";
    forms.push(base + "\u092f\u094b\u0902");
    if (fem) forms.push(base + "\u092f\u093e" + CHANDRABINDU);
  } else if (last === I || last === "\u0907") {
    // शक्ति → शक्तियाँ, शक्तियों
    forms.push(w + "\u092f\u094b\u0902");
    if (fem) forms.push(w + "\u092f\u093e" + CHANDRABINDU);
  } else if (last === UU) {
    // भालू → भालुओं (the long vowel shortens before -ओं); बहू → बहुएँ. भालूओं is a common spelling too.
    forms.push(stem + U + "\u0913\u0902", w + "\u0913\u0902");
    if (fem) forms.push(stem + U + "\u090f" + CHANDRABINDU);
  } else if (last === U || last === "\u0909" || last === "\u090a") {
    // साधु → साधुओं; वस्तु → वस्तुएँ
    forms.push(w + "\u0913\u0902");
    if (fem) forms.push(w + "\u090f" + CHANDRABINDU);
  } else if (/[\u0900-\u097f]/.test(last)) {
    // Other vowel endings (माँ, जौ, दुआ): only the oblique plural, which is regular.
    forms.push(w + "\u0913\u0902");
    if (fem) forms.push(w + "\u090f" + CHANDRABINDU);
  }
  return forms;
}

function adjectiveForms(w: string): string[] {
  // अच्छा → अच्छे, अच्छी; other adjectives (सुंदर, लाल) do not inflect.
  return w.endsWith(AA) ? [w.slice(0, -1) + "\u0947", w.slice(0, -1) + II] : [];
}

function verbForms(w: string): string[] {
  // करना → करने, करनी, करता, करती, करते, करके, करकर: endings on the full stem only.
  if (!w.endsWith("\u0928" + AA) || w.length < 3) return [];
  const stem = w.slice(0, -2);
  return ["\u0928\u0947", "\u0928\u0940", "\u0924\u093e", "\u0924\u0940", "\u0924\u0947", "\u0915\u0947", "\u0915\u0930"].map(
    (end) => stem + end,
  );
}

function lastWordForms(w: string, cls: WordClass): string[] {
  if (!/[\u0900-\u097f]$/.test(w)) return [];
  switch (cls) {
    case "invariant":
      return [];
    case "adjective":
      return adjectiveForms(w);
    case "verb":
      return verbForms(w);
    default:
      return nounForms(w, cls);
  }
}

/** The term itself first, then inflected forms of its last word; chandrabindu forms also with anusvara. */
export function inflectHindi(term: string, partOfSpeech?: string | null): string[] {
  const normalised = term.normalize("NFC").trim();
  if (normalised === "") return [];
  const match = /^(.*?)([^\s\-‐‑]+)$/su.exec(normalised);
  const head = match ? match[1] : "";
  const last = match ? match[2] : normalised;
  const forms = [normalised, ...lastWordForms(last, classify(partOfSpeech)).map((f) => head + f)];
  const out = new Set<string>();
  for (const f of forms) {
    out.add(f);
    if (f.includes(CHANDRABINDU)) out.add(f.replaceAll(CHANDRABINDU, "\u0902"));
  }
  return [...out];
}
