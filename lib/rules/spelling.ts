/**
 * 英文拼写 — `spelling.misspelled`: English words a Hunspell-compatible provider does not know. A warning when the
 * word has five letters or more and the provider's first suggestion is one edit away (a letter dropped, added,
 * changed or two swapped: Goverment, Welcom, Marthon — a slip in a common word); otherwise a hint (a name or a term
 * the dictionary lacks is as likely).
 *
 * The rule finds the words itself and asks a synchronous provider (Node: lib/node/spelling-nodehun.ts; browser:
 * lib/spelling/nspell-provider.ts). A word is a run of ≥ 3 ASCII letters (apostrophes inside allowed: China's).
 * Not checked:
 * - tokens that look like URLs, e-mail addresses, file names, abbreviations or code (containing . / @ : # _ = & % ~ +
 *   or \ after trailing sentence punctuation is removed): www.gov.cn, a@b.cn, e.g., U.S.;
 * - words with digits (5G, COVID19, H1N1) and words joined to digits;
 * - ALL-CAPS words (GDP, APEC, WTO) and camelCase/PascalCase brand names (WeChat, iPhone, eBay, PowerPoint);
 * - words with letters outside ASCII (café, Zürich), and words longer than 40 letters;
 * - user words (case-insensitive): Qingdao, Weibo, …;
 * - capitalised Hanyu Pinyin (Qingdao, Shandong, Zhang, Xi'an): a capitalised word that splits completely into
 *   pinyin syllables is a Chinese name, not an English word — unless, with the place names' pinyin given, it is one
 *   letter off a province's or a prefecture-level city's and no place's itself (Hangzou, Shenzen: a warning);
 * - British spellings whose American form the en_US dictionary knows (colour, centre, organisation, travelled,
 *   programme): not misspellings, and common in official English from Hong Kong, Macao and many ministries.
 */
import type { ParagraphRule, RuleMeta } from '../engine/rule';
import { isLatinCode, isLowerCode, isUpperCode, MAX_PER_PARAGRAPH, q } from './util-text';

/** A synchronous spelling checker (Hunspell semantics). */
export interface SpellingProvider {
  correct(word: string): boolean;
  suggest(word: string): string[];
}

export const SPELLING_RULES: RuleMeta[] = [
  {
    id: 'spelling.misspelled',
    category: 'spelling',
    severity: 'warn',
    title: '英文拼写',
    message: '英文单词{text}可能拼写有误，英文拼写错误会影响政务信息的规范性。',
    source: 'Hunspell en_US 词典（dictionary-en，MIT/BSD）',
  },
];

export interface SpellingOptions {
  /** Words that always pass (case-insensitive). */
  words?: readonly string[];
  /** Suggestions per finding (default 3). */
  maxSuggestions?: number;
  /** Skip capitalised words made of Hanyu Pinyin syllables (default true). */
  pinyinNames?: boolean;
  /** Accept British spellings whose American form the provider knows (colour, centre, organisation; default true). */
  british?: boolean;
  /**
   * Pinyin of place names (lower case): `targets` (provinces and prefecture-level cities) and every `known` one. A
   * capitalised pinyin word one letter off a target and no known place itself is a slip (Hangzou, Shenzen, Qindao).
   */
  places?: () => { targets: readonly string[]; known: readonly string[] };
}

/** Whole-word British → American pairs that no suffix rule covers. */
const BRITISH_WORDS: Record<string, string> = {
  programme: 'program',
  programmes: 'programs',
  ageing: 'aging',
  judgement: 'judgment',
  judgements: 'judgments',
  grey: 'gray',
  tyre: 'tire',
  tyres: 'tires',
  cheque: 'check',
  cheques: 'checks',
  enquiry: 'inquiry',
  enquiries: 'inquiries',
  kerb: 'curb',
  plough: 'plow',
  storey: 'story',
  storeys: 'stories',
  aluminium: 'aluminum',
  mould: 'mold',
  moult: 'molt',
  sceptical: 'skeptical',
  manoeuvre: 'maneuver',
  paediatric: 'pediatric',
  anaesthesia: 'anesthesia',
  oestrogen: 'estrogen',
  foetus: 'fetus',
  draught: 'draft',
  pyjamas: 'pajamas',
};

/** American candidates for a British spelling (suffix rules: -our, -ise/-isation, -yse, -tre, -ll-, -ence, -ogue). */
export function americanForms(word: string): string[] {
  const lower = word.toLowerCase();
  const out: string[] = [];
  const keepCase = (w: string) => (word[0] !== lower[0] ? w.charAt(0).toUpperCase() + w.slice(1) : w);
  const direct = BRITISH_WORDS[lower];
  if (direct) out.push(keepCase(direct));
  const rules: Array<[RegExp, string]> = [
    [/our(s|ed|ing|ite|ites|able|ably|er|ers|ful|less|ism)?$/, 'or$1'],
    [/is(e|es|ed|ing|er|ers|ation|ations|ational)$/, 'iz$1'],
    [/ys(e|es|ed|ing)$/, 'yz$1'],
    [/tre(s|d)?$/, 'ter$1'],
    [/([aeiou])ll(ed|ing|er|ers|ation)$/, '$1l$2'],
    [/ence(s)?$/, 'ense$1'],
    [/ogue(s)?$/, 'og$1'],
  ];
  for (const [re, to] of rules) {
    if (re.test(word)) out.push(word.replace(re, to));
  }
  return out;
}

