import { derivedInput } from '../data/store';
import { type NearMatch, NearMatcher } from '../near/matcher';
import { type CharSimilarity, SOUND_FUZZY, SOUND_TONE, SOUND_TONELESS } from '../near/similar';
import { storedNearMatcher } from '../near/stored';

/**
 * Which one-character slips of a protected term (`match: "near"` entries) are reported, and how.
 *
 * Short terms collide with ordinary words, long ones come in families (中央军事委员会 / 中央外事委员会, 全面从严治党 /
 * 全面从严治警), so the accepted edits grow with the length L of the term:
 *
 * | edit | accepted |
 * |---|---|
 * | substitution | L = 2: same reading with tone (政/正) or look-alike (政/攻); L = 3: same reading, tone aside, or look-alike; 4 ≤ L ≤ 6: also the fuzzy confusions (z/zh, n/l, an/ang …); L ≥ 7: any character (中华人民大和国, 中共人民共和国 were published); "alike" entries from L = 9, any inner content character (人力资源和社会保证部); from L = 4, an inner character replaced by its neighbour typed twice (消防救救大队, round 35) |
 * | two adjacent substitutions | an input method's homophone word: L ≥ 7 both the same reading (tone aside) or look-alikes (中国特色社会注意, 中华人民供合国); 4 ≤ L ≤ 6 both the same reading, in a four-character term one of its two words (人民征服 for 人民政府) |
 * | swap of two adjacent characters | L ≥ 5; L = 4 when neither is a function character (共同裕富, 人民院法) |
 * | missing character | L ≥ 7 (中国现代化 is a phrase of its own beside 中国式现代化); the first character only when no Chinese character precedes the window; "alike" entries from L ≥ 8, an inner content character only. With a word table (the background and the CLI, `WordOracle`), also L = 4–7 and "alike" entries of those lengths (扫黑恶, 健中国 since round 27): an inner content character of one of the term's words, where the text reads as no other words (法治政建设, 中央治局, 卫生健委员会; since round 30 also of a three- or four-character word, a name's, that is no word without it: 毛东思想, 全国政主席; not 高质量展示, where 展示 is a word; a word across the gap taking a character of an intact word of the term is none: 国家务总局) |
 * | extra character | L = 4: a doubled character inside the term (人民民政府); L ≥ 5 inside the term, never a function character (的、之、和 …: 中华民族的伟大复兴 is correct); when L ≤ 6 only a repeated or sound-/look-alike neighbour (中国共共产党) |
 * | two characters typed twice | L ≥ 5, the pair inside the term or ending it (中华人民人民共和国) |
 * | first or last character typed twice | L ≥ 3, the term intact, at a text edge only: first after the start or punctuation (中中央军事委员会; not a level before a body: 市市场监督管理局), last before punctuation or the end (交通运输部部。) |
 *
 * "Alike" entries (formulations, department names) take a substitution of an office's suffix (局, 厅, 部 …) with more
 * Chinese text running on only as a same-tone homophone or look-alike that is not 不, a function character or the
 * start of a common word: the rest is often a phrase of its own (应急管理具有, 生态环境补偿, 生态环境不恶化);
 * 工业和信息化布发布 is still a slip. With a word table, a homophone tone aside that starts no word is one too (国家统计居天津).
 *
 * Guards: a window overlapping an exact occurrence of the same term, equal to or inside an exact occurrence of any
 * protected term (so 检察委员会 never reads as a slip of 监察委员会) is dropped; a window that only partly overlaps
 * another protected term (全省 + 人民代表大会 against 全国人民代表大会) needs a strong slip: a sound-alike (tone aside)
 * or look-alike substitution, or a swap (人民代表大会长务委员会 is still found). Dictionary allow lists apply as usual.
 */

const FUNCTION_CHARS = '的之和与及或等了着过地得是在把被对向从以为而且并也都又就其该此各';
/** Prepositions whose drop from a long formulation leaves no phrase of its own (全心全意人民服务). */
const BOUND_PREPOSITIONS = '为对以';
/** Numerals of numbered formulations (两个维护, 四个意识, 五位一体). */
const NUMERALS = '一二两三四五六七八九十';
/** Administrative levels: one may stand before a name that starts with the same character (市市场监督管理局). */
const LEVELS = '省市县区州镇乡村旗盟';
/** The last character of an office's name (应急管理局, 自然资源厅, 国家卫生健康委). */
const ORG_SUFFIX = '局厅部委署所院办处科室队站会';
/**
 * Words that start with a sound-alike of an office's suffix and often follow the phrase the office is named after
 * (管理具有, 环境不断, 资源听取): no slip of the suffix.
 */
