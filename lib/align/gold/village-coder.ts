// Short story: a girl in a Rajasthan village learns to program. Dialogue, few numbers, names
// that only the transliteration can anchor.
import { bead, buildDocument, one } from "./build-document";

export const villageCoder = buildDocument("village-coder", [
  one(
    "मीना का गाँव जैसलमेर से करीब 60 किलोमीटर दूर रेगिस्तान के बीच बसा है।",
    "Meena's village lies in the middle of the desert, about 60 kilometres from Jaisalmer.",
  ),
  one("वहाँ गर्मियों में पारा 48 डिग्री तक पहुँच जाता है।", "In summer the mercury climbs as high as 48 degrees."),
  bead(
    ["गाँव में बिजली अक्सर चली जाती है।", "इंटरनेट तो बस एक पहाड़ी के ऊपर ही मिलता है।"],
    ["Power cuts are frequent, and the internet works only on top of a hill."],
  ),
  one("फिर भी मीना का सपना था कि वह एक दिन कंप्यूटर इंजीनियर बने।", "Even so, Meena dreamt of becoming a computer engineer one day."),
  "para",
  one("उसके पिता रमेश ऊँट पालते थे और माँ कमला खेतों में काम करती थीं।", "Her father Ramesh kept camels and her mother Kamla worked in the fields."),
  one("घर में किसी ने कभी कंप्यूटर नहीं देखा था।", "No one in the family had ever seen a computer."),
  bead(
    ["जब मीना बारह साल की हुई, तो गाँव के सरकारी स्कूल में एक नई शिक्षिका आईं, जिनका नाम अंजलि था और जो अपने साथ एक पुराना लैपटॉप लाई थीं।"],
    [
      "When Meena turned twelve, a new teacher arrived at the village government school.",
      "Her name was Anjali, and she had brought an old laptop with her.",
    ],
  ),
  one(
    "अंजलि ने बच्चों को पहली बार स्क्रीन पर अपना नाम टाइप करना सिखाया।",
    "Anjali taught the children to type their names on a screen for the first time.",
  ),
  one("मीना उस दिन घर दौड़ती हुई गई और माँ को सब कुछ बताया।", "Meena ran home that day and told her mother everything."),
  bead(["माँ हँसी।", "उन्होंने पूछा, “मशीन तुम्हारा नाम कैसे जानती है?”"], ["Her mother laughed and asked, “How does a machine know your name?”"]),
  "para",
  one(
    "अगले दो साल मीना हर शाम स्कूल में रुककर लैपटॉप पर अभ्यास करती रही।",
    "For the next two years, Meena stayed back at school every evening to practise on the laptop.",
  ),
  one(
    "अंजलि ने उसे Scratch नाम का एक प्रोग्राम दिखाया, जिसमें रंगीन खानों को जोड़कर खेल बनाए जाते हैं।",
    "Anjali showed her a program called Scratch, in which games are built by snapping together coloured blocks.",
  ),
  one(
    "मीना ने उसमें अपना पहला खेल बनाया, जिसमें एक ऊँट रेत के टीलों पर कूदता था।",
    "In it, Meena made her first game, in which a camel jumped over sand dunes.",
  ),
  bead([], ["She called it “Desert Run”."]),
  one("गाँव के बच्चे बारी-बारी से वह खेल खेलने आते थे।", "The village children came by in turns to play it."),
  bead(["कुछ बुज़ुर्गों को यह सब समय की बर्बादी लगता था।"], []),
  "para",
  one("चौदह साल की उम्र में मीना ने ज़िले की विज्ञान प्रदर्शनी में हिस्सा लिया।", "At fourteen, Meena took part in the district science fair."),
  bead(
    ["उसने एक ऐसा ऐप बनाया था जो किसानों को बताता था कि पानी के टैंकर कब आएँगे।", "इसके लिए उसने गाँव के सरपंच से टैंकरों का समय-पत्र लिया था।"],
    [
      "She had built an app that told farmers when the water tankers would arrive, using a timetable she had obtained from the village headman.",
    ],
  ),
  one("निर्णायकों ने उसके काम को पहला पुरस्कार दिया।", "The judges awarded her work the first prize."),
  one("पुरस्कार में उसे 5,000 रुपये और एक नया टैबलेट मिला।", "The prize was Rs 5,000 and a new tablet."),
  bead(
    ["अखबार में उसकी तस्वीर छपी, और उस दिन पिता ने पहली बार पूरे गाँव में मिठाई बाँटी।"],
    ["Her photograph appeared in the newspaper.", "That day, for the first time, her father handed out sweets to the whole village."],
  ),
  "para",
  one("आज मीना जयपुर के एक इंजीनियरिंग कॉलेज में पढ़ती है।", "Today Meena studies at an engineering college in Jaipur."),
  one(
    "छुट्टियों में वह गाँव लौटकर छोटी लड़कियों को कोडिंग सिखाती है।",
    "During the holidays she returns to the village to teach coding to young girls.",
  ),
  one("उसकी कक्षा में अब 35 लड़कियाँ हैं।", "Her class now has 35 girls."),
  one("उनमें से कई पहाड़ी पर चढ़कर ऑनलाइन पाठ डाउनलोड करती हैं।", "Many of them climb the hill to download lessons."),
  bead(
    ["कुछ लड़कियों के माता-पिता पहले इसके खिलाफ थे।", "मीना खुद उनके घर गई और उन्हें अपना ऐप दिखाकर मनाया।"],
    ["Meena went to the homes of the girls whose parents had been against it at first.", "She won them over by showing them her app."],
  ),
  one(
    "अंजलि अब दूसरे ज़िले में पढ़ाती हैं, पर दोनों हर हफ्ते फोन पर बात करती हैं।",
    "Anjali now teaches in another district, but the two talk on the phone every week.",
  ),
  bead(
    ["मीना कहती है, “अगर उस दिन वह लैपटॉप न आया होता, तो मैं शायद कभी नहीं जान पाती कि मैं क्या कर सकती हूँ।”"],
    ["“If that laptop had not come that day,” Meena says, “I might never have known what I could do.”"],
  ),
  one("उसका अगला सपना गाँव में एक छोटा कंप्यूटर केंद्र खोलने का है।", "Her next dream is to open a small computer centre in the village."),
  one("इसके लिए वह अभी से पैसे जोड़ रही है।", "She is already saving money for it."),
]);
