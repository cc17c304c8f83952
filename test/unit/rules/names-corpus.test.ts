import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createNameRules } from '../../../lib/rules/names';
import { parseNamesList } from '../../../lib/rules/names-schema';
import { runRules } from '../../helpers/check';
import { pinyinTable, readProjectFile, ruleLists, similarity } from './tables-fixture';

/**
 * The weakest evidence the leader-name rule accepts is "the draft names the person right elsewhere". Real prose
 * with every listed name switched on that way must stay quiet: before this test, 社会公正 read as a slip of 龚正,
 * 总理强调 as one of 李强 and 吸引力 as one of 尹力 (108 false blocks in 1.35 million characters).
 */
describe('leader names on real prose with every listed name written right in the draft', () => {
  const list = parseNamesList(JSON.parse(readProjectFile('dictionaries/names.json')));
  const rules = createNameRules(list, pinyinTable(), { titles: ruleLists().titles.words, similarity: similarity() });
  const header = `${list.people.map((p) => p.name).join('、')}等同志出席会议。\n\n`;
  const files = readdirSync(new URL('../../eval/corpus/', import.meta.url)).filter((f) => f.endsWith('.txt'));

  it('reads the committed gov.cn corpus', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('finds no leader-name slip in the prose', { timeout: 60_000 }, () => {
    const slips: string[] = [];
    for (const f of files) {
      const body = header + readProjectFile(`test/eval/corpus/${f}`);
      for (const x of runRules(rules, body, { today: '2026-12-04' })) {
        if (x.ruleId === 'typo.leader-name' && x.start >= header.length) slips.push(`${f}: ${x.text}`);
      }
    }
    expect(slips).toEqual([]);
  });
});
