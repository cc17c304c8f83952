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
});
