import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateDictionary, validateStoredDictionary } from '../../../lib/dict/load';
import { Checker } from '../../../lib/engine/checker';
import { parseT2s } from '../../../lib/engine/data/tables';
import { compileDictionaries } from '../../../lib/engine/dictionary/compile';
import { compileRegexEntries } from '../../../lib/engine/dictionary/regex';
import { createDictionaryRule } from '../../../lib/engine/dictionary/rule';
import { type DictionaryInput, dictionarySchema } from '../../../lib/engine/dictionary/schema';
import { Normalizer } from '../../../lib/engine/normalize';
import type { Draft } from '../../../lib/engine/types';

const normalizer = new Normalizer({ t2s: parseT2s(readFileSync('dictionaries/data/t2s.txt', 'utf8')) });

type E = DictionaryInput['entries'][number];
const entry = (e: Partial<E> & { id: string; terms?: string[] }): E => ({
  severity: 'warn',
  category: 'formulation',
  source: 'test',
  examples: { hit: [], pass: [] },
  ...e,
});

function checker(entries: E[]) {
  const d = dictionarySchema().parse({ format: 1, id: 't', name: 't', version: '1', requireExamples: false, entries });
  return new Checker([
    createDictionaryRule(compileDictionaries([d], normalizer), normalizer, { regex: compileRegexEntries }),
  ]);
}
const body = (b: string): Draft => ({ platform: 'generic', body: b });
const texts = (c: Checker, b: string) => c.check(body(b)).map((f) => `${f.ruleId}:${f.text}`);

describe('allow-list terms override overlapping deny matches', () => {
  const c = checker([
    entry({ id: 'mainland', terms: ['大陆'], allow: ['大陆架'] }),
    entry({ id: 'wokao', category: 'sensitive', terms: ['我靠'], allow: ['我靠近'] }),
    entry({ id: 'liaowang', category: 'typo', terms: ['了望'], allow: ['为了望'] }),
    entry({ id: 'highest', category: 'advertising', terms: ['最高'], allow: ['最高人民法院'] }),
  ]);
  it.each([
    ['东海大陆架面积', []],
    ['我靠近观察', []],
    ['为了望远镜项目', []],
    ['最高人民法院发布', []],
    ['祖国大陆', ['formulation.mainland:大陆']],
    ['我靠，太难了', ['sensitive.wokao:我靠']],
    ['了望塔', ['typo.liaowang:了望']],
    ['最高品质', ['advertising.highest:最高']],
  ])('%s', (text, want) => {
    expect(texts(c, text)).toEqual(want);
  });
  it('an allow-list term also works when noise is skipped', () => {
    const n = checker([
      entry({ id: 'wokao', category: 'sensitive', terms: ['我靠'], allow: ['我靠近'], skip: 'noise' }),
    ]);
    expect(texts(n, '我 靠近了')).toEqual([]);
    expect(texts(n, '我*靠！')).toEqual(['sensitive.wokao:我*靠']);
  });
});

describe('normalization', () => {
  const c = checker([
    entry({ id: 'nk', terms: ['北朝鲜'], skip: 'noise', severity: 'block' }),
    entry({ id: 'obr', terms: ['一带一路战略'], skip: 'quotes' }),
    entry({ id: 'tmd', category: 'sensitive', terms: ['tmd'], skip: 'noise' }),
    entry({ id: 'strict', terms: ['两岸三地'], skip: 'none' }),
  ]);
  it.each([
    ['北*朝*鲜', '北*朝*鲜'],
    ['北\u200b朝鲜', '北\u200b朝鲜'],
    ['北😀朝鲜', '北😀朝鲜'],
    ['北 朝 鲜', '北 朝 鲜'],
    ['北朝鮮', '北朝鮮'],
    ['“一带一路”战略', '“一带一路”战略'],
    ['一带一路战略', '一带一路战略'],
    ['ＴＭＤ', 'ＴＭＤ'],
    ['TmD', 'TmD'],
    ['兩岸三地', '兩岸三地'],
  ])('%s is matched as %s on the original span', (text, span) => {
    const f = c.check(body(`他说${text}吧`));
    expect(f.map((x) => x.text)).toEqual([span]);
    expect(f[0]!.start).toBe(2);
  });
  it('does not skip noise for entries that do not allow it', () => {
    expect(texts(c, '两岸*三地')).toEqual([]);
    expect(texts(c, '一带一路，战略')).toEqual([]);
  });
});

