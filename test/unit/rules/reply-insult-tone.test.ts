import { describe, expect, it } from 'vitest';
import { createNodeEngine } from '../../../lib/node/engine';

/** The shipped engine (core and library passes, as the CLI runs them). */
const findings = async (body: string) => {
  const { checker } = await createNodeEngine();
  return checker.check({ platform: 'weibo', body }).map((f) => `${f.ruleId} ${f.severity} ${f.text}`);
};

describe('opinion.reply-insult-tone (companion of the insult rules)', () => {
  it('reports the sentence of an insult in a reply beside the block on the word', async () => {
    const got = await findings('回复@晴天：这种要求简直是神经病，恕不奉陪。其他问题请拨打12345。');
    expect(got).toContain('sensitive.reply-insult-word block 神经病');
    expect(got).toContain('opinion.reply-insult-tone warn 这种要求简直是神经病，恕不奉陪');
  });

  it('has nothing to add where there is no insult, or where the word is quoted', async () => {
    expect((await findings('回复@晴天：您好，您反映的问题已转交相关部门。')).join()).not.toContain('insult');
    const quoted = await findings('回复@晴天：您好，对方骂您“神经病”的情况，建议保留证据后报警。');
    expect(quoted.filter((f) => f.startsWith('opinion.reply-insult-tone'))).toEqual([]);
  });
});
