import { describe, expect, test } from "vitest";
import { detectParagraphMode, type Segment, segmentEnglish, segmentHindi, toParagraphs } from "@/lib/text/segment";
import { hindiRules, type SegmentRules } from "@/lib/text/segment-rules";

const texts = (segments: Segment[]) => segments.map((s) => s.text);
const s = (text: string, paragraph: number, kind: Segment["kind"] = "sentence"): Segment => ({
  text,
  paragraph,
  kind,
});

// [case, input, expected sentence texts]
const hindiSentenceCases: Array<[string, string, string[]]> = [
  ["danda ends a sentence", "राम घर गया। सीता बाज़ार गई।", ["राम घर गया।", "सीता बाज़ार गई।"]],
  ["double danda in verse", "रघुकुल रीति सदा चलि आई। प्रान जाहुँ बरु बचनु न जाई॥", ["रघुकुल रीति सदा चलि आई।", "प्रान जाहुँ बरु बचनु न जाई॥"]],
  [
    "verse number stays with its verse",
    "रघुपति राघव राजा राम ॥ १ ॥ पतित पावन सीता राम ॥ २ ॥",
    ["रघुपति राघव राजा राम ॥ १ ॥", "पतित पावन सीता राम ॥ २ ॥"],
  ],
  ["run of dandas is one terminator", "यह समाप्त हुआ।। अब आगे बढ़ें।", ["यह समाप्त हुआ।।", "अब आगे बढ़ें।"]],
  ["question and exclamation", "क्या तुम आओगे? हाँ! ज़रूर।", ["क्या तुम आओगे?", "हाँ!", "ज़रूर।"]],
  ["?! run", "सच में?! विश्वास नहीं होता।", ["सच में?!", "विश्वास नहीं होता।"]],
  ["danda without a following space is not a boundary", "पहला।दूसरा", ["पहला।दूसरा"]],
  ["straight closing quote stays with its sentence", 'उसने कहा, "मैं कल आऊँगा।" फिर वह चला गया।', ['उसने कहा, "मैं कल आऊँगा।"', "फिर वह चला गया।"]],
  [
    "curly closing quote stays with its sentence",
    "मंत्री ने कहा, “काम जारी है।” बैठक समाप्त हुई।",
    ["मंत्री ने कहा, “काम जारी है।”", "बैठक समाप्त हुई।"],
  ],
  ["closing bracket stays with its sentence", "यह नियम लागू है (देखें धारा 5।) अगला नियम भी।", ["यह नियम लागू है (देखें धारा 5।)", "अगला नियम भी।"]],
  ["quote then bracket both stay", "(उसने कहा “चलो।”) सब चल पड़े।", ["(उसने कहा “चलो।”)", "सब चल पड़े।"]],
  [
    "डॉ. and dotted initials do not split",
    "डॉ. ए.पी.जे. अब्दुल कलाम भारत के राष्ट्रपति थे। वे वैज्ञानिक भी थे।",
    ["डॉ. ए.पी.जे. अब्दुल कलाम भारत के राष्ट्रपति थे।", "वे वैज्ञानिक भी थे।"],
  ],
  ["spaced Devanagari initials do not split", "ए. पी. जे. अब्दुल कलाम आए। सभा शुरू हुई।", ["ए. पी. जे. अब्दुल कलाम आए।", "सभा शुरू हुई।"]],
  ["प्रो. is a title", "प्रो. शर्मा ने व्याख्यान दिया। छात्र प्रसन्न थे।", ["प्रो. शर्मा ने व्याख्यान दिया।", "छात्र प्रसन्न थे।"]],
  ["श्री. is a title", "श्री. वर्मा उपस्थित थे।", ["श्री. वर्मा उपस्थित थे।"]],
  [
    "rupee amount with Indian grouping",
    "सरकार ने रु. 2,00,000 की सहायता दी। राशि खाते में पहुँची।",
    ["सरकार ने रु. 2,00,000 की सहायता दी।", "राशि खाते में पहुँची।"],
  ],
  [
    "ई.पू. before a year",
    "ई.पू. 322 में चंद्रगुप्त मौर्य ने शासन आरंभ किया। यह इतिहास है।",
    ["ई.पू. 322 में चंद्रगुप्त मौर्य ने शासन आरंभ किया।", "यह इतिहास है।"],
  ],
  ["ई.पू. after a year", "यह घटना 322 ई.पू. में हुई थी।", ["यह घटना 322 ई.पू. में हुई थी।"]],
  ["कि.मी. and कि.ग्रा. mid-sentence", "गाँव 12 कि.मी. दूर है और बोरी 50 कि.ग्रा. की है।", ["गाँव 12 कि.मी. दूर है और बोरी 50 कि.ग्रा. की है।"]],
  ["abbreviation before a sentence starter splits", "दूरी 12 कि.मी. यह बहुत अधिक है।", ["दूरी 12 कि.मी.", "यह बहुत अधिक है।"]],
  [
    "units without the inner dot",
    "यह डोली मक्कू से 15 किमी. पैदल दूरी तय करेगी। वज़न 20 किग्रा. है।",
    ["यह डोली मक्कू से 15 किमी. पैदल दूरी तय करेगी।", "वज़न 20 किग्रा. है।"],
  ],
  ["W spelled डब्लू as an initial", "राष्ट्रपति जॉर्ज डब्लू. बुश भारत आए। यात्रा सफल रही।", ["राष्ट्रपति जॉर्ज डब्लू. बुश भारत आए।", "यात्रा सफल रही।"]],
  ["सं. and पृ. in a citation", "देखें सं. 4, पृ. 112 पर। आगे पढ़ें।", ["देखें सं. 4, पृ. 112 पर।", "आगे पढ़ें।"]],
  ["decimal percentage", "विकास दर 3.5 प्रतिशत रही। यह अनुमान से कम है।", ["विकास दर 3.5 प्रतिशत रही।", "यह अनुमान से कम है।"]],
  ["time with a dot", "बैठक 10.30 बजे शुरू हुई। सब समय पर थे।", ["बैठक 10.30 बजे शुरू हुई।", "सब समय पर थे।"]],
  ["time with a colon", "ट्रेन 10:30 पर आई। भीड़ थी।", ["ट्रेन 10:30 पर आई।", "भीड़ थी।"]],
  ["Devanagari decimal digits", "तापमान ९.५ डिग्री रहा। ठंड बढ़ी।", ["तापमान ९.५ डिग्री रहा।", "ठंड बढ़ी।"]],
  ["number with decimals and separators", "कुल 1,000.50 रुपये खर्च हुए। हिसाब पूरा है।", ["कुल 1,000.50 रुपये खर्च हुए।", "हिसाब पूरा है।"]],
  ["URL with dots", "विवरण https://example.com/a.b पर है। कृपया देखें।", ["विवरण https://example.com/a.b पर है।", "कृपया देखें।"]],
  ["www address", "साइट www.example.in पर जाएँ। धन्यवाद।", ["साइट www.example.in पर जाएँ।", "धन्यवाद।"]],
  ["e-mail address", "mail@example.co.in पर लिखें। उत्तर मिलेगा।", ["mail@example.co.in पर लिखें।", "उत्तर मिलेगा।"]],
  [
    "full stop after a URL still ends the sentence",
    "विवरण https://example.com. यह नया पता है।",
    ["विवरण https://example.com.", "यह नया पता है।"],
  ],
  ["इत्यादि before danda", "बाज़ार में फल, सब्ज़ियाँ इत्यादि मिलती हैं। दाम बढ़े हैं।", ["बाज़ार में फल, सब्ज़ियाँ इत्यादि मिलती हैं।", "दाम बढ़े हैं।"]],
  ["Latin full stop in Hindi prose", "यह अच्छा है. वह भी अच्छा है.", ["यह अच्छा है.", "वह भी अच्छा है."]],
  ["ellipsis character then Devanagari splits", "वह रुका… फिर चल पड़ा।", ["वह रुका…", "फिर चल पड़ा।"]],
  [
    "news dateline with date",
    "नई दिल्ली, 15 अगस्त 2024। प्रधानमंत्री ने लाल किले से भाषण दिया।",
    ["नई दिल्ली, 15 अगस्त 2024।", "प्रधानमंत्री ने लाल किले से भाषण दिया।"],
  ],
  ["line with no terminator is one sentence", "भारत एक विशाल देश", ["भारत एक विशाल देश"]],
  ["trailing text without terminator", "पहला वाक्य। और यह अधूरा", ["पहला वाक्य।", "और यह अधूरा"]],
  ["nukta letters come out NFC", "फ़िल्म अच्छी थी। ज़रूर देखें।", ["फ़िल्म अच्छी थी।".normalize("NFC"), "ज़रूर देखें।".normalize("NFC")]],
];

