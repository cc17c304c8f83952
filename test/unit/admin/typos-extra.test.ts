import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDictionary } from '../../../lib/dict/load';
import { parseTyposExtra, typosExtraDictionary } from '../../../lib/dict/typos-extra';
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
