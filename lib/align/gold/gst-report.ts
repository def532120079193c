// Economic report: tax collections. Dense with crore figures, acronyms in Latin script (GST,
// RBI, GDP) and a Devanagari acronym; one English paragraph split the Hindi does not have.
import { bead, buildDocument, one } from "./build-document";

export const gstReport = buildDocument("gst-report", [
  one(
    "वित्त मंत्रालय ने बुधवार को अक्टूबर महीने के GST संग्रह के आँकड़े जारी किए।",
    "The finance ministry on Wednesday released GST collection figures for October.",
  ),
  one(
    "इस महीने कुल संग्रह 1,87,346 करोड़ रुपये रहा, जो पिछले साल की इसी अवधि से 8.9 प्रतिशत अधिक है।",
    "Total collections for the month stood at Rs 1,87,346 crore, 8.9 per cent higher than in the same period last year.",
  ),
  one("यह अब तक का दूसरा सबसे बड़ा मासिक संग्रह है।", "This is the second-highest monthly collection ever."),
  bead(
    ["सबसे ऊँचा संग्रह अप्रैल में हुआ था।", "तब सरकार को 2.1 लाख करोड़ रुपये मिले थे।"],
    ["The highest was in April, when the government received Rs 2.1 lakh crore."],
  ),
  "para",
  one(
    "राज्यों में महाराष्ट्र सबसे आगे रहा, जहाँ से 26,000 करोड़ रुपये से अधिक का कर आया।",
    "Among the states, Maharashtra led the way, contributing more than Rs 26,000 crore in tax.",
  ),
  one("कर्नाटक दूसरे और गुजरात तीसरे स्थान पर रहे।", "Karnataka came second and Gujarat third."),
  bead(
    [
      "उत्तर प्रदेश और तमिलनाडु ने भी पिछले वर्ष के मुकाबले दो अंकों की वृद्धि दर्ज की, जिसका श्रेय अधिकारियों ने बेहतर अनुपालन और फर्जी बिलों पर कार्रवाई को दिया।",
    ],
    [
      "Uttar Pradesh and Tamil Nadu also recorded double-digit growth over the previous year.",
      "Officials credited better compliance and a crackdown on fake invoices.",
    ],
  ),
  one("पूर्वोत्तर के राज्यों में संग्रह अपेक्षाकृत कम रहा।", "Collections were relatively low in the northeastern states."),
  bead(["इसका एक कारण वहाँ औद्योगिक गतिविधि का सीमित होना है।"], []),
  "para",
  one(
    "भारतीय रिज़र्व बैंक (RBI) ने हाल ही में चालू वित्त वर्ष के लिए GDP वृद्धि का अनुमान 7 प्रतिशत रखा था।",
    "The Reserve Bank of India (RBI) recently kept its GDP growth forecast for the current financial year at 7 per cent.",
  ),
  one(
    "अर्थशास्त्रियों का मानना है कि मज़बूत कर संग्रह इस अनुमान की पुष्टि करता है।",
    "Economists believe the strong tax collections bear out that forecast.",
  ),
  bead([], ["GDP, or gross domestic product, measures the total value of goods and services produced in the country."]),
  bead(
    ["हालाँकि, कुछ विशेषज्ञों ने चेतावनी दी कि त्योहारों के मौसम के कारण अक्टूबर के आँकड़े सामान्य से ऊँचे होते हैं।", "उनके अनुसार असली तस्वीर दिसंबर तक साफ होगी।"],
    [
      "Some experts, however, cautioned that festive-season buying always inflates October's numbers and that the true picture would emerge only by December.",
    ],
  ),
  "para",
  one(
    "केंद्र ने राज्यों को मुआवज़े के रूप में 17,000 करोड़ रुपये की किस्त भी जारी की।",
    "The Centre also released an instalment of Rs 17,000 crore to the states as compensation.",
  ),
  one(
    "यह राशि उन राज्यों को दी जाती है जिनका राजस्व GST लागू होने के बाद घटा है।",
    "The money goes to states whose revenue fell after GST was introduced.",
  ),
  one("केरल और पंजाब ने इस राशि को अपर्याप्त बताया है।", "Kerala and Punjab have described the amount as inadequate."),
  bead(
    ["केरल के वित्त मंत्री ने कहा कि राज्य का बकाया 4,500 करोड़ रुपये से अधिक है।", "उन्होंने केंद्र से जल्द भुगतान की माँग की।"],
    ["Kerala's finance minister said the state was owed more than Rs 4,500 crore and demanded early payment from the Centre."],
  ),
  "para",
  one("ई-वे बिल की संख्या में भी तेज़ी देखी गई।", "The number of e-way bills also rose sharply."),
  one(
    "अक्टूबर में 10.3 करोड़ ई-वे बिल बनाए गए, जबकि सितंबर में यह संख्या 9.4 करोड़ थी।",
    "In October, 103 million e-way bills were generated, against 94 million in September.",
  ),
  one("ई-वे बिल माल की ढुलाई के लिए ज़रूरी इलेक्ट्रॉनिक दस्तावेज़ है।", "An e-way bill is an electronic document required for moving goods."),
  bead(
    ["इसकी बढ़ती संख्या बताती है कि देश में व्यापारिक गतिविधियाँ तेज़ हो रही हैं और आने वाले महीनों में भी कर संग्रह अच्छा रहने की उम्मीद है।"],
    [
      "Their rising number shows that trade is picking up across the country.",
      "Tax collections are expected to remain healthy in the coming months as well.",
    ],
  ),
  "para",
  one(
    "जीएसटी परिषद की अगली बैठक 22 दिसंबर को नई दिल्ली में होगी।",
    "The next meeting of the GST Council will be held in New Delhi on 22 December.",
  ),
  one("बैठक में ऑनलाइन गेमिंग पर 28 प्रतिशत कर की समीक्षा की जा सकती है।", "The meeting may review the 28 per cent tax on online gaming."),
  one(
    "गेमिंग कंपनियों का कहना है कि इतनी ऊँची दर से उद्योग को भारी नुकसान हो रहा है।",
    "Gaming companies say such a high rate is causing heavy losses to the industry.",
  ),
  "para-en",
  one(
    "परिषद स्वास्थ्य बीमा प्रीमियम पर कर घटाने के प्रस्ताव पर भी विचार करेगी।",
    "The Council will also consider a proposal to cut the tax on health insurance premiums.",
  ),
  one("अभी इन प्रीमियमों पर 18 प्रतिशत GST लगता है।", "At present these premiums attract 18 per cent GST."),
  bead(
    ["कई सांसदों ने इसे घटाकर 5 प्रतिशत करने की माँग की है।", "उनका तर्क है कि इससे बीमा आम लोगों की पहुँच में आएगा।"],
    ["Several MPs have demanded a cut to 5 per cent, arguing that this would put insurance within reach of ordinary people."],
  ),
  bead(["यह आँकड़े मंत्रालय की वेबसाइट पर उपलब्ध हैं।"], []),
]);
