/**
 * 领导人姓名职务 — checks driven by an admin-maintained list of names and titles (names-schema.ts).
 * The built-in list (dictionaries/names.json) is empty: units load their own.
 *
 * - `typo.leader-name` (block): a near-miss of a listed name — 2015 普查评分表: 「将党和国家领导人姓名写错」 is a
 *   单项否决. A window of Chinese characters as long as the name, differing from it, is a near-miss when
 *     · 3+ characters, one character replaced by a homophone WITH tone (温嘉宝 for 温家宝): always;
 *     · 3+ characters, homophones only without tone: when a title word or 同志 is adjacent (before or after);
 *     · 3+ characters, exactly one character different and not a homophone (温家室): when the adjacent title is
 *       one the person holds or held, or the person's organisation stands right before the name;
 *       (a title written after a village's, community's or firm's name — 村委会主任王德明 — is nobody's on the list);
 *     · 2 characters (李明 → 李鸣): only homophones (tone or not) of one character (学习 is not 李希), and only
 *       with a title the person holds/held or the organisation adjacent — a one-character difference on a
 *       two-character name is too weak on its own (most such strings are other people or ordinary words).
 *   A look-alike character (shapes table) counts like a homophone without tone. Also blocked, with a title or 同志
 *   adjacent: two adjacent characters of a 3–4 character name swapped (习平近总书记); and a name of 3–4 characters
 *   with its last or a middle character missing right before a title the person holds or held (习近总书记 —
 *   dropping the surname, 克强总理, is a customary form and passes; before a provincial head's title the person holds
 *   today, 振鹤省长, it is a warning); and a name of 3–4 characters with a character
 *   other than its first typed twice (习近近平同志; 习近平平总书记 with a title the person holds right after — a doubled
 *   first character is another word's end: 学习习近平).
 *   A two-character name reversed (龙赵省长 for 赵龙, 毅王中共中央政治局委员) is blocked beside a title the person
 *   holds, under the same terms as a two-character homophone (a national or provincial leader: a national title, the
 *   post's place named, or a provincial head's title held today), where a name begins and ends (not 加强黄河).
 *   Where a name sits (会议由X主持, X出席…), the sentence saying the person's post later on stands for the adjacent
 *   title (会议由倪峰岳主持，他现任省委书记): after 任/系/为/是 and at most a few characters of organisation, a title
 *   the person holds or held that ends a phrase (not 由王义主持，政治局委员王毅出席); it supports a 3–4 character
 *   swap or toneless homophone, and a two-character reversal or homophone under the two-character terms. A swap
 *   where a name sits is also blocked when the draft writes the name right elsewhere (倪岳峰… 倪峰岳指出).
 *   A title before an enumeration of names joined by 、 is each name's adjacent title (国务委员吴政隆、湛贻琴 → 谌贻琴).
 *   Without any of this (倪峰岳出席会议, 巩正出席) nothing is blocked: such strings may be other people's names. A
 *   national or provincial leader's name of 3–4 characters swapped or written with a sound-alike (tones aside) where a
 *   name sits before a leader's verb (倪峰岳出席会议, 沈消明主持) is a warning only.
 *   Windows equal to another listed name or overlapping an exact listed name are never near-misses. Windows with
 *   more than one character changed are only sought next to a title, 同志 or an organisation.
 *   Names with · or longer than four characters are only matched exactly.
 *   A national or provincial leader's two-character name under a local title (市长龚政) also counts when the place of
 *   the organisation where the person holds it stands before the title (上海市长) or in the same paragraph.
 * - `typo.leader-title` (block): a listed name right after or before a title word it does not hold today
 *   (副市长张三丰 when he is 市长). A held title also covers its shorter forms (书记 for 市委书记, 副市长 for
 *   常务副市长) but never drops 副 (市长 for 副市长 is wrong).
 * - `formulation.leader-former-title` (warn): the adjacent title was held but ended before today, and the text
 *   does not say 原/前/时任/曾任/原任 right before the title (or the name).
 *
 * - The place before a title is compared with the listed organisation: 浙江省委书记信长星 is wrong when the list has
 *   信长星 as 江苏省委书记 (`typo.leader-title`). A wrong post (国务院总理丁薛祥, 广东省委书记林武) is as grave as a misspelt name. Places are the organisations' names in the list without
 *   their 省委/市委/党委/省/市/自治区 endings.
 *
 * Titles are recognised from `options.titles` plus every title in the list, longest first, with at most one space
 * between title and name. Time-aware throughout: `from`/`to` are compared with the check's "today".
 */
import { derivedInput, storedTable } from '../engine/data/store';
import type { PinyinTable } from '../engine/data/tables';
import { buildAutomaton } from '../engine/matcher/automaton';
import { CharSimilarity, SOUND_TONE, SOUND_TONELESS } from '../engine/near/similar';
import type { Candidate, ParagraphRule, ParagraphSink, RuleMeta } from '../engine/rule';
import type { LeaderTitle, NamesListInput } from './names-schema';
import { addUnits, hasUnits, unitKeys, unitsHash } from './unit-keys';
import { isHanCode, isSpaceCode, MAX_PER_PARAGRAPH, q } from './util-text';

// Repeated message parts and ids, written once (the content script is near its size limit).
const GRAVE = '，领导人姓名写错属严重表述错误。';
const NOT_LISTED = '中的职务与名单不符：';
const NAME_ID = 'typo.leader-name';
const TITLE_ID = 'typo.leader-title';
/** Organisations right before a title that make it a grassroots or a firm's post (村委会主任, 社区书记, 公司总经理). */
const GRASSROOTS_ORG = /(?:村|社区|村委|居委|村委会|居委会|支部|总支|小组|公司|企业|合作社|学校|医院)$/;
const SAY_FORMER = '，应写明“原”“时任”或改为现任职务。';
const OWN_LIST = '本单位领导人姓名职务名单';
/** Earlier names of an enumeration that may stand between a title and a name (sharedTitle). */
const LIST_NAMES = 4;

export const NAME_RULES: RuleMeta[] = [
  {
    id: NAME_ID,
    category: 'typo',
    severity: 'block',
    title: '领导人姓名疑似写错',
    message: `{text}疑为领导人姓名写错${GRAVE}`,
    source: '全国政府网站普查评分表（2015）：将党和国家领导人姓名写错即单项否决',
  },
  {
    id: TITLE_ID,
    category: 'typo',
    severity: 'block',
    title: '领导人职务不符',
    message: '{text}中的职务与名单中此人现任职务不符。',
    source: OWN_LIST,
  },
  {
    id: 'formulation.leader-former-title',
    category: 'formulation',
    severity: 'warn',
    title: '领导人已离任职务',
    message: `{text}中的职务此人已不再担任${SAY_FORMER}`,
    source: `${OWN_LIST}；安徽省水利厅（2019）：对已查处的原负责人相关信息予以删除`,
  },
];

const FORMER_MARKS = ['原任', '原', '前', '时任', '曾任'];

export interface NameRuleOptions {
  /** Title words recognised next to names besides the titles in the list (rule-data.json `titles.words`). */
  titles?: readonly string[];
  /** Look-alike characters (shapes table) count like homophones without tone. */
  similarity?: CharSimilarity;
}

