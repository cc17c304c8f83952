import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../../lib/engine/types';
import { createNodeEngine } from '../../../lib/node/engine';
import { lazyNodehunProvider } from '../../../lib/node/spelling-nodehun';
import { lazyTypography, loadAutoCorrectSync, typographyMayEdit } from '../../../lib/node/typography';
import type { Engine } from '../../../lib/rules/create';
import { IDIOM_RULES } from '../../../lib/rules/idioms';
import { PLACE_RULES } from '../../../lib/rules/places';
import { typographyEdits } from '../../../lib/rules/typography';
import { WORD_LIKELIHOOD_RULES } from '../../../lib/rules/word-likelihood';

const root = join(import.meta.dirname, '../../..');
const corpusDir = join(root, 'test/eval/corpus');
/** Paragraphs of real official prose, plus the cases the width and spacing edits are about. */
const paragraphs = [
  ...readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .slice(0, 12)
    .flatMap((f) => readFileSync(join(corpusDir, f), 'utf8').split('\n')),
  '会议要求,各单位认真落实.',
  '时间：10:00，地点：三楼会议室。',
  '时间：上午十点。',
  '请访问www.gov.cn了解详情',
  '全角字母ＡＢＣ和数字１２３。',
  '中文　全角空格。',
  '使用Python编写，共3个模块。',
  '纯中文段落，没有任何半角字符。',
  '“引号”（括号）《书名》——破折号……省略号、顿号。',
].filter((p) => p.length > 0);

const SPACING = { 'punctuation.cjk-spacing': 'info' } as const;
const strip = (fs: Finding[]) => fs.map((f) => `${f.ruleId}@${f.field}:${f.start}-${f.end}→${f.suggestions.join('/')}`);

describe('typographyMayEdit (which paragraphs AutoCorrect can change)', () => {
  it('paragraphs it rules out (spacing on) come back from AutoCorrect unchanged', () => {
    const ac = loadAutoCorrectSync();
    let ruledOut = 0;
    for (const p of paragraphs) {
      if (!typographyMayEdit(p, true)) {
        ruledOut++;
        expect(ac.format(p), p).toBe(p);
      }
    }
    expect(ruledOut).toBeGreaterThan(10);
  });

  it('rules out plain Chinese and keeps punctuation, full-width letters and the colon next to digits', () => {
    expect(typographyMayEdit('纯中文段落，没有任何半角字符。', false)).toBe(false);
    expect(typographyMayEdit('时间：上午十点。', false)).toBe(false);
    expect(typographyMayEdit('时间：10点。', false)).toBe(true);
    expect(typographyMayEdit('会议要求,各单位落实。', false)).toBe(true);
    expect(typographyMayEdit('数字１２３。', false)).toBe(true);
    expect(typographyMayEdit('使用Python编写', false)).toBe(false);
    expect(typographyMayEdit('使用Python编写', true)).toBe(true);
  });
  it('(spacing off) never rules out a paragraph AutoCorrect gives a width edit: every string of up to 5 of these characters', () => {
    const ac = loadAutoCorrectSync();
    const alphabet = [...'中1a .:!：。,x（'];
    let ruledOut = 0;
    let widths = 0;
    const visit = (s: string, depth: number) => {
      if (/[\u4e00-\u9fff]/.test(s)) {
        const width = typographyEdits(s, ac.format(s)).some((e) => e.kind === 'width');
        if (width) widths++;
        if (!typographyMayEdit(s, false)) {
          ruledOut++;
          if (width) expect.fail(`ruled out but AutoCorrect edits ${JSON.stringify(s)}`);
        }
      }
      if (depth > 0) for (const c of alphabet) visit(s + c, depth - 1);
    };
    visit('', 5);
    expect(ruledOut).toBeGreaterThan(10_000);
    expect(widths).toBeGreaterThan(10_000);
  });

  it('a numbered heading ("1.问题") and a colon away from digits do not load AutoCorrect', () => {
    expect(typographyMayEdit('1.问题导向。针对政府网站存在的问题', false)).toBe(false);
    expect(typographyMayEdit('各直属机构：\n2018年10月27日', false)).toBe(false);
    expect(typographyMayEdit('会议结束.', false)).toBe(true);
    expect(typographyMayEdit('时间：10点', false)).toBe(true);
    expect(typographyMayEdit('第一条 ：A', false)).toBe(true);
  });
});