describe("segmentHindi sentences", () => {
  test.each(hindiSentenceCases)("%s", (_name, input, expected) => {
    expect(texts(segmentHindi(input))).toEqual(expected);
  });
});

const englishSentenceCases: Array<[string, string, string[]]> = [
  ["simple sentences", "The sun rose. Birds sang! Did you hear?", ["The sun rose.", "Birds sang!", "Did you hear?"]],
  ["Mr. and St. Louis never split", "Mr. Smith moved to St. Louis. He likes it.", ["Mr. Smith moved to St. Louis.", "He likes it."]],
  ["U.S. followed by a name does not split", "The U.S. Army arrived.", ["The U.S. Army arrived."]],
  ["U.S. followed by a sentence starter splits", "He moved to the U.S. The move was hard.", ["He moved to the U.S.", "The move was hard."]],
  ["etc. before a sentence starter splits", "Bring pens, paper, etc. It will be long.", ["Bring pens, paper, etc.", "It will be long."]],
  ["e.g. and i.e. mid-sentence", "Use a tool, e.g. a hammer, i.e. something heavy.", ["Use a tool, e.g. a hammer, i.e. something heavy."]],
  ["spaced initials do not split", "A. P. J. Abdul Kalam spoke. People listened.", ["A. P. J. Abdul Kalam spoke.", "People listened."]],
  ["a.m. before a starter splits", "We met at 10.30 a.m. The talks lasted an hour.", ["We met at 10.30 a.m.", "The talks lasted an hour."]],
  ["No. before a number", "See No. 5 in the list.", ["See No. 5 in the list."]],
  ["ellipsis before lower case does not split", "Well... maybe not. Fine.", ["Well... maybe not.", "Fine."]],
  ["ellipsis before a capital splits", "I waited... Nobody came.", ["I waited...", "Nobody came."]],
  ["question in quotes followed by lower case", '"Why?" she asked. He shrugged.', ['"Why?" she asked.', "He shrugged."]],
  ["closing curly quote and bracket", "He said “done.” (It was.) Then he left.", ["He said “done.”", "(It was.)", "Then he left."]],
  ["Jr. before a starter splits", "Martin Luther King Jr. He changed history.", ["Martin Luther King Jr.", "He changed history."]],
  ["dotted abbreviation not in the list", "She studied in the U.S.A. and Canada.", ["She studied in the U.S.A. and Canada."]],
  ["Ph.D. before a starter splits", "She has a Ph.D. She earned it in 2010.", ["She has a Ph.D.", "She earned it in 2010."]],
];

