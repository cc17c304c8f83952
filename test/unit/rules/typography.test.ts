import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../../lib/engine/types';
import { createNodeEngine } from '../../../lib/node/engine';
import type { Engine } from '../../../lib/rules/create';
import { typographyEdits } from '../../../lib/rules/typography';

const today = '2025-06-15';
const halfWidth = (fs: Finding[]) => fs.filter((f) => f.ruleId === 'punctuation.half-width');

describe('typographyEdits (aligning AutoCorrect output with the draft)', () => {
  it('ignores ideographic spaces made ASCII (names aligned in a list)', () => {
    expect(typographyEdits('组\u3000长：韩\u3000正\u3000\u3000国务院副总理', '组 长：韩 正  国务院副总理')).toEqual([]);
  });

  it('reports a swapped mark and stops where the texts no longer line up', () => {
    expect(typographyEdits('要求,落实', '要求，落实')).toEqual([
      { kind: 'width', start: 2, end: 3, replacement: '，' },
    ]);
    // an unexpected rewrite of Han characters is never reported as a punctuation edit
    expect(typographyEdits('甲,乙丙', '甲，丁丙')).toEqual([{ kind: 'width', start: 1, end: 2, replacement: '，' }]);
  });
});

describe('punctuation.half-width with the real AutoCorrect', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await createNodeEngine({});
  });
  const check = (body: string) => engine.checker.check({ platform: 'generic', body }, { today });

  it('flags half-width marks in Chinese sentences', () => {
    const fs = halfWidth(check('会议要求,各单位认真落实.'));
    expect(fs.map((f) => [f.text, f.suggestions[0]])).toEqual([
      [',', '，'],
      ['.', '。'],
    ]);
  });

  it('leaves a list of names aligned with ideographic spaces alone', () => {
    expect(
      halfWidth(check('组\u3000长：韩\u3000正\u3000\u3000国务院副总理\n副组长：王\u3000勇\u3000\u3000国务委员')),
    ).toEqual([]);
  });

  it('never underlines a Han character in real official prose', () => {
    const dir = join(import.meta.dirname, '../../../test/eval/corpus');
    const body = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n');
    const fs = halfWidth(check(body));
    expect(fs.length).toBeGreaterThan(0); // the corpus does hold half-width marks
    expect(fs.filter((f) => /[\u3400-\u9fff\u3000]/.test(f.text ?? '')).map((f) => f.text)).toEqual([]);
    // the whole corpus (227,000 characters) through AutoCorrect: allow for a busy machine running other suites
  }, 30_000);
});