const RUNS_ON = new Set(
  '不断 不仅 不是 不能 不得 不够 不足 步伐 布局 布置 具有 具体 具备 举措 举办 举行 据悉 据了 聚焦 巨大 居民 听取 停止 未来 维护 围绕 为了 位于 原则 愿意 远程 出台 除了 初步 汇报 回应 半年 会议'.split(
    ' ',
  ),
);
/** Office names this short have their suffix's slips judged by the words they would start (judgeNear). */
const SHORT_OFFICE = 4;
/** Entries taking only sound- and look-alike slips take any inner substitution from this length on. */
const ALIKE_ANY_SUB_FROM = 9;
/** Entries taking only sound- and look-alike slips still take a missing inner character from this length on. */
const ALIKE_DEL_FROM = 8;

/** Which strings are words of the language (a word-frequency table, in the hosts that load one). */
export interface WordOracle {
  /** Whether text[start, end) is a word (two to four characters). */
  isWord(text: string, start: number, end: number): boolean;
}

/** Terms from this length on take a missing character judged by words (judgeDrop). */
const WORD_DEL_FROM = 4;

export interface NearVerdict {
  /** Chinese explanation of the slip, e.g. “名”应为“民”. */
  detail: string;
  /** A sound-alike (tone aside) or look-alike substitution, or a swap: unlikely to be another word. */
  strong: boolean;
}

const qc = (s: string) => `“${s}”`;

/** One substitution of a `sub2` window: the written unit sounds like the right one (tones aside), or looks like it. */
const twoSubAlike = (sim: CharSimilarity, long: boolean, right: number, wrong: number): boolean =>
  sim.soundUnits(right, wrong) >= SOUND_TONELESS || (long && sim.shapeUnits(right, wrong));

