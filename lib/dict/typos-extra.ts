import type { DictionaryInput } from '../engine/dictionary/schema';

/**
 * dictionaries/data/typos-extra.tsv (`wrong<TAB>right<TAB>source-key[<TAB>context note]`, sources described in the
 * file's `#` header as `#   key   description`) as a native dictionary, `typo-extra`: one warn entry per pair, the
 * wrong form as term, the right form as suggestion. The built-in list is loaded like the other built-in
 * dictionaries (it can be switched off in the options page); its examples are generated — the wrong form must
 * hit, the right form and the guard words below must not — and the test suite runs them like every other entry's.
 *
 * The context notes are prose; the guards they describe are encoded here (allow words overlapping the wrong form),
 * and the pairs that are only advice (a variant in long use, a character common in names) are `info`.
 */

const GUARDS: Record<string, string[]> = {
  编篡: ['改编篡改', '编篡改'],
  蛰人: ['惊蛰人'],
  已亥: ['已亥时'],
  非盈利: ['并非盈利', '绝非盈利', '决非盈利', '而非盈利', '是非盈利'],
  海含: ['大海含', '海含有', '海含量'],
  善长: ['李善长'],
  身陷囫囵: [],
  带口罩: ['携带口罩', '自带口罩', '随身带口罩', '带口罩备用'],
  带好口罩: ['携带好口罩'],
  负作用: ['正负作用'],
  科创版: ['科创版图', '科创版块', '科创版本'],
  螺丝粉: ['螺丝粉末'],
  必须品: ['必须品尝', '必须品味', '必须品质', '必须品德', '必须品行', '必须品牌'],
  窜红: ['逃窜红', '流窜红'],
  招回: ['招回头'],
  冲值: ['冲值班'],
  介时: ['中介时', '简介时', '媒介时', '推介时', '引介时', '评介时'],
  // Guards found by scripts/measure-typo-pairs.ts (words across which the wrong form is read, names).
  高梁: ['高梁河', '高梁桥'],
  视屏: ['电视屏'],
  发贴: ['开发贴', '研发贴', '批发贴', '收发贴'],
  机率: ['机率先'],
  按排: ['按排名', '按排序', '按排放', '按排量', '按排列', '按排污', '按排查', '按排位'],
  溶合: ['相溶合'],
  决对: ['解决对', '坚决对', '判决对', '表决对', '裁决对', '否决对', '处决对', '对决对', '先决对'],
  安祥: ['平安祥'],
  观注: ['景观注', '客观注', '宏观注', '微观注', '主观注', '直观注', '外观注', '参观注', '围观注', '乐观注'],
  带眼镜: ['携带眼镜', '自带眼镜'],
  杨州: ['杨州长'],
  鱼网: ['钓鱼网'],
  鱼具: ['钓鱼具'],
  风彩: ['风彩绘', '风彩灯', '风彩虹'],
  报销国家: ['报销国家规定', '报销国家标准', '报销国家政策'],
  幸苦: ['不幸苦'],
  // Guards of the macro-correct pairs (source macrocorrect): words across which the wrong form is read.
  自已: [
    '不能自已',
    '难以自已',
    '情不自已',
    '各自已',
    '独自已',
    '亲自已',
    '擅自已',
    '私自已',
    '暗自已',
    '径自已',
    '来自已',
    '源自已',
    '出自已',
  ],
  供献: ['提供献'],
  像征: ['像征求', '像征兵', '像征收', '像征集', '像征询', '像征服', '像征地', '像征信'],
  预以: ['干预以', '参预以'],
  报负: ['报负责', '报负担', '报负面', '报负债', '报负荷', '报负数'],
  坚辛: ['攻坚辛'],
  幅圆: ['幅圆形', '幅圆满', '幅圆周'],
  按磨: ['按磨损', '按磨合'],
  接恰: ['接恰当', '接恰好', '接恰恰', '接恰逢', '接恰巧'],
  绝秘: ['杜绝秘', '拒绝秘'],
  广范: ['广范围'],
  竟争: ['竟争相', '竟争先'],
  出板: ['出板报', '出板块', '出板车'],
  累似: ['积累似', '劳累似', '连累似'],
  时份: ['时份额', '时份子'],
  记亿: ['登记亿', '书记亿', '标记亿'],
  受予: ['享受予', '接受予', '承受予', '感受予', '授受予'],
  摸式: ['触摸式'],
  巨痛: ['创巨痛深'],
  体载: ['称体载衣'],
  曲膝: ['曲膝礼'],
  概然: ['概然误差', '概然率', '概然性'],
  深隧: ['深隧道'],
  万像: ['万像素'],
  // Guards of the fourth batch (共产党员网 2021 proof-reading examples and other lists): boundary readings, names.
  关健: ['关健雄'],
  己有经验: ['自己有经验'],
  辖免: ['所辖免', '辖免费', '辖免税', '辖免征', '辖免于'],
  经纺: ['经纺纱', '经纺织', '经纺成'],
  收人分配: ['接收人分配'],
  贫团: ['扶贫团'],
  年贷: ['年贷款', '年贷出', '年贷放'],
  // Guards of the fifth batch (court documents, notices and press examples): words across which the wrong form is read.
  过度费: ['过度费力', '过度费心', '过度费时', '过度费神', '过度费劲', '过度费用'],
  幸杀: ['不幸杀', '有幸杀', '庆幸杀', '荣幸杀'],
  外藉: ['此外藉', '另外藉', '之外藉', '以外藉', '意外藉', '额外藉', '格外藉'],
  脏官: ['肮脏官'],
  检查院: ['检查院内', '检查院落', '检查院子', '检查院区', '检查院校', '检查院所', '检查院系', '检查院墙'],
  // a flash-flood gully (远离河道和山洪沟), and a flood channel (排洪沟, 泄洪沟, 截洪沟)
  洪沟: ['山洪沟', '排洪沟', '泄洪沟', '截洪沟', '防洪沟', '行洪沟'],
};
/** Pairs that are only advice: a variant in long use, a character common in names. */
const ADVICE = new Set(['戮力同心', '善长', '鲶鱼', '罗嗦', '城乡结合部', '机率', '粘豆包']);
/**
 * Sources whose pairs are variant forms (异形词) rather than 别字: the non-recommended form of a group in the
 * 第一批异形词整理表 (教育部、国家语委 2001) or the 264组异形词整理表 draft; they are advice (info).
 */
