import { describe, expect, it } from 'vitest';
import { formatFailure, runExamples } from '../../lib/dict/examples';
import type { Dictionary } from '../../lib/engine/dictionary/schema';
import { loadBuiltinData } from '../../lib/node/builtin';
import { createNodeEngine } from '../../lib/node/engine';

const data = loadBuiltinData();
const dicts = data.dictionaries as Dictionary[];

describe('built-in dictionaries', () => {
  it('every entry has a source and, when it denies something, at least one hit example', () => {
    for (const d of dicts) {
      for (const e of d.entries) {
        expect(e.source.length, `${d.id}/${e.id}`).toBeGreaterThan(0);
        if (e.terms.length || e.pattern) expect(e.examples.hit.length, `${d.id}/${e.id}`).toBeGreaterThan(0);
      }
    }
  });

  it.each(dicts.map((d) => [d.id, d] as const))('%s: every example triggers (or not) as it says', async (_id, d) => {
    const { checker } = await createNodeEngine();
    const { total, failures } = runExamples([d], checker);
    expect(failures.map(formatFailure)).toEqual([]);
    if (d.entries.some((e) => e.terms.length)) expect(total).toBeGreaterThan(0);
  });
});