/** Toneless Hanyu Pinyin syllables (ü written v or u). */
const SYLLABLES = new Set(
  (
    'a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen ceng ' +
    'cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu ' +
    'cuan cui cun cuo da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo e ' +
    'ei en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang ' +
    'gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao ' +
    'jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun ' +
    'kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun luo lv lve lue ' +
    'ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne nei nen neng ni ' +
    'nian niang niao nie nin ning niu nong nou nu nuan nuo nv nve nue o ou pa pai pan pang pao pei pen peng pi pian ' +
    'piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ' +
    'ri rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao she shei shen sheng ' +
    'shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao te tei teng ' +
    'ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie ' +
    'xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ' +
    'ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun ' +
    'zhuo zi zong zou zu zuan zui zun zuo'
  ).split(' '),
);

/** True if the (lower-case) string splits completely into pinyin syllables. Linear in practice (≤ 6 per step). */
export function isPinyin(s: string): boolean {
  const n = s.length;
  if (!n) return false;
  const ok = new Uint8Array(n + 1);
  ok[0] = 1;
  for (let i = 0; i < n; i++) {
    if (!ok[i]) continue;
    for (let l = 1; l <= 6 && i + l <= n; l++) if (SYLLABLES.has(s.slice(i, i + l))) ok[i + l] = 1;
  }
  return ok[n] === 1;
}