/** The place an organisation names: 江苏省委 → 江苏, 内蒙古自治区党委 → 内蒙古, 上海市 → 上海. */
export function placeOf(org: string): string {
  return org.replace(/(省委|市委|区委|县委|州委|自治区党委|自治区人民政府|人民政府|政府|党委|自治区|省|市|区|县)$/, '');
}

interface Person {
  name: string;
  titles: LeaderTitle[];
  orgs: string[];
  /** Every post is national or provincial (the built-in list): a local title next to the name is a namesake. */
  high?: boolean;
  /** When the titles were checked (the person's or the list's asOf), if known. */
  asOf?: string;
}

/**
 * Posts below the national level change at any time: once the list is a year old on the check's date, a wrong
 * local or provincial post is a warning that names the list's date, not a block on what may be a new appointment.
 */
const STALE_AFTER_DAYS = 365;
/** Document signal: this swapped or truncated form of a listed name was found next to a title in the draft. */
const SLIP_SIGNAL = 'leader-slip:';
/** A listed name written right somewhere in the draft: a slip of it elsewhere (蔡其主持会议 beside 蔡奇同志) is one. */
const PRESENT_SIGNAL = 'leader-present:';
/** A national leader is named right somewhere in the draft. */
const NATIONAL_SIGNAL = 'leader-national-present';
/** Beside a list mark: 蔡齐、王毅等 (、 before or after, or 等 after). */
const nameListAround = (t: string, start: number, end: number) =>
  t[start - 1] === '、' || t[end] === '、' || t[end] === '等';
/** The heads of a province (a few dozen people, all in the built-in list). */
const PROVINCIAL_HEAD = /^(省委书记|省长|自治区党委书记|自治区主席|区党委书记)$/;
/** The party's and the state's top post: a look-alike slip of its holder's name is sought anywhere (习近乎). */
const TOP_TITLE = /^(中共中央总书记|总书记|国家主席)$/;
/** How far after 任/为 the post of an appointment is sought (浙江省副省长、代理省长 fits). */
const APPOINT_WINDOW = 16;
/** A chain of posts before a name (委员、主任、部长王毅): at most this many earlier posts, each this many characters. */
const CHAIN_POSTS = 4;
const CHAIN_SPAN = 16;
const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;
const staleNote = (asOf: string) => `（名单核对截至${asOf}，其后的任免未收录：如属新任职务，请管理员更新名单）`;

/** National bodies (中央纪委, 国务院, 全国人大常委会 …): named in a paragraph, they point at their leaders. */
const NATIONAL_ORG = /^(?:中央|国务院|全国|国家)/;
/** How near the body must be named, in characters either side of the name. */
const ORG_NEAR = 10;
/**
 * Verbs of official reporting that follow a leader's name (蔡其主持会议). A two-character window is mostly the end
 * of one word and the start of the next (总理强调 → 理强, 社会公正 → 公正 for 龚正), so a two-character slip that
 * rests only on the draft naming the person right elsewhere must sit where a name sits.
 */
const LEADER_VERB =
  /^(?:主持|出席|强调|指出|表示|会见|会晤|会谈|讲话|致辞|调研|考察|视察|参加|要求|先后|一行|介绍|听取|来到|走访|看望|慰问|参观|察看|代表|发表|宣布|签署|指导|部署|提出|希望|批示|回答|率)/;
/** How far after a name its post is sought in the same sentence, and how far past 任/系/为/是 the title may start. */
const SAID_SPAN = 24;
const SAID_ORG = 10;
const SAID_MARK = '任系为是';
/** Characters after which a name starts (会议由蔡其主持, 李强和蔡其, 会见蔡其). */
const BEFORE_NAME = '由和与及同、请见';
/** Titles of ordinary people right after a name. */
const ORDINARY_AFTER = /^(?:同学|女士|先生|老师|师傅|小朋友|阿姨|大爷|村民|居民)/;
const NATIONAL_TITLE =
  /^(国务院|国家|全国|中共中央|中央|中华人民共和国|最高人民法院|最高人民检察院)|总书记|总理|委员长|^(外交部|国防部)部长$/;
const HIGH_ORG =
  /^(中共中央|中央|国务院|全国|中华人民共和国|国家监察委员会|最高人民法院|最高人民检察院|(北京|上海|天津|重庆)市)|(省委|省|自治区党委|自治区|自治区人民政府)$/;

interface CompiledName {
  name: string;
  person: Person;
  /** Near-miss detection applies (2–4 Han characters, no ·). */
  fuzzy: boolean;
}

/** The text title `t` names the held title `held` (same, or a shorter form that keeps 副). */
export function titleMatches(held: string, t: string): boolean {
  if (held === t) return true;
  if (held.endsWith(t)) return !held.slice(0, held.length - t.length).endsWith('副');
  if (t.endsWith(held)) return !t.slice(0, t.length - held.length).endsWith('副');
  return false;
}

function isCurrent(t: LeaderTitle, today: string): boolean {
  return (!t.from || t.from <= today) && (!t.to || t.to >= today);
}

/** Holds a national post today (国家主席, 国务院副总理, 中央政治局常委 …). */
function nationalNow(person: Person, today: string): boolean {
  return person.titles.some((h) => isCurrent(h, today) && NATIONAL_TITLE.test(h.title));
}

/**
 * A national title the person holds today whose national body is named within ORG_NEAR characters of t[start, end).
 * Module functions like this one and insideSpans keep the per-character loop of the rule free of closures over its
 * variables, for which V8 allocates a context on every pass.
 */
function nationalOrgNear(
  person: Person,
  today: string,
  t: string,
  start: number,
  end: number,
  near = ORG_NEAR,
): boolean {
  for (const h of person.titles) {
    if (
      isCurrent(h, today) &&
      NATIONAL_TITLE.test(h.title) &&
      h.org &&
      NATIONAL_ORG.test(h.org) &&
      t.slice(Math.max(0, start - near), end + near).includes(h.org)
    )
      return true;
  }
  return false;
}

/** Does one of the spans [a, b) hold position i? */
function insideSpans(spans: ReadonlyArray<readonly [number, number]>, i: number): boolean {
  for (const [a, b] of spans) if (a <= i && i < b) return true;
  return false;
}

function isFormer(t: LeaderTitle, today: string): boolean {
  return Boolean(t.to && t.to < today);
}

const P48 = 2 ** 48;
const P16 = 2 ** 16;

/** Key for a window of length `len` (2–4) with position `pos` left out. */
function diffKey(codes: readonly number[], len: number, pos: number): number {
  let k = 0;
  for (let i = 0; i < len; i++) if (i !== pos) k = k * P16 + codes[i]!;
  // Pad to three units so lengths never collide, then add (len, pos).
  for (let i = len - 1; i < 3; i++) k *= P16;
  return ((len - 2) * 4 + pos) * P48 + (k % P48);
}

/** unitsHash of the key diffKey makes (the kept units, the length and the position left out). */
function diffHash(codes: readonly number[], len: number, pos: number): number {
  const a = codes[pos === 0 ? 1 : 0]!;
  const b = len > 2 ? codes[pos <= 1 ? 2 : 1]! : 0;
  const c = len > 3 ? codes[pos === 3 ? 2 : 3]! : 0;
  return unitsHash(a, b, (c << 4) | ((len - 2) * 4 + pos));
}