describe('longest match per span and one finding per span per rule', () => {
  const c = checker([
    entry({ id: 'roc', terms: ['中华民国'], severity: 'warn' }),
    entry({ id: 'roc-president', terms: ['中华民国总统'], severity: 'block' }),
    entry({ id: 'dup', terms: ['村长', '村长'] }),
  ]);
  it('keeps the longest overlapping match in a category', () => {
    expect(texts(c, '所谓中华民国总统')).toEqual(['formulation.roc-president:中华民国总统']);
  });
  it('reports a span once per rule even if two terms hit it', () => {
    expect(texts(c, '村长说')).toEqual(['formulation.dup:村长']);
  });
});

describe('a term with a character its skip level skips at an edge', () => {
  it('is matched literally (傻× is not every 傻), while inner skipped characters still bridge evasions', () => {
    const c = checker([
      entry({ id: 'sb', category: 'sensitive', terms: ['傻×', '傻逼'], skip: 'noise', severity: 'block' }),
    ]);
    expect(texts(c, '浓度和纯度傻傻分不清')).toEqual([]);
    expect(texts(c, '是不是傻×')).toEqual(['sensitive.sb:傻×']);
    expect(texts(c, '你这个傻-逼')).toEqual(['sensitive.sb:傻-逼']);
  });
});

describe('entry context', () => {
  it('quoted: off drops matches inside quotation marks, another severity replaces it', () => {
    const c = checker([
      entry({ id: 'td', terms: ['台独'], context: { quoted: 'off' }, severity: 'block' }),
      entry({ id: 'wk', category: 'sensitive', terms: ['我靠'], context: { quoted: 'info' }, severity: 'block' }),
    ]);
    expect(texts(c, '坚决反对“台独”')).toEqual([]);
    expect(c.check(body('他喊“我靠”')).map((f) => f.severity)).toEqual(['info']);
    expect(c.check(body('我靠')).map((f) => f.severity)).toEqual(['block']);
  });
  it('near / notNear in the sentence', () => {
    const c = checker([
      entry({ id: 'lfy', terms: ['立法院'], context: { near: { words: ['台湾'], scope: 'sentence' } } }),
      entry({ id: 'zf', terms: ['罪犯'], context: { notNear: { words: ['判决', '服刑'], scope: 'sentence' } } }),
    ]);
    expect(texts(c, '台湾立法院开会')).toEqual(['formulation.lfy:立法院']);
    expect(texts(c, '某国立法院开会')).toEqual([]);
    expect(texts(c, '警方抓获罪犯一名')).toEqual(['formulation.zf:罪犯']);
    expect(texts(c, '罪犯已被判决。')).toEqual([]);
    expect(texts(c, '罪犯已到案。他被判决了。')).toEqual(['formulation.zf:罪犯']);
  });
  it('near in the document is resolved across paragraphs', () => {
    const c = checker([
      entry({
        id: 'pork',
        terms: ['猪肉'],
        severity: 'info',
        context: { near: { words: ['清真'], scope: 'document' } },
      }),
    ]);
    expect(texts(c, '猪肉价格平稳')).toEqual([]);
    expect(texts(c, '清真餐厅开业\n不提供猪肉')).toEqual(['formulation.pork:猪肉']);
  });
  it('notInDraft silences the entry in the whole draft, beside a sentence-scope notNear', () => {
    const c = checker([
      entry({
        id: 'tmd',
        terms: ['tmd的'],
        context: { notNear: { words: ['关节'], scope: 'sentence' }, notInDraft: ['（tmd）'] },
      }),
    ]);
    expect(texts(c, '这点事TMD的也要管')).toEqual(['formulation.tmd:TMD的']);
    expect(texts(c, '关节弹响是TMD的表现')).toEqual([]);
    expect(texts(c, '颞下颌关节紊乱病（TMD）很常见。\n患者常问：TMD的表现有哪些？')).toEqual([]);
    expect(texts(c, '颞下颌关节紊乱病很常见。\n患者常问：TMD的表现有哪些？')).toEqual(['formulation.tmd:TMD的']);
  });
  it('followedBy / notPrecededBy / lineStart', () => {
    const c = checker([
      entry({
        id: 'jiezhi',
        category: 'typo',
        terms: ['截止'],
        suggestions: ['截至'],
        context: { followedBy: ['#digit', '#cnnum', '目前', '今年'] },
      }),
      entry({ id: 'taidu', terms: ['台独'], context: { notPrecededBy: ['平', '舞'] } }),
      entry({ id: 'mj', category: 'secrecy', terms: ['机密'], context: { lineStart: true } }),
    ]);
    expect(texts(c, '截止2024年底，全市')).toEqual(['typo.jiezhi:截止']);
    expect(texts(c, '截止 目前')).toEqual(['typo.jiezhi:截止']);
    expect(texts(c, '报名已经截止。')).toEqual([]);
    expect(texts(c, '平台独立运营；舞台独唱')).toEqual([]);
    expect(texts(c, '反对台独')).toEqual(['formulation.taidu:台独']);
    expect(texts(c, '机密\n正文')).toEqual(['secrecy.mj:机密']);
    expect(texts(c, '不得泄露机密')).toEqual([]);
  });
  it('commercial context is required when asked for', () => {
    const c = checker([entry({ id: 'best', category: 'advertising', terms: ['最佳'], context: { commercial: true } })]);
    expect(texts(c, '最佳观赏期')).toEqual([]);
  });
});

