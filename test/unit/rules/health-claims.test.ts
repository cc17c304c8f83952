import { describe, expect, it } from 'vitest';
import { createHealthClaimRule } from '../../../lib/rules/health-claims';
import { brief, runRules } from '../../helpers/check';

const rule = createHealthClaimRule();
const check = (body: string) => brief(runRules(rule, body)).map((s) => s.replace('advertising.health-claim warn ', ''));

describe('advertising.health-claim', () => {
  it.each([
    [
      '活动中，公司工作人员介绍，该公司生产的灵芝孢子粉能有效抑制肿瘤、增强免疫力。',
      ['活动中，公司工作人员介绍，该公司生产的灵芝孢子粉能有效抑制肿瘤、增强免疫力'],
    ],
    ['这款理疗仪可以降血压、治失眠，老人都说好。', ['这款理疗仪可以降血压、治失眠，老人都说好']],
    ['常喝这种酵素能排毒养颜、延缓衰老。', ['常喝这种酵素能排毒养颜、延缓衰老']],
    ['该保健酒能祛风除湿、强身健体，中老年人常喝有益。', ['该保健酒能祛风除湿、强身健体，中老年人常喝有益']],
    [
      '该公司研发的净水器采用国际领先技术，能去除99.9%的细菌和重金属。',
      ['该公司研发的净水器采用国际领先技术，能去除99.9%的细菌和重金属'],
    ],
    // a food sold as a tonic; a germ-kill rate; a company's new device credited with prevention
    ['这款蜂蜜纯天然无添加，常喝能润肺止咳、增强体质。', ['这款蜂蜜纯天然无添加，常喝能润肺止咳、增强体质']],
    ['某某牌净水器除菌率99.99%，家家户户都该装一台。', ['某某牌净水器除菌率99.99%，家家户户都该装一台']],
    ['某某科技推出智能手环，可预防心脑血管疾病。', ['某某科技推出智能手环，可预防心脑血管疾病']],
    // the result first (血压、血脂明显下降), a drug replaced, an efficacy rate
    [
      '某品牌鱼油软胶囊坚持服用三个月，血压、血脂明显下降，可替代降压药。',
      ['某品牌鱼油软胶囊坚持服用三个月，血压、血脂明显下降，可替代降压药'],
    ],
    ['新引进的负离子理疗仪对失眠有显著疗效，有效率达98%。', ['新引进的负离子理疗仪对失眠有显著疗效，有效率达98%']],
    // round 36: a therapy's cure rate; an effect within days of a habit; an effect called the best
    [
      '该院引进的“三步正骨疗法”对颈椎病治愈率达98%，多数患者一次见效。',
      ['该院引进的“三步正骨疗法”对颈椎病治愈率达98%，多数患者一次见效'],
    ],
    ['每天用人参片泡水喝，坚持喝三天见效。', ['每天用人参片泡水喝，坚持喝三天见效']],
    ['林下参补气效果最好。', ['林下参补气效果最好']],
    // diseases of the heart and brain (溶解血栓, 预防脑梗); a strong cure credited as a food's virtue; a smog-removal rate
    ['某牌纳豆激酶胶囊能有效溶解血栓、预防脑梗。', ['某牌纳豆激酶胶囊能有效溶解血栓、预防脑梗']],
    ['黑枸杞富含花青素，具有抗癌、降三高的功效。', ['黑枸杞富含花青素，具有抗癌、降三高的功效']],
    ['室内可使用某牌空气净化器，除霾率高达99.9%。', ['室内可使用某牌空气净化器，除霾率高达99.9%']],
    // no product word, but the paragraph sells (a price, scarcity): whatever is sold is credited with the cure
    [
      '茶农介绍，长期饮用富硒茶能增强免疫力、防癌抗癌，今年头采新茶每斤880元，量少先到先得。',
      ['茶农介绍，长期饮用富硒茶能增强免疫力、防癌抗癌，今年头采新茶每斤880元，量少先到先得'],
    ],
    // a food taken habitually, credited with a cure, no product word and no price
    [
      '经常饮用富硒茶，能够降血压、降血糖，长期饮用还可预防癌症，是中老年朋友的养生佳品。',
      ['经常饮用富硒茶，能够降血压、降血糖，长期饮用还可预防癌症，是中老年朋友的养生佳品'],
    ],
    // round 23: steadying blood sugar, circulation, a dose that works at once
    ['这款磁疗床垫能改善血液循环，长期睡还能调理失眠。', ['这款磁疗床垫能改善血液循环，长期睡还能调理失眠']],
    ['糖友们注意了，苦瓜桑叶片能帮助稳定血糖。', ['糖友们注意了，苦瓜桑叶片能帮助稳定血糖']],
    [
      '康泰源益生菌专为肠胃虚弱的人研发，便秘、腹胀一盒见效。',
      ['康泰源益生菌专为肠胃虚弱的人研发，便秘、腹胀一盒见效'],
    ],
  ])('reports a product credited with a cure or a tonic: %s', (body, want) => {
    expect(check(body)).toEqual(want);
  });

  it.each([
    // health advice names no product
    '接种流感疫苗能有效预防流感。',
    '规律运动有助于降低血压，改善睡眠。',
    '金银花具有清热解毒的功效，坚持锻炼能强身健体。',
    '规律运动具有降低血压的作用，戴口罩具有预防病毒传播的作用。', // milder effects as a virtue: advice
    '黑枸杞具有抗癌功效吗？专家：没有科学依据。', // a question and a denial
    '多吃蔬菜水果、适量运动能增强体质。', // advice, no product
    '科技公司推出智能手环，可实时监测心率和睡眠。', // a product, no claim
    '坚持规范服药三个月后，他的血压明显下降。', // a patient's treatment, no product
    '污水处理厂出水能去除99%的有害物质。', // no product
    '这款国产抗癌新药能有效抑制肿瘤生长，已纳入国家医保目录。', // a medicine's approval is news
    '全省结核病患者治愈率达到90%以上，坚持锻炼三个月见效，这项政策一年见效。', // public-health figures, no dose
    // a question, a denial, a warning, enforcement
    '益生菌能改善便秘吗？专家提醒要理性看待。',
    '保健品不能代替药物，不能治疗疾病。',
    '不法分子谎称其保健品能根治糖尿病，骗取老人钱财。',
    '该公司宣称其产品能抑制肿瘤，涉嫌虚假宣传，已被立案调查。',
    // a cure promised with no product and no selling in the paragraph is health advice (above); with a price of a
    // public service it is still no sale
    '长期饮茶能增强免疫力。',
    '长期喝茶能增强免疫力。', // a tonic of a habit: advice
    '高血压患者要坚持服用降压药，可以有效控制血压。', // a medicine
    '健身房年卡每张1200元，每周运动3次有助于增强体质。', // advice (有助于), though the paragraph sells
    // someone's words in quotation marks
    '广告中“本品能有效预防癌症”的说法没有依据。',
    // advice that names no product
    '规律运动、控制饮食有助于稳定血糖。',
    '每天一杯牛奶能补充钙质。',
    // a warning against believing the claim (round 32)
    '健康提示：慢性病患者应在医生指导下规范用药，不要轻信保健品可以替代药物的宣传。',
  ])('stays quiet on %s', (body) => {
    expect(check(body)).toEqual([]);
  });
});
