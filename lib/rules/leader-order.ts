/**
 * 领导人排序错误 — the members of a body listed out of their protocol order: 习近平、赵乐际、李强 for the 20th
 * Politburo Standing Committee (习近平、李强、赵乐际、王沪宁、蔡奇、丁薛祥、李希). Inspections count a wrong order of
 * leaders as a 严重表述错误; the orders are data (dictionaries/names.json `orders`, by term, with sources).
 *
 * A list is two or more names of one body written one after another: between two names only a list separator
 * (、，和与及同), optionally with a title right before or after it (习近平总书记和李强总理, 习近平、国务院总理李强). Names
 * in other clauses (赵乐际主持会议，李强出席) are no list. A list is checked against every order whose term holds
 * the check's date and which contains all its names; it is reported when none accepts it. A paragraph that names a
 * year before the current term (2019年) may be quoting the previous term's order: it is then accepted if that
 * term's order accepts it.
 * Severity `block` (a 严重表述错误).
 */
import type { ParagraphRule, RuleMeta } from '../engine/rule';
import type { LeaderOrder } from './names-schema';
import { q } from './util-text';

export const LEADER_ORDER_RULES: RuleMeta[] = [
  {
    id: 'formulation.leader-order',
    category: 'formulation',
    severity: 'block',
    title: '领导人排序错误',
    message: '{text}中领导人的排列顺序有误。',
    source:
      '中国共产党历届中央委员会第一次全体会议公报（中央政治局常委名单及排序）；政府网站与政务新媒体检查指标（严重表述错误）',
    note: '稿件中并列写出同一机构（如中央政治局常委）两位以上成员的姓名时，须按公报的排列顺序；顺序依 dictionaries/names.json 的 orders 按届次判断。',
  },
];

/** Titles that may stand between two listed names (习近平总书记、李强总理; 习近平、国务院总理李强). */
const TITLE =
  '(?:中共中央总书记|总书记|国家主席|中央军委主席|国务院总理|总理|全国人大常委会委员长|委员长|全国政协主席|主席|国家副主席|副主席|同志)';
const GAP = new RegExp(`^${TITLE}?\\s*[、，,和与及同]\\s*${TITLE}?$`);
const YEAR = /(?:19|20)\d{2}(?=年)/g;

interface Hit {
  start: number;
  end: number;
  name: string;
}

export function createLeaderOrderRule(orders: readonly LeaderOrder[]): ParagraphRule {
  const names = [...new Set(orders.flatMap((o) => o.names))].sort((a, b) => b.length - a.length);
  const inForce = (o: LeaderOrder, day: string) => (!o.from || o.from <= day) && (!o.to || day <= o.to);
  const accepts = (o: LeaderOrder, run: readonly Hit[]) => {
    let last = -1;
    for (const h of run) {
      const r = o.names.indexOf(h.name);
      if (r <= last) return false;
      last = r;
    }
    return true;
  };
  const holdsAll = (o: LeaderOrder, run: readonly Hit[]) => run.every((h) => o.names.includes(h.name));
  return {
    kind: 'paragraph',
    rules: LEADER_ORDER_RULES,
    check(p, sink) {
      const t = p.text;
      if (!names.some((n) => t.includes(n))) return;
      const hits: Hit[] = [];
      for (const name of names) {
        for (let i = t.indexOf(name); i >= 0; i = t.indexOf(name, i + 1)) {
          // a longer name already there (李强 inside 李强国 is no concern: only listed names are read)
          if (hits.some((h) => h.start < i + name.length && i < h.end)) continue;
          hits.push({ start: i, end: i + name.length, name });
        }
      }
      if (hits.length < 2) return;
      hits.sort((a, b) => a.start - b.start);
      const current = orders.filter((o) => inForce(o, p.today));
      const years = [...t.matchAll(YEAR)].map((m) => m[0]);
      let run: Hit[] = [hits[0]!];
      const judge = () => {
        if (run.length < 2) return;
        const bodies = current.filter((o) => holdsAll(o, run));
        if (!bodies.length || bodies.some((o) => accepts(o, run))) return;
        // a year before the term: the order of a term that year fell in may be meant
        const earlier = orders.filter(
          (o) => !inForce(o, p.today) && holdsAll(o, run) && years.some((y) => inForce(o, `${y}-07-01`)),
        );
        if (earlier.some((o) => accepts(o, run))) return;
        const body = bodies[0]!;
        const right = [...run].sort((a, b) => body.names.indexOf(a.name) - body.names.indexOf(b.name));
        const first = run[0]!;
        const last = run[run.length - 1]!;
        sink.report({
          ruleId: 'formulation.leader-order',
          start: first.start,
          end: last.end,
          suggestions: [right.map((h) => h.name).join('、')],
          message: `${q(run.map((h) => h.name).join('、'))}的排列顺序有误：${body.body}的顺序为${body.names.join('、')}。`,
        });
      };
      for (let k = 1; k < hits.length; k++) {
        const prev = hits[k - 1]!;
        const h = hits[k]!;
        if (GAP.test(t.slice(prev.end, h.start))) run.push(h);
        else {
          judge();
          run = [h];
        }
      }
      judge();
    },
  };
}