/** A unit in CJK Ext. A or the main ideograph block (the characters names are written in). */
const isBmpIdeograph = (c: number) => c >= 0x3400 && c <= 0x9fff && (c <= 0x4dbf || c >= 0x4e00);

/** A set of code units: a Set as built, a sorted list when read back from a table store. */
export interface UnitSet extends Iterable<number> {
  has(unit: number): boolean;
}

/** Units sounding like a name character with its tone, and without it (look-alikes included). */
export interface NameSounds {
  tonal: UnitSet;
  toneless: UnitSet;
}

/**
 * The homophones (and, toneless, look-alikes) of every character of the names: the costly part of building the
 * rule, kept in the host's table store (lib/engine/data/store.ts) under the characters and the tables it comes from.
 */
function nameSounds(
  fuzzyNames: readonly CompiledName[],
  pinyin: PinyinTable,
  sim: CharSimilarity | undefined,
): Map<number, NameSounds> {
  const chars = [...new Set(fuzzyNames.flatMap((n) => [...n.name]))].join('');
  return storedTable(
    'name-sounds',
    () => derivedInput(chars, pinyin, sim?.shapes),
    () => {
      const sounds = new Map<number, NameSounds>();
      // sound only: look-alikes are added to the toneless set below, never to the tonal one
      const readings = new CharSimilarity(pinyin);
      const units = (chars: string, into: Set<number>) => {
        for (const c of chars) {
          const code = c.charCodeAt(0);
          if (c.length === 1 && isBmpIdeograph(code)) into.add(code);
        }
      };
      for (const n of fuzzyNames) {
        for (const ch of n.name) {
          const code = ch.charCodeAt(0);
          if (sounds.has(code)) continue;
          const tonal = new Set<number>([code]);
          const toneless = new Set<number>([code]);
          units(readings.alike(ch, SOUND_TONE), tonal);
          units(readings.alike(ch, SOUND_TONELESS), toneless);
          // a look-alike counts like a homophone without tone
          for (const c of sim?.shapes?.similar(ch) ?? '') toneless.add(c.charCodeAt(0));
          sounds.set(code, { tonal, toneless });
        }
      }
      return sounds;
    },
  );
}

