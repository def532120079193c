import { type XliffUnitInput, type XliffVersion, xliffFooter, xliffGroupClose, xliffGroupOpen, xliffHeader, xliffUnit } from "./writer";

export const sampleUnits: { group: string; kind: "sentence" | "heading" | "list-item"; units: XliffUnitInput[] }[] = [
  {
    group: "p1",
    kind: "heading",
    units: [{ id: "setu-1", sentences: ["बाढ़ की रिपोर्ट"], english: "Flood report", status: "approved" }],
  },
  {
    group: "p2",
    kind: "sentence",
    units: [
      {
        id: "setu-2",
        sentences: ["भारत एक विशाल देश है।", "यहाँ कई भाषाएँ हैं॥"],
        english: "India is a vast country with many languages.",
        status: "translated",
        notes: [{ from: "asha@example.org", text: 'check <"many"> & more' }],
      },
      { id: "7", sentences: ["राम & श्याम <मित्र> हैं।"], english: "Ram & Shyam are <friends>.", status: "rejected" },
      { id: "setu-4", sentences: ["अभी अनुवाद नहीं हुआ।"], english: "", status: "draft" },
      { id: "setu-5", sentences: ["नियंत्रण\u0001 वर्ण।"], english: "Control\u0000 chars 🎉.", status: "draft" },
    ],
  },
  { group: "p3", kind: "list-item", units: [{ id: "setu-6", sentences: ["- पहला बिंदु"], english: "- First point", status: "approved" }] },
];

export function sampleXliff(version: XliffVersion): string {
  let out = xliffHeader(version, { original: "रिपोर्ट <1>", srcLang: "hi-IN", tgtLang: "en-US", toolVersion: "0.1.0" });
  for (const g of sampleUnits) {
    out += xliffGroupOpen(version, g.group, g.kind);
    for (const u of g.units) out += xliffUnit(version, u);
    out += xliffGroupClose();
  }
  return out + xliffFooter(version);
}

export async function* chunked(text: string, size = 7): AsyncIterable<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}
