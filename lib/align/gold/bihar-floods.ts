// News report: floods in Bihar. Numbers in Indian and Western grouping, names, two omissions,
// two explanatory additions by the English editor.
import { bead, buildDocument, one } from "./build-document";

export const biharFloods = buildDocument("bihar-floods", [
  one(
    "बिहार में लगातार तीन दिनों की भारी बारिश के बाद गंगा और कोसी नदियाँ खतरे के निशान से ऊपर बह रही हैं।",
    "After three days of continuous heavy rain in Bihar, the Ganga and Kosi rivers are flowing above the danger mark.",
  ),
  one(
    "राज्य आपदा प्रबंधन विभाग के अनुसार 12 ज़िलों के लगभग 4,50,000 लोग बाढ़ से प्रभावित हुए हैं।",
    "According to the state disaster management department, about 450,000 people in 12 districts have been affected by the floods.",
  ),
  bead(
    ["पटना में कई निचले इलाकों में पानी भर गया है।", "लोगों को अपने घर छोड़कर राहत शिविरों में जाना पड़ा है।"],
    ["Several low-lying areas of Patna have been flooded, forcing residents to leave their homes for relief camps."],
  ),
  one(
    "मुख्यमंत्री नीतीश कुमार ने मंगलवार को प्रभावित ज़िलों का हवाई सर्वेक्षण किया।",
    "Chief Minister Nitish Kumar conducted an aerial survey of the affected districts on Tuesday.",
  ),
  bead(["यह सर्वेक्षण लगभग दो घंटे तक चला।"], []),
  one(
    "उन्होंने अधिकारियों को निर्देश दिया कि किसी भी परिवार को भोजन और पीने के पानी की कमी न हो।",
    "He directed officials to ensure that no family runs short of food or drinking water.",
  ),
  "para",
  one(
    "राष्ट्रीय आपदा मोचन बल (NDRF) की 18 टीमें बचाव कार्य में लगी हुई हैं।",
    "As many as 18 teams of the National Disaster Response Force (NDRF) are engaged in rescue work.",
  ),
  bead(
    ["अब तक 3,200 से अधिक लोगों को नावों की मदद से सुरक्षित स्थानों पर पहुँचाया गया है, जबकि दरभंगा और मधुबनी में हेलीकॉप्टरों से खाने के पैकेट गिराए जा रहे हैं।"],
    [
      "So far, more than 3,200 people have been moved to safe places by boat.",
      "In Darbhanga and Madhubani, helicopters are dropping food packets.",
    ],
  ),
  one("मौसम विभाग ने अगले 48 घंटों में और बारिश की चेतावनी दी है।", "The Meteorological Department has warned of more rain in the next 48 hours."),
  bead([], ["The department grades its warnings by colour, with red being the most severe."]),
  one("सुपौल, सहरसा और पूर्णिया ज़िलों के लिए रेड अलर्ट जारी किया गया है।", "A red alert has been issued for Supaul, Saharsa and Purnia districts."),
  "para",
  one("बाढ़ का सबसे बुरा असर किसानों पर पड़ा है।", "Farmers have been hit hardest by the floods."),
  one(
    "कृषि विभाग का अनुमान है कि करीब 1.2 लाख हेक्टेयर में लगी धान की फसल डूब गई है।",
    "The agriculture department estimates that paddy on about 120,000 hectares has been submerged.",
  ),
  bead(
    ["सहरसा के किसान रामविलास यादव ने बताया कि उनकी पूरी फसल बर्बाद हो गई।", "उन्होंने कहा, “अब हमारे पास कुछ नहीं बचा।”"],
    ["Ramvilas Yadav, a farmer from Saharsa, said his entire crop had been destroyed and that “we have nothing left now.”"],
  ),
  one(
    "सरकार ने प्रभावित किसानों को प्रति हेक्टेयर 13,500 रुपये का मुआवज़ा देने की घोषणा की है।",
    "The government has announced compensation of Rs 13,500 per hectare for affected farmers.",
  ),
  one("विपक्ष के नेता तेजस्वी यादव ने इस राशि को बहुत कम बताया।", "Leader of the Opposition Tejashwi Yadav called the amount far too little."),
  bead(
    ["उन्होंने माँग की कि मुआवज़ा बढ़ाकर कम से कम 25,000 रुपये किया जाए और पशुपालकों को भी राहत दी जाए।"],
    ["He demanded that the compensation be raised to at least Rs 25,000.", "He also asked for relief for livestock farmers."],
  ),
  "para",
  one(
    "स्वास्थ्य विभाग ने राहत शिविरों में जलजनित बीमारियों के फैलने की आशंका जताई है।",
    "The health department fears that waterborne diseases may spread in the relief camps.",
  ),
  one("इसके लिए 240 मेडिकल टीमें तैनात की गई हैं।", "To deal with this, 240 medical teams have been deployed."),
  one("शिविरों में क्लोरीन की गोलियाँ और ओआरएस के पैकेट बाँटे जा रहे हैं।", "Chlorine tablets and ORS packets are being distributed in the camps."),
  bead(
    ["डॉक्टरों ने लोगों से केवल उबला हुआ पानी पीने की अपील की है, क्योंकि दस्त के मामले बढ़ रहे हैं।", "पिछले सप्ताह ऐसे 600 मामले दर्ज किए गए।"],
    [
      "Cases of diarrhoea are rising, with 600 recorded last week alone.",
      "Doctors have therefore urged people to drink only boiled water.",
    ],
  ),
  one("पिछले साल की बाढ़ में राज्य में 27 लोगों की मौत हुई थी।", "Last year's floods killed 27 people in the state."),
  one("इस बार प्रशासन का दावा है कि तैयारी पहले से बेहतर है।", "This time, the administration claims it is better prepared."),
  "para",
  one(
    "पटना के गांधी मैदान के पास रहने वाली सुनीता देवी पिछले चार दिनों से एक स्कूल में बने शिविर में रह रही हैं।",
    "Sunita Devi, who lives near Gandhi Maidan in Patna, has been staying in a camp set up in a school for the past four days.",
  ),
  one("उनके साथ उनके तीन बच्चे और बूढ़ी सास भी हैं।", "Her three children and her elderly mother-in-law are with her."),
  one(
    "उन्होंने कहा कि खाना समय पर मिल रहा है, लेकिन रात में मच्छरों के कारण सोना मुश्किल है।",
    "She said food was arriving on time, but mosquitoes made it hard to sleep at night.",
  ),
  bead(["उनकी यह शिकायत शिविर के कई दूसरे लोगों ने भी दोहराई।"], []),
  one(
    "ज़िला प्रशासन ने शिविरों में मच्छरदानियाँ बाँटने का वादा किया है।",
    "The district administration has promised to distribute mosquito nets in the camps.",
  ),
  "para",
  one(
    "जल संसाधन मंत्री ने बताया कि कोसी बैराज से 2.5 लाख क्यूसेक पानी छोड़ा गया है।",
    "The water resources minister said 250,000 cusecs of water had been released from the Kosi barrage.",
  ),
  one("नेपाल में भारी बारिश के कारण जलस्तर और बढ़ सकता है।", "Water levels could rise further because of heavy rain in Nepal."),
  bead([], ["The Kosi rises in Nepal and is often called the “sorrow of Bihar”."]),
  one("प्रशासन ने तटबंधों की चौबीसों घंटे निगरानी के आदेश दिए हैं।", "The administration has ordered round-the-clock monitoring of the embankments."),
]);