export function createNameRules(
  list: NamesListInput,
  pinyin: PinyinTable,
  options: NameRuleOptions = {},
): ParagraphRule {
  // Merge people with the same name.
  const byName = new Map<string, Person>();
  for (const p of list.people) {
    const name = p.name.trim();
    if (name.length < 2) continue;
    let person = byName.get(name);
    if (!person) byName.set(name, (person = { name, titles: [], orgs: [] }));
    const asOf = p.asOf ?? list.asOf;
    if (asOf && (!person.asOf || asOf > person.asOf)) person.asOf = asOf;
    for (const t of p.titles ?? []) {
      person.titles.push(t);
      if (t.org && !person.orgs.includes(t.org)) person.orgs.push(t.org);
    }
  }
  for (const person of byName.values()) {
    person.high = person.orgs.length > 0 && person.titles.every((h) => h.org && HIGH_ORG.test(h.org));
  }
  const names: CompiledName[] = [...byName.values()].map((person) => ({
    name: person.name,
    person,
    fuzzy: person.name.length <= 4 && [...person.name].every((c) => isHanCode(c.charCodeAt(0))),
  }));
  const titleWords = [
    ...new Set([...(options.titles ?? []), ...names.flatMap((n) => n.person.titles.map((t) => t.title))]),
  ]
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);

  const sim = options.similarity;

  // Places named by the organisations (for 浙江省委书记 vs a 江苏省委 secretary), longest first.
  const places = [
    ...new Set(names.flatMap((n) => n.person.orgs.map(placeOf)).filter((x) => x.length >= 2 && x.length <= 8)),
  ].sort((a, b) => b.length - a.length);

  // Swapped and truncated forms of the 3–4 character names, found by one more automaton scan.
  const slipForms: string[] = [];
  const slipOf: Array<{ id: number; kind: 'swap' | 'trunc' | 'double'; pos: number }> = [];
  names.forEach((n, id) => {
    const w = n.name;
    if (!n.fuzzy) return;
    for (let k = 0; k + 1 < w.length; k++) {
      if (w[k] === w[k + 1]) continue;
      slipForms.push(w.slice(0, k) + w[k + 1] + w[k] + w.slice(k + 2));
      slipOf.push({ id, kind: 'swap', pos: k });
    }
    if (w.length < 3) return;
    for (let k = 1; k < w.length; k++) {
      slipForms.push(w.slice(0, k) + w.slice(k + 1));
      slipOf.push({ id, kind: 'trunc', pos: k });
    }
    // a character typed twice (习近近平, 习近平平), not the first
    for (let k = 1; k < w.length; k++) {
      slipForms.push(w.slice(0, k + 1) + w.slice(k));
      slipOf.push({ id, kind: 'double', pos: k });
    }
    // the given name alone (近平总书记): sought before a national title the person holds today
    if (w.length === 3) {
      slipForms.push(w.slice(1));
      slipOf.push({ id, kind: 'trunc', pos: 0 });
    }
  });

  // Per slip form, what a hit reports: the window is the form itself (the automaton matches exact units).
  const slipIsName = slipForms.map((f) => byName.has(f));
  const slipSignal = slipForms.map((f) => `${SLIP_SIGNAL}${f}`);
  const slipMessages: string[] = [];
  const slipMessage = (pid: number): string => {
    const slip = slipOf[pid]!;
    const w = names[slip.id]!.name;
    slipMessages[pid] ??= `${q(slipForms[pid]!)}疑为${q(w)}之误（${
      slip.kind === 'swap'
        ? `${q(w[slip.pos]!)}${q(w[slip.pos + 1]!)}顺序颠倒`
        : slip.kind === 'double'
          ? `多了一个${q(w[slip.pos]!)}字`
          : `缺少${q(w[slip.pos]!)}字`
    }）${GRAVE}`;
    return slipMessages[pid]!;
  };

  // Near-miss indexes over the fuzzy names.
  const fuzzyNames = names.filter((n) => n.fuzzy);
  const lengths = [...new Set(fuzzyNames.map((n) => n.name.length))].sort();
  const nameCodes = names.map((n) => [...n.name].map((c) => c.charCodeAt(0)));
  const diffIndex = new Map<number, number[]>();
  const diffBits = unitKeys(); // the keys of diffIndex: most windows are dismissed before a Map lookup
  const charBits = new Uint8Array(65536); // bit p: the unit occurs at position p of some fuzzy name
  // unit → (next unit → names both sound like), filled as text is seen; a typed index keeps the hot lookup cheap
  const soundSlot = new Int32Array(65536); // unit → 1 + index into pairMaps (0: no name starts like it)
  const pairMaps: Array<Map<number, number[]> | undefined> = [];
  // Homophones of the characters used in names: the BMP ideographs sharing a reading (with and without tone).
  const sounds = fuzzyNames.length ? nameSounds(fuzzyNames, pinyin, sim) : new Map<number, NameSounds>();
  const byFirst = new Map<number, number[]>(); // first unit → fuzzy names starting with it (rising ids)
  names.forEach((n, id) => {
    if (!n.fuzzy) return;
    const codes = nameCodes[id]!;
    codes.forEach((c, p) => {
      charBits[c] = charBits[c]! | (1 << p);
    });
    for (let pos = 0; pos < codes.length; pos++) {
      const k = diffKey(codes, codes.length, pos);
      addUnits(diffBits, diffHash(codes, codes.length, pos));
      const l = diffIndex.get(k);
      if (l) l.push(id);
      else diffIndex.set(k, [id]);
    }
    const same = byFirst.get(codes[0]!);
    if (same) same.push(id);
    else byFirst.set(codes[0]!, [id]);
  });
  // Every unit sounding like a first character gets a slot: one pass per first character (many names share a
  // surname). Its names and its map of pairs are made when a window first starts with it (a check meets a few of
  // the thousands of units; building them all was a few MB of garbage at every start).
  let slots = 0;
  for (const first of byFirst.keys()) {
    for (const c of sounds.get(first)!.toneless) if (!soundSlot[c]) soundSlot[c] = ++slots;
  }
  const bySound = new Map<number, number[]>();
  /** The fuzzy names whose first character `unit` sounds like (toneless), in rising id order as the check expects. */
  const soundingLike = (unit: number): number[] => {
    let l = bySound.get(unit);
    if (!l) {
      l = [];
      // (forEach, not for-of: no iterator result and no destructuring per name's first unit in code not yet optimised)
      byFirst.forEach((ids, first) => {
        if (sounds.get(first)!.toneless.has(unit)) l!.push(...ids);
      });
      l.sort((a, b) => a - b);
      bySound.set(unit, l);
    }
    return l;
  };

  // Context words (titles, 同志, organisations): windows next to them are where homophone-only names are sought.
  const contextWords = [...new Set([...titleWords, '同志', ...names.flatMap((x) => x.person.orgs)])];
  /** Characters sounding (or looking) like each fuzzy name's second character. */
  const secondSound = nameCodes.map((c, id): UnitSet => (names[id]!.fuzzy ? sounds.get(c[1]!)!.toneless : new Set()));
  // One automaton for the names, their slip forms and the context words: one scan per paragraph.
  const SLIP0 = names.length;
  const CONTEXT0 = SLIP0 + slipForms.length;
  const all = names.length
    ? buildAutomaton([...names.map((x) => x.name), ...slipForms, ...(fuzzyNames.length ? contextWords : [])])
    : undefined;
  const allTable = all?.symbolTable();

  // The title words by their last and by their first code unit, longest first as in titleWords: a lookup tries
  // only the few that can end (start) at that character, not all of them.
  const byUnit = (at: (w: string) => number) => {
    const m = new Map<number, string[]>();
    for (const w of titleWords) {
      const l = m.get(at(w));
      if (l) l.push(w);
      else m.set(at(w), [w]);
    }
    return m;
  };
  const titlesByLast = byUnit((w) => w.charCodeAt(w.length - 1));
  const titlesByFirst = byUnit((w) => w.charCodeAt(0));
  /** Longest title word ending exactly at `e`. */
  const titleEndingAt = (t: string, e: number): string | undefined => {
    if (e < 1) return undefined;
    for (const w of titlesByLast.get(t.charCodeAt(e - 1)) ?? []) if (e >= w.length && t.endsWith(w, e)) return w;
    return undefined;
  };
  /** Longest title word starting exactly at `s`. */
  const titleStartingAt = (t: string, s: number): string | undefined => {
    // 委员 before 会 is a body (全国委员会), no member's title
    for (const w of titlesByFirst.get(t.charCodeAt(s)) ?? [])
      if (t.startsWith(w, s) && !(w.endsWith('委员') && t.charCodeAt(s + w.length) === 0x4f1a)) return w;
    return undefined;
  };
  /** Longest title word ending at `end` (one space allowed between title and name). */
  const titleBefore = (t: string, end: number): { title: string; start: number } | undefined => {
    const e = end > 0 && isSpaceCode(t.charCodeAt(end - 1)) ? end - 1 : end;
    const w = titleEndingAt(t, e);
    return w === undefined ? undefined : { title: w, start: e - w.length };
  };
  /** Longest title word starting at `start` (one space allowed). */
  const titleAfter = (t: string, start: number): { title: string; end: number } | undefined => {
    const s = start < t.length && isSpaceCode(t.charCodeAt(start)) ? start + 1 : start;
    const w = titleStartingAt(t, s);
    return w === undefined ? undefined : { title: w, end: s + w.length };
  };
  const tongzhi = (t: string, start: number, end: number) => t.startsWith('同志', end) || t.endsWith('同志', start);
  /** A title the person holds or held, or the person's organisation, right next to [start, end). */
  /**
   * Title words of an appointment that follows the name (决定刘捷任浙江省副省长、代理省长; 任命X为…): after 任 or 为,
   * within the next few characters.
   */
  const appointedTitles = (t: string, end: number): string[] => {
    let s = end;
    if (t.startsWith('同志', s)) s += 2;
    const c = t[s];
    if (c !== '任' && c !== '为') return [];
    const found: string[] = [];
    const stop = Math.min(t.length, s + 1 + APPOINT_WINDOW);
    for (let i = s + 1; i < stop; i++) {
      const ch = t.charCodeAt(i);
      if (ch === 0x3002 || ch === 0xff0c || ch === 0xff1b) break; // 。，； end the clause (、 lists posts)
      for (const w of titlesByFirst.get(ch) ?? []) if (t.startsWith(w, i)) found.push(w);
    }
    return found;
  };
  /**
   * Titles of the earlier posts in a chain joined by 、 before the title next to the name (中共中央政治局委员、
   * 中央外办主任、外交部部长王毅): each segment ends with a title word; the chain is Han characters and 、 only.
   */
  const chainTitles = (t: string, titleStart: number): string[] => {
    const found: string[] = [];
    let b = titleStart;
    for (let n = 0; n < CHAIN_POSTS; n++) {
      // the segment before `b` ends at a 、 somewhere within CHAIN_SPAN characters, with Han characters only between
      let i = b - 1;
      const stop = Math.max(0, b - CHAIN_SPAN);
      while (i >= stop && t.charCodeAt(i) !== 0x3001 && isHanCode(t.charCodeAt(i))) i--;
      if (i < stop || t.charCodeAt(i) !== 0x3001) break;
      const prev = titleBefore(t, i);
      if (!prev) break;
      found.push(prev.title);
      b = prev.start;
    }
    return found;
  };
  /**
   * The title before an enumeration of names joined by 、 that ends at `start` (国务委员吴政隆、谌贻琴: 国务委员 for
   * 谌贻琴): up to LIST_NAMES earlier names of two to four Han characters, the first right after the title.
   */
  const sharedTitle = (t: string, start: number): { title: string; start: number } | undefined => {
    let b = start;
    for (let n = 0; n < LIST_NAMES && b > 0 && t.charCodeAt(b - 1) === 0x3001; n++) {
      let next = -1;
      for (let len = 2; len <= 4; len++) {
        const p = b - 1 - len;
        if (p < 0 || !isHanCode(t.charCodeAt(p))) break;
        const title = titleBefore(t, p);
        if (title) return title;
        if (next < 0 && p > 0 && t.charCodeAt(p - 1) === 0x3001) next = p;
      }
      if (next < 0) return undefined;
      b = next;
    }
    return undefined;
  };
  const matchingContext = (t: string, start: number, end: number, person: Person, strict = false): boolean => {
    const written = titleBefore(t, start) ?? sharedTitle(t, start);
    // a title of a village, community or firm (村委会主任王德明, 党支部书记) is nobody's on the list
    const before =
      written && !GRASSROOTS_ORG.test(t.slice(Math.max(0, written.start - 4), written.start)) ? written : undefined;
    const after = titleAfter(t, end);
    const appointed = appointedTitles(t, end);
    const chain = before ? chainTitles(t, before.start) : [];
    for (const h of person.titles) {
      // strict (a national or provincial leader's two-character name): a local-sounding title (书记王凝) is not
      // enough, only a national one, the organisation itself, or the organisation's place named in the same
      // paragraph (上海市委书记陈吉宁、市长龚政: 上海 makes 市长 龚正's post)
      const place = h.org ? placeOf(h.org) : '';
      const local = place.length >= 2 && t.includes(place);
      const ok = (w: string) => titleMatches(h.title, w) && (!strict || NATIONAL_TITLE.test(w) || local);
      if (before && ok(before.title)) return true;
      if (after && ok(after.title)) return true;
      if (appointed.some(ok)) return true;
      if (chain.some(ok)) return true;
    }
    let e = start;
    if (e > 0 && isSpaceCode(t.charCodeAt(e - 1))) e--;
    return person.orgs.some(
      (o) =>
        t.endsWith(o, e) ||
        (before !== undefined && (t.endsWith(o, before.start) || t.endsWith(placeOf(o), before.start))),
    );
  };
  /** A provincial head's title (省委书记, 省长 …) right before `start` that the person holds today. */
  const provincialHeadBefore = (t: string, start: number, person: Person, today: string): boolean => {
    const before = titleBefore(t, start);
    return (
      before !== undefined &&
      PROVINCIAL_HEAD.test(before.title) &&
      person.titles.some((h) => isCurrent(h, today) && h.title === before.title)
    );
  };
  /** 许亲省委书记出席: the same, with the title right after the name. */
  const provincialHeadAfter = (t: string, end: number, person: Person, today: string): boolean => {
    const after = titleAfter(t, end);
    return (
      after !== undefined &&
      PROVINCIAL_HEAD.test(after.title) &&
      person.titles.some((h) => isCurrent(h, today) && h.title === after.title)
    );
  };
  const titleAt = (t: string, s: number) => titleStartingAt(t, s) !== undefined;
  const titleEndsAt = (t: string, e: number) => titleEndingAt(t, e) !== undefined;
  /** Where a name sits: after 由/和/、 or a title, before 同志, a title or a name's verb (会议由蔡其主持). */
  const inNameSlot = (t: string, s: number, e: number) => {
    const left = s === 0 || !isHanCode(t.charCodeAt(s - 1)) || BEFORE_NAME.includes(t[s - 1]!);
    const strongLeft = t[s - 1] === '由' || titleEndsAt(t, s);
    const strongRight = t.startsWith('同志', e) || titleAt(t, e) || LEADER_VERB.test(t.slice(e, e + 2));
    return (left && strongRight) || (strongLeft && (strongRight || !isHanCode(t.charCodeAt(e))));
  };
  /**
   * Where a name sits before a leader's verb (X出席会议, 会议由X主持, 、X强调): for a name of three or four characters, a
   * slip there is no namesake's name (a swap, or a sound-alike tone aside: 吴杰英出席, 沈消明出席).
   */
  const beforeVerb = (t: string, s: number, e: number) =>
    (s === 0 || !isHanCode(t.charCodeAt(s - 1)) || BEFORE_NAME.includes(t[s - 1]!)) &&
    LEADER_VERB.test(t.slice(e, e + 2));
  /**
   * The sentence goes on to say the post of the name before `end` (会议由倪峰岳主持，他现任省委书记。): after 任, 系,
   * 为 or 是 and a few more characters (the organisation), a title the person holds or held, ending a phrase (not a
   * title before another name: 由王义主持，中共中央政治局委员王毅出席). `strict`: a national title, the place of the
   * post named in the paragraph, or a provincial head's title held today.
   */
  const postSaid = (t: string, end: number, person: Person, today: string, strict: boolean | undefined): boolean => {
    const stop = Math.min(t.length, end + SAID_SPAN);
    let mark = -1;
    for (let i = end; i < stop; i++) {
      const ch = t.charCodeAt(i);
      if (!isHanCode(ch)) {
        if (ch === 0x3002 || ch === 0xff01 || ch === 0xff1f || ch === 0xff1b) return false; // 。！？； end it
        mark = -1;
        continue;
      }
      const w = mark >= 0 && i - mark <= SAID_ORG ? titlesByFirst.get(ch)?.find((x) => t.startsWith(x, i)) : undefined;
      if (w) {
        const held =
          !isHanCode(t.charCodeAt(i + w.length)) &&
          person.titles.some(
            (h) =>
              titleMatches(h.title, w) &&
              (!strict ||
                NATIONAL_TITLE.test(w) ||
                (h.org !== undefined && t.includes(placeOf(h.org))) ||
                (PROVINCIAL_HEAD.test(w) && h.title === w && isCurrent(h, today))),
          );
        if (held) return true;
        i += w.length - 1; // not 书记 inside 县委书记
        continue;
      }
      if (SAID_MARK.includes(t[i]!)) mark = i + 1;
    }
    return false;
  };
  const anyContext = (t: string, start: number, end: number) =>
    Boolean(titleBefore(t, start) || titleAfter(t, end) || tongzhi(t, start, end) || sharedTitle(t, start));

  const markedFormer = (t: string, at: number): boolean => FORMER_MARKS.some((m) => t.endsWith(m, at));

  /** A warning instead of a block for a post below the national level when the person's record is out of date. */
  function reportTitle(
    sink: ParagraphSink,
    c: Candidate & { message: string },
    person: Person,
    title: string,
    today: string,
  ) {
    if (!person.asOf || NATIONAL_TITLE.test(title) || daysBetween(person.asOf, today) <= STALE_AFTER_DAYS) {
      sink.report(c);
      return;
    }
    sink.report({ ...c, severity: 'warn', message: `${c.message}${staleNote(person.asOf)}` });
  }

  function checkTitles(t: string, start: number, end: number, person: Person, today: string, sink: ParagraphSink) {
    const before = titleBefore(t, start);
    const after = before ? undefined : titleAfter(t, end);
    const found = before ?? after;
    if (!found) return;
    const title = found.title;
    const spanStart = before ? before.start : start;
    const spanEnd = after ? after.end : end;
    let placeBefore: string | undefined;
    if (before) {
      // 浙江省委书记X when X's 省委书记 post is in 江苏
      const at = before.start - (/[省市]$/.test(t.slice(0, before.start)) ? 1 : 0);
      const place = places.find((pl) => t.endsWith(pl, at));
      placeBefore = place;
      const held = person.titles.filter((h) => titleMatches(h.title, title) && h.org);
      if (place && held.length && !held.some((h) => h.org!.includes(place))) {
        // the person's post of today in that place (河南省长刘宁 when he was 辽宁省长 and is 河南省委书记 now)
        const here = person.titles
          .filter((h) => isCurrent(h, today) && h.org?.includes(place))
          .map((h) => placeOf(h.org!) + h.title);
        reportTitle(
          sink,
          {
            ruleId: TITLE_ID,
            start: at - place.length,
            end: spanEnd,
            suggestions: [
              ...held.filter((h) => isCurrent(h, today)).map((h) => placeOf(h.org!) + t.slice(at, spanEnd)),
              ...here.map((h) => h + person.name),
            ],
            message: `${q(t.slice(at - place.length, spanEnd))}中的地方与名单不符：名单中${person.name}的${title}职务属${[
              ...new Set(held.map((h) => h.org!)),
            ].join('、')}${here.length ? `；现任${here.join('、')}` : ''}。`,
          },
          person,
          title,
          today,
        );
        return;
      }
    }
    const current = person.titles.filter((h) => isCurrent(h, today));
    if (current.some((h) => titleMatches(h.title, title))) return;
    const former = person.titles.filter((h) => isFormer(h, today) && titleMatches(h.title, title));
    const shown = t.slice(spanStart, spanEnd);
    const currentForms = current.map((h) => (before ? h.title + person.name : person.name + h.title));
    if (former.length) {
      const marked = before
        ? markedFormer(t, before.start) ||
          person.orgs.some((o) => t.endsWith(o, before.start) && markedFormer(t, before.start - o.length))
        : markedFormer(t, start);
      if (marked) return;
      sink.report({
        ruleId: 'formulation.leader-former-title',
        start: spanStart,
        end: spanEnd,
        suggestions: [before ? `原${title}${person.name}` : `${person.name}原${title}`, ...currentForms],
        message: `${person.name}已不再担任${title}（至${former
          .map((h) => h.to)
          .sort()
          .pop()}）${SAY_FORMER}`,
      });
      return;
    }
    // 局长李强, 市长王浩: most likely a namesake of a national or provincial leader (李强, 王浩 are common names).
    // For such a person only a national title (国务院副总理 …) is taken as a wrong title; a unit's own local list
    // (临江市的副市长) keeps every title check.
    // …unless the place before the title is where the person holds a post today (河南省长刘宁: 刘宁 is 河南省委书记).
    const samePlace =
      placeBefore !== undefined && current.some((h) => h.org !== undefined && placeOf(h.org) === placeBefore);
    if (person.high && !NATIONAL_TITLE.test(title) && !samePlace) return;
    reportTitle(
      sink,
      {
        ruleId: TITLE_ID,
        start: spanStart,
        end: spanEnd,
        suggestions: currentForms,
        message: current.length
          ? `${q(shown)}${NOT_LISTED}${person.name}现任${current.map((h) => h.title).join('、')}。`
          : `${q(shown)}${NOT_LISTED}名单中${person.name}没有担任${title}的记录。`,
      },
      person,
      title,
      today,
    );
  }

  // Scratch buffers of the near-miss scan, reused by every paragraph (check is synchronous).
  const candidates = new Int32Array(256);
  let nearContext = new Uint8Array(1024);
  return {
    kind: 'paragraph',
    rules: NAME_RULES,
    check(input, sink) {
      if (!all || !allTable) return;
      const t = input.text;
      const n = t.length;
      const today = input.today;
      let reported = 0;

      // Exact occurrences (longest at each end position wins through the automaton's output order).
      const exact: Array<{ start: number; end: number; id: number }> = [];
      const slipHits: number[] = [];
      const contextHits: number[] = [];
      all.scan(t, allTable, (id, start, end) => {
        if (id < SLIP0) exact.push({ start, end, id });
        else if (id < CONTEXT0) slipHits.push(id - SLIP0, start, end);
        else contextHits.push(start, end);
      });
      exact.sort((a, b) => a.start - b.start || b.end - a.end);
      // A swapped name that contains another listed name, next to a title its own person holds (王宁沪全国政协主席:
      // 王沪宁 swapped, not 王宁 with a wrong post): the slip wins over the name inside it.
      const slipFirst: Array<[number, number]> = [];
      // …or before a leader's verb, a national or provincial leader's name of three or four characters swapped where
      // the name inside would leave a stray character before the verb (王宁沪出席: not 王宁 + 沪出席); a warning below
      const verbFirst: Array<[number, number]> = [];
      for (let h = 0; h < slipHits.length; h += 3) {
        const slip = slipOf[slipHits[h]!]!;
        const s0 = slipHits[h + 1]!;
        const e0 = slipHits[h + 2]!;
        if (slip.kind === 'trunc' || byName.has(t.slice(s0, e0))) continue;
        if (!exact.some((x) => s0 <= x.start && x.end <= e0)) continue;
        const person = names[slip.id]!.person;
        if (matchingContext(t, s0, e0, person)) slipFirst.push([s0, e0]);
        else if (
          slip.kind === 'swap' &&
          e0 - s0 >= 3 &&
          person.high &&
          beforeVerb(t, s0, e0) &&
          !exact.some((x) => x.start === s0 && x.end === e0)
        )
          verbFirst.push([s0, e0]);
      }
      const inSlip = (s: number, e: number) =>
        slipFirst.some(([a, b]) => a <= s && e <= b) || verbFirst.some(([a, b]) => a <= s && e <= b);
      let lastEnd = -1;
      for (const e of exact) {
        if (e.start < lastEnd || inSlip(e.start, e.end)) continue; // a shorter name inside a longer one or a slip
        lastEnd = e.end;
        sink.signal(PRESENT_SIGNAL + names[e.id]!.name);
        if (nationalNow(names[e.id]!.person, today)) sink.signal(NATIONAL_SIGNAL);
        if (reported++ >= MAX_PER_PARAGRAPH) break;
        checkTitles(t, e.start, e.end, names[e.id]!.person, today, sink);
      }
      if (!lengths.length) return;

      // Swapped and truncated names.
      const covered: Array<[number, number]> = [];
      for (let h = 0; h < slipHits.length; h += 3) {
        const pid = slipHits[h]!;
        const s0 = slipHits[h + 1]!;
        const e0 = slipHits[h + 2]!;
        const slip = slipOf[pid]!;
        const cand = names[slip.id]!;
        const first = slipFirst.some(([a, b]) => a === s0 && b === e0);
        const verbOnly = !first && verbFirst.some(([a, b]) => a === s0 && b === e0);
        if ((!first && !verbOnly && exact.some((x) => x.start < e0 && s0 < x.end)) || slipIsName[pid]) continue;
        let ok: boolean;
        const pair = slip.kind === 'swap' && e0 - s0 === 2;
        const slot = slip.kind === 'swap' && inNameSlot(t, s0, e0);
        if (pair) {
          // 龙赵省长, 毅王中共中央政治局委员: a two-character name reversed, beside a title the person holds (a
          // national one, or with the post's place named, or a provincial head's held today), where a name begins
          // and ends (not 加强黄河: 黄强 reversed runs on into 河)
          const before = titleBefore(t, s0);
          const after = titleAfter(t, e0);
          ok =
            (before !== undefined ||
              s0 === 0 ||
              !isHanCode(t.charCodeAt(s0 - 1)) ||
              BEFORE_NAME.includes(t[s0 - 1]!)) &&
            (after !== undefined || slot || !isHanCode(t.charCodeAt(e0))) &&
            (matchingContext(t, s0, e0, cand.person, cand.person.high) ||
              provincialHeadBefore(t, s0, cand.person, today) ||
              provincialHeadAfter(t, e0, cand.person, today));
        } else if (slip.kind === 'swap' || slip.kind === 'double') ok = first || (!verbOnly && anyContext(t, s0, e0));
        else {
          const after = titleAfter(t, e0);
          // the surname dropped (pos 0): only before a national title held today (克强总理 was a customary form)
          ok = Boolean(
            after &&
              cand.person.titles.some(
                (h) =>
                  titleMatches(h.title, after.title) &&
                  (slip.pos || (isCurrent(h, input.today) && NATIONAL_TITLE.test(after.title))),
              ),
          );
          // 政治局常委王沪看望…: a national title the full name's holder holds today right before the truncated name,
          // and a name's verb, 同志 or punctuation right after it (the name ends there)
          if (!ok && slip.pos) {
            const before = titleBefore(t, s0);
            ok = Boolean(
              before &&
                (!isHanCode(t.charCodeAt(e0)) || t.startsWith('同志', e0) || LEADER_VERB.test(t.slice(e0, e0 + 2))) &&
                cand.person.titles.some(
                  (h) =>
                    isCurrent(h, input.today) &&
                    titleMatches(h.title, before.title) &&
                    (NATIONAL_TITLE.test(before.title) || (NATIONAL_TITLE.test(h.title) && before.title.length >= 4)),
                ),
            );
          }
          // 决定任命李殿为副省长、代理省长 (湖北 in the paragraph): an appointment to a post the full name's holder
          // holds, in that holder's place, is the same evidence as a title right after the name.
          if (!ok && slip.pos) {
            const appointed = appointedTitles(t, e0);
            ok =
              appointed.length > 0 &&
              cand.person.titles.some(
                (h) => appointed.some((w) => titleMatches(h.title, w)) && (!h.org || t.includes(placeOf(h.org))),
              );
          }
        }
        // 会议由倪峰岳主持，他现任省委书记: the sentence says the post of the name in the name's place
        if (!ok && slot) ok = postSaid(t, e0, cand.person, today, pair && cand.person.high);
        if (covered.some(([a, b]) => a < e0 && s0 < b)) continue;
        // The same slip written again without its title (a headline 王沪参加… over a body that says 政治局常委王沪)
        // is reported only when the draft confirms it somewhere with a title.
        const signal = slipSignal[pid]!;
        if (ok) {
          sink.signal(signal);
          covered.push([s0, e0]);
        }
        const w = cand.name;
        const found = { ruleId: NAME_ID, start: s0, end: e0, suggestions: [w], message: slipMessage(pid) };
        // without a title: a two-character reversal only where a name sits; a reversal where a name sits, also when
        // the draft writes the name right elsewhere (倪岳峰 … 倪峰岳指出)
        if (ok || !pair || slot) sink.report(ok ? found : { ...found, requires: [{ signal, present: true }] });
        if (!ok && slot) sink.report({ ...found, requires: [{ signal: PRESENT_SIGNAL + w, present: true }] });
        // a swap of a national or provincial leader's name of three or four characters before a leader's verb
        // (吴杰英出席会议), the name not written right elsewhere: a warning only, since a namesake may hold that name
        // (会议由陈清文主持); never for the unit's own list (local names have namesakes)
        if (!ok && !pair && slip.kind === 'swap' && cand.person.high && beforeVerb(t, s0, e0))
          sink.report({ ...found, severity: 'warn', requires: [{ signal: PRESENT_SIGNAL + w, present: false }] });
        // the surname dropped before a provincial head's title the person holds today (振鹤省长出席), or where a
        // name sits with the post said (会议由东亮主持，他现任省长): a familiar form in speech, not in a published
        // text; a warning, where a name begins (not 山东亮省长)
        if (
          !ok &&
          slip.kind === 'trunc' &&
          !slip.pos &&
          (s0 === 0 || !isHanCode(t.charCodeAt(s0 - 1)) || BEFORE_NAME.includes(t[s0 - 1]!)) &&
          (provincialHeadAfter(t, e0, cand.person, today) ||
            (cand.person.high && inNameSlot(t, s0, e0) && postSaid(t, e0, cand.person, today, true)))
        )
          sink.report({ ...found, severity: 'warn' });
      }

      // Near-misses.
      // `exact` is sorted by start and names are at most 8 units long: binary search near s, then scan.
      const overlapsExact = (s: number, e: number) => {
        let lo = 0;
        let hi = exact.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (exact[mid]!.start < s - 8) lo = mid + 1;
          else hi = mid;
        }
        for (let k = lo; k < exact.length && exact[k]!.start < e; k++) if (s < exact[k]!.end) return true;
        return false;
      };
      // The list marks 、 beside exact names: two or more make a list of names (习近平、李强、蔡琪), where a
      // near-miss beside one of them needs no title; one is enough for a three-character homophone
      // (副总理丁薛祥、张国情).
      const marks = new Set<number>();
      for (const e of exact) {
        if (t[e.end] === '、') marks.add(e.end);
        if (t[e.start - 1] === '、') marks.add(e.start - 1);
      }
      const listItem = (t: string, s: number, e: number) =>
        nameListAround(t, s, e) &&
        (s === 0 || !isHanCode(t.charCodeAt(s - 1))) &&
        (e >= t.length || t[e] === '等' || !isHanCode(t.charCodeAt(e)));
      const inList = (s: number, e: number) => (marks.size > 1 || e - s >= 3) && (marks.has(s - 1) || marks.has(e));
      const codes: number[] = [0, 0, 0, 0];
      let nc = 0;
      const add = (id: number) => {
        for (let k = 0; k < nc; k++) if (candidates[k] === id) continue;
        if (nc < candidates.length) candidates[nc++] = id;
      };
      // Windows next to a title, 同志 or a listed organisation: only there are names sought whose every
      // character may differ by sound (a one-character slip is sought everywhere, through the cheap index).
      if (nearContext.length < n + 1) nearContext = new Uint8Array(Math.max(n + 1, nearContext.length * 2));
      nearContext.fill(0, 0, n + 1);
      for (let h = 0; h < contextHits.length; h += 2) {
        const s0 = contextHits[h]!;
        const e0 = contextHits[h + 1]!;
        nearContext[e0] = 1;
        if (t[e0] === ' ' || t[e0] === '\u3000') nearContext[e0 + 1] = 1;
        const s1 = s0 > 0 && (t[s0 - 1] === ' ' || t[s0 - 1] === '\u3000') ? s0 - 1 : s0;
        for (const len of lengths) {
          if (s0 - len >= 0) nearContext[s0 - len] = 1;
          if (s1 - len >= 0) nearContext[s1 - len] = 1;
        }
      }
      let nearReported = 0;
      let coveredUntil = -1;
      for (let i = 0; i < n && nearReported < MAX_PER_PARAGRAPH; i++) {
        // a one-character slip keeps the first or the second character in place
        // (i + 1 < n: charCodeAt past the end is NaN, and a NaN index makes the table reads slow everywhere)
        if (!nearContext[i] && !(charBits[t.charCodeAt(i)]! & 1) && !(i + 1 < n && charBits[t.charCodeAt(i + 1)]! & 2))
          continue;
        if (!isHanCode(t.charCodeAt(i)) || i < coveredUntil) continue;
        if (covered.length && insideSpans(covered, i)) continue;
        nc = 0;
        const c0 = t.charCodeAt(i);
        const slot = nearContext[i] ? soundSlot[c0]! : 0;
        if (slot) {
          // a homophone window needs its second character to sound (or look) alike too; by character pair, cached
          const c1 = t.charCodeAt(i + 1);
          const pm = (pairMaps[slot - 1] ??= new Map());
          let ids = pm.get(c1);
          if (!ids) {
            ids = soundingLike(c0).filter((id) => secondSound[id]!.has(c1));
            if (pm.size > 2000) pm.clear();
            pm.set(c1, ids);
          }
          for (const id of ids) add(id);
        }
        // The window's units and bits grow with the (ascending) lengths: each unit is read once per place. A longer
        // window holds a shorter one's non-Han unit and missing bits, so once it fails every longer one does.
        let filled = 0;
        let bits = 0;
        let missing = 0;
        for (const len of lengths) {
          if (i + len > n) break;
          for (; filled < len; filled++) {
            const c = t.charCodeAt(i + filled);
            if (!isHanCode(c)) break;
            codes[filled] = c;
            if (charBits[c]! & (1 << filled)) bits |= 1 << filled;
            else missing++;
          }
          if (filled < len || missing > 1) break;
          const full = (1 << len) - 1;
          for (let pos = 0; pos < len; pos++) {
            if (missing === 1 && bits !== (full ^ (1 << pos))) continue;
            const ids = hasUnits(diffBits, diffHash(codes, len, pos))
              ? diffIndex.get(diffKey(codes, len, pos))
              : undefined;
            if (ids) for (const id of ids) add(id);
          }
        }
        for (let ci = 0; ci < nc; ci++) {
          const id = candidates[ci]!;
          const cand = names[id]!;
          const codesOf = nameCodes[id]!;
          const len = codesOf.length;
          if (i + len > n) continue;
          let diff = 0;
          let tonal = true;
          let toneless = true;
          let han = true;
          for (let k = 0; k < len; k++) {
            const a = t.charCodeAt(i + k);
            const b = codesOf[k]!;
            if (!isHanCode(a)) {
              han = false;
              break;
            }
            if (a === b) continue;
            diff++;
            const snd = sounds.get(b)!;
            if (!snd.tonal.has(a)) tonal = false;
            if (!snd.toneless.has(a)) toneless = false;
            // two differences need every one to sound (or look) alike: stop at the first that does not
            if (!toneless && diff > 1) break;
          }
          // a two-character window sharing neither character is not a slip of the name (学习 for 李希: 学 looks like 李)
          if (!han || diff === 0 || (len === 2 && diff === 2)) continue;
          const homophone = toneless; // tonal implies toneless
          let hit = false;
          let warnOnly = false;
          // an item of a list of names (习近平、李强、蔡琪、丁薛祥): a listed name next to it is context enough
          const listed = homophone && inList(i, i + len);
          if (listed) hit = true;
          else if (len >= 3) {
            if (homophone && tonal) hit = true;
            else if (homophone) {
              hit =
                anyContext(t, i, i + len) ||
                (inNameSlot(t, i, i + len) && postSaid(t, i + len, cand.person, today, false)) ||
                // 全国政协…开幕。王泸宁代表政协…作报告: where a name sits before a leader's verb, the national body the
                // person leads named in the paragraph
                (beforeVerb(t, i, i + len) && nationalOrgNear(cand.person, today, t, i, i + len, t.length));
              // before a leader's verb only (沈消明出席会议), a national or provincial leader's: a warning, since a
              // namesake may hold that name
              if (!hit && cand.person.high && beforeVerb(t, i, i + len)) hit = warnOnly = true;
            } else if (diff === 1) hit = matchingContext(t, i, i + len, cand.person);
          } else if (homophone) {
            hit =
              matchingContext(t, i, i + len, cand.person, cand.person.high) ||
              // 省委书记林午到我市调研, 王开省长出席: a homophone (tone aside, as an input method offers it) or look-alike
              // right beside a provincial head's title the person holds today, with no place named — there are a few
              // dozen such heads, all listed, so no namesake holds it
              provincialHeadBefore(t, i, cand.person, today) ||
              provincialHeadAfter(t, i + len, cand.person, today) ||
              (inNameSlot(t, i, i + len) && postSaid(t, i + len, cand.person, today, cand.person.high)) ||
              // 李稀代表中央纪委常委会作工作报告: a national leader's homophone (same tones) with the national body the
              // person leads named within a few characters (not 中共中央, which every Standing Committee member shares),
              // unless an ordinary person's title follows (李西同学)
              (tonal &&
                !ORDINARY_AFTER.test(t.slice(i + len, i + len + 2)) &&
                nationalOrgNear(cand.person, today, t, i, i + len));
          } else if (diff === 1) {
            // 河南省委书记刘宇, 北京市长段勇: a title right before, with its place, names one holder; a name one character
            // away from the holder's is a slip (宇/宁, 段/殷) even when the characters neither sound nor look alike in
            // the tables. Only a title counts here, not an organisation (国务院坚强领导, 福建省的龙溪).
            const before = titleBefore(t, i);
            hit = before !== undefined && matchingContext(t, i, i + len, cand.person, true);
          }
          // Not enough by itself, but the same draft writes the listed name right (蔡奇同志 … 蔡其主持会议; 丁薛祥 …
          // 丁雪祥出席): a one-character sound- or look-alike (`homophone` includes look-alikes) of it is a slip. The
          // top leader's name is sought anywhere (习近乎在…强调): no namesake is one stroke or one tone away from it.
          let evidence = false;
          let required = PRESENT_SIGNAL + cand.name;
          if (!hit && diff === 1 && homophone) {
            if (len >= 3 && cand.person.titles.some((h) => isCurrent(h, today) && TOP_TITLE.test(h.title))) hit = true;
            else if (len >= 3 || (tonal && inNameSlot(t, i, i + len))) evidence = true;
            // 会谈后，蔡齐、王毅等出席: a national leader's same-tone homophone as a whole item of a list of names, in a
            // draft that names a national leader right (国家主席习近平); not 吸引力、凝聚力 (引力 for 尹力)
            else if (len === 2 && tonal && nationalNow(cand.person, today) && listItem(t, i, i + len)) {
              evidence = true;
              required = NATIONAL_SIGNAL;
            }
          }
          const window = hit || evidence ? t.slice(i, i + len) : '';
          if ((hit || evidence) && byName.has(window)) continue; // another listed person
          // 习近总书记: the window runs into a title; that is a truncated name (below), not a substitution
          if (hit && (titleAt(t, i + len - 1) || (len > 2 && titleAt(t, i + len - 2)))) continue;
          if (!(hit || evidence) || overlapsExact(i, i + len)) continue;
          sink.report({
            ...(hit ? {} : { requires: [{ signal: required, present: true }] }),
            ...(warnOnly ? { severity: 'warn' as const } : {}),
            ruleId: NAME_ID,
            start: i,
            end: i + len,
            suggestions: [cand.name],
            message: `${q(window)}疑为${q(cand.name)}之误${GRAVE}`,
          });
          if (!hit) continue; // it may vanish without its evidence: it must not hide another candidate
          nearReported++;
          coveredUntil = i + len;
          break;
        }
      }
    },
  };
}
