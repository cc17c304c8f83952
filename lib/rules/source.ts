import type { RE2JS } from 're2js';
import { compileRe2 } from '../engine/dictionary/regex';
import type { DocumentRule, ParagraphRule, RuleMeta, RuleModule } from '../engine/rule';
import type { Field } from '../engine/types';
import type { SourceList } from './source-schema';
import { matchesOf } from './util-text';

/**
 * Repost sources. 国办发〔2018〕123号: 「规范转载发布工作，原则上只转载党委和政府网站以及有关主管部门确定的稿源单位发布的
 * 信息」.
 *
 * - A source line (来源：/稿源：/文章来源：/本文来源：/图片来源：/转自/转载自 …, at the start of a line or after a
 *   separator such as "编辑：张三 来源：…") names a source; each named source that is not approved → warn
 *   `source.not-approved` on the name. The paragraph also emits the document signal `source-line`.
 * - A draft that reads as a repost (原标题：, 据…报道, 本文转载, 转载自 without a name …) but has no source line anywhere
 *   → info `source.missing` at its first repost sign in each field (【转载】 in the title and again in the body).
 *
 * Approved: listed names (central media and sites, central bodies, provincial party papers), the admin's designated
 * list, own content (本网, 原创), and names matching the government patterns (XX市人民政府, 中共XX市委宣传部,
 * 国家XX局, XX发布). Company names, self-media (百家号, 头条号 …) and vague attributions (网络, 网友) are not.
 */

export const SOURCE_RULES: RuleMeta[] = [
  {
    id: 'source.not-approved',
    category: 'source',
    severity: 'warn',
    title: '转载来源未经认可',
    message:
      '来源“{text}”不在党委政府网站和稿源单位名单中，政务新媒体原则上只转载党委和政府网站以及主管部门确定的稿源单位的信息，请核实。',
    source: '国办发〔2018〕123号',
  },
  {
    id: 'source.local-outlet',
    category: 'source',
    severity: 'info',
    title: '来源为地方媒体',
    message: '来源“{text}”是地方媒体，请确认其为本地宣传、网信部门确定的稿源单位（可在选项页加入本地稿源名单）。',
    source: '国办发〔2018〕123号（主管部门确定的稿源单位）',
  },
  {
    id: 'source.missing',
    category: 'source',
    severity: 'info',
    title: '转载未注明来源',
    message: '文中“{text}”表明是转载内容，但全文没有“来源：”标注，请注明稿件来源。',
    source: '国办发〔2018〕123号；国办秘函〔2019〕19号（转载规范）',
  },
];

export const SOURCE_LINE_SIGNAL = 'source-line';

/** Source labels; the name follows. Only a label at a line start or after a separator counts (not 数据来源：). */
const LABEL =
  /((?:文章|本文|信息|新闻|稿件|图片|视频|内容|原文|素材)?(?:来源|来自|稿源|出处)[ \u3000]{0,2}[：:]|(?:本文|此文|该文)?(?:转载自|转载于|转发自|转自|摘自|选自|原载于|原载))/g;
const SEPARATOR_BEFORE = /[\s\u3000|｜/／、,，;；。.!！?？】\]）)》>·•▲△●◆■□★☆※→]/;
const NAME_STOP = /[，,。；;|｜\t\n\r!！?？]/;
/** Labels that end a name: "来源：新华社 作者：张三", "来源：新华社记者张三". */
const NAME_TAIL =
  /(作者|编辑|责编|责任编辑|审核|审校|校对|记者|通讯员|原标题|链接|发布时间|时间|日期|来源|摄影|图文|文字|供稿|整理)/;
