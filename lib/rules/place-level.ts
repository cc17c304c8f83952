/**
 * A division named with the wrong level right after its own province or city: 郑州市金水县 (金水区), 陕西省汉中县
 * (汉中市). The stem is right and the suffix says another level; that is a slip only where the province or city named
 * just before has a division of that stem with another suffix and none with this one (辽宁省朝阳县 is right: 朝阳县
 * is in 辽宁省 beside 朝阳市). A former name (原番禺县, 撤县设区前的…) is history, not a slip.
 *
 * Counties become cities and districts, and cities become districts, every year (广西壮族自治区平果县 in a 2018
 * text is 平果市 since 2019): a name one of those steps behind the current one (县 for 市 or 区, 市 for 区) may be
 * an older text's name and is only a note; the other way round (区 or 市 for a 县, 区 for a 市) is a slip.
 */
import { type CharSimilarity, SOUND_TONELESS } from '../engine/near/similar';
import type { ParagraphRule, ParagraphSink, RuleMeta } from '../engine/rule';
import { type Division, oneAlikeOff, PEOPLES, SUFFIX, shortName } from './places';
import { addUnits, hasUnits, unitKeys, unitsHash } from './unit-keys';
import { MAX_PER_PARAGRAPH, q } from './util-text';

export const PLACE_LEVEL_RULES: RuleMeta[] = [
  {
    id: 'typo.place-level',
    category: 'typo',
    severity: 'warn',
    title: '行政区划级别疑似写错',
    message: '{text}与前面的省、市不符：该地是{suggestion}。',
    source:
      '国家统计局2023年统计用区划代码（GB/T 2260 县级以上行政区划）；政府网站与政务新媒体检查指标（严重表述错误）',
  },
  {
    id: 'typo.place-parent',
    category: 'typo',
    severity: 'warn',
    title: '行政区划的上级疑似写错',
    message: '{text}：该地不属于前面的省、市。',
    source:
      '国家统计局2023年统计用区划代码（GB/T 2260 县级以上行政区划）；法院判决书“安徽省南京市”之误（2025年网传判决书截图的报道）',
  },
  {
    id: 'formulation.people-name',
    category: 'formulation',
    severity: 'warn',
    title: '民族名称疑似写错',
    message: '{text}疑为{suggestion}之误：民族名称写错了。',
    source: '国家民委《中国的民族》；GB/T 3304《中国各民族名称的罗马字母拼写法和代码》',
  },
  {
    id: 'formulation.autonomous-name',
    category: 'formulation',
    severity: 'warn',
    title: '民族自治地方名称不规范',
    message: '{text}应写作{suggestion}：民族自治地方的名称以法定名称为准。',
    source:
      '《中华人民共和国民族区域自治法》第十二条（自治地方的名称由地方名称、民族名称和行政地位组成）；国家统计局2023年统计用区划代码',
    note: '自治州、自治县、自治旗名称中民族的顺序、写法（如“哈萨克”不带“族”）或数目与法定名称不同时提示：黔南苗族布依族自治州 → 黔南布依族苗族自治州，伊犁哈萨克族自治州 → 伊犁哈萨克自治州，黔东南苗族自治州 → 黔东南苗族侗族自治州。',
  },
  {
    id: 'typo.place-people',
    category: 'typo',
    severity: 'warn',
    title: '民族自治地方名称中的民族疑似写错',
    message: '{text}疑为{suggestion}之误：民族自治地方的名称中的民族写错了。',
    source:
      '国家统计局2023年统计用区划代码；国家民委《中国的民族》；“郑州市管城汉族区人民法院”之误（2025年9月网传法院文书的报道）',
  },
];

/** One-character level suffixes that are swapped for one another (自治县, 地区 … are left alone). */
const LEVELS = '区县市旗';
/** Before the written name: it is a former name (原番禺县). */
const FORMER = '原旧前';
const formerAt = (t: string, start: number) => start > 0 && FORMER.includes(t[start - 1]!);

/** Full and short names of a province or city as written before one of its divisions (陕西省, 陕西). */
function parentForms(parent: string): string[] {
  const stem = parent.replace(/(?:维吾尔|壮族|回族)?自治区$|[省市]$/, '');
  return stem.length >= 2 && stem !== parent ? [parent, stem] : [parent];
}

