import { describe, expect, it } from 'vitest';
import { createPlaceLevelRule } from '../../../lib/rules/place-level';
import { parseDivisions } from '../../../lib/rules/places';
import { brief, runRules } from '../../helpers/check';
import { readProjectFile, similarity } from './tables-fixture';

const rule = createPlaceLevelRule(parseDivisions(readProjectFile('dictionaries/data/divisions.txt')), similarity());
const level = (body: string) => brief(runRules(rule, body));

describe('typo.place-level: a division of the wrong level right after its province or city', () => {
  it('warns on a level the place never had (区 or 市 for a county, 区 for a city)', () => {
    expect(level('河北省石家庄市正定区发布通知。')).toEqual(['typo.place-level warn 正定区']);
    expect(level('河北正定市发布通知。')).toEqual(['typo.place-level warn 正定市']);
    expect(level('陕西省汉中区发布通知。')).toEqual(['typo.place-level warn 汉中区']);
    expect(runRules(rule, '河北省石家庄市正定区发布通知。')[0]!.suggestions).toEqual(['正定县']);
  });

  it('only notes a name one step behind (县 for a city or district, 市 for a district): it may be a former name', () => {
    expect(level('河南省郑州市金水县开展活动。')).toEqual(['typo.place-level info 金水县']);
    expect(level('陕西省汉中县发布通知。')).toEqual(['typo.place-level info 汉中县']);
    expect(level('浙江省杭州市萧山市召开会议。')).toEqual(['typo.place-level info 萧山市']);
    // 朝阳县 is a county of 辽宁省, not of 北京市
    expect(level('北京市朝阳县开展活动。')).toEqual(['typo.place-level info 朝阳县']);
  });

  it('stays quiet on right names, names of that level elsewhere in the province, former names and quotes', () => {
    expect(level('辽宁省朝阳县、辽宁省朝阳市朝阳县、北京市朝阳区、陕西省汉中市城固县。')).toEqual([]);
    expect(level('广东省原番禺县撤县设区。')).toEqual([]);
    expect(level('更正：“河北省石家庄市正定区”应为“正定县”。')).toEqual([]);
    expect(level('正定区域内的道路。正定市场。')).toEqual([]);
  });
});

describe('typo.place-parent: a division right after a province or city it does not belong to', () => {
  it('warns, naming where the place is', () => {
    expect(level('安徽省南京市中级人民法院判决如下。')).toEqual(['typo.place-parent warn 安徽省南京市']);
    expect(level('广东杭州市召开会议。')).toEqual(['typo.place-parent warn 广东杭州市']);
    expect(level('郑州市鼓楼区开展活动。')).toEqual(['typo.place-parent warn 郑州市鼓楼区']);
    expect(runRules(rule, '安徽省南京市')[0]!.message).toContain('江苏省');
  });

  it('stays quiet on the right parents, a county under its province, generic district names and former names', () => {
    expect(
      level('江苏省南京市鼓楼区、福建省福州市鼓楼区、河南省开封市鼓楼区、江苏省沛县、内蒙古自治区呼和浩特市。'),
    ).toEqual([]);
    expect(level('山西省长治市城区、四川省重庆市（今重庆市）、原安徽省南京市。')).toEqual([]);
  });
});

describe('typo.place-people: an autonomous division named with another people', () => {
  it('warns with the right name', () => {
    expect(level('河南省郑州市管城汉族区人民法院作出决定。')).toEqual(['typo.place-people warn 管城汉族区']);
    expect(runRules(rule, '管城汉族区')[0]!.suggestions).toEqual(['管城回族区']);
  });

  it('stays quiet on the right names and on peoples in other words', () => {
    expect(level('郑州市管城回族区、湖北省恩施土家族苗族自治州、云南省大理白族自治州、广西壮族自治区。')).toEqual([]);
    expect(level('管城回族群众和汉族群众共同参加活动。')).toEqual([]);
  });
});

