/**
 * Word list for the spelling-provider agreement test (test/unit/spelling-agreement.test.ts): common and
 * government English, frequent misspellings, UK/US variants, capitalised words, apostrophes, hyphenated and
 * all-caps forms, ordinals (Hunspell COMPOUNDRULE) and pinyin names.
 */
export const COMMON = `
the of and to in is was for that with on as by at from this be are have has had not but or an they which you
one all were there been their can more will would about when who what some into could time them other people
than first then two only also its new after like year over most see way use work many state made may government
public service information policy development economic social national city local community health education
children school family water energy environment housing transport support report issue meeting today week month
important different following available possible number example question problem system program group country
world area place point part case fact hand life night house money business market company industry office
official officials department ministry minister president mayor governor committee council congress parliament
province provincial municipal municipality county district village township region regional central authority
authorities administration administrative regulation regulations legislation law laws legal court justice police
security safety emergency disaster prevention protection environmental pollution ecological sustainable green
infrastructure investment trade export import tourism culture cultural heritage festival ceremony conference
cooperation partnership agreement announcement notice circular directive guideline guidelines implementation
supervision inspection transparency accountability anticorruption corruption integrity reform innovation
technology digital online platform website application applications citizens residents visitors delegation
volunteer volunteers vaccination epidemic pandemic hospital hospitals medical insurance pension employment
unemployment subsidy subsidies tax taxes revenue budget fiscal financial finance bank banking poverty
alleviation rural urban agriculture agricultural farmers harvest forestry fishery maritime port airport railway
highway bridge tunnel construction project projects planning zoning demolition relocation compensation
happily quickly beautiful running swimming children's women's analysis analyses criteria phenomena
`;

export const MISSPELLED = `
goverment govenment goverment recieve adress accomodate acheive beleive calender collegue comittee commitee
concious definately dissapear embarass enviroment existance foriegn goverments independant knowlege liason
millenium neccessary noticable occassion occured occurence persue posession preceeding publically recomend
refered relevent reponsible seperate sucessful suprise tommorow truely untill wierd wich writting adminstration
infomation devlopment internatonal cooperaton economicaly poluction protecion municipalty provincal comunity
anouncement transparancy accountibility inovation techology residants vistors
`;

export const VARIANTS = `
colour color colours favour favor favourite favorite honour honor labour labor neighbour neighbor behaviour
behavior organisation organization organise organize realise realize recognise recognize centre center metre
meter theatre theater programme program licence license defence defense offence offense travelled traveled
travelling traveling cancelled canceled modelling modeling catalogue catalog dialogue dialog analyse analyze
paralyse paralyze ageing aging judgement judgment grey gray tyre tire cheque check enquiry inquiry
`;

export const CAPITALISED = `
China Beijing Shanghai Shandong Guangdong Hong Kong Macao Macau Taiwan Tibet Xinjiang Europe Asia Africa America
English Chinese Japanese January February Monday Friday Christmas Olympic Olympics Internet Government Council
The Mayor Premier Minister Ministry Commission Committee Qingdao Weibo WeChat Xi Li Zhang Wang Huangpu Yangtze
`;

export const APOSTROPHES = `
don't can't won't isn't aren't wasn't shouldn't couldn't wouldn't it's that's there's let's we're they're you're
I'm I've we've o'clock China's government's people's city's country's nation's students' ministers' mayor's
Beijing's world's
`;

export const OTHER = `
well-known long-term e-mail email co-operation cooperation non-governmental nongovernmental
NASA UNESCO GDP APEC WTO COVID GOVERNMENT PUBLIC
1st 2nd 3rd 4th 21st 22nd 23rd 100th 11th 12th 13th 111th 1th 2th 3th 22th
`;

export function wordsOf(...lists: string[]): string[] {
  return [...new Set(lists.join(' ').split(/\s+/).filter(Boolean))];
}

/** Hyphenated words: Hunspell checks the parts (default BREAK); the nspell provider emulates it. */
export const HYPHENATED = `
well-known well-knwon state-of-the-art -known known- a--b well--known self-reliance xx-yy e-mail co-operation
Well-Known WELL-KNOWN well- - -- 1st-class twenty-one long-term non-governmental foo-bar
`;

export const ALL_WORDS = wordsOf(COMMON, MISSPELLED, VARIANTS, CAPITALISED, APOSTROPHES, OTHER, HYPHENATED);
