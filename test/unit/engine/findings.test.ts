import { describe, expect, it } from 'vitest';
import { bySeverity, compareFindings, countSeverities, mergeFindings } from '../../../lib/engine/findings';
import type { RichFinding } from '../../../lib/engine/types';
import { findingContext } from '../../../lib/options/findings';

const F = (
  ruleId: string,
  start: number,
  end: number,
  severity: RichFinding['severity'] = 'warn',
  field: RichFinding['field'] = 'body',
): RichFinding => ({
  ruleId,
  category: 'typo',
  severity,
  field,
  start,
  end,
  text: '',
  message: '',
  suggestions: [],
  fingerprint: `${ruleId}-${start}`,
});

describe('findings post-processing (every surface)', () => {
  it('merges core and library findings: one per rule and span, the more severe kept, sorted', () => {
    const merged = mergeFindings(
      [F('a', 5, 7), F('b', 0, 2)],
      [F('a', 5, 7, 'block'), F('c', 1, 3, 'info'), F('t', 0, 1, 'info', 'title')],
    );
    expect(merged.map((f) => `${f.field}:${f.ruleId}:${f.severity}`)).toEqual([
      'title:t:info',
      'body:b:warn',
      'body:c:info',
      'body:a:block',
    ]);
    expect(countSeverities(merged)).toEqual({ block: 1, warn: 1, info: 2 });
  });

  it('keeps the first of equally severe duplicates and orders ties deterministically', () => {
    const a = { ...F('a', 5, 7), message: 'core' };
    const b = { ...F('a', 5, 7), message: 'library' };
    expect(mergeFindings([a], [b])[0]?.message).toBe('core');
    const list = [F('z', 0, 4), F('y', 0, 2), F('x', 0, 2, 'block')];
    expect([...list].sort(compareFindings).map((f) => f.ruleId)).toEqual(['x', 'y', 'z']);
    expect(compareFindings(F('a', 0, 1), F('a', 0, 1))).toBe(0);
    expect(bySeverity([F('i', 0, 1, 'info'), F('b', 9, 10, 'block'), F('w', 3, 4)]).map((f) => f.ruleId)).toEqual([
      'b',
      'w',
      'i',
    ]);
  });

  it('one finding when two rules of a category suggest the same fix for the same words (core + library)', () => {
    const dict = { ...F('typo.zai-jie-zai-li', 15, 19), suggestions: ['再接再厉'] };
    const idiom = { ...F('typo.idiom-homophone', 15, 19), suggestions: ['再接再厉'] };
    const other = { ...F('typo.idiom-homophone', 15, 19), suggestions: ['再接再历'] };
    expect(mergeFindings([dict], [idiom]).map((f) => f.ruleId)).toEqual(['typo.zai-jie-zai-li']);
    expect(mergeFindings([dict], [{ ...idiom, severity: 'block' as const }]).map((f) => f.ruleId)).toEqual([
      'typo.idiom-homophone',
    ]);
    expect(mergeFindings([dict], [other])).toHaveLength(2);
    expect(mergeFindings([dict], [{ ...idiom, category: 'formulation' as const }])).toHaveLength(2);
  });

  it('shows a short context around the match', () => {
    expect(findingContext('据报道，北朝鲜举行活动。', { start: 4, end: 7 }, 2)).toBe('…道，【北朝鲜】举行…');
    expect(findingContext('北朝鲜', { start: 0, end: 3 })).toBe('【北朝鲜】');
  });
});