function judgeNear(
  term: string,
  m: NearMatch,
  text: string,
  sim: CharSimilarity | undefined,
  alike: boolean,
  words?: WordOracle,
  /** The entry checks the counts of its numbered terms (`nearNumbered`). */
  numbered = false,
): NearVerdict | undefined {
  const L = term.length;
  switch (m.kind) {
    case 'sub': {
      // A numbered formulation (an entry's `nearNumbered`) in quotation marks with another numeral (“三个维护”,
      // “五个意识”): the count is the formulation (relatives of their own stand in the entry's allow list)
      if (numbered && NUMERALS.includes(term[m.pos]!) && NUMERALS.includes(String.fromCharCode(m.got))) {
        return text[m.start - 1] === '“' && text[m.end] === '”'
          ? { detail: `${qc(String.fromCharCode(m.got))}应为${qc(term[m.pos]!)}`, strong: true }
          : undefined;
      }
      // An office's suffix with more text running on: the rest is often a phrase of its own (生态环境补偿,
      // 应急管理具有), so only a same-tone homophone or a look-alike that starts no common word is a slip; with a
      // word table, also a homophone tone aside that starts no word at all (国家统计居天津: 居天 is none)
      if (alike && m.pos === L - 1 && ORG_SUFFIX.includes(term[m.pos]!) && isHanCode(text.charCodeAt(m.end))) {
        const c = String.fromCharCode(m.got);
        const sound = sim ? sim.sound(term[m.pos]!, c) : 0;
        const close =
          sound === SOUND_TONE ||
          (sim ? sim.shape(term[m.pos]!, c) : false) ||
          (sound === SOUND_TONELESS &&
            words !== undefined &&
            !words.isWord(text, m.end - 1, m.end + 1) &&
            !words.isWord(text, m.end - 1, m.end + 2));
        if (!close || FUNCTION_CHARS.includes(c) || c === '不' || RUNS_ON.has(text.slice(m.end - 1, m.end + 1)))
          return undefined;
        // a short name (财政局, 教育部) is most of its slips' context: only a same-tone homophone or a look-alike
        // of its suffix that starts no word (科技骨干, 教育补贴, 教育历程; 青禾教育补了一个暑假) is a slip, and only where
        // a word table tells
        if (
          L <= SHORT_OFFICE &&
          (sound === SOUND_TONELESS ||
            !words ||
            words.isWord(text, m.end - 1, m.end + 1) ||
            words.isWord(text, m.end - 1, m.end + 2))
        )
          return undefined;
      }
      // judged by code units: most windows are turned down, and two strings each were ≈ 0.25 MB of garbage an article
      const right = term.charCodeAt(m.pos);
      const sound = sim ? sim.soundUnits(right, m.got) : 0;
      const shape = sim ? sim.shapeUnits(right, m.got) : false;
      // a long name of an office, any inner content character (人力资源和社会保证部): no relative of it differs there
      const longInner =
        alike &&
        L >= ALIKE_ANY_SUB_FROM &&
        m.pos > 0 &&
        m.pos < L - 1 &&
        !FUNCTION_CHARS.includes(String.fromCharCode(m.got));
      // a neighbour typed twice in the character's place (消防救救大队, 中华人民民和国), inside a term of four characters
      // or more
      const doubled =
        L >= 4 &&
        m.pos > 0 &&
        m.pos < L - 1 &&
        (term.charCodeAt(m.pos - 1) === m.got || term.charCodeAt(m.pos + 1) === m.got);
      const ok =
        (L >= 7 && !alike) ||
        longInner ||
        doubled ||
        shape ||
        (L === 2 ? sound === SOUND_TONE : L === 3 ? sound >= SOUND_TONELESS : sound >= SOUND_FUZZY);
      if (!ok) return undefined;
      return {
        detail: `${qc(String.fromCharCode(m.got))}应为${qc(term[m.pos]!)}`,
        strong: shape || doubled || sound >= SOUND_TONELESS,
      };
    }
    case 'sub2': {
      if (!sim || m.pos2 === undefined || m.got2 === undefined) return undefined;
      // L ≥ 7: sound- or look-alike; shorter terms: a homophone word (人民征服 for 人民政府), and in a four-character
      // term one of its two words, not the pair across the middle. Judged by code units, the first pair first: most
      // such windows are turned down (≈ 600 an article), and their strings and arrays were most of this function's
      // garbage.
      const long = L >= TWO_SUBS_LONG;
      if (
        !twoSubAlike(sim, long, term.charCodeAt(m.pos), m.got) ||
        !twoSubAlike(sim, long, term.charCodeAt(m.pos2), m.got2) ||
        (L === 4 && m.pos === 1)
      )
        return undefined;
      const pairs: [string, string][] = [
        [term[m.pos]!, String.fromCharCode(m.got)],
        [term[m.pos2]!, String.fromCharCode(m.got2)],
      ];
      return { detail: pairs.map(([right, wrong]) => `${qc(wrong)}应为${qc(right)}`).join('、'), strong: true };
    }
    case 'swap': {
      // four characters: no function character in the pair (a swap of 之/和 may be another phrase)
      const pair = term[m.pos]! + term[m.pos + 1]!;
      const ok = L >= 5 || (L === 4 && !FUNCTION_CHARS.includes(pair[0]!) && !FUNCTION_CHARS.includes(pair[1]!));
      return ok ? { detail: `${qc(pair[0]!)}${qc(pair[1]!)}顺序颠倒`, strong: true } : undefined;
    }
    case 'del': {
      // "alike" entries (formulations, department names) have near relatives, but not eight characters long with
      // an inner content character missing (国家治理体系和治理能现代化, 住房和城乡建局)
      // (a preposition binding the term's object is no optional character: 全心全意人民服务, 以人民中心的发展思想)
      if (
        L < 7 ||
        (alike &&
          (L < ALIKE_DEL_FROM ||
            m.pos === 0 ||
            m.pos === L - 1 ||
            (FUNCTION_CHARS.includes(term[m.pos]!) && !BOUND_PREPOSITIONS.includes(term[m.pos]!))))
      )
        return undefined;
      const inner = m.pos > 0 && m.pos < L - 1;
      const last = m.pos === L - 1;
      const first = m.pos === 0 && !isHanCode(text.charCodeAt(m.start - 1));
      return inner || last || first ? { detail: `缺少${qc(term[m.pos]!)}字`, strong: false } : undefined;
    }
    case 'repeat': {
      // two characters typed twice (中华人民人民共和国): a typing slip, never another phrase; five characters or more
      if (L < 5 || m.pos < 2) return undefined;
      return { detail: `多了${qc(term.slice(m.pos - 2, m.pos))}二字`, strong: true };
    }
    case 'ins': {
      if (L < 4 || m.pos === 0 || m.pos >= L) return undefined;
      const extra = String.fromCharCode(m.got);
      if (FUNCTION_CHARS.includes(extra)) return undefined;
      // Four characters (and "alike" entries): only a doubled character (人民民政府).
      if ((L === 4 || alike) && extra !== term[m.pos - 1] && extra !== term[m.pos]) return undefined;
      if (L <= 6) {
        const near = [term[m.pos - 1]!, term[m.pos]!];
        const alike = near.some(
          (c) => c === extra || (sim && (sim.sound(c, extra) >= SOUND_TONELESS || sim.shape(c, extra))),
        );
        if (!alike) return undefined;
      }
      // A doubled character is a typing slip, not another word (人民民政府 around the exact 政府).
      const doubled = extra === term[m.pos - 1] || extra === term[m.pos];
      return { detail: `多了${qc(extra)}字`, strong: doubled };
    }
    default:
      return undefined;
  }
}