describe("segmentEnglish sentences", () => {
  test.each(englishSentenceCases)("%s", (_name, input, expected) => {
    expect(texts(segmentEnglish(input))).toEqual(expected);
  });
});

describe("document structure", () => {
  test("blank lines separate paragraphs and single newlines join (wrapped text)", () => {
    const input = "सरकार ने आज संसद में नया विधेयक पेश किया जिस पर\nविपक्ष ने कड़ी आपत्ति जताई। दूसरा वाक्य\nभी यहीं है।\n\n\nनया अनुच्छेद।";
    const expected = [
      s("सरकार ने आज संसद में नया विधेयक पेश किया जिस पर विपक्ष ने कड़ी आपत्ति जताई।", 0),
      s("दूसरा वाक्य भी यहीं है।", 0),
      s("नया अनुच्छेद।", 1),
    ];
    expect(segmentHindi(input)).toEqual(expected);
    expect(segmentHindi(input, { paragraphs: "blank" })).toEqual(expected);
  });

  test("CRLF and lone CR behave like LF", () => {
    const input = "पहला।\r\nजारी।\r\n\r\nदूसरा अनुच्छेद।\r\rतीसरा।";
    expect(segmentHindi(input)).toEqual([s("पहला।", 0), s("जारी।", 1), s("दूसरा अनुच्छेद।", 2), s("तीसरा।", 3)]);
    expect(segmentHindi(input, { paragraphs: "blank" })).toEqual([s("पहला।", 0), s("जारी।", 0), s("दूसरा अनुच्छेद।", 1), s("तीसरा।", 2)]);
  });

  test("whitespace-only lines count as blank and empty paragraphs take no index", () => {
    expect(segmentHindi("\n\n  \t\nएक।\n \u00A0 \n\n\u200Cदो।\n\n")).toEqual([s("एक।", 0), s("दो।", 1)]);
  });

  test("headings keep their marker and are their own paragraph", () => {
    const input = "# मुख्य समाचार\nआज बारिश हुई। सड़कें भरीं।\n## खेल\nभारत जीता।";
    expect(segmentHindi(input)).toEqual([
      s("# मुख्य समाचार", 0, "heading"),
      s("आज बारिश हुई।", 1),
      s("सड़कें भरीं।", 1),
      s("## खेल", 2, "heading"),
      s("भारत जीता।", 3),
    ]);
  });

  test("a heading is never split into sentences", () => {
    expect(segmentEnglish("# Part one. The start")).toEqual([s("# Part one. The start", 0, "heading")]);
  });

  test("hash without a space or seven hashes is not a heading", () => {
    expect(segmentEnglish("#MeToo trended.\n\n####### Too deep")).toEqual([s("#MeToo trended.", 0), s("####### Too deep", 1)]);
  });

  test("a short line before a blank line is not a heading", () => {
    expect(segmentHindi("परिचय\n\nयह लेख है।")).toEqual([s("परिचय", 0), s("यह लेख है।", 1)]);
  });

  test("bullet list items share a paragraph, each its own segment", () => {
    const input = "मुख्य बातें:\n- पहली बात। विस्तार से।\n* दूसरी बात\n• तीसरी बात\n\nसमाप्त।";
    expect(segmentHindi(input)).toEqual([
      s("मुख्य बातें:", 0),
      s("- पहली बात।", 1, "list-item"),
      s("विस्तार से।", 1, "list-item"),
      s("* दूसरी बात", 1, "list-item"),
      s("• तीसरी बात", 1, "list-item"),
      s("समाप्त।", 2),
    ]);
  });

  test("numbered and lettered markers are not sentence ends", () => {
    const input = "1. पहला चरण\n2) दूसरा चरण\n(क) उप-बिंदु\nख. अगला बिंदु\n१. देवनागरी अंक";
    expect(segmentHindi(input)).toEqual([
      s("1. पहला चरण", 0, "list-item"),
      s("2) दूसरा चरण", 0, "list-item"),
      s("(क) उप-बिंदु", 0, "list-item"),
      s("ख. अगला बिंदु", 0, "list-item"),
      s("१. देवनागरी अंक", 0, "list-item"),
    ]);
  });

  test("list item continuation lines join the item", () => {
    expect(segmentEnglish("- First item\n  continues here.\n- Second")).toEqual([
      s("- First item continues here.", 0, "list-item"),
      s("- Second", 0, "list-item"),
    ]);
  });

  test("a paragraph after a list in the same block starts after the list", () => {
    expect(segmentEnglish("- a thing\n\nAfter the list.")).toEqual([s("- a thing", 0, "list-item"), s("After the list.", 1)]);
  });

  test("sentences are normalised: NBSP, tabs, BOM and stray joiners", () => {
    expect(texts(segmentHindi("\uFEFFराम\u00A0\tघर\u200D गया।  \u200Cसीता आई।"))).toEqual(["राम घर गया।", "सीता आई।"]);
  });

  test("custom rules can add an abbreviation", () => {
    const rules: SegmentRules = { ...hindiRules, abbreviations: [...hindiRules.abbreviations, "नया."] };
    expect(texts(segmentHindi("यह नया. मॉडल है।"))).toEqual(["यह नया.", "मॉडल है।"]);
    expect(texts(segmentHindi("यह नया. मॉडल है।", { rules }))).toEqual(["यह नया. मॉडल है।"]);
  });

  test("empty and whitespace-only input give no segments", () => {
    expect(segmentHindi("")).toEqual([]);
    expect(segmentEnglish(" \n\r\n\t ")).toEqual([]);
  });

  test("toParagraphs groups texts by paragraph index", () => {
    const segments = segmentHindi("# शीर्षक\nएक। दो।\n\n- सूची\n- सूची दो");
    expect(toParagraphs(segments)).toEqual([["# शीर्षक"], ["एक।", "दो।"], ["- सूची", "- सूची दो"]]);
    expect(toParagraphs([s("b", 1), s("a", 0), s("c", 1)])).toEqual([["a"], ["b", "c"]]);
  });
});

