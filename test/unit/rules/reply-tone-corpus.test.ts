import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import data from '../../../dictionaries/reply-tone.json';
import { createReplyPromoRule } from '../../../lib/rules/reply-promo';
import { createReplyToneRule } from '../../../lib/rules/reply-tone';
import { parseReplyTone } from '../../../lib/rules/reply-tone-schema';
import { runRules } from '../../helpers/check';
import { readProjectFile } from './tables-fixture';

/**
 * Reply tone is checked only in a reply; real prose read as a reply must stay quiet. Before this test, 回应群众关切，
 * read as the interjection 切， and 666万套 as 666 (eval:context: 44 findings in 1.35 million characters).
 */
describe('reply tone on real prose inside a reply', () => {
  const rules = [createReplyPromoRule(), createReplyToneRule(parseReplyTone(data))];
  const header = '网友留言：请问你们对这件事怎么处理？\n\n回复：您好，感谢您的留言。现将有关情况答复如下。\n\n';
  const files = readdirSync(new URL('../../eval/corpus/', import.meta.url)).filter((f) => f.endsWith('.txt'));

  it('reads the committed gov.cn corpus', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('finds nothing in the prose', { timeout: 60_000 }, () => {
    const found: string[] = [];
    for (const f of files) {
      const body = header + readProjectFile(`test/eval/corpus/${f}`);
      for (const x of runRules(rules, body)) if (x.start >= header.length) found.push(`${f}: ${x.ruleId} ${x.text}`);
    }
    expect(found).toEqual([]);
  });
});