/**
 * Whether term[p] is inside a word of three or four characters of the term's greedy longest-first segmentation
 * (毛泽东|思想, 全国政协|主席) that is no word without it: a character of a name or a longer word, which the
 * two-character test of judgeDrop misses.
 */
function inLongestWord(term: string, p: number, words: WordOracle): boolean {
  for (let i = 0; i < term.length; ) {
    let n = Math.min(4, term.length - i);
    while (n >= 2 && !words.isWord(term, i, i + n)) n--;
    if (n < 2) n = 1;
    if (p >= i && p < i + n) {
      // a two-character word is judgeDrop's own test's (大市 in 统一大市场 is no word of it: 市场)
      if (n < 3) return false;
      // without it the rest must be no word: 中国式 without 式 is 中国 (中国现代化 is a phrase of its own), 大市场
      // without 大 is 市场; 毛泽东 without 泽 is nothing
      const rest = term.slice(i, p) + term.slice(p + 1, i + n);
      return !words.isWord(rest, 0, rest.length);
    }
    i += n;
  }
  return false;
}

/**
 * A missing inner character of a four- to seven-character term, with a word table: the character belonged to one of
 * the term's words (府 of 政府 in 法治政府建设), and the text reads as no other words around the gap or at the
 * window's ends (高质量展示 is 高质量 + 展示, not 高质量发展 missing 发). Only what judgeNear rejects comes here.
 */
function judgeDrop(term: string, m: NearMatch, text: string, words: WordOracle): NearVerdict | undefined {
  const L = term.length;
  if (m.kind !== 'del' || L < WORD_DEL_FROM || L >= ALIKE_DEL_FROM || m.pos <= 0 || m.pos >= L - 1) return undefined;
  const gone = term[m.pos]!;
  if (FUNCTION_CHARS.includes(gone)) return undefined;
  // a word with its neighbour, which is not bound to its other side instead (大市 in 统一大市场 is no word of it: 市场)
  const p = m.pos;
  const leftBound = words.isWord(term, p - 2, p);
  const rightBound = words.isWord(term, p + 1, p + 3);
  const left = words.isWord(term, p - 1, p + 1) && !leftBound;
  const right = words.isWord(term, p, p + 2) && !rightBound;
  if (!left && !right && !inLongestWord(term, p, words)) return undefined;
  const gap = m.start + m.pos;
  for (const at of [gap, m.start, m.end]) {
    // across the gap, a word taking the character of an intact word of the term is no other reading (家务 in
    // 国家务总局: 国家 stays whole)
    const across = words.isWord(text, at - 1, at + 1) && !(at === gap && (leftBound || rightBound));
    if (across || words.isWord(text, at - 2, at + 1) || words.isWord(text, at - 1, at + 2)) return undefined;
  }
  if (words.isWord(text, m.start, m.end)) return undefined;
  return { detail: `缺少${qc(gone)}字`, strong: false };
}

function isHanCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

export interface ProtectedHit {
  ref: number;
  term: string;
  start: number;
  end: number;
  detail: string;
}

