import { describe, expect, it } from 'vitest';
import { Checker } from '../../../lib/engine/checker';
import { type DocumentRule, type ParagraphRule, WITH_AUTHOR } from '../../../lib/engine/rule';
import type { Draft } from '../../../lib/engine/types';

/** A paragraph rule that flags every "错" and counts how often it runs. */
function spyRule() {
  const calls: string[] = [];
  const rule: ParagraphRule = {
    kind: 'paragraph',
    rules: [{ id: 'typo.cuo', category: 'typo', severity: 'warn', message: '“{text}”是示例错误。' }],
    check(p, sink) {
      calls.push(p.text);
      for (let i = p.text.indexOf('错'); i >= 0; i = p.text.indexOf('错', i + 1)) {
        sink.report({ ruleId: 'typo.cuo', start: i, end: i + 1 });
      }
      if (p.text.includes('商城')) sink.signal('commercial');
    },
  };
  return { rule, calls };
}

const draft = (body: string, extra: Partial<Draft> = {}): Draft => ({ platform: 'wechat', body, ...extra });

describe('incremental checking', () => {
  it('re-checks only the paragraphs that changed', () => {
    const { rule, calls } = spyRule();
    const c = new Checker([rule]);
    const paras = Array.from({ length: 50 }, (_, i) => `第${i}段，没有问题。`);
    c.check(draft(paras.join('\n')));
    expect(calls).toHaveLength(50);
    calls.length = 0;
    paras[17] = '第17段，有错。';
    const f = c.check(draft(paras.join('\n')));
    expect(calls).toEqual(['第17段，有错。']);
    expect(f).toHaveLength(1);
    expect(f[0]!.start).toBe(paras.slice(0, 17).join('\n').length + 1 + 6);
  });

  it('gives identical findings with a warm and a cold cache', () => {
    const { rule } = spyRule();
    const warm = new Checker([rule]);
    const text = '错一\n二错\n\n错错';
    warm.check(draft(text));
    const cold = new Checker([spyRule().rule]);
    expect(warm.check(draft(`${text}\n新增`))).toEqual(cold.check(draft(`${text}\n新增`)));
  });

  it('treats CRLF and CR as paragraph breaks with offsets into the original text', () => {
    const { rule } = spyRule();
    const text = '好\r\n错\r错';
    const f = new Checker([rule]).check(draft(text));
    expect(f.map((x) => x.start)).toEqual([3, 5]);
    for (const x of f) expect(text.slice(x.start, x.end)).toBe('错');
  });
});

describe('the author line', () => {
  it('is read only by the rules that ask for it in their fields', () => {
    const prose = spyRule();
    const names = spyRule();
    const withAuthor: ParagraphRule = { ...names.rule, fields: WITH_AUTHOR };
    const c = new Checker([prose.rule, withAuthor]);
    const f = c.check(draft('正文没有错。', { title: '标题', author: '错别字作者' }));
    expect(prose.calls).toEqual(['标题', '正文没有错。']);
    expect(names.calls).toEqual(['标题', '错别字作者', '正文没有错。']);
    expect(f.filter((x) => x.field === 'author').map((x) => x.start)).toEqual([0]);
  });
});

describe('rule settings', () => {
  const { rule } = spyRule();
  const c = new Checker([rule]);
  it('changes severity by rule id or category, rule id first', () => {
    expect(c.check(draft('错'), { rules: { typo: 'info' } })[0]!.severity).toBe('info');
    expect(c.check(draft('错'), { rules: { typo: 'info', 'typo.cuo': 'block' } })[0]!.severity).toBe('block');
  });
  it('turns a rule or a category off', () => {
    expect(c.check(draft('错'), { rules: { 'typo.cuo': 'off' } })).toEqual([]);
    expect(c.check(draft('错'), { rules: { typo: 'off' } })).toEqual([]);
  });
  it('fills the message template with the matched text', () => {
    expect(c.check(draft('错'))[0]!.message).toBe('“错”是示例错误。');
  });
});

describe('ignoring a finding by fingerprint', () => {
  const { rule } = spyRule();
  const c = new Checker([rule]);
  it('survives unrelated edits and stops matching when the sentence changes', () => {
    const before = c.check(draft('开头。\n这里有个错字。'));
    const ignored = new Set([before[0]!.fingerprint]);
    expect(c.check(draft('开头改了很多内容。\n新段落。\n这里有个错字。'), { ignored })).toEqual([]);
    expect(c.check(draft('开头。\n那里有个错字。'), { ignored })).toHaveLength(1);
  });
});

