import { describe, expect, it } from 'vitest';
import { createCorePunctuationRules, createPunctuationRules } from '../../../lib/rules/punctuation';
import { brief, runRules } from '../../helpers/check';
import { seedText } from './tables-fixture';

const rule = createPunctuationRules();
const only = (id: string, body: string, field: 'body' | 'title' = 'body') =>
  runRules(rule, field === 'body' ? body : { title: body }).filter((f) => f.ruleId === id);

describe('punctuation.duplicate', () => {
  it.each([
    ['会议结束。。下一步', '。。', ['。']],
    ['会议，，研究决定', '，，', ['，']],
    ['道路、、桥梁', '、、', ['、']],
    ['注意；；', '；；', ['；']],
    ['通知如下：：', '：：', ['：']],
    ['真的吗？？', '？？', ['？']],
    ['会议结束，。下一步', '，。', ['。', '，']],
    ['会议结束。，下一步', '。，', ['。', '，']],
    ['研究,,决定', ',,', ['，']],
    ['会议，,研究', '，,', ['，']],
    ['结束了。。。', '。。。', ['。', '……']],
    ['好的，！', '，！', ['！', '，']],
    // round 31: a full stop in both widths, a stop again after a quotation that ended its sentence
    ['会议结束.。下一步', '.。', ['。']],
    ['会议结束。 。下一步', '。 。', ['。']], // a space between does not part them
    ['他说：“要抓好落实。”。会议结束。', '。”。', ['。”']],
    ['他问：“怎么办？”。会议结束。', '？”。', ['？”']],
  ])('flags %s', (body, text, suggestions) => {
    const f = only('punctuation.duplicate', body);
    expect(brief(f)).toEqual([`punctuation.duplicate warn ${text}`]);
    expect(f[0]!.suggestions).toEqual(suggestions);
    expect(body.slice(f[0]!.start, f[0]!.end)).toBe(text);
  });

  it.each([
    '他说……然后离开了。',
    '这一点——也是最重要的一点——必须落实。',
    '太好了！！',
    '太好了！！！',
    '为什么？？？',
    '真的吗？！',
    '真的吗！？',
    'Hello,, world',
    '增长3.5个百分点，会议结束...',
    '他说：“要抓好落实。”会议结束。',
    '详见 https://example.gov.cn/a,,b 。',
    '增长3.5%，时间10:30。',
    '他说：“好。”',
    '（一）开设整合备案。',
  ])('does not flag %s', (body) => {
    expect(only('punctuation.duplicate', body)).toEqual([]);
  });
});

describe('punctuation.unpaired', () => {
  it.each([
    ['他说“你好。', '“'],
    ['他说你好”。', '”'],
    ['请阅读《通知。', '《'],
    ['请阅读通知》。', '》'],
    ['【重要通知', '【'],
    ['见附件（表一。', '（'],
    ['见附件(表一。', '('],
    ['（一）开设整合备案）。', '）'],
    ['他说‘好。', '‘'],
    ['文号为〔2019〕15号〕', '〕'],
    ['学习贯彻《条例》》精神。', '》'], // typed twice, one of them closing the title (round 31)
    ['于3月22日前通过金宏网反馈至“市政府信息公开办公室。', '“'],
  ])('flags %s', (body, mark) => {
    const f = only('punctuation.unpaired', body);
    expect(brief(f)).toEqual([`punctuation.unpaired warn ${mark}`]);
    expect(f[0]!.message).toContain(mark);
  });

  it.each([
    '1）选材标准。',
    '1)选材标准。',
    '一）工作目标',
    '十二）其他事项',
    'a) first item',
    'iv) fourth item',
    '要求如下：1）选材；2）制作。',
    '（一）开设整合备案。',
    '①选材标准。',
    '“你好”，他说。',
    '他说：“我们要‘两手抓’。”',
    '青政办字[2019]15号',
    '国办发〔2018〕123号',
    'China’s policy and the students’ view.',
    '谢谢 :)',
    '》》点击阅读原文',
    '详情请见《《',
    '访问 https://example.gov.cn/a_(b) 了解。',
    '“第一段没有结束\n“第二段也没有结束\n“最后一段结束了。”',
    '高中阶段教育（普通高中、中等职业、技工教育)、高等教育', // mixed widths still pair
    '义务教育(小学、初中）均免费。',
  ])('does not flag %s', (body) => {
    expect(only('punctuation.unpaired', body)).toEqual([]);
  });

  it('reports every orphan of a paragraph in order', () => {
    const f = only('punctuation.unpaired', '《通知”（附件');
    expect(f.map((x) => x.text)).toEqual(['《', '”', '（']);
  });

  it('pairs the marks of a title broken over two heading lines, and only there', () => {
    // 《…方案》 split over two short lines without a sentence end, as pasted from a document header.
    expect(only('punctuation.unpaired', '国务院办公厅关于印发《政府网站集约化\n试点工作方案》的通知')).toEqual([]);
    expect(
      only('punctuation.unpaired', '国务院工作规则\n（二○○四年六月十六日国务\n院第54次常务会议修订通过）'),
    ).toEqual([]);
    // Sentences are not headings: the orphans there are still reported.
    expect(brief(only('punctuation.unpaired', '请阅读《政府网站集约化。\n试点工作方案》的通知。'))).toEqual([
      'punctuation.unpaired warn 《',
      'punctuation.unpaired warn 》',
    ]);
    // A lone heading orphan with no partner line is still reported, as is a different pair.
    expect(brief(only('punctuation.unpaired', '关于印发《政府网站集约化'))).toEqual(['punctuation.unpaired warn 《']);
    expect(brief(only('punctuation.unpaired', '关于印发《政府网站集约化\n试点工作方案）的通知'))).toEqual([
      'punctuation.unpaired warn 《',
      'punctuation.unpaired warn ）',
    ]);
  });

  it('accepts a quotation opened at paragraph start only when a later-style closing paragraph exists', () => {
    expect(brief(only('punctuation.unpaired', '“这段引语没有结束'))).toEqual(['punctuation.unpaired warn “']);
    expect(only('punctuation.unpaired', '“这段引语继续到下一段\n“下一段结束。”')).toEqual([]);
    // opened after its speaker (round 35); without a closing paragraph it is still unpaired
    expect(only('punctuation.unpaired', '他说：“第一段话。\n“第二段话。\n“第三段话。”')).toEqual([]);
    expect(brief(only('punctuation.unpaired', '他说：“第一段话。\n第二段没有引号。'))).toEqual([
      'punctuation.unpaired warn “',
    ]);
  });
});