/** What may stand right before a parent read by alikeParent: no character, punctuation, or a verb of going or a link. */
const BEFORE_PARENT = '在到赴往至从于经进去来与和及自';
/** One Chinese character (a module constant: the bundler writes a \p{…} literal as new RegExp). */
const HAN_CHAR = /^\p{Script=Han}$/u;
/**
 * Words one sound- or look-alike character off a people's name (the word table's, listed here as this rule has none):
 * 一族, 异族, 同族, 皇族, 士族 … and 僮族, 壮族's name before 1965.
 */
const PEOPLE_LIKE_WORDS = new Set('一族 遗族 蚁族 异族 僮族 曼族 同族 皇族 大族 士族 支族'.split(' '));
/**
 * The rest of a people's name without its first character that is a word or a name of its own (家族, 龙族, 山族 …, 拉族
 * of 拖拉, 西族 of 东西, 米族 of 大米, 南族 and 乡族 of 城南 and 城乡, 安族 of 平安, 朗族 of 开朗): never read as a
 * dropped character.
 */
const HEADLESS_WORDS = new Set('家族 龙族 山族 拉族 西族 米族 南族 乡族 安族 朗族 昌族 尼族'.split(' '));
/** Before a two-character name read as a people's slip: a word it ends (上班族, 追星族 are no peoples). */
const NOT_PEOPLE_BEFORE = '班星光工贷卡车房奔漂啃低月乐拇';
/** A level suffix right after a bare name (延安 + 市). */
const SUFFIX_AT = /^(?:特别行政区|自治区|自治州|自治县|自治旗|地区|林区|新区|省|市|区|县|州|旗|盟)/;