/** Near-misses of the protected terms in one paragraph (exact occurrences and their overlaps removed). */
export function findProtectedSlips(
  matcher: NearMatcher,
  refs: readonly number[],
  text: string,
  map: Uint16Array | undefined,
  sim: CharSimilarity | undefined,
  /** Entries (by ref) that take only sound- and look-alike slips (`nearEdits: "alike"`). */
  alikeOnly?: (ref: number) => boolean,
  /** A word table: a missing character judgeNear rejects is then judged by words too (judgeDrop). */
  words?: WordOracle,
  /** Report only those (the background's pattern pass, beside a core pass without the word table). */
  onlyDrops = false,
  /** Entries (by ref) whose numbered terms' counts are checked in quotation marks (`nearNumbered`). */
  numbered?: (ref: number) => boolean,
): ProtectedHit[] {
  const matches = matcher.scan(text, { map, repeat: true });
  if (!matches.length) return [];
  // the exact occurrences by start, and the longest: a window's overlapping ones are found by a binary search (a
  // text naming a term thousands of times stays linear)
  const exact = matches.filter((m) => m.kind === 'exact').sort((a, b) => a.start - b.start);
  let longest = 0;
  for (const x of exact) longest = Math.max(longest, x.end - x.start);
  const out: ProtectedHit[] = [];
  const windows = new Set<string>();
  for (const m of matches) {
    if (m.kind === 'exact') continue;
    let partial = false;
    let drop = false;
    const term = matcher.terms[m.term]!;
    let lo = 0;
    let hi = exact.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (exact[mid]!.start < m.start - longest) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < exact.length && exact[k]!.start < m.end; k++) {
      const x = exact[k]!;
      if (x.end <= m.start || m.end <= x.start) continue;
      if (x.term === m.term || (x.start <= m.start && m.end <= x.end)) drop = true;
      else if (!ownPart(m, x, term.length) && !untouchedPart(m, x) && !besideGap(m, x, text, words)) partial = true;
    }
    if (drop) continue;
    if (onlyDrops && m.kind !== 'del') continue;
    const ref = refs[m.term]!;
    let v = judgeNear(term, m, text, sim, alikeOnly?.(ref) === true, words, numbered?.(ref) === true);
    if (onlyDrops) v = v || !words ? undefined : judgeDrop(term, m, text, words);
    else if (!v && words && m.kind === 'del') v = judgeDrop(term, m, text, words);
    if (!v || (partial && !v.strong)) continue;
    // One report per window: the first accepted term wins (terms sharing a window are rare).
    const key = `${m.start},${m.end}`;
    if (windows.has(key)) continue;
    windows.add(key);
    out.push({ ref, term, start: m.start, end: m.end, detail: v.detail });
  }
  // An intact term with its first character typed twice at the start of a text or after punctuation (中中央军事委员会,
  // 来源：自自然资源局), or its last before punctuation or the end (交通运输部部。): no window of the matcher shows it, as
  // the exact term lies inside it; inside a text the first copy may end a word (人民民族团结) and the last may start
  // one (交通运输部部长), so only at those edges
  // (the positions the windows reported cover: a text of thousands of terms stays linear)
  let taken: Uint8Array | undefined;
  if (!onlyDrops)
    for (const x of exact) {
      const term = matcher.terms[x.term]!;
      if (term.length < 3) continue;
      const c0 = text.charCodeAt(x.start);
      const cn = text.charCodeAt(x.end - 1);
      // (a level before a body whose name starts with it is no doubling: 市市场监督管理局 is the city's 市场监督管理局)
      const lead =
        text.charCodeAt(x.start - 1) === c0 && !isHanCode(text.charCodeAt(x.start - 2)) && !LEVELS.includes(term[0]!);
      const trail = text.charCodeAt(x.end) === cn && !isHanCode(text.charCodeAt(x.end + 1));
      if (!lead && !trail) continue;
      const start = lead ? x.start - 1 : x.start;
      const end = trail ? x.end + 1 : x.end;
      if (!taken) {
        taken = new Uint8Array(text.length + 1);
        for (const h of out) taken.fill(1, h.start, h.end);
      }
      let clash = false;
      for (let k = start; k < end && !clash; k++) clash = taken[k] === 1;
      if (clash) continue;
      taken.fill(1, start, end);
      const twice = [lead ? term[0]! : '', trail ? term[term.length - 1]! : '']
        .filter((c) => c !== '')
        .map(qc)
        .join('、');
      out.push({ ref: refs[x.term]!, term, start, end, detail: `多了${twice}字` });
    }
  return out;
}

