import { describe, expect, it } from 'vitest';
import type { RichFinding } from '../../../lib/engine/types';
import { countSeverities, findingContext, mergeFindings } from '../../../lib/options/findings';

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

describe('test box findings', () => {
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

  it('shows a short context around the match', () => {
    expect(findingContext('据报道，北朝鲜举行活动。', { start: 4, end: 7 }, 2)).toBe('…道，【北朝鲜】举行…');
    expect(findingContext('北朝鲜', { start: 0, end: 3 })).toBe('【北朝鲜】');
  });
});