// The same article as tests/fixtures/hindi-news-7-lines.txt (used by the CLI and e2e tests):
// the most common shape of a newsroom .txt, one paragraph per line and no blank lines.
const NEWS_ARTICLE =
  'पटना में लगातार तीन दिन से हो रही बारिश ने जनजीवन अस्त-व्यस्त कर दिया है। शहर के कई इलाकों में घुटनों तक पानी भर गया है। स्कूल और दफ़्तर बंद रहे।\nमौसम विभाग ने अगले अड़तालीस घंटों के लिए भारी बारिश की चेतावनी जारी की है। विभाग के अनुसार बंगाल की खाड़ी में कम दबाव का क्षेत्र बना हुआ है। इससे उत्तर बिहार के ज़िलों में भी तेज़ बारिश हो सकती है।\nगंगा और गंडक नदियाँ कई स्थानों पर ख़तरे के निशान से ऊपर बह रही हैं। जल संसाधन विभाग ने तटबंधों की निगरानी बढ़ा दी है। इंजीनियरों को रात में भी गश्त करने को कहा गया है।\nराज्य आपदा प्रबंधन प्राधिकरण के अनुसार अब तक बारह ज़िलों के चार लाख लोग प्रभावित हुए हैं। राहत शिविरों में पच्चीस हज़ार से अधिक लोग रह रहे हैं। क्या सरकार की तैयारी पर्याप्त है?\nमुख्यमंत्री ने शनिवार को हवाई सर्वेक्षण किया और अधिकारियों के साथ बैठक की। उन्होंने कहा, "किसी भी प्रभावित परिवार को भोजन और दवा की कमी नहीं होगी।" प्रत्येक परिवार को छह हज़ार रुपये की तत्काल सहायता दी जाएगी।\nडॉ. ए.के. सिन्हा ने बताया कि जलजमाव वाले इलाकों में डेंगू और दस्त का ख़तरा बढ़ गया है। स्वास्थ्य विभाग ने 150 चिकित्सा दल तैनात किए हैं।\nरेलवे ने पटना-गया खंड पर चार ट्रेनें रद्द कर दी हैं। यात्रियों से अनुरोध किया गया है कि वे यात्रा से पहले ट्रेन की स्थिति जाँच लें। प्रशासन ने लोगों से अफ़वाहों पर ध्यान न देने की अपील की है!\n';

