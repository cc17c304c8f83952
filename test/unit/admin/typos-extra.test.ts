import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDictionary } from '../../../lib/dict/load';
import { parseTyposExtra, typosExtraDictionary } from '../../../lib/dict/typos-extra';
import { Checker } from '../../../lib/engine/checker';
import { parseT2s } from '../../../lib/engine/data/tables';
import { compileDictionaries } from '../../../lib/engine/dictionary/compile';
import { createDictionaryRule } from '../../../lib/engine/dictionary/rule';
import { dictionarySchema } from '../../../lib/engine/dictionary/schema';
import { Normalizer } from '../../../lib/engine/normalize';
import { readProjectFile } from '../rules/tables-fixture';

const tsv = readProjectFile('dictionaries/data/typos-extra.tsv');

describe('typos-extra.tsv as the built-in dictionary typo-extra', () => {
  it('reads every pair with its source description', () => {
    const pairs = parseTyposExtra(tsv);
    expect(pairs.length).toBeGreaterThan(40);
    const jie = pairs.find((p) => p.wrong === '秸杆')!;
    expect(jie.right).toBe('秸秆');
    expect(jie.source).toContain('政府网站抽查情况通报');
  });

  it('builds a valid native dictionary with generated examples and guards', () => {
    const r = validateDictionary(typosExtraDictionary(tsv));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const e = r.dictionary.entries.find((x) => x.terms.includes('编篡'))!;
    expect(e.suggestions).toEqual(['编纂']);
    expect(e.allow).toContain('改编篡改');
    expect(e.examples.hit).toEqual(['文中写作编篡。']);
    expect(r.dictionary.entries.find((x) => x.terms.includes('戮力同心'))!.severity).toBe('info');
  });

  it('leaves out pairs that normalization cannot tell apart', () => {
    const fold = (s: string) => s.replaceAll('薹', '苔');
    const d = typosExtraDictionary('蒜苔\t蒜薹\tx\n秸杆\t秸秆\tx\n', fold);
    expect(d.entries.map((e) => e.terms?.[0])).toEqual(['秸杆']);
  });

  it('resolves every source key to a listed description with an address', () => {
    for (const p of parseTyposExtra(tsv)) {
      expect(p.source, p.key).not.toBe(p.key);
      expect(p.source, p.key).toMatch(/https?:\/\//);
    }
  });

  it('makes 别字 warnings and the non-recommended forms of 异形词 advice', () => {
    const entries = typosExtraDictionary(tsv).entries;
    const by = (w: string) => entries.find((e) => e.terms?.[0] === w)!;
    expect(by('秸杆').severity).toBe('warn');
    expect(by('技护车')).toMatchObject({ severity: 'warn', suggestions: ['救护车'] });
    expect(by('惨澹')).toMatchObject({ severity: 'info', suggestions: ['惨淡'] });
    expect(by('惨澹').message).toContain('推荐写作“惨淡”');
    expect(by('城乡结合部').severity).toBe('info');
  });

  it('guards wrong forms that clean prose contains across a word boundary', () => {
    const entries = typosExtraDictionary(tsv).entries;
    const allow = (w: string) => entries.find((e) => e.terms?.[0] === w)!.allow;
    expect(allow('安祥')).toContain('平安祥');
    expect(allow('决对')).toEqual(expect.arrayContaining(['解决对', '坚决对']));
    expect(allow('按排')).toContain('按排名');
  });
});

/**
 * A pair covers its word family: the wrong form is found inside longer words and before any particle or suffix
 * (部暑会, 再部暑, 已部暑了), not only as the word listed, and a guard word only silences its own reading.
 */
describe('typo-extra on inflections and compounds', () => {
  const normalizer = new Normalizer({ t2s: parseT2s(readProjectFile('dictionaries/data/t2s.txt')) });
  const dict = dictionarySchema().parse(typosExtraDictionary(tsv, (s) => normalizer.normalize(s)));
  const checker = new Checker([createDictionaryRule(compileDictionaries([dict], normalizer), normalizer)]);
  const found = (body: string) =>
    checker.check({ platform: 'generic', body }, { today: '2025-06-15' }).map((f) => `${f.text}→${f.suggestions[0]}`);

  it.each([
    ['会议对下一步工作作出部暑。', '部暑→部署'],
    ['召开专题部暑会。', '部暑→部署'],
    ['各地已再次部暑了防汛工作。', '部暑→部署'],
    ['专项资金已按时拔付到位。', '拔付→拨付'],
    ['请携带相关咨格证书原件。', '咨格→资格'],
    ['要始终牢记跳出历史周期律的答案。', '历史周期律→历史周期率'],
  ])('%s', (body, expected) => {
    expect(found(body)).toEqual([expected]);
  });

  it('stays quiet where a guard word reads across the wrong form', () => {
    expect(found('居民各自已经完成申报；要求汇报负责人姓名；加强干预以降低风险。')).toEqual([]);
  });
});

/**
 * The measurement of scripts/measure-typo-pairs.ts on the clean sources that are committed (the gov.cn corpus and
 * the clean cases of the open eval sets; the held-out sets stay unread): no warn pair's wrong form occurs there
 * unless an allow form of the pair covers it.
 */
describe('typo-extra on clean real prose', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
  const heldOut = /generalise-b\/|(^|\/)holdout\//;
  const texts = [
    ...files('test/eval/corpus')
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(f, 'utf8')),
    ...files('test/eval')
      .filter((f) => /\/cases\/clean-[^/]*\.json$/.test(f) && !heldOut.test(f))
      .map((f) => {
        const c = JSON.parse(readFileSync(f, 'utf8')) as { draft: { title?: string; body?: string } };
        return `${c.draft.title ?? ''}\n${c.draft.body ?? ''}`;
      }),
  ];

  it('never fires a warn pair there', () => {
    expect(texts.length).toBeGreaterThan(300);
    const fired: string[] = [];
    for (const e of typosExtraDictionary(tsv).entries) {
      if (e.severity !== 'warn') continue;
      const wrong = e.terms![0]!;
      for (const t of texts) {
        for (let i = t.indexOf(wrong); i >= 0; i = t.indexOf(wrong, i + 1)) {
          const covered = (e.allow ?? []).some((a) => {
            for (
              let j = t.indexOf(a, Math.max(0, i - a.length + 1));
              j >= 0 && j < i + wrong.length;
              j = t.indexOf(a, j + 1)
            )
              if (j + a.length > i) return true;
            return false;
          });
          if (!covered) fired.push(`${wrong}: …${t.slice(Math.max(0, i - 6), i + wrong.length + 6)}…`);
        }
      }
    }
    expect(fired).toEqual([]);
  });
});