export function createPlaceLevelRule(divisions: readonly Division[], sim?: CharSimilarity): ParagraphRule {
  // The bit filters below are built at once; the maps behind them (≈ 3 MB of allocation at every CLI start) only at the
  // first place a filter lets through, which many texts never have.
  /**
   * (first unit, last unit, length) of every name and of every stem: most places of a text are dismissed by one
   * bit before a substring is cut and looked up (a clear bit: certainly no such name or stem there).
   */
  const nameKeys = unitKeys();
  const stemKeys = unitKeys();
  const keyOf = (x: string) => unitsHash(x.charCodeAt(0), x.charCodeAt(x.length - 1), x.length);
  /** Whether a division's name has a stem that may take another level (朝阳 of 朝阳区, 朝阳市, 朝阳县). */
  const hasStem = (name: string) =>
    LEVELS.includes(name[name.length - 1]!) && !/(?:自治|地区|林区|新区)/.test(name.slice(-3)) && name.length >= 3;
  /** Last character of every division name (a name can only end there). */
  const lastChar = new Uint8Array(65536);
  for (const d of divisions) {
    addUnits(nameKeys, keyOf(d.name));
    if (hasStem(d.name)) addUnits(stemKeys, keyOf(d.name.slice(0, -1)));
    lastChar[d.name.charCodeAt(d.name.length - 1)] = 1;
  }
  const levelChar = new Uint8Array(65536);
  for (const c of LEVELS) levelChar[c.charCodeAt(0)] = 1;

  let maps: ReturnType<typeof buildMaps> | undefined;
  const buildMaps = () => {
    const byCode = new Map(divisions.map((d) => [d.code, d.name]));
    const codesByName = new Map<string, string[]>();
    /** Divisions ending in one of LEVELS by their stem (朝阳 → 朝阳区, 朝阳市, 朝阳县). */
    const byStem = new Map<string, Division[]>();
    for (const d of divisions) {
      (codesByName.get(d.name) ?? codesByName.set(d.name, []).get(d.name)!).push(d.code);
      if (!hasStem(d.name)) continue;
      const stem = d.name.slice(0, -1);
      (byStem.get(stem) ?? byStem.set(stem, []).get(stem)!).push(d);
    }
    /** Provinces and prefectures by full name and by the stem of a province (安徽) → code prefix. */
    const parents = new Map<string, string>();
    for (const d of divisions) {
      if (!d.code.endsWith('00')) continue;
      const prefix = d.code.endsWith('0000') ? d.code.slice(0, 2) : d.code.slice(0, 4);
      if (!parents.has(d.name)) parents.set(d.name, prefix);
      if (d.code.endsWith('0000')) for (const f of parentForms(d.name)) if (!parents.has(f)) parents.set(f, prefix);
    }
    return { byCode, codesByName, byStem, parents };
  };
  const index = () => {
    maps ??= buildMaps();
    return maps;
  };
  /** The prefecture (for a county) and the province above a division, as [code prefix, name]. */
  const ancestors = (code: string): Array<[string, string]> => {
    const { byCode } = index();
    const out: Array<[string, string]> = [];
    if (code.endsWith('0000')) return out;
    if (!code.endsWith('00')) {
      const city = byCode.get(`${code.slice(0, 4)}00`);
      if (city) out.push([code.slice(0, 4), city]);
    }
    const province = byCode.get(`${code.slice(0, 2)}0000`);
    if (province) out.push([code.slice(0, 2), province]);
    return out;
  };
  /** The right names of `written` after the text up to `s`, or undefined when it is no slip there. */
  const slipOf = (t: string, s: number, written: string): string[] | undefined => {
    const { byStem, codesByName } = index();
    const cands = byStem.get(written.slice(0, -1));
    if (!cands) return undefined;
    const right: string[] = [];
    for (const d of cands) {
      if (d.name === written) continue;
      for (const [prefix, parent] of ancestors(d.code)) {
        if (!parentForms(parent).some((pn) => s >= pn.length && t.startsWith(pn, s - pn.length))) continue;
        // that level of the stem exists in the same province or city (辽宁省朝阳县 beside 朝阳市)
        if (codesByName.get(written)?.some((c) => c.startsWith(prefix))) return undefined;
        if (!right.includes(d.name)) right.push(d.name);
      }
    }
    return right.length ? right : undefined;
  };

  // --- a division right after a province or prefecture it does not belong to (安徽省南京市)
  /** The province or prefecture written right before `s` (longest first), as [name, code prefix]. */
  const parentBefore = (t: string, s: number): [string, string] | undefined => {
    const { parents } = index();
    for (let len = Math.min(8, s); len >= 2; len--) {
      const name = t.slice(s - len, s);
      const prefix = parents.get(name);
      if (prefix !== undefined) return [name, prefix];
    }
    return undefined;
  };

  // --- an autonomous division with another people in its name (管城汉族区 for 管城回族区)
  /** People names by length, longest first, for reading one that ends at a 族. */
  const peoples = [...PEOPLES].sort((a, b) => b.length - a.length);
  /** Divisions with a people in their name, by the two to four characters before the first people (on first use). */
  let byHeadMap: Map<string, Array<{ people: string; rest: string; name: string }>> | undefined;
  const byHead = () => {
    if (byHeadMap) return byHeadMap;
    byHeadMap = new Map();
    for (const d of divisions) {
      if (!d.name.includes('族')) continue; // every people's name ends in 族
      for (const people of peoples) {
        const at = d.name.indexOf(people);
        if (at < 2 || at > 4) continue;
        const head = d.name.slice(0, at);
        (byHeadMap.get(head) ?? byHeadMap.set(head, []).get(head)!).push({
          people,
          rest: d.name.slice(at + people.length),
          name: d.name,
        });
        break;
      }
    }
    return byHeadMap;
  };

  type Quoted = (start: number, end: number) => boolean;
  /** Reports a full division name ending at `e` written right after a province or prefecture it is not under. */
  const wrongParent = (t: string, e: number, quoted: Quoted, sink: ParagraphSink): boolean => {
    // names of three characters or more: 城区, 郊区, 矿区 were the names of districts in many cities, since renamed
    const last = t.charCodeAt(e);
    for (let len = Math.min(9, e + 1); len >= 3; len--) {
      const s = e - len + 1;
      if (!hasUnits(nameKeys, unitsHash(t.charCodeAt(s), last, len))) continue;
      const name = t.slice(s, e + 1);
      const codes = index().codesByName.get(name);
      if (!codes) continue;
      const parent = parentBefore(t, s);
      if (!parent) return false;
      const [written, prefix] = parent;
      // only a division below the parent's level, and none of that name under it
      if (codes.some((c) => c.endsWith('0000') || (prefix.length === 4 && c.endsWith('00')))) return false;
      if (codes.some((c) => c.startsWith(prefix))) return false;
      // the parent has this place at another level (北京市朝阳县: 朝阳区): typo.place-level says so
      if (slipOf(t, s, name)) return false;
      const start = s - written.length;
      if (formerAt(t, start) || quoted(start, e + 1)) return false;
      const right = [...new Set(codes.flatMap((c) => ancestors(c).map(([, a]) => a)))];
      sink.report({
        ruleId: 'typo.place-parent',
        start,
        end: e + 1,
        message: `${q(t.slice(start, e + 1))}：${q(name)}属于${right.map(q).join('或')}，不属于${q(written)}。`,
      });
      return true;
    }
    return false;
  };
  // --- a place right after a province or prefecture one sound- or look-alike character off its own (山西延安 for 陕西延安,
  // 台州姜堰 for 泰州姜堰): both parents are real names, so only the place after tells the slip; it may be bare (延安)
  let alikeMaps:
    | {
        forms: Map<string, string[]>;
        bare: Map<string, string[]>;
        bareKeys: ReturnType<typeof unitKeys>;
        /** The last character of every parent form: a child starts right after one. */
        formEnds: Uint8Array;
      }
    | undefined;
  const alikeIndex = () => {
    if (alikeMaps) return alikeMaps;
    /** Provinces and prefectures by their full and short names (陕西省, 陕西; 泰州市, 泰州) → code prefixes. */
    const forms = new Map<string, string[]>();
    /** Prefecture- and county-level divisions by their name without the level (延安, 姜堰) → codes. */
    const bare = new Map<string, string[]>();
    const bareKeys = unitKeys();
    const formEnds = new Uint8Array(65536);
    const push = (m: Map<string, string[]>, k: string, v: string) => {
      const l = m.get(k);
      if (!l) m.set(k, [v]);
      else if (!l.includes(v)) l.push(v);
    };
    for (const d of divisions) {
      if (d.code.endsWith('00')) {
        const prefix = d.code.endsWith('0000') ? d.code.slice(0, 2) : d.code.slice(0, 4);
        for (const f of [d.name, shortName(d.name)]) {
          if (f.length < 2) continue;
          push(forms, f, prefix);
          formEnds[f.charCodeAt(f.length - 1)] = 1;
        }
      }
      if (d.code.endsWith('0000')) continue;
      const b = d.name.replace(SUFFIX, '');
      if (b.length >= 2 && b !== d.name) {
        push(bare, b, d.code);
        addUnits(bareKeys, keyOf(b));
      }
    }
    alikeMaps = { forms, bare, bareKeys, formEnds };
    return alikeMaps;
  };
  const alikeParent = (t: string, e: number, quoted: Quoted, sink: ParagraphSink): boolean => {
    if (!sim) return false;
    const last = t.charCodeAt(e);
    const { formEnds } = alikeIndex();
    for (let len = Math.min(9, e - 1); len >= 2; len--) {
      const s = e - len + 1;
      // no province or prefecture can end right before it (most places: one array read)
      if (!formEnds[t.charCodeAt(s - 1)]) continue;
      let codes: string[] | undefined;
      const full = len >= 3 && hasUnits(nameKeys, unitsHash(t.charCodeAt(s), last, len));
      const bare = len <= 4 && hasUnits(alikeIndex().bareKeys, unitsHash(t.charCodeAt(s), last, len));
      if (!full && !bare) continue;
      const name = t.slice(s, e + 1);
      if (full) codes = index().codesByName.get(name);
      if (!codes && bare) {
        codes = alikeIndex().bare.get(name);
        // the full name goes on (延安市): read at its end
        if (codes && SUFFIX_AT.test(t.slice(e + 1, e + 4)) && codes.length) {
          const m = SUFFIX_AT.exec(t.slice(e + 1, e + 4));
          if (m && index().codesByName.has(name + m[0])) return false;
        }
      }
      if (!codes) continue;
      // a name of a province, or a level of its own (延安市): no child to read the parent by
      if (codes.some((c) => c.endsWith('0000'))) return false;
      const { forms } = alikeIndex();
      for (let pl = Math.min(8, s); pl >= 2; pl--) {
        const written = t.slice(s - pl, s);
        const prefixes = forms.get(written);
        if (!prefixes) continue;
        const start = s - pl;
        const before = t[start - 1];
        if (before !== undefined && HAN_CHAR.test(before) && !BEFORE_PARENT.includes(before)) return false;
        // under the parent written (or a prefecture named like a place of its own): no slip
        if (codes.some((c) => prefixes.some((x) => c.startsWith(x)))) return false;
        if (formerAt(t, start) || quoted(start, e + 1)) return false;
        // an ancestor of the place whose name, in the form written, is one alike character off
        const right = new Set<string>();
        for (const c of codes)
          for (const [, a] of ancestors(c))
            for (const f of [a, shortName(a)]) if (oneAlikeOff(sim, written, f)) right.add(f);
        if (!right.size) return false;
        const fixed = [...right];
        sink.report({
          ruleId: 'typo.place-parent',
          start,
          end: s,
          suggestions: fixed,
          message: `${q(written)}疑为${fixed.map(q).join('或')}之误：${q(name)}属于${fixed.map(q).join('或')}，不属于${q(written)}。`,
        });
        return true;
      }
      return false;
    }
    return false;
  };
  // --- a people's name one character off (夷族 for 彝族, 佘族 for 畲族, 布衣族 for 布依族): a sound-alike (tones aside) or a
  // look-alike, where the name written is no people's and no word of its own (PEOPLE_LIKE_WORDS)
  const peopleSet = new Set(PEOPLES);
  const peopleSlip = (t: string, e: number, quoted: Quoted, sink: ParagraphSink): boolean => {
    if (!sim) return false;
    for (const people of peoples) {
      const len = people.length;
      const s = e + 1 - len;
      if (s < 0) continue;
      const w = t.slice(s, e + 1);
      if (w === people || peopleSet.has(w)) return false;
      if (w[len - 1] !== '族' || PEOPLE_LIKE_WORDS.has(w) || !oneAlikeOff(sim, w, people)) continue;
      // (a Chinese character written in; a word ending here: 上班族 is no slip of 白族)
      const at = w[0] !== people[0] ? 0 : [...w].findIndex((c, i) => c !== people[i]);
      if (!HAN_CHAR.test(w[at]!)) continue;
      if (at === 0 && len === 2 && s > 0 && NOT_PEOPLE_BEFORE.includes(t[s - 1]!)) continue;
      if (quoted(s, e + 1)) return false;
      sink.report({
        ruleId: 'formulation.people-name',
        start: s,
        end: e + 1,
        suggestions: [people],
        message: `${q(w)}疑为${q(people)}之误：民族名称写错了。`,
      });
      return true;
    }
    return false;
  };
  // --- a people's name with its first character dropped (鲜族 for 朝鲜族, 吾尔族 for 维吾尔族): names of three characters
  // or more whose rest is no word (家族, 龙族) and no other people's rest (佬族: 仫佬族 or 仡佬族)
  const headless = new Map<string, string>();
  for (const people of peoples) {
    if (people.length < 3) continue;
    const rest = people.slice(1);
    headless.set(rest, headless.has(rest) || HEADLESS_WORDS.has(rest) ? '' : people);
  }
  const droppedHead = (t: string, e: number, quoted: Quoted, sink: ParagraphSink): boolean => {
    for (let len = 2; len <= 4 && len <= e + 1; len++) {
      const s = e + 1 - len;
      const people = headless.get(t.slice(s, e + 1));
      if (!people || (s > 0 && t[s - 1] === people[0]) || quoted(s, e + 1)) continue;
      sink.report({
        ruleId: 'formulation.people-name',
        start: s,
        end: e + 1,
        suggestions: [people],
        message: `${q(t.slice(s, e + 1))}疑为${q(people)}之误：民族名称缺了“${people[0]}”字。`,
      });
      return true;
    }
    return false;
  };
  // --- a league's or banner's level written with a sound- or look-alike (锡林郭勒明 for 锡林郭勒盟, 杭锦其 for 杭锦旗):
  // words of four characters at most cannot weigh a name this long (typo.unlikely-word), and 盟 and 旗 have few
  // homophones in prose; stems of three characters or more only (2: 兴安萌发 may be a sentence)
  let levelStems: Map<string, string> | undefined;
  /** The last character of every such stem: a position not after one is passed over at once. */
  let stemEnds: Uint8Array | undefined;
  const stemLevel = (): Map<string, string> => {
    if (levelStems) return levelStems;
    levelStems = new Map();
    stemEnds = new Uint8Array(65536);
    for (const d of divisions) {
      const m = SUFFIX.exec(d.name);
      if (!m || (m[0] !== '盟' && m[0] !== '旗')) continue;
      const stem = d.name.slice(0, -1);
      if (stem.length < 3) continue;
      levelStems.set(stem, d.name);
      stemEnds[stem.charCodeAt(stem.length - 1)] = 1;
    }
    return levelStems;
  };
  const levelSlip = (t: string, e: number, quoted: Quoted, sink: ParagraphSink): boolean => {
    if (!sim || e < 3) return false;
    stemLevel();
    if (!stemEnds![t.charCodeAt(e - 1)]) return false;
    const x = t[e]!;
    if (x === '盟' || x === '旗' || x === '其' || !HAN_CHAR.test(x)) return false;
    for (let len = Math.min(8, e); len >= 3; len--) {
      const s = e - len;
      const full = stemLevel().get(t.slice(s, e));
      if (!full) continue;
      const level = full[full.length - 1]!;
      if (!(sim.sound(level, x) >= SOUND_TONELESS || sim.shape(level, x))) return false;
      if (index().codesByName.has(t.slice(s, e + 1)) || quoted(s, e + 1)) return false;
      sink.report({
        ruleId: 'typo.place-level',
        start: s,
        end: e + 1,
        suggestions: [full],
        message: `${q(t.slice(s, e + 1))}疑为${q(full)}之误：“${level}”写成了“${x}”。`,
      });
      return true;
    }
    return false;
  };
  /** Reports an autonomous division's name with another people in it, the people's name ending at `e` (族). */
  const peopleSwap = (t: string, e: number, quoted: Quoted, sink: ParagraphSink): boolean => {
    const people = peoples.find((x) => e + 1 >= x.length && t.startsWith(x, e + 1 - x.length));
    if (!people) return false;
    const ps = e + 1 - people.length;
    for (let k = 4; k >= 2; k--) {
      const cands = byHead().get(t.slice(ps - k, ps));
      if (!cands || ps - k < 0) continue;
      const hit = cands.find((x) => x.people !== people && x.rest && t.startsWith(x.rest, e + 1));
      if (!hit) continue;
      const start = ps - k;
      const end = e + 1 + hit.rest.length;
      if (index().codesByName.has(t.slice(start, end)) || quoted(start, end)) return false;
      sink.report({
        ruleId: 'typo.place-people',
        start,
        end,
        suggestions: [hit.name],
        message: `${q(t.slice(start, end))}疑为${q(hit.name)}之误：民族自治地方名称中的民族写错了。`,
      });
      return true;
    }
    return false;
  };

  // --- an autonomous prefecture's, county's or banner's name whose peoples or level are not the real ones
  /** Peoples as written in names: with 族, and the bare form of three characters or more (哈萨克, 维吾尔, 蒙古自治州). */
  const peopleForms = [
    ...peoples.map((x) => [x, x] as const),
    ...peoples.filter((x) => x.length >= 3).map((x) => [x.slice(0, -1), x] as const),
  ].sort((a, b) => b[0].length - a[0].length);
  /**
   * The peoples written right before `at` (read backwards), as their names with 族, in the order written, and where
   * they start.
   */
  const peoplesBefore = (t: string, at: number): { list: string[]; start: number } => {
    const list: string[] = [];
    let ps = at;
    for (;;) {
      const form = peopleForms.find(([w]) => ps >= w.length && t.startsWith(w, ps - w.length));
      if (!form) break;
      list.unshift(form[1]);
      ps -= form[0].length;
    }
    return { list, start: ps };
  };
  type Autonomous = { name: string; peoples: string[]; level: string };
  let autonomousMap: Map<string, Autonomous[]> | undefined;
  /** Autonomous prefectures, counties and banners by the two to four characters before their peoples. */
  const autonomous = (): Map<string, Autonomous[]> => {
    if (autonomousMap) return autonomousMap;
    autonomousMap = new Map();
    for (const d of divisions) {
      const level = /自治[州县旗]$/.exec(d.name)?.[0];
      if (!level) continue;
      const { list, start } = peoplesBefore(d.name, d.name.length - 3);
      if (!list.length || start < 2 || start > 4) continue;
      const head = d.name.slice(0, start);
      (autonomousMap.get(head) ?? autonomousMap.set(head, []).get(head)!).push({ name: d.name, peoples: list, level });
    }
    return autonomousMap;
  };
  const sameMembers = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && [...a].sort().join() === [...b].sort().join();
  /**
   * Reports an autonomous name whose level ends at `e` (自治州, 自治县, 自治旗) and whose stem is a real autonomous
   * division's, where the name written is no division's: its peoples in another order (黔南苗族布依族自治州), written
   * with a 族 the name has not (伊犁哈萨克族自治州), or one dropped or added (黔东南苗族自治州) is a name not written as
   * the law names it (formulation.autonomous-name); another level only (凉山彝族自治县) is typo.place-level; another
   * people in a place is typo.place-people (peopleSwap finds the same where the rest of the name follows).
   */
  const peopleList = (t: string, e: number, quoted: Quoted, sink: ParagraphSink): boolean => {
    if (e < 6 || t[e - 1] !== '治' || t[e - 2] !== '自') return false;
    const { list, start: ps } = peoplesBefore(t, e - 2);
    if (!list.length) return false;
    for (let k = Math.min(4, ps); k >= 2; k--) {
      const cands = autonomous().get(t.slice(ps - k, ps));
      if (!cands) continue;
      const start = ps - k;
      const written = t.slice(start, e + 1);
      if (cands.some((x) => x.name === written) || index().codesByName.has(written) || quoted(start, e + 1))
        return false;
      const level = t.slice(e - 2, e + 1);
      const sameLevel = cands.filter((x) => x.level === level);
      const right = (sameLevel.length ? sameLevel : cands).map((x) => x.name);
      const real = sameLevel[0] ?? cands[0]!;
      const samePeoples = sameMembers(list, real.peoples);
      const ruleId =
        samePeoples && real.level !== level
          ? 'typo.place-level'
          : !samePeoples &&
              list.length === real.peoples.length &&
              list.filter((x, i) => x !== real.peoples[i]).length === 1
            ? 'typo.place-people'
            : 'formulation.autonomous-name';
      const why =
        ruleId === 'typo.place-level'
          ? `级别是“${real.level}”`
          : ruleId === 'typo.place-people'
            ? '名称中的民族写错了'
            : samePeoples
              ? '名称中民族的写法或顺序与法定名称不同'
              : '名称中的民族与法定名称不同（少写或多写）';
      sink.report({
        ruleId,
        start,
        end: e + 1,
        suggestions: right,
        message: `${q(written)}疑为${right.map(q).join('或')}之误：${why}。`,
      });
      return true;
    }
    return false;
  };

  return {
    kind: 'paragraph',
    rules: PLACE_LEVEL_RULES,
    check(p, sink) {
      const t = p.text;
      const quoted: Quoted = (s, e) => p.isQuoted(s, e);
      let n = 0;
      for (let e = 2; e < t.length && n < MAX_PER_PARAGRAPH; e++) {
        const c = t.charCodeAt(e);
        if (
          c === 0x65cf /* 族 */ &&
          (peopleSwap(t, e, quoted, sink) || droppedHead(t, e, quoted, sink) || peopleSlip(t, e, quoted, sink))
        )
          n++;
        if (
          (c === 0x5dde /* 州 */ || c === 0x53bf /* 县 */ || c === 0x65d7) /* 旗 */ &&
          peopleList(t, e, quoted, sink)
        ) {
          n++;
          continue;
        }
        if (lastChar[c] && wrongParent(t, e, quoted, sink)) n++;
        else if (sim && alikeParent(t, e, quoted, sink)) n++;
        else if (sim && levelSlip(t, e, quoted, sink)) n++;
        if (!levelChar[c]) continue;
        for (let len = 3; len <= 6 && e - len + 1 >= 0; len++) {
          const s = e - len + 1;
          // the stem t[s, e) is no division's stem: slipOf would find nothing
          if (!hasUnits(stemKeys, unitsHash(t.charCodeAt(s), t.charCodeAt(e - 1), len - 1))) continue;
          const right = slipOf(t, s, t.slice(s, e + 1));
          if (!right) continue;
          if (formerAt(t, s) || quoted(s, e + 1)) break;
          const written = t[e]!;
          const former = right.some((r) => (written === '县' && r.endsWith('市')) || r.endsWith('区'));
          sink.report({
            ruleId: 'typo.place-level',
            start: s,
            end: e + 1,
            ...(former ? { severity: 'info' as const } : {}),
            suggestions: right,
            message: `${q(t.slice(s, e + 1))}与前面的省、市不符：该地是${right.map(q).join('或')}${former ? '（若是旧称，请核对是否应写现名）' : ''}。`,
          });
          if (++n >= MAX_PER_PARAGRAPH) return;
          break;
        }
      }
    },
  };
}
