/**
 * Canonical number values for anchoring: a figure printed as "2,00,000", "200,000", "२,००,०००"
 * or "2 lakh" must compare equal, because translators freely switch between Indian and Western
 * grouping and between digits and scale words.
 */

const DEVANAGARI_ZERO = 0x0966;

// Built from strings so the Hindi words go through the same NFC as the text (ड़ has two spellings).
const SCALES: [RegExp, number][] = (
  [
    ["लाख|lakhs?", 1e5],
    ["करोड़|करोड|crores?", 1e7],
    ["हज़ार|हजार|thousand", 1e3],
    ["अरब|billions?", 1e9],
    ["millions?", 1e6],
  ] as const
).map(([words, scale]) => [new RegExp(`^\\s*(?:${words.normalize("NFC")})(?![\\p{L}\\p{M}])`, "iu"), scale]);

const NUMBER = /[0-9\u0966-\u096F]+(?:[.,][0-9\u0966-\u096F]+)*/g;

function toAsciiDigits(s: string): string {
  return s.replace(/[\u0966-\u096F]/g, (d) => String(d.charCodeAt(0) - DEVANAGARI_ZERO));
}

function canonical(raw: string): string {
  const ascii = toAsciiDigits(raw);
  const dots = (ascii.match(/\./g) ?? []).length;
  // several dots are a date or version ("15.08.2023"); keep the digits so it still matches itself
  if (dots > 1) return ascii.replace(/,/g, "");
  const value = Number(ascii.replace(/,/g, ""));
  return Number.isFinite(value) ? String(value) : ascii;
}

/** Canonical values of every number in the text, scaled when a lakh/crore/million word follows. */
export function extractNumbers(text: string): string[] {
  const normalised = text.normalize("NFC");
  const out: string[] = [];
  for (const match of normalised.matchAll(NUMBER)) {
    const value = canonical(match[0]);
    const rest = normalised.slice((match.index ?? 0) + match[0].length);
    const scale = SCALES.find(([pattern]) => pattern.test(rest));
    if (scale && /^\d+(\.\d+)?$/.test(value)) {
      out.push(String(Math.round(Number(value) * scale[1] * 1000) / 1000));
    } else {
      out.push(value);
    }
  }
  return out;
}