describe('lazy providers', () => {
  it('AutoCorrect is loaded only for the first paragraph that may need it', () => {
    let loads = 0;
    const lazy = lazyTypography(false, () => {
      loads++;
      return { name: 'stub', format: (t) => t.replace(',', '，') };
    });
    expect(lazy.format('纯中文，没有问题。')).toBe('纯中文，没有问题。');
    expect(lazy.loaded).toBe(false);
    expect(lazy.format('这里,那里')).toBe('这里，那里');
    expect(lazy.format('又一处,问题')).toBe('又一处，问题');
    expect([loads, lazy.loaded]).toEqual([1, true]);
  });

  it('Hunspell is loaded on the first word looked up, once', () => {
    let loads = 0;
    const lazy = lazyNodehunProvider([], () => {
      loads++;
      return { correct: (w) => w === 'report', suggest: () => ['report'] };
    });
    expect(lazy.loaded).toBe(false);
    expect(lazy.correct('report')).toBe(true);
    expect(lazy.suggest('reprot')).toEqual(['report']);
    expect([loads, lazy.loaded]).toEqual([1, true]);
  });
});

describe('createNodeEngine lazy: same findings as loading everything up front', { timeout: 60_000 }, () => {
  let eager: Engine;
  let lazy: Engine;
  let lazySpacing: Engine;
  beforeAll(async () => {
    eager = await createNodeEngine({ words: ['Qingdao'] });
    lazy = await createNodeEngine({ words: ['Qingdao'], rules: {}, lazy: true });
    lazySpacing = await createNodeEngine({ words: ['Qingdao'], rules: { ...SPACING }, lazy: true });
  });

  it('with the default rules and with the spacing rule on', () => {
    const body = [...paragraphs, 'Qingdao 和 Shanghia 的 report。'].join('\n');
    const today = '2025-06-15';
    const a = strip(eager.checker.check({ platform: 'wechat', title: '标题,测试', body }, { today }));
    const b = strip(lazy.checker.check({ platform: 'wechat', title: '标题,测试', body }, { today }));
    expect(b).toEqual(a);
    expect(a.some((f) => f.startsWith('spelling.'))).toBe(true);
    expect(a.some((f) => f.startsWith('punctuation.half-width'))).toBe(true);
    const opts = { today, rules: { ...SPACING } };
    const c = strip(eager.checker.check({ platform: 'wechat', body }, opts));
    const d = strip(lazySpacing.checker.check({ platform: 'wechat', body }, opts));
    expect(d).toEqual(c);
    expect(c.some((f) => f.startsWith('punctuation.cjk-spacing'))).toBe(true);
  });

  it('leaves out the idiom and place tables when their rules are off, and nothing else', async () => {
    // (the word-likelihood rule, off too, would otherwise report the idiom slips it stays quiet on beside the idiom rule)
    const off = Object.fromEntries(
      [...IDIOM_RULES, ...PLACE_RULES, ...WORD_LIKELIHOOD_RULES].map((r) => [r.id, 'off' as const]),
    );
    const without = await createNodeEngine({ rules: off, lazy: true });
    const body = '要防微杜惭，令人不寒而粟。北京市海甸区的代表和北朝鲜的报道。';
    const all = strip(eager.checker.check({ platform: 'generic', body }, { today: '2025-06-15' }));
    const some = strip(without.checker.check({ platform: 'generic', body }, { today: '2025-06-15', rules: off }));
    const ids = new Set(Object.keys(off));
    expect(all.filter((f) => ids.has(f.split('@')[0]!))).toHaveLength(3);
    expect(some.length).toBeGreaterThan(0);
    expect(some).toEqual(all.filter((f) => !ids.has(f.split('@')[0]!)));
  });
});
