import { describe, expect, it } from 'vitest';
import data from '../../../dictionaries/reply-tone.json';
import { createReplyPromoRule } from '../../../lib/rules/reply-promo';
import { createStance } from '../../../lib/rules/reply-stance';
import { createReplyToneRule } from '../../../lib/rules/reply-tone';
import { parseReplyTone } from '../../../lib/rules/reply-tone-schema';
import { brief, runRules } from '../../helpers/check';

const lexicons = parseReplyTone(data);
const rules = [createReplyPromoRule(), createReplyToneRule(lexicons)];
const ids = (body: string) => brief(runRules(rules, body)).map((f) => f.split(' ')[0]);
/** The stance scorer alone, before the shared guards and the other reply-tone rules. */
const stance = createStance(lexicons);
const scored = (t: string) => stance.scan(t, 0, t.length).map((h) => `${h.ruleId} ${t.slice(h.s, h.e)}`);

describe('reply stance: cues scored together', () => {
  it('fires on a derogatory word said of the citizen with a degree word', () => {
    expect(scored('你们这伙人也太狡猾了，材料一改再改。')).toContain('opinion.reply-stance 你们这伙人也太狡猾');
    expect(ids('回复@某网友：楼主这么狡猾，谁知道说的是不是真的。')).toContain('opinion.reply-stance');
  });

  it('does not fire on one weak cue alone', () => {
    // a negative word about the matter, not the person, with no second cue
    expect(scored('您反映的收费问题，我们认为吝啬鬼一说并不准确。')).toEqual([]);
    // a rhetorical marker alone
    expect(scored('难道这项政策没有例外吗？')).toEqual([]);
    // an imperative without a word of excess: 别 + a verb of bothering is not enough
    expect(scored('您别着急，我们正在处理。')).toEqual([]);
    // sarcasm marker alone
    expect(scored('哈哈，今天的活动很热闹。')).toEqual([]);
  });

  it('fires on two cues of different kinds', () => {
    // rhetorical question put to the citizen + question mark
    expect(scored('您又不是第一天来办事，这还不清楚？')).not.toEqual([]);
    // the matter made small + a citizen action
    expect(scored('路边掉了个井盖这种事也要打热线，真是的。')).not.toEqual([]);
  });

  it('keeps polite forms quiet', () => {
    for (const body of [
      '回复：您好，您反映的问题已转交区住建局，请耐心等待。',
      '回复：感谢您的留言，如有疑问请拨打12345热线。',
      '答复：您好，建议您携带身份证到窗口办理，谢谢理解。',
      '回复：请您不要轻信非官方渠道的消息，以政府网站公告为准。',
    ])
      expect(ids(body)).toEqual([]);
  });

  it('reads neither quotes, a citizen message, nor reported speech', () => {
    expect(ids('回复：您好，您说我们“这么愚昧”，我们接受监督。')).toEqual([]);
    expect(ids('网友：你们这伙人真是太狡猾了！\n回复：您好，已转交有关部门核实。')).toEqual([]);
    expect(ids('回复：某局工作人员回复称“你这么狡猾谁信”，已被通报批评。')).toEqual([]);
  });

  it('needs a reply context for a reply', () => {
    expect(ids('你们这伙人也太狡猾了。')).not.toContain('opinion.reply-stance');
  });
});

describe('opinion stance: the account itself with a feeling or a verdict', () => {
  it('fires on the account with a feeling and a degree word or an exclamation', () => {
    expect(ids('看到河道里又漂满了垃圾，我们心里真不是滋味。')).toContain('opinion.voice-stance');
    expect(scored('暴雨冲毁了新修的步道，小编心里那个憋屈啊！')).toContain('opinion.voice-stance 小编心里那个憋屈');
  });

  it('fires on a judged group with a verdict word', () => {
    expect(scored('那些占道经营的摊贩真是一点公德心都没有！')).toEqual([
      'opinion.voice-stance 那些占道经营的摊贩真是一点公德心',
    ]);
  });

  it('keeps official formulas, plans and reported feelings quiet', () => {
    for (const body of [
      '我们深感痛心，向遇难者家属表示慰问。',
      '我们将坚决依法处理，绝不姑息。',
      '游客表示：排了两小时队，心里很憋屈。',
      '我市持续整治占道经营，对情节恶劣的依法处罚。',
    ])
      expect(ids(body)).toEqual([]);
  });
});

describe('reply context from the layout of a reply post', () => {
  it('reads 回应：, 【回复】 and a government body answering a citizen as the account', () => {
    expect(ids('回应：这么点小事都来投诉，你是没事干吗？')).not.toEqual([]);
    expect(ids('【网友留言】小区门口路灯坏了。\n【回复】这么点小事都来投诉，你是没事干吗？')).not.toEqual([]);
    expect(ids('留言：小区门口路灯坏了。\n区城管局：这么点小事都来投诉，你是没事干吗？')).not.toEqual([]);
  });
});
