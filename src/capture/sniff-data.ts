/**
 * Character-frequency data for the charset guesser (sniff.ts). A right decoding of a real text
 * puts most of its characters among the most frequent ones of its language; a wrong decoding of
 * the same bytes scatters them over the whole table. These sets are written from general
 * knowledge of Chinese, Japanese, Korean, Russian and Greek text frequencies (not from any page).
 */

/** About 600 of the most frequent Chinese characters (simplified), which cover about 80% of news text. */
const HAN_SIMPLIFIED =
  '的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印晚兰试股拿脑预谁益阳若哪微尼继送急血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷警获模充负云停木游龙树疑层冷洲冲射略范竟句室异激汉村哈策演简卡罪判担州静退既衣您宗积余痛检差富灵协角占配征修皮挥胜降阶审沉坚善妈刘读啊超免压银买皇养伊怀执副乱抗犯追帮宣佛岁航优怪香著田铁控税左右份穿艺背阵草脚概恶块顿敢守酒岛托央户烈洋哥索胡款靠评版宝座释景顾弟登货互付伯慢欧换闻危忙核暗姐介坏讨丽良序升监临亮露永呼味野架域沙掉括舰鱼杂误湾吉减编楚肯测败屋跑梦散温困剑渐封救贵枪缺楼县尚';

/** Traditional forms of frequent characters whose simplified form differs (Big5 text). */
const HAN_TRADITIONAL =
  '這個們來為國說時會對發後過還進當動現實經點學體開問關從應頭將與長機業種間麼樣際東見總電報區義務無產軍戰爭聽話讓認給幾邊處議員號覺錢運輸達連選擇傳統設計語言寫車門歡聲視線縣鄉團隊營銷買賣聯係術費訴讀記憶雙單親愛熱難題質量態導師歷史變換顯標準響環境權利條數據萬億兩網絡誌華層級類組織轉隨隻紀錄亞歐洲貿臺灣濟節陽陰陳劉楊趙吳張黃鄭謝羅許蘇葉盧蔣韓馮鄧廣場劃創優勢氣衛醫藥護辦證價遠離靜鐵路島農兒童婦職稱滿週確請談論調觀察參與憲舉監督負責資黨歲輕記錄軟體網際週報導們並專內兩務勞勝區參雖頭媒則覽擊裡計這樣應';

/** Frequent kanji in Japanese news whose forms are neither simplified nor traditional Chinese. */
const HAN_JAPANESE = '発県気経済実権対読売駅鉄図価戦広円歳総関画雑応続転変当区点数楽芸辺払伝込満様険様労働党選挙議員首相内閣政府警察事件容疑者逮捕調査報道記者会見発表氏';

/** The characters above, as one set: the decoded text of any CJK encoding is scored against it. */
export const FREQUENT_HAN: ReadonlySet<string> = new Set([...HAN_SIMPLIFIED, ...HAN_TRADITIONAL, ...HAN_JAPANESE]);

/** About 150 of the most frequent Hangul syllables in Korean text. */
export const FREQUENT_HANGUL: ReadonlySet<string> = new Set([
  ...'이다는의에하고기가지사서한로대를을정도으리자시인수일어적해국부전장게제상있나주것보성위동화과아만우경라여원관진문들비면소신중무구내미연조공선방업요할치및통했와되년개물계말생마실모당세회후유양반법강민스결음단교었발했던까지금또른른그것등때문용거간명재행야점분각산입석출차학운영설식목표현특별청북남외영향터터점했다며밝혔씨측이번오늘최근경찰대통령정부의원선거',
]);

/** Russian letters by frequency tier: the ten commonest get a bonus. */
export const FREQUENT_CYRILLIC: ReadonlySet<string> = new Set([...'оеаинтсрвлОЕАИНТСРВЛ']);
export const RUSSIAN_CYRILLIC: ReadonlySet<string> = new Set([
  ...'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ',
]);

/** The commonest Greek letters (both cases, with and without tonos). */
export const FREQUENT_GREEK: ReadonlySet<string> = new Set([...'αεοιτνησρπκμυλάέόίήύςΑΕΟΙΤΝΗΣΡΠΚΜΥΛ']);

/** Non-ASCII punctuation that sits between letters in real text (apostrophes, dashes, soft hyphen). */
export const INWORD_PUNCT: ReadonlySet<string> = new Set([...'\u2019\u2018\u00ad\u00b7\u2013\u2014\u2010\u2011']);

/** The commonest Hebrew letters (yod, vav, he, lamed, mem, alef, resh, tav, bet, nun, shin). */
export const FREQUENT_HEBREW: ReadonlySet<string> = new Set([...'יוהלמארתבנשםן']);

/** The commonest Arabic letters (alef, lam, ya, mim, waw, nun, ha, ra, ba, ta, ain, ta marbuta). */
export const FREQUENT_ARABIC: ReadonlySet<string> = new Set([...'اليمونهربتعةدأف']);
