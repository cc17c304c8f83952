import { describe, expect, it } from 'vitest';
import data from '../../../dictionaries/reply-tone.json';
import { createReplyPromoRule } from '../../../lib/rules/reply-promo';
import { createReplyToneRule } from '../../../lib/rules/reply-tone';
import { parseReplyTone } from '../../../lib/rules/reply-tone-schema';
import {
  createToneModel,
  hasVoiceCue,
  MAX_MODEL_SENTENCE,
  replyRead,
  salesRead,
  toneFeatures,
} from '../../../lib/rules/tone-model';
import { brief, runRules } from '../../helpers/check';

const lexicons = parseReplyTone(data);
const model = lexicons.toneModel!;
const rules = [createReplyPromoRule(), createReplyToneRule(lexicons)];
const modelHits = (body: string) => brief(runRules(rules, body)).filter((f) => f.startsWith('opinion.reply-model'));

describe('tone model features', () => {
  it('reads 1- to 3-grams once each, with the edges marked and an opening greeting left out', () => {
    const f = toneFeatures('您好，等着吧等着吧');
    expect(f).toContain('^等着');
    expect(f).toContain('吧$');
    expect(f).toContain('等着吧');
    expect(f).not.toContain('您');
    expect(new Set(f).size).toBe(f.length);
  });

  it('folds digits, Latin case and full-width punctuation', () => {
    expect(toneFeatures('打12345！')).toEqual(toneFeatures('打 67890!'));
    expect(toneFeatures('SB')).toEqual(toneFeatures('sb'));
  });

  it('scores as the logistic function of the bias plus the weights of the features (packed keys agree)', () => {
    const m = createToneModel(model);
    for (const s of ['路灯坏了又不是什么大事，过几天自然有人修。', '您好，已转交区住建局办理。', '爱办不办！']) {
      const z = toneFeatures(s).reduce(
        (acc, f) => acc + ((model.weights as Record<string, number>)[f] ?? 0),
        model.bias,
      );
      expect(m.score(s)).toBeCloseTo(1 / (1 + Math.exp(-z)), 10);
    }
  });

  it('reads only sentences short enough for its n-grams to weigh (any wording: the model keeps polite ones quiet)', () => {
    expect(replyRead('这事你就别管了。')).toBe(true);
    expect(replyRead('这种事也值得投诉，推三阻四的人多了去了。')).toBe(true);
    expect(replyRead(`你${'啊'.repeat(MAX_MODEL_SENTENCE)}`)).toBe(false);
  });
});

describe("the models' gates (round 31)", () => {
  it('reads 真 and 太 of degree, not of a name or a word', () => {
    expect(hasVoiceCue('这里的风景真美啊！')).toBe(true);
    expect(hasVoiceCue('这届年轻人真是太让人操心了。')).toBe(true);
    expect(hasVoiceCue('山上的玉真公主墓、太白独坐楼吸引了不少游客。')).toBe(false);
    expect(hasVoiceCue('各单位认真落实，太阳能路灯全部点亮。')).toBe(false);
  });

  it('does not read a sentence about the past as a sale', () => {
    expect(salesRead('过去，这段土路一到雨天就泥泞不堪，村里的猕猴桃要靠人挑出去卖。')).toBe(false);
    expect(salesRead('村里的猕猴桃今天开卖，欢迎大家下单。')).toBe(true);
    // a 文旅 guide's heading and shops in general (round 31)
    expect(salesRead('美食推荐：皖北饮食以面食为主，口味偏咸香。')).toBe(false);
    // 买 of a Uyghur name (round 37)
    expect(salesRead('蒙古族牧民巴特尔和维吾尔族邻居艾买提做了二十年邻居。')).toBe(false);
    expect(salesRead('买买提大叔家的葡萄今年丰收了，欢迎来买。')).toBe(true);
    expect(salesRead('不少老店开在街巷深处，早上去能感受到最地道的烟火气。')).toBe(false);
    expect(salesRead('这家老店的牛肉馍外皮焦脆，推荐大家去尝尝。')).toBe(true);
  });
});

describe('opinion.reply-model', () => {
  it.each(model.examples!.hit)('fires on %s', (body) => {
    expect(modelHits(body)).not.toEqual([]);
  });

  it.each(model.examples!.pass)('stays quiet on %s', (body) => {
    expect(modelHits(body)).toEqual([]);
  });

  it('needs a draft labelled as a reply', () => {
    expect(modelHits('路灯坏了又不是什么大事，过几天自然有人修。')).toEqual([]);
  });

  it('reads a paragraph that opens as a reply to a citizen, without a label', () => {
    const reply = '您好，您反映的路灯问题已收悉。路灯坏了又不是什么大事，过几天自然有人修。';
    expect(modelHits(reply)).not.toEqual([]);
    expect(modelHits('感谢您的留言。路灯坏了又不是什么大事，过几天自然有人修。')).not.toEqual([]);
    // 您好 before an invitation is no reply
    expect(modelHits('您好，欢迎关注本号。路灯坏了又不是什么大事，过几天自然有人修。')).toEqual([]);
  });

  it('does not read policy prose a reply quotes (words of exhortation, no 你/您), nor a citizen named in quotes', () => {
    const frame = '网友留言：请问你们对这件事怎么处理？\n\n回复：您好，感谢您的留言。';
    expect(
      modelHits(`${frame}我们这样一个人口大国，必须践行好大农业观、大食物观，始终把饭碗牢牢端在自己手上。`),
    ).toEqual([]);
    // the citizen's message, after a label holding a quoted name, is not the reply's voice
    expect(modelHits('网友“老街坊”留言：物业说没有，街道说有，到底听谁的？\n\n回复：您好，补贴标准见附件。')).toEqual(
      [],
    );
    expect(modelHits('回复：路灯坏了又不是什么大事，过几天自然有人修。')).not.toEqual([]);
  });

  it('does not read the title of a labelled reply (the article is titled, not the citizen answered)', () => {
    const body = '回复：路灯坏了又不是什么大事，过几天自然有人修。';
    const title = '路灯坏了又不是什么大事，过几天自然有人修';
    const hits = brief(runRules(rules, { title, body })).filter((f) => f.startsWith('opinion.reply-model'));
    expect(hits).toEqual([`opinion.reply-model warn ${title}`]);
    expect(runRules(rules, { title, body }).filter((f) => f.field === 'title')).toEqual([]);
  });

  it('is not read without a model, and yields to a listed shape on the same sentence', () => {
    const { toneModel: _, ...withoutModel } = lexicons;
    const bare = [createReplyPromoRule(), createReplyToneRule(withoutModel)];
    expect(brief(runRules(bare, model.examples!.hit[0]!))).toEqual([]);
    expect(modelHits('回复：这个事情你就别管了，等着吧。')).toEqual([]);
  });
});
