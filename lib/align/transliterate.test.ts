import { describe, expect, it } from "vitest";
import { nameKey, transliterateDevanagari } from "./transliterate";

describe("transliterateDevanagari", () => {
  it.each([
    ["राहुल", "raahul"],
    ["सरकार", "sarkaar"], // medial schwa dropped
    ["भारत", "bhaarat"], // final schwa dropped, medial kept before it
    ["कृष्ण", "krishna"], // final conjunct keeps its schwa
    ["मुंबई", "mumbai"], // anusvara before a labial is m
    ["गंगा", "gangaa"],
    ["ज़िला", "zilaa"], // nukta
    ["फ़ैसला", "faislaa"],
    ["दिल्ली", "dilli"],
    ["चंडीगढ़", "chandigarh"],
  ])("%s → %s", (hindi, latin) => {
    expect(transliterateDevanagari(hindi)).toBe(latin);
  });

  it("passes Latin letters and digits through", () => {
    expect(transliterateDevanagari("GST")).toBe("gst");
  });
});

describe("nameKey", () => {
  it.each([
    ["मोदी", "Modi"],
    ["दिल्ली", "Delhi"],
    ["शर्मा", "Sharma"],
    ["राहुल", "Rahul"],
    ["गंगा", "Ganga"],
    ["मुंबई", "Mumbai"],
    ["केजरीवाल", "Kejriwal"],
    ["सिंह", "Singh"],
    ["राजस्थान", "Rajasthan"],
    ["इसरो", "ISRO"],
  ])("%s matches %s", (hindi, english) => {
    expect(nameKey(transliterateDevanagari(hindi))).toBe(nameKey(english));
  });

  it("keeps different names apart", () => {
    expect(nameKey(transliterateDevanagari("राहुल"))).not.toBe(nameKey("Rohit"));
    expect(nameKey(transliterateDevanagari("पटना"))).not.toBe(nameKey("Patiala"));
  });
});