/**
 * An exact two-character term inside a window whose one substituted character lies outside it is the term's own part
 * (政府 in 人命政府, a slip of 人民政府), not a neighbour: the slip needs no stronger evidence for it. So is a longer
 * inner term in a window of nine or more characters when at least one character lies between it and the
 * substitution (round 34); one right beside it keeps the rule (全省 + 人民代表大会 is no slip of 全国人民代表大会).
 */
function untouchedPart(m: NearMatch, x: NearMatch): boolean {
  if (m.kind !== 'sub' || x.start < m.start || m.end < x.end) return false;
  const at = m.start + m.pos;
  if (x.end - x.start === 2) return at < x.start || at >= x.end;
  // A longer inner term with a character of the window between it and the substitution (全国人民代表大会 in
  // 全国人民代表大会常委委员会): the window's own part. Right beside it the rest may be a phrase of its own (全省 +
  // 人民代表大会).
  return m.end - m.start >= 9 && (at < x.start - 1 || at > x.end);
}

/**
 * An exact shorter term inside a window with a missing character is the longer term's own part, not a neighbour,
 * when the gap lies inside the rest of the term, at least one character away from it (全国人民代表大会 in
 * 全国人民代表大会常务委会), or when it spans the gap: an abbreviation the slip happens to spell (中央军委 in
 * 中央军委员会, 国家监委 in 国家监委员会). Right next to it the rest may be another word (全人民代表大会 is not 全国…).
 */
function ownPart(m: NearMatch, x: NearMatch, length: number): boolean {
  if (m.kind !== 'del' || m.pos <= 0 || m.pos >= length - 1) return false;
  if (x.start < m.start || m.end < x.end) return false;
  // window coordinates of x; the gap lies between window positions pos - 1 and pos
  const from = x.start - m.start;
  const to = x.end - m.start;
  return to < m.pos || from > m.pos || (from < m.pos && to > m.pos);
}

/**
 * An exact shorter term right beside the gap of a window with a missing inner character, where the rest of the window
 * on the gap's other side is three characters or more and no word (中央纪 + 国家监委 for 中央纪委国家监委): no phrase
 * of two parts the slip happens to spell. A short or word rest keeps the rule (全 + 人民代表大会). Needs the word table.
 */
function besideGap(m: NearMatch, x: NearMatch, text: string, words: WordOracle | undefined): boolean {
  if (!words || m.kind !== 'del' || x.start < m.start || m.end < x.end) return false;
  const gap = m.start + m.pos;
  const [from, to] = x.end === gap ? [gap, m.end] : x.start === gap ? [m.start, gap] : [0, 0];
  return to - from >= 3 && !words.isWord(text, from, to);
}

/**
 * The matcher for a protected lexicon: terms of two or three characters only accept sound- or look-alike
 * substitutions, so their accepted variants are listed explicitly (about a thousand patterns) instead of the
 * one-character anchors they would otherwise need (国, 政 … hit everywhere). Longer terms use two-character anchors.
 */
export function protectedMatcher(terms: readonly string[], sim: CharSimilarity | undefined): NearMatcher {
  if (!sim) return new NearMatcher(terms);
  // Listing the variants costs many alike() lookups: the matcher is kept in the host's table store, if any.
  return storedNearMatcher(
    terms,
    () => derivedInput(sim.pinyin, sim.shapes),
    (t) => {
      if (t.length > 3) return undefined;
      const level = t.length === 2 ? SOUND_TONE : SOUND_TONELESS;
      const out: string[] = [];
      for (let p = 0; p < t.length; p++) {
        for (const c of sim.alike(t[p]!, level)) out.push(t.slice(0, p) + c + t.slice(p + 1));
      }
      return out;
    },
    TWO_SUBS_FROM,
  );
}

/**
 * Terms this long are also matched with two adjacent substitutions (judgeNear, `sub2`); from TWO_SUBS_LONG on
 * look-alikes count too.
 */
const TWO_SUBS_FROM = 4;
const TWO_SUBS_LONG = 7;