/** Characters that make a token a URL, address, abbreviation or code rather than prose. */
const CODEISH = /[./@:#_=&%~+\\]/;
// (# at either end is a Weibo topic's mark, #Beautiful Wuyuan#: its words are checked; inside a token it is code)
const TRAILING = /[.:?!;,'’#]+$/;
const LEADING = /^['’#]+/;

/** Token characters: ASCII letters/digits and the URL/code punctuation above, apostrophes, hyphens, Latin-1 letters. */
function isTokenCode(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    isLatinCode(c) ||
    c === 0x27 || // '
    c === 0x2019 || // ’
    c === 0x2d || // -
    c === 0x2e || // .
    c === 0x2f || // /
    c === 0x40 || // @
    c === 0x3a || // :
    c === 0x23 || // #
    c === 0x5f || // _
    c === 0x3d || // =
    c === 0x26 || // &
    c === 0x25 || // %
    c === 0x7e || // ~
    c === 0x2b || // +
    c === 0x5c || // \
    c === 0x3f || // ?
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
  );
}

export interface WordSpan {
  start: number;
  end: number;
  word: string;
  /** A capitalised pinyin word that is a one-letter slip of this place's pinyin (Hangzou: Hangzhou). */
  place?: string;
}

/** The words of a paragraph the spelling rule checks (before user words and the provider). */
/** The place a capitalised pinyin word is a one-letter slip of, if any (Hangzou → Hangzhou). */
type PlaceSlip = (lower: string) => string | undefined;

export function extractWords(text: string, pinyinNames = true): WordSpan[] {
  const out: WordSpan[] = [];
  forEachWord(text, pinyinNames, (w) => {
    out.push(w);
    return true;
  });
  return out;
}

/** Calls `fn` for each checked word in order; stops when it returns false. Linear: one pass over the text. */
export function forEachWord(
  text: string,
  pinyinNames: boolean,
  fn: (w: WordSpan) => boolean,
  placeSlip?: PlaceSlip,
): void {
  const n = text.length;
  const buf: WordSpan[] = [];
  let i = 0;
  while (i < n) {
    if (!isTokenCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    let letters = 0;
    for (; j < n; j++) {
      const c = text.charCodeAt(j);
      if (!isTokenCode(c)) break;
      if (isLatinCode(c)) letters++;
    }
    // A checked word has at least three letters: numbers, dates and codes such as 5G are done here.
    if (letters < 3) {
      i = j;
      continue;
    }
    buf.length = 0;
    collect(text, i, j, buf, pinyinNames, placeSlip);
    for (const w of buf) if (!fn(w)) return;
    i = j;
  }
}

function collect(
  text: string,
  start: number,
  end: number,
  out: WordSpan[],
  pinyinNames: boolean,
  placeSlip?: PlaceSlip,
): void {
  if (end - start > 200) return; // no prose word is that long: hashes, base64, garbage
  let tok = text.slice(start, end);
  const lead = LEADING.exec(tok)?.[0].length ?? 0;
  tok = tok.slice(lead).replace(TRAILING, '');
  if (!tok || CODEISH.test(tok) || tok.includes('?')) return;
  let at = start + lead;
  for (const part of tok.split('-')) {
    const partStart = at;
    at += part.length + 1;
    const w = part.replace(LEADING, '').replace(/['’]+$/, '');
    const wStart = partStart + (part.length - part.replace(LEADING, '').length);
    if (!/^[A-Za-z]+(?:['’][A-Za-z]+)*$/.test(w)) continue; // digits, non-ASCII letters
    let letters = 0;
    let upper = 0;
    let camel = false;
    for (let k = 0; k < w.length; k++) {
      const c = w.charCodeAt(k);
      if (isUpperCode(c)) {
        upper++;
        if (k > 0 && isLowerCode(w.charCodeAt(k - 1))) camel = true;
      }
      if (isLatinCode(c)) letters++;
    }
    if (letters < 3 || letters > 40) continue;
    if (upper === letters) continue; // GDP, APEC
    if (camel || upper > 1) continue; // WeChat, iPhone, eBay, USAid: brand names and mixed case
    if (pinyinNames && isUpperCode(w.charCodeAt(0)) && w.split(/['’]/).every((s) => isPinyin(s.toLowerCase()))) {
      const place = placeSlip?.(w.toLowerCase().replace(/['’]/g, '')); // Xi'an is xian
      if (place) out.push({ start: wStart, end: wStart + w.length, word: w, place });
      continue;
    }
    out.push({ start: wStart, end: wStart + w.length, word: w });
  }
}

/** Shortest word whose one-edit slip is a warning (shorter ones are often names and abbreviations). */
const MIN_SLIP_LETTERS = 5;

/** a and b (case aside) differ by one letter dropped, added or changed, or two neighbours swapped. */
export function oneEdit(a: string, b: string | undefined): boolean {
  if (!b) return false;
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y || Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  if (x.length === y.length) {
    if (x.slice(i + 1) === y.slice(i + 1)) return true; // changed
    return x[i] === y[i + 1] && x[i + 1] === y[i] && x.slice(i + 2) === y.slice(i + 2); // swapped
  }
  return x.length < y.length ? x.slice(i) === y.slice(i + 1) : x.slice(i + 1) === y.slice(i); // added or dropped
}

export function createSpellingRule(provider: SpellingProvider, options: SpellingOptions = {}): ParagraphRule {
  const userWords = new Set((options.words ?? []).map((w) => w.toLowerCase()));
  const max = options.maxSuggestions ?? 3;
  const pinyinNames = options.pinyinNames !== false;
  const british = options.british !== false;
  // made on the first capitalised pinyin word (most texts have none)
  let places: { targets: readonly string[]; known: ReadonlySet<string> } | undefined;
  const placeOptions = options.places;
  const placeSlip: PlaceSlip | undefined = placeOptions
    ? (lower) => {
        if (lower.length < MIN_SLIP_LETTERS) return undefined;
        if (!places) {
          const p = placeOptions();
          places = { targets: p.targets, known: new Set(p.known) };
        }
        if (places.known.has(lower)) return undefined;
        const hit = places.targets.find((p) => oneEdit(lower, p));
        return hit && hit[0]!.toUpperCase() + hit.slice(1);
      }
    : undefined;
  /** Verdict per word: true when it passes (user word, known, or a known British form). */
  const verdict = new Map<string, boolean>();
  /** Hunspell suggestions are slow (milliseconds per word in nspell): computed once per word. */
  const suggested = new Map<string, string[]>();
  const passes = (w: string): boolean => {
    let ok = verdict.get(w);
    if (ok === undefined) {
      if (verdict.size > 20000) verdict.clear();
      ok =
        userWords.has(w.toLowerCase()) ||
        provider.correct(w.replace(/’/g, "'")) ||
        (british && americanForms(w).some((a) => provider.correct(a)));
      verdict.set(w, ok);
    }
    return ok;
  };

  return {
    kind: 'paragraph',
    rules: SPELLING_RULES,
    fields: ['title', 'digest', 'body', 'caption'],
    check(input, sink) {
      let reported = 0;
      forEachWord(
        input.text,
        pinyinNames,
        ({ start, end, word, place }) => {
          if (place) {
            sink.report({
              ruleId: 'spelling.misspelled',
              start,
              end,
              suggestions: [place],
              message: `地名拼音${q(word)}疑为${q(place)}之误，英文、拼音拼写错误会影响政务信息的规范性。`,
            });
            return ++reported < MAX_PER_PARAGRAPH;
          }
          if (passes(word)) return true;
          let suggestions = suggested.get(word);
          if (!suggestions) {
            try {
              suggestions = provider.suggest(word.replace(/’/g, "'")).slice(0, max);
            } catch {
              suggestions = []; // suggestions are optional
            }
            if (suggested.size > 2000) suggested.clear();
            suggested.set(word, suggestions);
          }
          sink.report({
            ruleId: 'spelling.misspelled',
            start,
            end,
            severity: word.length >= MIN_SLIP_LETTERS && oneEdit(word, suggestions[0]) ? 'warn' : 'info',
            suggestions: [...suggestions],
            message: `英文单词${q(word)}可能拼写有误，英文拼写错误会影响政务信息的规范性。`,
          });
          return ++reported < MAX_PER_PARAGRAPH;
        },
        placeSlip,
      );
    },
  };
}
