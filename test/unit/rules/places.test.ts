import { describe, expect, it } from 'vitest';
import { createPlaceRule, parseDivisions, parsePlaceVariants, shortForms, shortName } from '../../../lib/rules/places';
import { brief, runRules } from '../../helpers/check';
import { readProjectFile, ruleLists, seedText, similarity } from './tables-fixture';

const divisions = parseDivisions(readProjectFile('dictionaries/data/divisions.txt'));
const rule = createPlaceRule(divisions, similarity(), ruleLists().places.others);

describe('typo.place-name (administrative divisions)', () => {
  it('reads the GB/T 2260 table: codes and full names with a suffix', () => {
    expect(divisions.length).toBeGreaterThan(3000);
    expect(divisions).toContainEqual({ code: '110108', name: '海淀区' });
  });

  it.each([
    ['齐齐哈市政府发布通知', '齐齐哈市', '齐齐哈尔市', '缺少“尔”字'],
    ['内蒙古呼和特市', '呼和特市', '呼和浩特市', '缺少“浩”字'],
    ['北京市海甸区', '海甸区', '海淀区', '“甸”应为“淀”'],
    ['山东省信阳县', '信阳县', '阳信县', '顺序颠倒'],
    ['新疆青禾县', '青禾县', '青河县', '“禾”应为“河”'],
    ['广东省委书记到竭阳市调研', '竭阳市', '揭阳市', '“竭”应为“揭”'], // after a verb of place, the province named
    ['调研组一行赴航州市开展调研。', '航州市', '杭州市', '“航”应为“杭”'], // a prefecture-level city: no province needed
    ['来源：吴湖市人民政府', '吴湖市', '芜湖市', '“吴”应为“芜”'],
    ['福建山明、龙岩等地有雨。', '山明', '三明', '“山”应为“三”'], // s/sh after the province, a list item
    ['广西兰宁、柳州等地有雨。', '兰宁', '南宁', '“兰”应为“南”'], // n/l
    ['冰州市沾化区农技人员深入枣园。', '冰州市', '滨州市', '“冰”应为“滨”'], // in/ing, its own district after it
    ['调研组一行赴光寿市开展调研。', '光寿市', '寿光市', '顺序颠倒'], // a swap needs no province either
    ['调研组一行赴灵壁县开展调研。', '灵壁县', '灵璧县', '“壁”应为“璧”'], // nor does a look-alike
    ['考察团赴枣壮市学习交流。', '枣壮市', '枣庄市', '“壮”应为“庄”'], // tone aside: an input method's homophone
    // a prefecture right after its province, without a suffix
    ['河南络阳牡丹文化节开幕。', '络阳', '洛阳', '“络”应为“洛”'],
    ['河南省阳洛牡丹文化节开幕。', '阳洛', '洛阳', '顺序颠倒'],
    ['广东汕投特区建设', '汕投', '汕头', '“投”应为“头”'],
    // a county after a verb of going, the only division one sound-alike (tones aside) or look-alike off: no province
    // needed (an invented example county that sounds like a real one is reported too: 赴青禾县 → 青河县)
    ['调研组一行赴和填县开展调研。', '和填县', '和田县', '“填”应为“田”'],
    ['督导组前往昔杨县检查防汛工作。', '昔杨县', '昔阳县', '“杨”应为“阳”'],
    ['考察团抵达麻逞市。', '麻逞市', '麻城市', '“逞”应为“城”'],
    ['调研组赴青禾县调研。', '青禾县', '青河县', '“禾”应为“河”'],
    // a character typed in that repeats or sounds like the one before it (round 31)
    ['石阡仟县按照这一要求，一手抓茶园管护。', '石阡仟县', '石阡县', '多了“仟”字'],
    // a division of the same prefecture right before it in a list (round 33)
    ['文艺志愿者走进兴义市、晴龙县的安置点。', '晴龙县', '晴隆县', '“龙”应为“隆”'],
    ['文艺志愿者走进晴龙县、兴义市的安置点。', '晴龙县', '晴隆县', '“龙”应为“隆”'],
    // the short form of an autonomous prefecture is a real name, and a prefecture after punctuation (round 33)
    ['暑假来了，临厦州教育局提醒各位家长。', '临厦州', '临夏州', '“厦”应为“夏”'],
  ])('warns on %s', (body, text, name, detail) => {
    const f = runRules(rule, body);
    expect(brief(f)).toEqual([`typo.place-name warn ${text}`]);
    expect(f[0]!.suggestions).toEqual([name]);
    expect(f[0]!.message).toContain(detail);
  });

  it.each([
    '北京市海淀区、朝阳区和广东省汕头市潮阳区',
    '杭州市西湖区',
    '青禾县是一个虚构的县。', // a name one sound away from a real county, without its province
    '青禾县召开会议，县长讲话。', // no verb of going before a county one sound off: its province is needed
    '走访了余杭区、青禾县的几个村。', // a list, but 余杭区 is of another prefecture than 青河县's
    '走访了青禾县、余杭区的几个村。',
    '考察团赴吴中区、武汉市学习交流。', // real names: a district of Suzhou, a city
    '在大城市工作，到各城市考察。',
    '增加110万套，把城市危房改造纳入棚改范围；在全国大、中城市办好服务公司。', // a look-alike needs 到/赴/在
    '推进城市更新，建设韧性城市，统筹城乡区域发展。',
    '大中城市和台东县、花莲县',
    '甘肃省天祝县', // short form of 天祝藏族自治县
    '日本福冈县',
    '山东省阳新县', // a real county (of Hubei): never a slip
    '在泾县参观宣纸文化园，从泾县往东南是旌德县。', // 从 + 泾县, no slip of 从江县 (round 31)
    '秭归县茅坪镇县城部分区域将暂停供水。', // 茅坪镇 + 县城, no swap of 镇坪县
    '平乡县童车产业兴旺，走进县城的一家童车企业。', // 县城 after a verb of going is a word, not 宣城
    '河南洛阳牡丹文化节开幕。',
    '陕西省杨凌农业高新技术产业示范区', // a county-level slip after a province stays unread: 杨凌 is real beside 杨陵区
    '河南全省各地',
    '湖北阳新县', // a real county right after its province
    '经县城市管理局核实，路灯已修复。', // 县 + 城市管理局, not 宣城市
    '福建山区多雨，广西南宁、柳州有雨。', // real words and names after the province
    '滨州市沾化区农技人员深入枣园。',
    '8月5日，禾州市老城片区改造启动。', // an invented city after a comma, one tone from 贺州市
  ])('leaves %s alone', (body) => {
    expect(runRules(rule, body)).toEqual([]);
  });

  it('reads 山西省 as 陕西省 where every other place of the draft is in 陕西 and none in 山西 (round 31)', () => {
    const f = runRules(rule, '关于柞水县营盘镇通村公路修缮问题的回复：该路段已列入山西省2025年农村公路提升改造计划。');
    expect(brief(f)).toEqual(['typo.place-name block 山西省']);
    expect(f[0]!.suggestions).toEqual(['陕西省']);
    expect(runRules(rule, '山西省太原市与陕西省西安市签署协议。')).toEqual([]);
    expect(runRules(rule, '该路段已列入山西省2025年农村公路提升改造计划。')).toEqual([]);
  });

  it('names an autonomous division by what stands before its peoples (西双版纳州, 黔东南州, 龙胜县, 鄂温克旗)', () => {
    expect(
      ['西双版纳傣族自治州', '黔东南苗族侗族自治州', '双江拉祜族佤族布朗族傣族自治县', '龙胜各族自治县'].map(
        shortForms,
      ),
    ).toEqual([['西双版纳州'], ['黔东南州'], ['双江县'], ['龙胜县']]);
    expect(['东乡族自治县', '鄂温克族自治旗', '恩施土家族苗族自治州'].map(shortName)).toEqual([
      '东乡',
      '鄂温克',
      '恩施',
    ]);
    expect(shortForms('浙江省')).toEqual([]);
    // every autonomous division of the table has one
    for (const d of divisions) if (/族自治[州县旗]$/.test(d.name)) expect(shortForms(d.name)).toHaveLength(1);
  });

  it('finds nothing in the founding notice', () => {
    expect(runRules(rule, seedText())).toEqual([]);
  });

  it('reports a slip with its suffix once, as the full name', () => {
    expect(brief(runRules(rule, '河南络阳市牡丹文化节'))).toEqual(['typo.place-name warn 络阳市']);
  });

  it('reads a real city before a district of a city one slip off it as that slip (彬州市北湖区 → 郴州市)', () => {
    expect(brief(runRules(rule, '图为彬州市北湖区某农贸市场。'))).toEqual(['typo.place-name warn 彬州市']);
    expect(runRules(rule, '郴州市北湖区某农贸市场，北京市朝阳区、长春市朝阳区。')).toEqual([]);
  });

  it("reads a division slipped under its own prefecture named right before it as that prefecture's (round 35)", () => {
    expect(runRules(rule, '天水市泰安县的桃花已进入盛花期。')[0]!.suggestions).toEqual(['秦安县']); // 泰安县: another's
    expect(runRules(rule, '天水市秦按县的桃花已进入盛花期。')[0]!.suggestions).toEqual(['秦安县']);
    expect(runRules(rule, '玉树藏族自治州襄谦县启动宣传月。')[0]!.suggestions).toEqual(['囊谦县']); // any character
    expect(runRules(rule, '玉树州襄谦县启动宣传月。')[0]!.suggestions).toEqual(['囊谦县']);
    expect(runRules(rule, '甘肃省秦按县的桃花已进入盛花期。')[0]!.suggestions).toEqual(['秦安县']); // a province: alike only
    expect(runRules(rule, '主动到怒江傈傈族自治州贡山县人民法院履行义务。')[0]!.suggestions).toEqual([
      '怒江傈僳族自治州',
    ]);
    // its own division, a province's old county (广东省清远县, 1982) and an invented name under no parent stay quiet
    expect(runRules(rule, '天水市秦安县、玉树藏族自治州囊谦县；广东省清远县试行；襄谦县。')).toEqual([]);
  });

  it("takes a prefecture named anywhere in the draft as its province's context (延边州 … 合龙市)", () => {
    const body = '延边州内多家医院将现场招聘。\n合龙市公共就业服务中心提醒：本次活动同步开展登记。';
    expect(brief(runRules(rule, body))).toContain('typo.place-name warn 合龙市');
    expect(brief(runRules(rule, '合龙市公共就业服务中心提醒：本次活动同步开展登记。'))).toEqual([]);
  });

  it('reads a parent one slip off right before its own division as that parent (浙将杭州市 → 浙江)', () => {
    const f = runRules(rule, '浙将杭州市举办国际动漫节。');
    expect(brief(f)).toEqual(['typo.place-name block 浙将']);
    expect(f[0]!.suggestions).toEqual(['浙江']);
    expect(runRules(rule, '浙江杭州市、江苏南京市举办活动；来到杭州市。')).toEqual([]);
  });

  it('reads a bare prefecture name one slip off right after a verb of going, where the name ends', () => {
    expect(brief(runRules(rule, '游客来到唐煽，参观开滦博物馆。'))).toEqual(['typo.place-name warn 唐煽']);
    expect(brief(runRules(rule, '调研组赴井门开展调研。'))).toEqual(['typo.place-name warn 井门']);
    // real names, words, and no clear end of a name
    for (const body of [
      '来到北京，参观。',
      '走进校门，看到。',
      '我们来到兰考、延庆和婺源。',
      '走进社区，来到现场，进入汛期，来到田间。',
    ])
      expect(runRules(rule, body)).toEqual([]);
  });

  it('reads a county-level name one sound-and-shape slip off after punctuation without its province (round 32)', () => {
    expect(brief(runRules(rule, '受强冷空气影响，莫河市将出现明显降温。'))).toEqual(['typo.place-name warn 莫河市']);
    // a sound slip alone waits for the province; inside prose (预计莫河市) no name is read
    expect(runRules(rule, '受强冷空气影响，磨河市将出现明显降温。')).toEqual([]);
    expect(runRules(rule, '预计莫河市将出现明显降温。')).toEqual([]);
  });

  it('reads a name before a body of its own (来源：…县融媒体中心) like one after a verb of going', () => {
    // a look-alike: the only division one off
    expect(brief(runRules(rule, '来源：灵壁县人民政府'))).toEqual(['typo.place-name warn 灵壁县']);
    // a sound slip there (tones aside) takes its province named in the paragraph
    expect(brief(runRules(rule, '陕西安康。来源：宁讪县融媒体中心'))).toEqual(['typo.place-name warn 宁讪县']);
    expect(runRules(rule, '来源：宁讪县融媒体中心')).toEqual([]);
    // an invented example name sounds like a real one (青河县): quiet without that one's province
    expect(runRules(rule, '来源：青禾县融媒体中心')).toEqual([]);
    expect(runRules(rule, '来源：禾州市人民政府')).toEqual([]);
  });

  it('after a verb of going, takes the province named elsewhere in the draft as context', () => {
    expect(brief(runRules(rule, '经阿克塞进入新疆。\n之后北上尉梨县，走进罗布人村寨。'))).toEqual([
      'typo.place-name warn 尉梨县',
    ]);
    // (北上 is a verb of going: alone it reads the only division one slip off, as 赴和填县 does)
    expect(brief(runRules(rule, '之后北上尉梨县，走进罗布人村寨。'))).toEqual(['typo.place-name warn 尉梨县']);
    // not after mere punctuation (城乡区域 is no slip of 城厢区 in a text naming 福建); a slip that both sounds and
    // looks like the name's character is read there alone (round 32)
    expect(runRules(rule, '我们从新疆出发。\n之后，尉丽县的村寨。')).toEqual([]);
    expect(brief(runRules(rule, '之后，尉梨县的村寨。'))).toEqual(['typo.place-name warn 尉梨县']);
    expect(runRules(rule, '福建代表团参加。\n促进投资消费有机结合、城乡区域协调发展。')).toEqual([]);
  });
});

