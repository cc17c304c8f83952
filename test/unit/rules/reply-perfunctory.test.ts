import { describe, expect, it } from 'vitest';
import { createReplyPerfunctoryRule } from '../../../lib/rules/reply-perfunctory';
import { runRules } from '../../helpers/check';

const rule = createReplyPerfunctoryRule();
const spans = (body: string) => runRules(rule, { body }).map((f) => `${f.ruleId} ${f.severity} ${f.text}`);

describe('opinion.reply-perfunctory: a reply of courtesy and a promise to handle it "by the rules"', () => {
  it.each([
    [
      '诉求内容：小区南门外的路灯已经坏了一个多月，至今无人修理。\n办理结果：已收到，按规定办理。\n承办单位：县城市管理局',
      '已收到，按规定办理',
    ],
    [
      '来信内容：路口的路灯坏了一个多月，请问什么时候能修好？\n答复：您好！您反映的问题已收悉。我单位高度重视，将按照相关规定研究处理。感谢您对我们工作的关注和支持。\n市城市管理局',
      '我单位高度重视，将按照相关规定研究处理',
    ],
    [
      '网友留言：学校门口早高峰拥堵严重。\n回复：您好，已转相关部门处理，请耐心等待。',
      '您好，已转相关部门处理，请耐心等待',
    ],
    ['回复：您好，您反映的问题已收悉。', '您好，您反映的问题已收悉'],
    [
      '答复：尊敬的网友，您好！您的留言我们已收悉，对您反映的问题，我们将按照有关规定和程序进行处理，处理结果将适时反馈，请您耐心等待，谢谢！',
      '您的留言我们已收悉，对您反映的问题，我们将按照有关规定和程序进行处理，处理结果将适时反馈，请您耐心等待，谢谢',
    ],
  ])('warns on %s', (body, span) => {
    expect(spans(body)).toEqual([`opinion.reply-perfunctory warn ${span}`]);
  });

  it.each([
    // what was checked, done and by when
    '网友留言：路灯坏了。\n回复：您好，经现场核实，该处2盏路灯线路故障，我局已安排维修，将于6月25日前修复。',
    '答复：您好！您反映的问题已收悉。经核查，该路段施工已于5月停止，我局将按照相关规定对施工单位处罚，联系电话0571-12345。',
    // the substance in the next paragraph
    '回复：您好，您反映的问题已收悉，将按规定办理。\n经现场查看，小区南门路灯因线路老化损坏，已于3月2日更换。',
    // no reply label: a notice about the rules
    '各单位要按照相关规定办理，确保工作落实。',
    // thanks alone
    '回复：谢谢您的建议！',
    // a reply that explains a rule
    '回复：根据《居住证暂行条例》，申领居住证需在居住地居住半年以上，可按规定办理。',
  ])('leaves %s alone', (body) => {
    expect(spans(body)).toEqual([]);
  });
});
