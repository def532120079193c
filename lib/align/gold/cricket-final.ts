// Sports report: a cricket final in Mumbai. Scores and overs are the anchors; many player names
// appear only in Devanagari on the Hindi side.
import { bead, buildDocument, one } from "./build-document";

export const cricketFinal = buildDocument("cricket-final", [
  one(
    "मुंबई इंडियंस ने रविवार को वानखेड़े स्टेडियम में खेले गए फाइनल में चेन्नई सुपर किंग्स को 6 विकेट से हरा दिया।",
    "Mumbai Indians beat Chennai Super Kings by 6 wickets in the final at the Wankhede Stadium on Sunday.",
  ),
  one("यह मुंबई का छठा खिताब है।", "It is Mumbai's sixth title."),
  bead(
    ["स्टेडियम में 33,000 दर्शक मौजूद थे।", "पूरा मैदान नीली जर्सियों से भरा हुआ था।"],
    ["A crowd of 33,000, almost entirely in blue jerseys, packed the ground."],
  ),
  "para",
  one("चेन्नई ने टॉस जीतकर पहले बल्लेबाज़ी करने का फैसला किया।", "Chennai won the toss and chose to bat first."),
  bead(
    ["सलामी बल्लेबाज़ ऋतुराज गायकवाड़ ने 47 गेंदों पर 68 रन बनाए, लेकिन दूसरे छोर से लगातार विकेट गिरते रहे।"],
    ["Opener Ruturaj Gaikwad scored 68 off 47 balls.", "At the other end, however, wickets kept falling."],
  ),
  one("जसप्रीत बुमराह ने 4 ओवर में केवल 21 रन देकर 3 विकेट लिए।", "Jasprit Bumrah took 3 wickets for just 21 runs in his 4 overs."),
  one("चेन्नई की पारी 20 ओवर में 8 विकेट पर 171 रन पर समाप्त हुई।", "Chennai's innings ended at 171 for 8 in 20 overs."),
  bead(
    ["आखिरी ओवर में महेंद्र सिंह धोनी ने दो छक्के लगाए।", "इससे दर्शकों में उत्साह भर गया।"],
    ["Mahendra Singh Dhoni thrilled the crowd with two sixes in the final over."],
  ),
  "para",
  one("जवाब में मुंबई की शुरुआत खराब रही।", "In reply, Mumbai made a poor start."),
  one("कप्तान रोहित शर्मा सिर्फ 4 रन बनाकर दूसरे ही ओवर में आउट हो गए।", "Captain Rohit Sharma was out in the second over for just 4."),
  bead([], ["He has now failed to pass 10 in three of his last four innings."]),
  one(
    "इसके बाद सूर्यकुमार यादव और तिलक वर्मा ने तीसरे विकेट के लिए 94 रनों की साझेदारी की।",
    "Suryakumar Yadav and Tilak Varma then put on 94 runs for the third wicket.",
  ),
  bead(
    ["सूर्यकुमार ने अपनी पारी में 5 छक्के लगाए और सिर्फ 39 गेंदों पर 72 रन बनाए, जिसके लिए उन्हें मैन ऑफ द मैच चुना गया।"],
    ["Suryakumar hit 5 sixes on his way to 72 off just 39 balls.", "He was named man of the match."],
  ),
  one("तिलक वर्मा 45 रन बनाकर नाबाद रहे।", "Tilak Varma remained unbeaten on 45."),
  one("मुंबई ने 19.2 ओवर में लक्ष्य हासिल कर लिया।", "Mumbai reached the target in 19.2 overs."),
  bead(["जीत के बाद खिलाड़ी मैदान का चक्कर लगाने निकले।"], []),
  "para",
  one(
    "मैच के बाद रोहित शर्मा ने कहा कि टीम ने दबाव में शानदार खेल दिखाया।",
    "After the match Rohit Sharma said the team had played superbly under pressure.",
  ),
  bead(
    ["उन्होंने युवा खिलाड़ियों की खास तारीफ की।", "उन्होंने कहा कि तिलक जैसे खिलाड़ी टीम का भविष्य हैं।"],
    ["He singled out the young players for praise, calling players like Tilak the future of the team."],
  ),
  one("धोनी ने हार स्वीकार करते हुए कहा कि 171 रन इस पिच पर कम थे।", "Accepting defeat, Dhoni said 171 was not enough on this pitch."),
  one("उन्होंने कहा, “हमें 15-20 रन और चाहिए थे।”", "“We needed another 15-20 runs,” he said."),
  bead([], ["He also admitted that his bowlers had struggled with the dew."]),
  bead(
    ["अपने संन्यास के सवाल पर धोनी मुस्कुराए।", "उन्होंने कहा कि इसका फैसला वे अगले साल करेंगे।"],
    ["Asked about retirement, Dhoni smiled and said he would decide next year."],
  ),
  "para",
  one("विजेता टीम को 20 करोड़ रुपये की इनामी राशि मिली।", "The winning team received prize money of Rs 20 crore."),
  one("उपविजेता चेन्नई को 13 करोड़ रुपये दिए गए।", "Runners-up Chennai were given Rs 13 crore."),
  bead([], ["The prize money was raised this season."]),
  one("पूरे टूर्नामेंट में सबसे ज़्यादा 741 रन विराट कोहली ने बनाए।", "Virat Kohli scored the most runs in the tournament, 741."),
  one(
    "सबसे ज़्यादा विकेट लेने का पुरस्कार हर्षल पटेल को मिला, जिन्होंने 24 विकेट लिए।",
    "The award for the most wickets went to Harshal Patel, who took 24.",
  ),
  bead(
    ["उभरते खिलाड़ी का पुरस्कार 21 साल के एक तेज़ गेंदबाज़ को मिला।", "उसका नाम मयंक यादव है और वह दिल्ली का रहने वाला है।"],
    ["The emerging player award went to Mayank Yadav, a 21-year-old fast bowler from Delhi."],
  ),
  "para",
  one(
    "फाइनल को टीवी और ऑनलाइन मिलाकर करीब 50 करोड़ लोगों ने देखा।",
    "About 500 million people watched the final on television and online combined.",
  ),
  one("प्रसारकों के अनुसार यह अब तक का रिकॉर्ड है।", "According to the broadcasters, this is a record."),
  bead(["मुंबई में जीत का जश्न देर रात तक चलता रहा।"], []),
  one("टीम सोमवार को खुली बस में शहर की परेड करेगी।", "The team will parade through the city in an open-top bus on Monday."),
  one("पुलिस ने मरीन ड्राइव पर यातायात के लिए विशेष इंतज़ाम किए हैं।", "Police have made special traffic arrangements on Marine Drive."),
]);
