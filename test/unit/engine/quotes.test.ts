import { describe, expect, it } from 'vitest';
import { quotedRanges } from '../../../lib/engine/text/segment';

const quoted = (p: string) => quotedRanges(p).map((r) => p.slice(r.start, r.end));

describe('quotedRanges (the one quote semantics: rules read it as Paragraph.quotes)', () => {
  it('reads paired quotation marks and leaves an unpaired one quoting nothing', () => {
    expect(quoted('他说：“我们到了。”然后‘离开’。')).toEqual(['“我们到了。”', '‘离开’']);
    expect(quoted('一带一路”战略')).toEqual([]);
  });

  it('reads a Weibo mention ended by a colon, a space, a bracket or the end as quoted (a chosen name)', () => {
    expect(quoted('回复@不服来辩：我们发布的是官方通报。')).toEqual(['@不服来辩']);
    expect(quoted('感谢@青年_Li-2024 的建议')).toEqual(['@青年_Li-2024']);
    expect(quoted('转发自@人民日报')).toEqual(['@人民日报']);
  });

  it('does not read an e-mail address or a run-on @ as a mention', () => {
    expect(quoted('联系邮箱abc@qq.com，欢迎来信')).toEqual([]);
    expect(quoted('@人民日报发布了消息，吃相难看')).toEqual([]);
  });
});