describe('typo.place-name (generated table of likely misspellings)', () => {
  const variants = parsePlaceVariants(readProjectFile('dictionaries/data/place-variants.txt'));
  const withTable = createPlaceRule(divisions, similarity(), ruleLists().places.others, variants);

  it('reads the table: variants by their first two characters, and the guard characters', () => {
    expect(variants.size).toBeGreaterThan(10000);
    expect(variants.byPair.get('毫'.charCodeAt(0) * 65536 + '州'.charCodeAt(0))).toContainEqual(['毫州', '亳州']);
    expect(variants.before.get('务')).toContain('服');
  });

  it.each([
    ['今年到毫州旅游的人多了。', '毫州', '亳州'], // a rare character written as a common look-alike
    ['江西务源的油菜花开了。', '务源', '婺源'],
    ['明天到哈滨出差。', '哈滨', '哈尔滨'], // a dropped character (a bare two-character variant needs 到, 在 … or punctuation)
    ['重庆符陵榨菜深受欢迎。', '符陵', '涪陵'], // …or its province or city right before it
    ['景区位于德景镇，', '德景镇', '景德镇'], // a swap
    ['来自湘西苗族土家族自治州的代表', '湘西苗族土家族自治州', '湘西土家族苗族自治州'], // the peoples in another order
    ['河南璞阳的清丰红薯', '璞阳', '濮阳'], // a rare character for a rare one of the same reading
    ['游览黝县宏村、西递', '黝县', '黟县'], // a one-character name with its suffix
    ['2025中国·盱胎国际龙虾节', '盱胎', '盱眙'], // 胎/眙: look-alike parts (月/目) beside the same 台
    ['不妨驱车前往戈阳龟峰', '戈阳', '弋阳'],
    ['第34届荷泽国际牡丹文化旅游节开幕，菏泽市推出赏花活动。', '荷泽', '菏泽'], // out of a place context: the right name in the draft
    ['石家市召开新闻发布会。', '石家市', '石家庄市'], // a drop whose bare form is a word (石家): taken with its suffix
    ['于眙县龙虾节开幕。', '于眙县', '盱眙县'], // 认字认半边: 盱 written as its sound part 于
    ['雎县县委召开会议。', '雎县', '睢县'], // 睢/雎 from a list of miswritten place names
    ['山东衮州区文旅推介会', '衮州', '兖州'], // 兖/衮: the bare name is enough
    ['调研组一行赴阳濮市开展调研。', '阳濮市', '濮阳市'], // 赴阳 (阜阳?) waits for evidence: it must not hide the swap
    ['扬州市刊江区分别介绍了经验。', '刊江区', '邗江区'], // 区分 is a word, yet 区 is the suffix here (unlike 市场)
    ['近日，郑洲举办了人才招聘会。', '郑洲', '郑州'], // 州/洲: both characters common, yet this swap is taken
    ['湖南株州的轨道交通装备', '株州', '株洲'],
  ])('warns on %s', (body, text, right) => {
    const f = runRules(withTable, body).filter((x) => x.ruleId === 'typo.place-name');
    expect(brief(f)).toEqual([`typo.place-name warn ${text}`]);
    expect(f[0]!.suggestions[0]).toBe(right);
  });

  it.each([
    '亳州、婺源、哈尔滨、景德镇、濮阳、黟县',
    '坚持服务源头治理。', // 务源 inside 服务 + 源头
    '参观荷泽寺。', // 荷泽寺 is a word: 荷泽 is taken, but not before 寺
    '第34届荷泽国际牡丹文化旅游节开幕。', // out of a place context and without 菏泽 in the draft
    '全市七县三区同步推进。',
    '石家庄市、盱眙县、睢县、兖州区', // the right names
    '河南林州市红旗渠', // 郴 → 林 would be 林州: a real city, never a variant
    '惠及4.32亿城镇职工和城镇居民。', // 城镇 is a word (jieba tags it as a place, yet it guards 亿城 → 峄城)
    '推进低碳城市试点。', // 低碳: a newer word than jieba's dictionary, listed in the table's builder
    '东北、内蒙古林区要限量采伐。', // 蒙古 guards 古林 → 古蔺
    '把分散经营的农户同大市场连接起来。', // 市场 is no suffix: not 大同市
    '华阳河蓄洪垦殖工程', // 华阳: a place of its own, not only a slip of 阜阳
    '游客在瓜洲古渡赏景。', // 瓜洲 (a town, 瓜洲镇) is no slip of 瓜州
    '亚洲、欧洲和非洲的客商', // 亚洲 is a word
    '农民手中缺少可卖的东西和可用的现钱。', // 东西 + 和: two words meeting, not 东西湖
    '第四站：十河镇芍药花海。', // before 镇 a town's own name (the table holds none), not 浉河
    '小朋友们体验水枪射水。', // punctuation after it alone is no place context: 射水 is no 沂水
  ])('leaves %s alone', (body) => {
    expect(runRules(withTable, body).filter((x) => x.ruleId === 'typo.place-name')).toEqual([]);
  });
});