describe('punctuation.half-width', () => {
  it.each([
    ['会议,研究决定', ',', '，'],
    ['注意:请按时参加', ':', '：'],
    ['注意: 请按时参加', ': ', '：'],
    ['会议结束!', '!', '！'],
    ['这是什么?', '?', '？'],
    ['会议结束.', '.', '。'],
    ['会议结束.下一步', '.', '。'],
    ['时间;地点', ';', '；'],
    ['成文日期:2019-03-13', ':', '：'],
    ['（见附件）,请查收', ',', '，'],
  ])('flags %s', (body, text, full) => {
    const f = only('punctuation.half-width', body);
    expect(brief(f)).toEqual([`punctuation.half-width info ${text}`]);
    expect(f[0]!.suggestions).toEqual([full]);
  });

  it.each([
    '增长3.5%。',
    '上午10:30开会。',
    '比分3:2。',
    '访问http://www.gov.cn/zhengce,了解详情。',
    '邮箱abc@qd.gov.cn。',
    'Hello, world. How are you?',
    '等等...',
    '1.选材标准。',
    '他说,,好',
    '好!!',
    '真的?!',
    'Mr.张',
    '版本v1.0发布',
  ])('does not flag %s', (body) => {
    expect(only('punctuation.half-width', body)).toEqual([]);
  });
});

describe('punctuation.cjk-space', () => {
  it.each([
    ['我们在青岛 市召开会议。', '岛 市', '岛市'],
    ['如有疑问，可以通过 方式咨询相关单位。', '过 方', '过方'],
    ['会议要求各单位　认真落实。', '位　认', '位认'],
    // A document title in 书名号 has no spaces: a space there is a typing slip (slogans in quotes keep theirs).
    ['审议通过了《滨河市 公共数据管理办法》等文件。', '市 公', '市公'],
  ])('flags %s', (body, text, fix) => {
    const f = only('punctuation.cjk-space', body);
    expect(brief(f)).toEqual([`punctuation.cjk-space info ${text}`]);
    expect(f[0]!.suggestions).toEqual([fix]);
  });

  it.each([
    '主持人：王  伟。',
    '出席会议的有张三 李四 王五。',
    '省长 王凯作政府工作报告。',
    '本报记者 张三 摄。',
    '全面打响“好客山东 好品山东”品牌。',
    'Hello world。',
    '青岛 市召开会议',
    '会议 2019年召开。',
  ])('does not flag %s', (body) => {
    expect(only('punctuation.cjk-space', body)).toEqual([]);
  });

  it('does not check titles (headlines separate phrases with spaces)', () => {
    expect(only('punctuation.cjk-space', '众人热议政府工作报告 以奋勇争先之姿前行。', 'title')).toEqual([]);
  });
});

describe('punctuation rules on the seed (Qingdao 2019 notice)', () => {
  it('never blocks; warns only on the unpaired “', () => {
    const findings = runRules(rule, seedText());
    expect(findings.some((f) => f.severity === 'block')).toBe(false);
    const warns = findings.filter((f) => f.severity === 'warn');
    expect(brief(warns)).toEqual(['punctuation.unpaired warn “']);
    // The web copy uses half-width , and : throughout; they are reported as advice only.
    expect(new Set(findings.map((f) => f.ruleId))).toEqual(new Set(['punctuation.unpaired', 'punctuation.half-width']));
  });

  it('keeps offsets true to the original text', () => {
    const seed = seedText();
    for (const f of runRules(rule, seed)) expect(seed.slice(f.start, f.end)).toBe(f.text);
  });
});

describe('options and limits', () => {
  it('turns single checks off', () => {
    const r = createPunctuationRules({ halfWidth: false, cjkSpace: false, duplicate: false, unpaired: false });
    expect(runRules(r, '会议,研究。。“青岛 市。')).toEqual([]);
  });

  it('runs in the core pass as createPunctuationRules({ halfWidth: false })', () => {
    const core = createCorePunctuationRules();
    const noHalf = createPunctuationRules({ halfWidth: false });
    expect(core.rules).toBe(noHalf.rules);
    for (const body of [
      seedText(),
      '会议,研究。。“青岛 市。',
      '通知如下：：（一）请于,明天 上午“到场',
      '（'.repeat(5000),
    ]) {
      expect(runRules(core, body)).toEqual(runRules(noHalf, body));
    }
  });

  it('handles a long paragraph of orphan marks without flooding', () => {
    const f = runRules(rule, '（'.repeat(50_000));
    expect(f.length).toBeLessThanOrEqual(200);
    expect(f.length).toBeGreaterThan(0);
  });
});
