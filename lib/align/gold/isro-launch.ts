// Science news: a satellite launch. Latin acronyms, a Devanagari acronym (इसरो), times and
// masses; English restructures the technical paragraph.
import { bead, buildDocument, one } from "./build-document";

export const isroLaunch = buildDocument("isro-launch", [
  one(
    "भारतीय अंतरिक्ष अनुसंधान संगठन (इसरो) ने शनिवार सुबह श्रीहरिकोटा से एक नया मौसम उपग्रह सफलतापूर्वक प्रक्षेपित किया।",
    "The Indian Space Research Organisation (ISRO) successfully launched a new weather satellite from Sriharikota on Saturday morning.",
  ),
  one("उपग्रह को GSLV-F16 रॉकेट से सुबह 9 बजकर 42 मिनट पर छोड़ा गया।", "The satellite lifted off on a GSLV-F16 rocket at 9.42 am."),
  one("करीब 19 मिनट की उड़ान के बाद यह अपनी निर्धारित कक्षा में पहुँच गया।", "After a flight of about 19 minutes, it reached its intended orbit."),
  bead(
    ["नियंत्रण कक्ष में मौजूद वैज्ञानिकों ने तालियाँ बजाईं।", "कई वैज्ञानिक एक-दूसरे से गले मिले।"],
    ["Scientists in the control room broke into applause and embraced one another."],
  ),
  "para",
  one(
    "इसरो अध्यक्ष एस. सोमनाथ ने कहा कि यह मिशन देश की मौसम पूर्वानुमान क्षमता को बहुत मज़बूत करेगा।",
    "ISRO chairman S. Somanath said the mission would greatly strengthen the country's weather forecasting capability.",
  ),
  bead(
    [
      "उन्होंने बताया कि उपग्रह हर 15 मिनट में पूरे भारतीय उपमहाद्वीप की तस्वीरें भेजेगा, जिससे चक्रवातों और भारी बारिश की पहले से अधिक सटीक चेतावनी दी जा सकेगी।",
    ],
    [
      "He said the satellite would send images of the entire Indian subcontinent every 15 minutes.",
      "This will allow more accurate early warnings of cyclones and heavy rain.",
    ],
  ),
  one(
    "इस उपग्रह का वज़न 2,275 किलोग्राम है और इसकी अनुमानित आयु 10 वर्ष है।",
    "The satellite weighs 2,275 kilograms and has an expected life of 10 years.",
  ),
  bead([], ["It is the third satellite in the series."]),
  "para",
  bead(
    ["मिशन की कुल लागत लगभग 480 करोड़ रुपये है।", "इसमें रॉकेट और उपग्रह दोनों का खर्च शामिल है, और यह राशि पृथ्वी विज्ञान मंत्रालय ने दी है।"],
    [
      "The Ministry of Earth Sciences has funded the mission, whose cost covers both the rocket and the satellite.",
      "The total comes to about Rs 480 crore.",
    ],
  ),
  one(
    "प्रधानमंत्री नरेंद्र मोदी ने सोशल मीडिया पर वैज्ञानिकों को बधाई दी।",
    "Prime Minister Narendra Modi congratulated the scientists on social media.",
  ),
  one(
    "उन्होंने लिखा कि यह सफलता आत्मनिर्भर भारत की दिशा में एक और कदम है।",
    "He wrote that the success was another step towards a self-reliant India.",
  ),
  bead(["इस पोस्ट को कुछ ही घंटों में लाखों लोगों ने देखा।"], []),
  "para",
  one("GSLV रॉकेट का यह 16वाँ प्रक्षेपण था।", "This was the 16th launch of the GSLV rocket."),
  one(
    "पहले के कुछ प्रक्षेपण विफल रहे थे, इसलिए इस रॉकेट को कभी “शरारती बच्चा” कहा जाता था।",
    "Some earlier launches had failed, which is why the rocket was once called the “naughty boy”.",
  ),
  bead(
    ["पिछले पाँच प्रक्षेपण लगातार सफल रहे हैं।", "इससे रॉकेट की विश्वसनीयता पर भरोसा बढ़ा है।"],
    ["Its last five launches have all succeeded, restoring confidence in its reliability."],
  ),
  one("इसका क्रायोजेनिक इंजन पूरी तरह भारत में बना है।", "Its cryogenic engine was built entirely in India."),
  bead(
    ["इस इंजन को विकसित करने में वैज्ञानिकों को लगभग बीस साल लगे थे, क्योंकि 1990 के दशक में विदेश से तकनीक मिलने पर रोक लगा दी गई थी।"],
    [
      "Scientists took nearly twenty years to develop the engine.",
      "In the 1990s, a ban had stopped the technology from coming from abroad.",
    ],
  ),
  "para",
  one("इसरो इस साल अभी तक सात मिशन भेज चुका है।", "ISRO has already flown seven missions this year."),
  one(
    "अगला बड़ा मिशन गगनयान है, जिसके तहत भारतीय अंतरिक्ष यात्रियों को अंतरिक्ष में भेजा जाएगा।",
    "The next big mission is Gaganyaan, under which Indian astronauts will be sent into space.",
  ),
  one("इसके लिए चार अंतरिक्ष यात्रियों का प्रशिक्षण बेंगलुरु में चल रहा है।", "Four astronauts are training for it in Bengaluru."),
  one("पहली मानवरहित परीक्षण उड़ान अगले साल की शुरुआत में होने की उम्मीद है।", "The first uncrewed test flight is expected early next year."),
  bead([], ["A robot named Vyommitra will fly on board in place of the crew."]),
  "para",
  one(
    "श्रीहरिकोटा के आसपास के गाँवों से सैकड़ों लोग प्रक्षेपण देखने पहुँचे थे।",
    "Hundreds of people from villages around Sriharikota had come to watch the launch.",
  ),
  one(
    "दर्शक दीर्घा में बैठने के लिए 5,000 लोगों ने ऑनलाइन पंजीकरण कराया था।",
    "As many as 5,000 people had registered online for seats in the viewing gallery.",
  ),
  bead(
    ["चेन्नई से आए एक छात्र ने कहा, “मैंने पहली बार रॉकेट को अपनी आँखों से उड़ते देखा।”", "उसने कहा कि वह बड़ा होकर इसरो में काम करना चाहता है।"],
    [
      "“It was the first time I saw a rocket fly with my own eyes,” said a student from Chennai, who wants to work at ISRO when he grows up.",
    ],
  ),
  one(
    "प्रक्षेपण के बाद पुलिस ने भीड़ को नियंत्रित करने के लिए अतिरिक्त बल तैनात किया।",
    "After the launch, police deployed extra personnel to control the crowd.",
  ),
  one("शाम तक सभी लोग सुरक्षित अपने घर लौट गए।", "By evening everyone had returned home safely."),
]);