describe("paragraphs from line structure", () => {
  test("a news article with one paragraph per line: 7 paragraphs, 20 sentences", () => {
    const segments = segmentHindi(NEWS_ARTICLE);
    expect(segments).toHaveLength(20);
    expect(toParagraphs(segments).map((p) => p.length)).toEqual([3, 3, 3, 3, 3, 2, 3]);
    expect(segments[15]).toEqual(s("डॉ. ए.के. सिन्हा ने बताया कि जलजमाव वाले इलाकों में डेंगू और दस्त का ख़तरा बढ़ गया है।", 5));
    // Forcing the old rule shows what was lost: one paragraph, the same sentences.
    const blank = segmentHindi(NEWS_ARTICLE, { paragraphs: "blank" });
    expect(blank.map((x) => x.text)).toEqual(segments.map((x) => x.text));
    expect(new Set(blank.map((x) => x.paragraph))).toEqual(new Set([0]));
  });

  test("a headline without a terminator is its own segment, not glued to the story", () => {
    expect(segmentHindi("बाढ़ से हालात गंभीर\nराज्य में कई नदियाँ उफान पर हैं।")).toEqual([
      s("बाढ़ से हालात गंभीर", 0),
      s("राज्य में कई नदियाँ उफान पर हैं।", 1),
    ]);
  });

  test("in wrapped text a short line without a terminator is a deliberate break; wrapped lines join", () => {
    const input =
      "बाढ़ से हालात गंभीर\nराज्य में लगातार बारिश से नदियाँ उफान पर हैं और कई ज़िलों\nमें लोग घर छोड़ रहे हैं।\n\nनई दिल्ली, 5 जुलाई (भाषा)\nकेंद्र ने राहत के लिए सेना की दस टुकड़ियाँ और बीस हेलिकॉप्टर\nभेजे हैं। बचाव कार्य जारी है।";
    expect(detectParagraphMode(input)).toBe("blank");
    expect(segmentHindi(input)).toEqual([
      s("बाढ़ से हालात गंभीर", 0),
      s("राज्य में लगातार बारिश से नदियाँ उफान पर हैं और कई ज़िलों में लोग घर छोड़ रहे हैं।", 0),
      s("नई दिल्ली, 5 जुलाई (भाषा)", 1),
      s("केंद्र ने राहत के लिए सेना की दस टुकड़ियाँ और बीस हेलिकॉप्टर भेजे हैं।", 1),
      s("बचाव कार्य जारी है।", 1),
    ]);
  });

  test("a line ending in a comma, colon or a hyphenated word continues however short", () => {
    const input = "उन्होंने कहा:\n“काम जारी रहेगा और किसी को भी घबराने की कोई ज़रूरत नहीं है।”\n\nदूसरा।";
    expect(texts(segmentHindi(input, { paragraphs: "blank" }))).toEqual([
      "उन्होंने कहा: “काम जारी रहेगा और किसी को भी घबराने की कोई ज़रूरत नहीं है।”",
      "दूसरा।",
    ]);
  });

  test("auto: blank lines with lines mostly ending in a terminator mean a paragraph per line", () => {
    const input = "पहला वाक्य है।\nदूसरा वाक्य है।\n\nतीसरा वाक्य है।";
    expect(detectParagraphMode(input)).toBe("line");
    expect(toParagraphs(segmentHindi(input))).toEqual([["पहला वाक्य है।"], ["दूसरा वाक्य है।"], ["तीसरा वाक्य है।"]]);
  });

  test("auto: no blank lines means a paragraph per line, for English too", () => {
    expect(detectParagraphMode("One line\nand another")).toBe("line");
    expect(detectParagraphMode("\n\nOne.\nTwo.\n\n")).toBe("line");
    expect(toParagraphs(segmentEnglish("Flood alert\nRivers rose. Schools shut."))).toEqual([
      ["Flood alert"],
      ["Rivers rose.", "Schools shut."],
    ]);
  });

  test("line mode keeps markdown structure: list items share a paragraph, indented lines continue them", () => {
    const input = "# बाढ़\n- पहली बात\n  जारी।\n- दूसरी बात\nअंत।";
    expect(segmentHindi(input, { paragraphs: "line" })).toEqual([
      s("# बाढ़", 0, "heading"),
      s("- पहली बात जारी।", 1, "list-item"),
      s("- दूसरी बात", 1, "list-item"),
      s("अंत।", 2),
    ]);
  });

  test("an explicit mode wins over detection", () => {
    const input = "पहला वाक्य है।\nदूसरा वाक्य है।";
    expect(toParagraphs(segmentHindi(input, { paragraphs: "blank" }))).toEqual([["पहला वाक्य है।", "दूसरा वाक्य है।"]]);
    expect(toParagraphs(segmentHindi(input, { paragraphs: "line" }))).toEqual([["पहला वाक्य है।"], ["दूसरा वाक्य है।"]]);
  });
});