describe('offsets always point into the original text', () => {
  const c = checker([
    entry({ id: 'a', terms: ['北朝鲜'], skip: 'noise' }),
    entry({ id: 'b', terms: ['一带一路战略'], skip: 'quotes' }),
    entry({ id: 'c', category: 'typo', terms: ['按装'] }),
  ]);
  const unit = fc.constantFrom(...'北朝鲜鮮一带路战略“”按装 *，。\n\r😀\u200bＡ'.split(''), '😀');
  it('text === original.slice(start, end) for every finding', () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 80 }), (text) => {
        for (const f of c.check(body(text))) {
          expect(f.text).toBe(text.slice(f.start, f.end));
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.end).toBeGreaterThan(f.start);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('pattern entries (RE2, linear time)', () => {
  it('matches an RE2 pattern and respects allow-list terms', () => {
    const c = checker([entry({ id: 'code', category: 'sensitive', pattern: 'ZX-[0-9]{4}', allow: ['ZX-0000'] })]);
    expect(texts(c, '编号ZX-1234和ZX-0000')).toEqual(['sensitive.code:ZX-1234']);
  });
  it('a catastrophic-looking pattern finishes on a long adversarial input', () => {
    const c = checker([entry({ id: 'evil', category: 'sensitive', pattern: '(a+)+b' })]);
    expect(texts(c, `${'a'.repeat(50_000)}c`)).toEqual([]);
  });
});

describe('dictionary validation runs the matcher’s regex compiler', () => {
  const dictWith = (pattern: string) => ({
    format: 1,
    id: 'admin',
    name: '管理员正则',
    version: '1',
    category: 'sensitive',
    requireExamples: false,
    entries: [
      { id: 'ok', severity: 'warn', pattern: '编号[0-9]{4}', source: '测试' },
      { id: 'bad', severity: 'block', pattern, source: '测试' },
    ],
  });

  it.each([
    ['(?=内部)资料', '前向查找'],
    ['资料(?!公开)', '前向查找'],
    ['(?<=绝密)文件', '后向查找'],
    ['(?<!非)涉密', '后向查找'],
    ['(秘密)\\1', '反向引用'],
    ['[未闭合', '正则表达式无效'],
  ])('refuses %s with the entry and a Chinese message', (pattern, expected) => {
    const r = validateDictionary(dictWith(pattern));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([expect.stringMatching(new RegExp(`^entries\\[1\\]\\.pattern: .*${expected}`))]);
  });

  it('accepts what the matcher runs, and the accepted pattern matches', () => {
    const r = validateDictionary(dictWith('秘密[★*]'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const c = checker(r.dictionary.entries.map((e) => entry({ ...e, category: 'sensitive' }) as E));
    expect(texts(c, '秘密★ 编号1234')).toEqual(['sensitive.bad:秘密★', 'sensitive.ok:编号1234']);
  });

  it('a dictionary stored before this check keeps working: only the unrunnable patterns are dropped, and reported', () => {
    const stored = {
      ...dictWith('(?=内部)资料'),
      entries: [
        { id: 'ok', severity: 'warn', pattern: '编号[0-9]{4}', source: '测试' },
        { id: 'bad', severity: 'block', pattern: '(?=内部)资料', source: '测试' },
        { id: 'mixed', severity: 'block', terms: ['绝密文件'], pattern: '(?<=绝密)资料', source: '测试' },
      ],
    };
    expect(validateDictionary(stored).ok).toBe(false);
    const r = validateStoredDictionary(stored);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.dictionary.entries.map((e) => e.id)).toEqual(['ok', 'mixed']);
    expect(r.dictionary.entries[1]!.pattern).toBeUndefined();
    expect(r.dropped).toEqual([
      expect.stringMatching(/^entries\[1\]（bad）的正则已停用：.*前向查找/),
      expect.stringMatching(/^entries\[2\]（mixed）的正则已停用：.*后向查找/),
    ]);
    const c = checker(r.dictionary.entries.map((e) => entry({ ...e, category: 'sensitive' }) as E));
    expect(texts(c, '绝密文件 编号1234')).toEqual(['sensitive.mixed:绝密文件', 'sensitive.ok:编号1234']);
    // Other problems still fail the dictionary.
    expect(validateStoredDictionary({ ...stored, id: 'Bad Id' }).ok).toBe(false);
  });
});