const DATELINE =
  /^[\s\u3000（(【[]{0,2}(新华社|中新社|中国新闻社|人民日报|人民网|央视网|央广网|光明日报|经济日报|中国日报)[^，,。；\s]{0,14}电/;

/**
 * Material said to come from "the internet" (图片来源于网络, 部分图片来自网络，如有侵权请联系删除, 图源：网络): no source
 * anyone can check, whatever the label. 来自网络投票 is not a source.
 */
const FROM_THE_NET =
  /(?:来源于|来自于?|源自|取自)(?:网络|互联网)(?![\u4e00-\u9fff])|图源[ \u3000]{0,2}[：:][ \u3000]{0,2}网络(?![\u4e00-\u9fff])/g;

/** Signs that a draft is a repost. */
const REPOST =
  /原标题[ \u3000]{0,2}[：:]|本文转载|授权转载|转载自|转载于|转发自|【转载】|\[转载\]|（转载）|\(转载\)|据[^，,。；;：:\s“”]{1,15}(?:报道|消息)/;

export interface SourceCheck {
  approved: boolean;
  reason?: 'self-media' | 'commercial' | 'unspecified' | 'unlisted' | 'local-outlet';
}

/** Spaces and colons at the edges, and a closing bracket whose partner is not in the name. */
function stripEdges(s: string): string {
  let t = s.replace(/^[\s\u3000：:]+/, '').replace(/[\s\u3000：:]+$/, '');
  while (/[）)】\]]$/.test(t) && !/[（(【[]/.test(t)) t = t.slice(0, -1);
  return t;
}

/** Normalises a source name for matching: quotes, spaces, a trailing parenthesis and 综合/据/摘自 removed. */
export function normalizeSourceName(raw: string): string {
  let s = raw.replace(/[\s\u3000“”"'‘’《》「」【】]/g, '');
  s = s.replace(/[（(][^（()）]{0,20}[）)]$/, '');
  s = s.replace(/^(综合自|综合|整理自|据|摘自|选自|转自|来自|源自)/, '');
  return s;
}

export function createSourceMatcher(list: SourceList): (rawName: string) => SourceCheck {
  const approved = new Set<string>([...Object.values(list.approved).flat(), ...list.designated]);
  const own = new Set(list.ownSources);
  const suffixes = [...list.accountSuffixes].sort((a, b) => b.length - a.length);
  // Compiled on the first name checked: most drafts name no source, and compiling is the costly part.
  let patternsRe: RE2JS[] | undefined;
  let outletsRe: RE2JS[] | undefined;
  const patterns = () => (patternsRe ??= list.governmentPatterns.map((p) => compileRe2(p)));
  const outlets = () => (outletsRe ??= list.localOutletPatterns.map((p) => compileRe2(p)));
  const selfMedia = list.selfMedia;
  const commercial = list.commercialMarkers;
  const unspecified = new Set(list.unspecified);

  const bases = (n: string): string[] => {
    const out = [n];
    for (const suf of suffixes) {
      if (n.length > suf.length && n.endsWith(suf)) {
        out.push(n.slice(0, -suf.length));
        break;
      }
    }
    return out;
  };
  const listed = (n: string) => bases(n).some((b) => approved.has(b) || own.has(b));
  const government = (n: string) => bases(n).some((b) => patterns().some((p) => p.matches(b)));

  return (rawName: string) => {
    const n = normalizeSourceName(rawName);
    if (!n) return { approved: true };
    if (listed(n)) return { approved: true };
    if (unspecified.has(n)) return { approved: false, reason: 'unspecified' };
    for (const sm of selfMedia) {
      const at = n.indexOf(sm);
      if (at >= 0) {
        // 人民日报百家号 is still 人民日报; 某某百家号 is self-media
        const owner = n.slice(0, at);
        if (owner && listed(owner)) return { approved: true };
        return { approved: false, reason: 'self-media' };
      }
    }
    if (commercial.some((m) => n.includes(m))) return { approved: false, reason: 'commercial' };
    if (government(n)) return { approved: true };
    if (bases(n).some((b) => outlets().some((p) => p.matches(b)))) return { approved: false, reason: 'local-outlet' };
    return { approved: false, reason: 'unlisted' };
  };
}

const REASON_MESSAGE: Record<NonNullable<SourceCheck['reason']>, (name: string) => string> = {
  'self-media': (n) => `来源“${n}”是商业平台的自媒体账号，不属于党委政府网站或稿源单位，政务新媒体不宜转载。`,
  commercial: (n) => `来源“${n}”是企业或商业机构，不属于党委政府网站或稿源单位，政务新媒体原则上不转载其信息。`,
  unspecified: (n) => `来源“${n}”指代不明，无法核实出处，请注明具体的党委政府网站或稿源单位。`,
  'local-outlet': (n) =>
    `来源“${n}”是地方媒体，请确认其为本地宣传、网信部门确定的稿源单位（可在选项页加入本地稿源名单）。`,
  unlisted: (n) =>
    `来源“${n}”不在党委政府网站和稿源单位名单中，政务新媒体原则上只转载党委和政府网站以及主管部门确定的稿源单位的信息，请核实。`,
};

interface NamedSource {
  start: number;
  end: number;
  /** The label was 摘自/选自/原载 (an excerpt, possibly from a book). */
  excerpt: boolean;
}

const MAX_NAMES = 100;

/** Finds the source names of the labels in one paragraph (at most 100). */
export function findSourceNames(text: string): { labels: number; names: NamedSource[] } {
  const names: NamedSource[] = [];
  let labels = 0;
  for (const m of matchesOf(LABEL, text)) {
    if (names.length >= MAX_NAMES) break;
    const at = m.index;
    // position: line start, or right after a separator or an opening bracket (not 数据来源：)
    const prev = text[at - 1];
    if (at > 0 && !SEPARATOR_BEFORE.test(prev!) && !/[【[（(《「“]/.test(prev!)) continue;
    labels++;
    const excerpt = /摘自|选自|原载/.test(m[0]);
    // the name: up to a stop mark, a run of two spaces, a following label, at most 40 characters
    let s = at + m[0].length;
    while (s < text.length && /[ \u3000：:]/.test(text[s]!)) s++;
    let e = s;
    // （来源：平安泉州）#防溺水#: a label opened by a bracket ends at its closing bracket (brackets inside the name,
    // 人民日报（海外版）, are kept); a Weibo hashtag (#…#) is never part of a name
    let depth = at > 0 && /[（(【[]/.test(prev!) ? 1 : 0;
    while (e < text.length && e - s < 40 && !NAME_STOP.test(text[e]!)) {
      const c = text[e]!;
      if ((c === ' ' || c === '\u3000') && e > s) break;
      if (c === '#') break;
      if (depth > 0 && /[（(【[]/.test(c)) depth++;
      else if (depth > 0 && /[）)】\]]/.test(c) && --depth === 0) break;
      e++;
    }
    const tail = NAME_TAIL.exec(text.slice(s, e));
    if (tail && tail.index > 0) e = s + tail.index;
    // split "新华社、人民日报"
    let partStart = s;
    for (let i = s; i <= e; i++) {
      if (i === e || '、/／丨'.includes(text[i]!)) {
        let ps = partStart;
        let pe = i;
        const raw = text.slice(ps, pe);
        const inner = stripEdges(raw);
        if (inner) {
          ps += raw.indexOf(inner);
          pe = ps + inner.length;
          names.push({ start: ps, end: pe, excerpt });
        }
        partStart = i + 1;
      }
    }
  }
  return { labels, names };
}

/** Paragraph rule: source lines and their names. */
export function createSourceRule(list: SourceList): ParagraphRule {
  const check = createSourceMatcher(list);
  return {
    kind: 'paragraph',
    rules: SOURCE_RULES,
    check(p, sink) {
      const text = p.text;
      if (DATELINE.test(text)) sink.signal(SOURCE_LINE_SIGNAL);
      if (!/来源|来自|稿源|出处|转载|转发|转自|摘自|选自|原载|源自|取自|图源/.test(text)) return;
      for (const m of matchesOf(FROM_THE_NET, text)) {
        const at = m.index + m[0].lastIndexOf('网') - (m[0].endsWith('互联网') ? 2 : 0);
        const end = m.index + m[0].length;
        if (p.isQuoted(at, end)) continue;
        sink.signal(SOURCE_LINE_SIGNAL);
        sink.report({
          ruleId: 'source.not-approved',
          start: at,
          end,
          message: REASON_MESSAGE.unspecified(text.slice(at, end)),
        });
      }
      const { labels, names } = findSourceNames(text);
      if (names.length) sink.signal(SOURCE_LINE_SIGNAL);
      void labels;
      for (const n of names) {
        const raw = text.slice(n.start, n.end);
        const r = check(raw);
        if (r.approved) continue;
        // 摘自《习近平谈治国理政》: an excerpt from a book or document, not a repost from a medium
        if (n.excerpt && /^《[^》]+》/.test(raw)) continue;
        sink.report({
          ruleId: r.reason === 'local-outlet' ? 'source.local-outlet' : 'source.not-approved',
          start: n.start,
          end: n.end,
          message: REASON_MESSAGE[r.reason!](raw),
        });
      }
    },
  };
}

const MISSING_FIELDS: readonly Field[] = ['title', 'digest', 'body', 'caption'];

/** Document rule: a repost with no source line anywhere → an info finding at the first repost sign of each field. */
export function createSourceMissingRule(): DocumentRule {
  return {
    kind: 'document',
    rules: SOURCE_RULES,
    check({ draft, signals }, report) {
      if (signals.has(SOURCE_LINE_SIGNAL)) return;
      for (const field of MISSING_FIELDS) {
        const text = draft[field];
        if (!text) continue;
        const m = REPOST.exec(text);
        if (m) report({ ruleId: 'source.missing', field, start: m.index, end: m.index + m[0].length });
      }
    },
  };
}

/** Both source rules. */
export function createSourceRules(list: SourceList): RuleModule[] {
  return [createSourceRule(list), createSourceMissingRule()];
}
