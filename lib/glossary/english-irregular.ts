/**
 * Irregular English inflection for the consistency check (english-words.ts): verbs as
 * "base past participle" (alternatives joined by /), nouns as "singular plural". Chosen for the
 * vocabulary of news, government and legal translation rather than for completeness; a verb whose
 * forms are regular (seize, sanction, exercise) needs no line. Any member of a set finds all others,
 * so a glossary term "taken" accepts "take" and "took". Left out on purpose: verbs whose forms are
 * common words of their own (wind → wound "injury", lie → lay, die → dice).
 */

const VERBS = `
arise arose arisen; awake awoke awoken; be was/were been/is/are/am; bear bore borne/born; beat beat beaten;
become became become; begin began begun; bend bent bent; bet bet bet; bid bid bid; bind bound bound;
bite bit bitten; bleed bled bled; blow blew blown; break broke broken; breed bred bred; bring brought brought;
broadcast broadcast broadcast; build built built; burn burnt/burned burnt/burned; burst burst burst; buy bought bought;
cast cast cast; catch caught caught; choose chose chosen; cling clung clung; come came come; cost cost cost;
creep crept crept; cut cut cut; deal dealt dealt; dig dug dug; do did done/does; draw drew drawn;
dream dreamt/dreamed dreamt/dreamed; drink drank drunk; drive drove driven; eat ate eaten; fall fell fallen;
feed fed fed; feel felt felt; fight fought fought; find found found; flee fled fled; fly flew flown;
forbid forbade forbidden; forecast forecast forecast; foresee foresaw foreseen; forget forgot forgotten;
forgive forgave forgiven; freeze froze frozen; get got got/gotten; give gave given; go went gone/goes;
grind ground ground; grow grew grown; hang hung/hanged hung/hanged; have had had/has; hear heard heard;
hide hid hidden; hit hit hit; hold held held; hurt hurt hurt; keep kept kept; kneel knelt knelt;
know knew known; lay laid laid; lead led led; lean leant/leaned leant/leaned; leap leapt/leaped leapt/leaped;
learn learnt/learned learnt/learned; leave left left; lend lent lent; let let let; light lit lit;
lose lost lost; make made made; mean meant meant; meet met met; mislead misled misled; mistake mistook mistaken;
overcome overcame overcome; overtake overtook overtaken; overthrow overthrew overthrown; oversee oversaw overseen;
pay paid paid; prove proved proven; put put put; quit quit quit; read read read; rid rid rid; ride rode ridden;
ring rang rung; rise rose risen; run ran run; say said said; see saw seen; seek sought sought; sell sold sold;
send sent sent; set set set; shake shook shaken; shed shed shed; shine shone shone; shoot shot shot;
show showed shown; shrink shrank shrunk; shut shut shut; sing sang sung; sink sank sunk; sit sat sat;
sleep slept slept; slide slid slid; speak spoke spoken; speed sped sped; spend spent spent; spill spilt spilt;
spin spun spun; split split split; spread spread spread; spring sprang sprung; stand stood stood;
steal stole stolen; stick stuck stuck; sting stung stung; strike struck struck/stricken; strive strove striven;
swear swore sworn; sweep swept swept; swim swam swum; swing swung swung; take took taken; teach taught taught;
tear tore torn; tell told told; think thought thought; throw threw thrown; thrust thrust thrust;
undergo underwent undergone; understand understood understood; undertake undertook undertaken;
uphold upheld upheld; upset upset upset; wake woke woken; wear wore worn; weep wept wept; win won won;
withdraw withdrew withdrawn; withhold withheld withheld; withstand withstood withstood;
write wrote written`;

const NOUNS = `
man men; woman women; child children; person people/persons; foot feet; tooth teeth; goose geese; mouse mice;
ox oxen; louse lice; penny pence; phenomenon phenomena; criterion criteria; datum data;
medium media; bacterium bacteria; curriculum curricula; formula formulae/formulas; antenna antennae/antennas;
appendix appendices/appendixes; index indices/indexes; matrix matrices; vertex vertices; alumnus alumni;
thief thieves; wife wives; life lives; half halves; self selves; shelf shelves; wolf wolves; calf calves;
loaf loaves; knife knives; leaf leaves; sheaf sheaves; chief chiefs; roof roofs; belief beliefs; proof proofs`;

function parse(table: string): Map<string, string[]> {
  const byWord = new Map<string, string[]>();
  for (const line of table.split(";")) {
    const forms = [
      ...new Set(
        line
          .trim()
          .split(/[\s/]+/)
          .filter(Boolean),
      ),
    ];
    for (const form of forms) byWord.set(form, [...(byWord.get(form) ?? []), ...forms.filter((f) => f !== form)]);
  }
  return byWord;
}

const IRREGULAR = new Map([...parse(VERBS)]);
for (const [word, forms] of parse(NOUNS)) IRREGULAR.set(word, [...(IRREGULAR.get(word) ?? []), ...forms]);

/** The other irregular forms of a word (any member of a set gives the whole set); [] if regular. */
export function irregularForms(word: string): string[] {
  return IRREGULAR.get(word) ?? [];
}