describe('document signals and requirements', () => {
  const gated: ParagraphRule = {
    kind: 'paragraph',
    rules: [{ id: 'advertising.best', category: 'advertising', severity: 'warn', message: '绝对化用语' }],
    check(p, sink) {
      const i = p.text.indexOf('最好');
      if (i >= 0)
        sink.report({
          ruleId: 'advertising.best',
          start: i,
          end: i + 2,
          requires: [{ signal: 'commercial', present: true }],
        });
    },
  };
  const linkSignal: DocumentRule = {
    kind: 'document',
    rules: [],
    signals: (d) => (d.links?.some((l) => l.href.includes('shop')) ? ['commercial'] : []),
    check() {},
  };
  it('keeps a candidate only when the required signal is present anywhere in the draft', () => {
    const c = new Checker([spyRule().rule, gated, linkSignal]);
    expect(c.check(draft('最好的服务'))).toEqual([]);
    expect(c.check(draft('最好的服务\n欢迎光临商城')).map((f) => f.ruleId)).toEqual(['advertising.best']);
    const links = [{ href: 'https://shop.example.com/', start: 0, end: 2 }];
    expect(c.check(draft('最好的服务', { links })).map((f) => f.ruleId)).toEqual(['advertising.best']);
  });
});

describe('robustness', () => {
  it('a throwing rule does not stop the others', () => {
    const broken: ParagraphRule = {
      kind: 'paragraph',
      rules: [{ id: 'typo.broken', category: 'typo', severity: 'warn', message: 'x' }],
      check() {
        throw new Error('boom');
      },
    };
    const err = console.error;
    console.error = () => {};
    try {
      const f = new Checker([broken, spyRule().rule]).check(draft('错'));
      expect(f.map((x) => x.ruleId)).toEqual(['typo.cuo']);
    } finally {
      console.error = err;
    }
  });
  it('drops candidates whose offsets fall outside the paragraph', () => {
    const bad: ParagraphRule = {
      kind: 'paragraph',
      rules: [{ id: 'typo.bad', category: 'typo', severity: 'warn', message: 'x' }],
      check(_p, sink) {
        sink.report({ ruleId: 'typo.bad', start: 5, end: 50 });
        sink.report({ ruleId: 'typo.bad', start: 2, end: 2 });
      },
    };
    expect(new Checker([bad]).check(draft('短文本'))).toEqual([]);
  });
  it('checks title and digest as well as the body, in field order', () => {
    const f = new Checker([spyRule().rule]).check(draft('错', { title: '错', digest: '错' }));
    expect(f.map((x) => x.field)).toEqual(['title', 'digest', 'body']);
  });
});

describe('duplicates across rules', () => {
  const rule = (id: string, suggestions: string[]): ParagraphRule => ({
    kind: 'paragraph',
    rules: [{ id, category: 'typo', severity: id.endsWith('strong') ? 'block' : 'warn', message: id }],
    check(p, sink) {
      const i = p.text.indexOf('再接再励');
      if (i >= 0) sink.report({ ruleId: id, start: i, end: i + 4, suggestions });
    },
  });
  it('two rules of one category suggesting the same fix for the same words give one finding (the stronger)', () => {
    const f = new Checker([rule('typo.a', ['再接再厉']), rule('typo.strong', ['再接再厉'])]).check(draft('要再接再励'));
    expect(f.map((x) => `${x.ruleId}:${x.severity}`)).toEqual(['typo.strong:block']);
  });
  it('rules that say different things about the same words are both kept', () => {
    const f = new Checker([rule('typo.a', ['再接再厉']), rule('typo.b', [])]).check(draft('要再接再励'));
    expect(f.map((x) => x.ruleId).sort()).toEqual(['typo.a', 'typo.b']);
  });
});