describe("performance", () => {
  /*
   * Measured on the dev container (Node 20, vitest): 100,000 Hindi news sentences in 20,000
   * paragraphs = 10.6 M UTF-16 code units = 19.8 MB of UTF-8, segment in ~440 ms (~22 ms per MB);
   * the same 100,000 sentences as one single paragraph take ~730 ms. The bound below is loose so
   * that a slow CI machine does not flake, but a quadratic scanner or a backtracking regex would
   * blow through it by orders of magnitude.
   */
  test("100,000 sentences segment linearly", () => {
    const sentence = "डॉ. शर्मा ने 10.30 बजे कहा कि रु. 2,00,000 की राशि 3.5 प्रतिशत ब्याज पर https://example.com/a.b से दी गई।";
    const paragraph = Array.from({ length: 5 }, () => sentence).join(" ");
    const input = Array.from({ length: 20_000 }, () => paragraph).join("\n\n");
    const started = performance.now();
    const segments = segmentHindi(input);
    const elapsed = performance.now() - started;
    expect(segments).toHaveLength(100_000);
    expect(segments[99_999]).toEqual(s(sentence, 19_999));
    expect(elapsed).toBeLessThan(10_000);
  });

  test("pathological input without spaces stays fast", () => {
    const input = "क.".repeat(200_000) + " " + ".".repeat(200_000) + " " + "।".repeat(200_000);
    const started = performance.now();
    expect(segmentHindi(input)).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
