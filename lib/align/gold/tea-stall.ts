// Feature story: a tea seller on the Varanasi ghats. Long narrative sentences, paragraphing
// that differs between the versions, and a translator who condenses and expands.
import { bead, buildDocument, one } from "./build-document";

export const teaStall = buildDocument("tea-stall", [
  one(
    "वाराणसी के दशाश्वमेध घाट की सीढ़ियों पर रामू काका की चाय की दुकान पिछले 40 साल से लगती है।",
    "Ramu Kaka's tea stall has stood on the steps of Dashashwamedh Ghat in Varanasi for the past 40 years.",
  ),
  one(
    "सुबह चार बजे, जब गंगा पर अभी अँधेरा होता है, वे अपना कोयले का चूल्हा जला देते हैं।",
    "At four in the morning, while it is still dark over the Ganga, he lights his coal stove.",
  ),
  bead(
    ["पहला ग्राहक अक्सर कोई नाविक होता है।", "कभी-कभी कोई थका हुआ तीर्थयात्री भी होता है।"],
    ["The first customer is usually a boatman, or sometimes a weary pilgrim."],
  ),
  one("कुल्हड़ में दी जाने वाली उनकी चाय की कीमत आज भी सिर्फ 10 रुपये है।", "His tea, served in a clay cup, still costs only Rs 10."),
  "para",
  one("रामू काका का असली नाम रामनारायण तिवारी है।", "Ramu Kaka's real name is Ramnarayan Tiwari."),
  bead(
    ["वे 1984 में मिर्ज़ापुर के अपने गाँव से काम की तलाश में बनारस आए थे और शुरू में उन्होंने एक होटल में बर्तन धोने का काम किया।"],
    ["He came to Banaras from his village in Mirzapur in 1984 in search of work.", "At first he washed dishes in a hotel."],
  ),
  one("दो साल बाद उन्होंने जमा किए हुए 300 रुपये से यह दुकान शुरू की।", "Two years later, he started this stall with the 300 rupees he had saved."),
  bead([], ["Banaras is the old name of Varanasi, still used by most locals."]),
  "para",
  one("उनकी दुकान पर हर तरह के लोग आते हैं।", "All kinds of people come to his stall."),
  one(
    "सुबह पुजारी और पहलवान आते हैं, दोपहर में विदेशी पर्यटक, और शाम को विश्वविद्यालय के छात्र।",
    "Priests and wrestlers come in the morning, foreign tourists in the afternoon and university students in the evening.",
  ),
  bead(
    ["जापान से आई एक फोटोग्राफर ने उनकी तस्वीर एक किताब में छापी है।", "वह किताब अब उनकी दुकान पर एक प्लास्टिक की थैली में रखी रहती है।"],
    ["A photographer from Japan put his picture in a book, which he now keeps at the stall in a plastic bag."],
  ),
  one("वे हर ग्राहक को बड़े गर्व से वह तस्वीर दिखाते हैं।", "He proudly shows the picture to every customer."),
  bead(["कुछ लोग उन्हें देखकर मुस्कुराते हैं।"], []),
  "para",
  one("2020 में लॉकडाउन के दौरान घाट पूरी तरह सूने हो गए थे।", "During the lockdown in 2020, the ghats were completely deserted."),
  bead(
    ["रामू काका की कमाई बंद हो गई, और तीन महीने तक परिवार का गुज़ारा पड़ोसियों की मदद और बचत के थोड़े-से पैसों से चला।"],
    ["Ramu Kaka's earnings stopped.", "For three months the family got by on help from neighbours and a little savings."],
  ),
  one("उनके बेटे सुरेश ने उन्हें दुकान बंद करके गाँव लौटने की सलाह दी।", "His son Suresh advised him to close the stall and return to the village."),
  bead(
    ["रामू काका ने मना कर दिया।", "उन्होंने कहा, “गंगा मैया ने अब तक भूखा नहीं सोने दिया, आगे भी नहीं सोने देंगी।”"],
    ["Ramu Kaka refused, saying, “Mother Ganga has never let me go to bed hungry, and she never will.”"],
  ),
  "para",
  one("आज सुरेश भी दुकान पर उनका हाथ बँटाता है।", "Today Suresh also helps him at the stall."),
  bead(
    ["उसने दुकान पर UPI से भुगतान की सुविधा शुरू की है।", "अब आधे से ज़्यादा ग्राहक मोबाइल से पैसे देते हैं।"],
    ["He has introduced UPI payments at the stall, and more than half the customers now pay by phone."],
  ),
  one("रामू काका को यह तकनीक अब भी अजीब लगती है।", "Ramu Kaka still finds the technology strange."),
  bead(
    ["वे हर भुगतान के बाद सुरेश से पूछते हैं कि पैसे सच में आए या नहीं।", "सुरेश हँसकर उन्हें फोन पर संदेश दिखा देता है।"],
    [
      "Suresh laughs and shows him the message on the phone.",
      "His father asks him after every payment whether the money has really arrived.",
    ],
  ),
  "para",
  one("शाम को गंगा आरती के समय दुकान पर सबसे ज़्यादा भीड़ होती है।", "The stall is busiest in the evening, at the time of the Ganga aarti."),
  one("उस एक घंटे में वे 200 से अधिक कप चाय बेच देते हैं।", "In that one hour he sells more than 200 cups of tea."),
  "para-hi",
  one(
    "आरती के बाद वे चूल्हा बुझाते हैं और घाट की सीढ़ियों पर बैठकर नदी को देखते रहते हैं।",
    "After the aarti he puts out the stove and sits on the steps of the ghat, gazing at the river.",
  ),
  one("वे कहते हैं कि जब तक शरीर साथ देगा, वे यहीं चाय बनाते रहेंगे।", "He says he will keep making tea here for as long as his body allows."),
  bead([], ["He is 68 years old."]),
  one("उनका सपना है कि एक दिन उनका पोता इस दुकान को आगे बढ़ाए।", "His dream is that one day his grandson will carry the stall forward."),
]);
