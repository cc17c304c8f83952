import { describe, expect, it } from 'vitest';
import { createLeaderOrderRule } from '../../../lib/rules/leader-order';
import { type LeaderOrder, mergeNamesLists, namesListSchema } from '../../../lib/rules/names-schema';
import { brief, runRules } from '../../helpers/check';
import { readProjectFile } from './tables-fixture';

const shipped = namesListSchema.parse(JSON.parse(readProjectFile('dictionaries/names.json')));
const rule = createLeaderOrderRule(shipped.orders ?? []);
const order = (body: string, today = '2025-06-01') => brief(runRules(rule, { body }, { today }));

describe('formulation.leader-order: members of a body listed out of their protocol order', () => {
  it('blocks a list out of order and suggests the right one', () => {
    expect(order('习近平、赵乐际、李强出席会议。')).toEqual(['formulation.leader-order block 习近平、赵乐际、李强']);
    expect(order('王沪宁、赵乐际出席。')).toEqual(['formulation.leader-order block 王沪宁、赵乐际']);
    expect(order('习近平总书记和国务院总理李希、李强出席。')).toEqual([
      'formulation.leader-order block 习近平总书记和国务院总理李希、李强',
    ]);
    const [f] = runRules(rule, { body: '李希、韩正、蔡奇出席。' }, { today: '2025-06-01' });
    expect(f!.suggestions).toEqual(['蔡奇、李希、韩正']);
  });

  it('accepts the protocol order, names in separate clauses and an earlier term where the text dates it', () => {
    expect(order('习近平、李强、赵乐际、王沪宁、蔡奇、丁薛祥、李希、韩正出席。')).toEqual([]);
    expect(order('习近平总书记和李强总理出席。')).toEqual([]);
    expect(order('赵乐际主持会议，李强出席。')).toEqual([]);
    // the 19th term's order, in a text about 2019
    expect(order('2019年，王沪宁、赵乐际出席。')).toEqual([]);
    // judged by the term in force on the check's date
    expect(order('王沪宁、赵乐际出席。', '2020-06-01')).toEqual([]);
    expect(order('习近平、李克强、栗战书出席。', '2020-06-01')).toEqual([]);
    expect(order('习近平、栗战书、李克强出席。', '2020-06-01')).toEqual([
      'formulation.leader-order block 习近平、栗战书、李克强',
    ]);
  });

  it("lets a unit's own list replace a body's order for a term", () => {
    const own: LeaderOrder = { body: '中共中央政治局常委', from: '2022-10-23', names: ['赵乐际', '李强'] };
    const merged = mergeNamesLists(shipped, { people: [], orders: [own] });
    expect(merged.orders?.filter((o) => o.from === '2022-10-23' && o.body === own.body)).toEqual([own]);
  });
});