const VARIANT_SOURCES = new Set(['yxc2001', 'yxc2004']);

const TYPOS_EXTRA_ID = 'typo-extra';

/** Pairs of the TSV text (comments and malformed lines skipped). */
export function parseTyposExtra(
  tsv: string,
): Array<{ wrong: string; right: string; source: string; key: string; note: string }> {
  const sources = new Map<string, string>();
  const out: Array<{ wrong: string; right: string; source: string; key: string; note: string }> = [];
  let last = '';
  for (const line of tsv.split(/\r?\n/)) {
    if (line.startsWith('#')) {
      // "#   key   description" starts a source; deeper-indented "#   …" lines continue it.
      const m = /^#\s{2,4}([a-z0-9][a-z0-9]+)\s{2,}(\S.*)$/.exec(line);
      if (m) sources.set((last = m[1]!), m[2]!.trim());
      else if (last && /^#\s{6,}\S/.test(line)) sources.set(last, `${sources.get(last)} ${line.slice(1).trim()}`);
      else last = '';
      continue;
    }
    const [wrong, right, key, note] = line.split('\t').map((s) => s?.trim() ?? '');
    if (!wrong || !right || wrong === right) continue;
    out.push({ wrong, right, source: sources.get(key ?? '') ?? key ?? '', key: key ?? '', note: note ?? '' });
  }
  return out;
}

/**
 * `fold` is the checker's normalization (traditional → simplified …): a pair whose two forms fold to the same
 * text (蒜苔/蒜薹) cannot be told apart after normalization and is left out.
 */
export function typosExtraDictionary(tsv: string, fold: (s: string) => string = (s) => s): DictionaryInput {
  return {
    format: 1,
    id: TYPOS_EXTRA_ID,
    name: '常见别字（补充）',
    version: '1.0.0',
    category: 'typo',
    description:
      '出自《咬文嚼字》年度语文差错、政府网站抽查通报等公开资料的常见别字，由 dictionaries/data/typos-extra.tsv 生成。',
    source: 'dictionaries/data/typos-extra.tsv',
    license: '事实性条目（错误写法→规范写法＋出处）',
    entries: parseTyposExtra(tsv)
      .filter((p) => fold(p.wrong) !== fold(p.right))
      .map((p, i) => ({
        id: `extra-${i + 1}`,
        severity: ADVICE.has(p.wrong) || VARIANT_SOURCES.has(p.key) ? ('info' as const) : ('warn' as const),
        terms: [p.wrong],
        allow: GUARDS[p.wrong] ?? [],
        suggestions: [p.right],
        message: VARIANT_SOURCES.has(p.key)
          ? `“${p.wrong}”是异形词的非推荐词形，推荐写作“${p.right}”。`
          : `“${p.wrong}”是别字，应为“${p.right}”。`,
        note: p.note,
        source: p.source || 'dictionaries/data/typos-extra.tsv',
        examples: { hit: [`文中写作${p.wrong}。`], pass: [`文中写作${p.right}。`, ...(GUARDS[p.wrong] ?? [])] },
      })),
  };
}
