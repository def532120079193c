/**
 * Inflected forms of Hindi nouns, adjectives and proper nouns. Only suffixes are added to the full
 * dictionary form (or to it minus its final vowel sign), never a stem cut shorter than that: a
 * generic stemmer would make नेता find ने. Over-generating a form that is not a word (किसानें) is
 * harmless because matching is whole-word; generating a form that is a DIFFERENT word is not, which
 * is why -आ → -ई (लड़का → लड़की) only happens for adjectives.
 * Postpositions (से, को, का, में …) are written as separate words, so the word before them already
 * matches; they are not attached here.
 */

const AA = "\u093e"; // ा
const I = "\u093f"; // ि
const II = "\u0940"; // ी
const U = "\u0941"; // ु
const UU = "\u0942"; // ू
const NUKTA = "\u093c";
const OBLIQUE_PLURAL = "\u094b\u0902"; // ों
const DIRECT_PLURAL_F = "\u0947\u0902"; // ें

function isConsonant(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0x0915 && c <= 0x0939) || (c >= 0x0958 && c <= 0x095f);
}

export type Gender = "masculine" | "feminine" | "either";

/** Direct and oblique plural (and the marked masculine's oblique singular) of a noun. */
export function nounForms(w: string, gender: Gender): string[] {
  const masc = gender !== "feminine";
  const fem = gender !== "masculine";
  const last = w.slice(-1);
  const stem = w.slice(0, -1);
  const forms: string[] = [];
  if (last === NUKTA || isConsonant(last)) {
    // घर → घरों (m); बात → बातें, बातों (f)
    forms.push(w + OBLIQUE_PLURAL);
    if (fem) forms.push(w + DIRECT_PLURAL_F);
  } else if (last === AA) {
    // लड़का → लड़के, लड़कों (m, marked); नेता/माता → नेताओं, माताएँ (unmarked m, f)
    if (masc) forms.push(`${stem}\u0947`, stem + OBLIQUE_PLURAL);
    forms.push(`${w}ओं`);
    if (fem) forms.push(`${w}एँ`);
  } else if (last === II || last === "ई") {
    // नदी → नदियाँ, नदियों; आदमी → आदमियों; भाई → भाइयों (the long vowel shortens before -यों)
    const base = last === II ? stem + I : `${stem}इ`;
    forms.push(`${base}यों`);
    if (fem) forms.push(`${base}याँ`);
  } else if (last === I || last === "इ") {
    // शक्ति → शक्तियाँ, शक्तियों
    forms.push(`${w}यों`);
    if (fem) forms.push(`${w}याँ`);
  } else if (last === UU) {
    // भालू → भालुओं (the long vowel shortens before -ओं); बहू → बहुएँ. भालूओं is a common spelling too.
    forms.push(`${stem + U}ओं`, `${w}ओं`);
    if (fem) forms.push(`${stem + U}एँ`);
  } else if (last === U || last === "उ" || last === "ऊ") {
    // साधु → साधुओं; वस्तु → वस्तुएँ
    forms.push(`${w}ओं`);
    if (fem) forms.push(`${w}एँ`);
  } else if (/[\u0900-\u097f]/.test(last)) {
    // Other vowel endings (माँ, जौ, दुआ): the plural endings are added to the whole word.
    forms.push(`${w}ओं`);
    if (fem) forms.push(`${w}एँ`);
  }
  return forms;
}

/** The oblique plural alone, as a noun of either gender takes it (घायल → घायलों, अमेरिकी → अमेरिकियों). */
function obliquePlural(w: string): string[] {
  return nounForms(w, "masculine").filter((f) => f.endsWith("ों") || f.endsWith("ओं"));
}

/**
 * Adjectives: those in -आ agree with their noun (अच्छा → अच्छे, अच्छी); after a vowel the य of -या is a
 * glide and is often left out (नया → नई/नयी, नए/नये). -इया adjectives (बढ़िया, घटिया) never inflect.
 * Any adjective can head a noun phrase on its own ("the injured" = घायलों को), and then takes the
 * noun's oblique plural: घायलों, ग्रामीणों, अमेरिकियों, बड़ों.
 */
export function adjectiveForms(w: string): string[] {
  const forms: string[] = [];
  if (w.endsWith(AA) && !w.endsWith(`${I}या`)) {
    const stem = w.slice(0, -1);
    forms.push(`${stem}\u0947`, stem + II);
    if (w.endsWith("या") && w.length > 2) {
      const glide = w.slice(0, -2);
      forms.push(`${glide}ई`, `${glide}ए`);
    }
    forms.push(stem + OBLIQUE_PLURAL);
  } else if (!w.endsWith(AA)) {
    forms.push(...obliquePlural(w));
  }
  return forms;
}

/**
 * Proper nouns do not inflect for case, but used as common nouns (the Gandhis, all Indians) they
 * take the oblique plural: गांधियों, भारतीयों, मुख्यमंत्रियों. The -आ → -े change of marked nouns is
 * not applied to names (पटना never becomes पटने).
 */
export function properNounForms(w: string): string[] {
  if (w.endsWith(AA)) return [`${w}ओं`];
  return obliquePlural(w);
}

/** The genitive postposition inside a term agrees with the noun that follows: का, की, के. */
export function genitiveForms(): string[] {
  return ["का", "की", "के"];
}