describe('typo.place-people: an autonomous name whose peoples or level are not the real ones (round 37)', () => {
  it('names the real division for a people dropped, added, reordered, or the wrong level', () => {
    const right = (body: string) => runRules(rule, body).map((f) => `${f.text} → ${f.suggestions?.join('/')}`);
    expect(right('黔东南苗族自治州凯里市举办活动。')).toEqual(['黔东南苗族自治州 → 黔东南苗族侗族自治州']);
    expect(right('恩施苗族自治州巴东县')).toEqual(['恩施苗族自治州 → 恩施土家族苗族自治州']);
    expect(right('甘孜藏族羌族自治州康定市')).toEqual(['甘孜藏族羌族自治州 → 甘孜藏族自治州']);
    expect(right('湘西苗族土家族自治州吉首市')).toEqual(['湘西苗族土家族自治州 → 湘西土家族苗族自治州']);
    expect(right('四川省凉山彝族自治县')).toEqual(['凉山彝族自治县 → 凉山彝族自治州']);
    expect(right('伊犁哈萨克族自治州伊宁市')).toEqual(['伊犁哈萨克族自治州 → 伊犁哈萨克自治州']);
  });

  it('calls peoples reordered, dropped, added or written with a 族 the name has not a formulation, another level a slip', () => {
    expect(level('黔南苗族布依族自治州、黔东南苗族自治州、伊犁哈萨克族自治州')).toEqual([
      'formulation.autonomous-name warn 黔南苗族布依族自治州',
      'formulation.autonomous-name warn 黔东南苗族自治州',
      'formulation.autonomous-name warn 伊犁哈萨克族自治州',
    ]);
    expect(level('凉山彝族自治县')).toEqual(['typo.place-level warn 凉山彝族自治县']);
    expect(level('博尔塔拉蒙古自治州、察布查尔锡伯自治县、阿克塞哈萨克族自治县')).toEqual([]);
  });

  it('stays quiet on real names, in quotations and where the stem is no autonomous division', () => {
    expect(
      level('黔东南苗族侗族自治州、阿坝藏族羌族自治州、凉山彝族自治州、长阳土家族自治县、峨边彝族自治县。'),
    ).toEqual([]);
    expect(level('更正：“黔东南苗族自治州”应为“黔东南苗族侗族自治州”。')).toEqual([]);
    expect(level('青禾苗族自治县是虚构的地名。')).toEqual([]);
  });
});

describe('a parent one alike character off, told by the place after it (round 34)', () => {
  it('names the parent the place belongs to, after a province or a prefecture, full or bare', () => {
    expect(level('国庆假期，山西延安各革命旧址迎来参观高峰。')).toEqual(['typo.place-parent warn 山西']);
    expect(runRules(rule, '欢迎来台州姜堰溱湖。')[0]!.suggestions).toEqual(['泰州']);
    expect(runRules(rule, '台州姜堰区')[0]!.suggestions).toEqual(['泰州']);
  });

  it('is quiet on a right parent, a parent with no alike, and a name inside another word', () => {
    expect(level('国庆假期，陕西延安各革命旧址迎来参观高峰。欢迎来泰州姜堰溱湖。我们从山西太原出发。')).toEqual([]);
    expect(level('广州深圳两地联动。')).toEqual([]);
  });
});

describe('formulation.people-name: a people named one alike character off (round 34)', () => {
  it('warns on a sound- or look-alike, with the people as suggestion', () => {
    expect(level('上万名夷族群众和游客手持火把。')).toEqual(['formulation.people-name warn 夷族']);
    expect(level('布衣族群众欢度六月六。')).toEqual(['formulation.people-name warn 布衣族']);
    expect(runRules(rule, '景宁的佘族群众')[0]!.suggestions).toEqual(['畲族']);
  });

  it("warns on a people's name without its first character, and on a neighbour typed twice (round 35)", () => {
    expect(runRules(rule, '前来求职的鲜族群众如有翻译需求。')[0]!.suggestions).toEqual(['朝鲜族']);
    expect(runRules(rule, '新疆的吾尔族群众。')[0]!.suggestions).toEqual(['维吾尔族']);
    expect(runRules(rule, '前来求职的傈傈族群众。')[0]!.suggestions).toEqual(['傈僳族']);
    expect(level('朝鲜族、维吾尔族、傈僳族群众；家族企业；龙族传说。')).toEqual([]);
  });

  it('is quiet on the peoples, on words that sound like one and on 上班族-like words', () => {
    expect(level('这里居住着汉族、回族、苗族、彝族、蒙古族、维吾尔族等民族，同族兄弟，追星一族和上班族。')).toEqual([]);
    expect(level('喀喇沁左翼蒙古族自治县、海西蒙古族藏族自治州。')).toEqual([]);
  });
});

describe('typo.place-level: a league or banner whose level is written with an alike (round 34)', () => {
  it('warns on 锡林郭勒明 and keeps right names quiet', () => {
    expect(level('来自呼和浩特、包头、锡林郭勒明等地的跑团。')).toEqual(['typo.place-level warn 锡林郭勒明']);
    expect(level('阿拉善盟、锡林郭勒盟、鄂托克旗其他地区。')).toEqual([]);
  });
});
