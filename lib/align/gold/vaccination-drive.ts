// Health report: a measles-rubella vaccination campaign. Percentages, lakh figures written both
// ways, Devanagari digits, and an English version that merges short official sentences.
import { bead, buildDocument, one } from "./build-document";

export const vaccinationDrive = buildDocument("vaccination-drive", [
  one(
    "राजस्थान में खसरा और रूबेला के खिलाफ एक बड़ा टीकाकरण अभियान सोमवार से शुरू हुआ।",
    "A major vaccination campaign against measles and rubella began in Rajasthan on Monday.",
  ),
  one(
    "इसका लक्ष्य ९ महीने से १५ साल तक के लगभग २.३ करोड़ बच्चों को टीका लगाना है।",
    "It aims to vaccinate about 23 million children between 9 months and 15 years of age.",
  ),
  bead(
    ["अभियान चार सप्ताह तक चलेगा।", "इस दौरान स्कूलों, आंगनवाड़ी केंद्रों और स्वास्थ्य केंद्रों पर टीके लगाए जाएँगे।"],
    ["The four-week campaign will run in schools, anganwadi centres and health centres."],
  ),
  one(
    "स्वास्थ्य मंत्री ने जयपुर के एक सरकारी स्कूल में पहली बच्ची को टीका लगाकर अभियान की शुरुआत की।",
    "The health minister launched the campaign by vaccinating the first girl at a government school in Jaipur.",
  ),
  "para",
  one(
    "खसरा एक अत्यधिक संक्रामक बीमारी है जो खाँसी और छींक से फैलती है।",
    "Measles is a highly contagious disease that spreads through coughing and sneezing.",
  ),
  one(
    "विश्व स्वास्थ्य संगठन (WHO) के अनुसार भारत में हर साल हज़ारों बच्चे इससे प्रभावित होते हैं।",
    "According to the World Health Organization (WHO), thousands of children in India are affected by it every year.",
  ),
  bead(
    ["रूबेला आमतौर पर हल्की बीमारी है, लेकिन गर्भवती महिलाओं में यह गंभीर जन्म दोष पैदा कर सकती है।"],
    ["Rubella is usually a mild illness.", "In pregnant women, however, it can cause serious birth defects."],
  ),
  bead([], ["Both diseases can be prevented with a single combined vaccine."]),
  "para",
  one("पिछले अभियान में राज्य ने 96 प्रतिशत कवरेज हासिल किया था।", "In the previous campaign the state achieved 96 per cent coverage."),
  one("इस बार लक्ष्य 98 प्रतिशत रखा गया है।", "This time the target has been set at 98 per cent."),
  bead(
    ["इसके लिए 45,000 टीकाकर्मियों को प्रशिक्षित किया गया है।", "उनकी मदद के लिए 1,10,000 आशा कार्यकर्ता घर-घर जाकर परिवारों को जानकारी देंगी।"],
    ["To achieve it, 45,000 vaccinators have been trained, and 110,000 ASHA workers will go door to door to inform families."],
  ),
  one(
    "टीकों को ठंडा रखने के लिए 2,800 कोल्ड चेन केंद्र बनाए गए हैं।",
    "As many as 2,800 cold-chain points have been set up to keep the vaccines cool.",
  ),
  bead(["रेगिस्तानी ज़िलों में टीके ऊँटगाड़ियों से भी पहुँचाए जाएँगे।"], []),
  "para",
  one(
    "बाड़मेर की आशा कार्यकर्ता गीता चौधरी पिछले दस साल से यह काम कर रही हैं।",
    "Geeta Choudhary, an ASHA worker in Barmer, has been doing this work for ten years.",
  ),
  bead(
    ["उन्होंने बताया कि शुरुआत में कई परिवार डर के कारण बच्चों को टीका लगवाने से मना कर देते थे।", "अब हालात बदल गए हैं।"],
    ["She said that at first many families refused to have their children vaccinated out of fear, but things have changed now."],
  ),
  one("गीता कहती हैं, “अब माँएँ खुद पूछती हैं कि अगला टीका कब लगेगा।”", "“Now mothers themselves ask when the next vaccine is due,” Geeta says."),
  bead(
    ["उनके गाँव में पिछले तीन वर्षों में खसरे का एक भी मामला सामने नहीं आया, और इसका श्रेय वे नियमित टीकाकरण को देती हैं।"],
    ["Her village has not seen a single case of measles in the past three years.", "She credits regular vaccination for this."],
  ),
  "para",
  one("हालाँकि कुछ ज़िलों में अफ़वाहें अब भी चुनौती बनी हुई हैं।", "In some districts, however, rumours remain a challenge."),
  one(
    "सोशल मीडिया पर यह झूठ फैलाया गया कि टीके से बच्चे बीमार पड़ जाते हैं।",
    "A falsehood was spread on social media that the vaccine makes children ill.",
  ),
  one("स्वास्थ्य विभाग ने ऐसे संदेशों की शिकायत पुलिस से की है।", "The health department has complained to the police about such messages."),
  bead(
    ["विभाग ने धार्मिक नेताओं और शिक्षकों से भी मदद माँगी है।", "वे लोगों को समझाएँगे कि टीका पूरी तरह सुरक्षित है।"],
    [
      "Religious leaders and teachers have been asked to explain to people that the vaccine is completely safe.",
      "The department has sought their help for this.",
    ],
  ),
  one("टोंक ज़िले के एक मौलाना ने मस्जिद से टीकाकरण की अपील की।", "A cleric in Tonk district appealed for vaccination from a mosque."),
  "para",
  one("अभियान की निगरानी के लिए एक ऑनलाइन डैशबोर्ड बनाया गया है।", "An online dashboard has been created to monitor the campaign."),
  one("पहले दिन शाम 6 बजे तक 8.7 लाख बच्चों को टीका लग चुका था।", "By 6 pm on the first day, 870,000 children had been vaccinated."),
  bead(["अधिकारियों ने इसे उत्साहजनक शुरुआत बताया।"], []),
  one("किसी भी बच्चे में गंभीर दुष्प्रभाव की सूचना नहीं मिली है।", "No serious side effects have been reported in any child."),
  bead(
    ["टीका लगने के बाद हर बच्चे को आधे घंटे तक निगरानी में रखा जाता है और उसकी उंगली पर निशान लगाया जाता है, ताकि कोई बच्चा दो बार टीका न लगवाए।"],
    [
      "Every child is kept under observation for half an hour after the shot.",
      "A mark is put on the child's finger so that no one is vaccinated twice.",
    ],
  ),
  one(
    "अभियान पूरा होने के बाद एक स्वतंत्र सर्वेक्षण से कवरेज की जाँच की जाएगी।",
    "Once the campaign ends, an independent survey will check the coverage.",
  ),
]);