describe('fallback readings', () => {
  const model: ParagraphRule = {
    kind: 'paragraph',
    rules: [{ id: 'opinion.model', category: 'opinion', severity: 'warn', message: 'model' }],
    check(p, sink) {
      sink.report({ ruleId: 'opinion.model', start: 0, end: p.text.length, fallback: true });
    },
  };
  const listed = (category: 'opinion' | 'typo'): ParagraphRule => ({
    kind: 'paragraph',
    rules: [{ id: `${category}.listed`, category, severity: 'warn', message: 'listed' }],
    check(p, sink) {
      const i = p.text.indexOf('太让人');
      if (i >= 0) sink.report({ ruleId: `${category}.listed`, start: i, end: i + 3 });
    },
  });
  const ids = (rules: ParagraphRule[], body: string) =>
    new Checker(rules)
      .check(draft(body))
      .map((f) => f.ruleId)
      .sort();

  it('a fallback finding yields to another rule of its category covering half its words or more', () => {
    expect(ids([model, listed('opinion')], '太让人操心了')).toEqual(['opinion.listed']);
    // a long sentence the listed rule explains only in part keeps the model's reading too
    expect(ids([model, listed('opinion')], '这届年轻人真是太让人操心了')).toEqual(['opinion.listed', 'opinion.model']);
    // round 30: covered more than half, but with more than eight characters left over (a second fault may sit there)
    const listedLong: ParagraphRule = {
      kind: 'paragraph',
      rules: [{ id: 'opinion.listed', category: 'opinion', severity: 'warn', message: 'listed' }],
      check(p, sink) {
        sink.report({ ruleId: 'opinion.listed', start: 0, end: Math.ceil(p.text.length * 0.6) });
      },
    };
    expect(ids([model, listedLong], '一二三四五六七八九十一二三四五六七八九十一二三')).toEqual([
      'opinion.listed',
      'opinion.model',
    ]);
    expect(ids([model, listedLong], '一二三四五六七八九十')).toEqual(['opinion.listed']);
  });
  it('but not to another category, and stands alone where nothing else is found', () => {
    expect(ids([model, listed('typo')], '这届年轻人真是太让人操心了')).toEqual(['opinion.model', 'typo.listed']);
    expect(ids([model, listed('opinion')], '这届年轻人真是操心')).toEqual(['opinion.model']);
  });
});

describe('correction notices', () => {
  it('do not report the wrong form they quote as corrected, but a quoted slip elsewhere still counts', () => {
    const { rule } = spyRule();
    const c = new Checker([rule]);
    const texts = (body: string) => c.check(draft(body)).map((f) => f.text);
    expect(texts('更正：昨日信息中“错字”一处有误，应为“对字”。特此更正。')).toEqual([]);
    expect(texts('勘误：第三段“写错”系笔误。')).toEqual([]);
    expect(texts('海报上写着“错字”，大家都看见了。')).toEqual(['错']);
    expect(texts('更正：昨日信息中错字一处有误。')).toEqual(['错']); // not quoted: the notice repeats the slip
  });
});

describe('companion findings', () => {
  /** "骂" is a block-level word whose companion is a warn on its sentence; quoted, it is only info. */
  const rules = (): ParagraphRule => ({
    kind: 'paragraph',
    rules: [
      { id: 'sensitive.ma', category: 'sensitive', severity: 'block', message: '骂', companion: 'opinion.tone' },
      { id: 'opinion.tone', category: 'opinion', severity: 'warn', message: '语气' },
    ],
    check(p, sink) {
      for (let i = p.text.indexOf('骂'); i >= 0; i = p.text.indexOf('骂', i + 1)) {
        const quoted = p.text[i - 1] === '“';
        sink.report({ ruleId: 'sensitive.ma', start: i, end: i + 1, ...(quoted ? { severity: 'info' as const } : {}) });
      }
    },
  });

  it('reports the companion on the sentence around the finding, after a reply label', () => {
    const body = '回复@网友：您好。你这是骂人吧，别再问了！后面没事。';
    const f = new Checker([rules()]).check(draft(body));
    expect(f.map((x) => [x.ruleId, x.text])).toEqual([
      ['opinion.tone', '你这是骂人吧，别再问了'],
      ['sensitive.ma', '骂'],
    ]);
  });

  it('has none for an info-level finding, nor when the companion rule is off', () => {
    expect(new Checker([rules()]).check(draft('他说“骂人不对”。')).map((x) => x.ruleId)).toEqual(['sensitive.ma']);
    const off = new Checker([rules()]).check(draft('你这是骂人。'), { rules: { 'opinion.tone': 'off' } });
    expect(off.map((x) => x.ruleId)).toEqual(['sensitive.ma']);
  });
});
