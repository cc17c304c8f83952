import { describe, expect, it } from 'vitest';
import { importedEntryId } from '../../../lib/dict/import';
import { type DictEntry, type Dictionary, dictionarySchema } from '../../../lib/engine/dictionary/schema';
import {
  entryFromForm,
  formFromEntry,
  lines,
  newEntryId,
  validateEntryChange,
  zhIssue,
} from '../../../lib/options/entry-form';

const dict = (over: Partial<Dictionary> = {}): Dictionary =>
  dictionarySchema().parse({
    format: 1,
    id: 'custom-unit',
    name: '本单位词表',
    version: '3',
    category: 'sensitive',
    requireExamples: false,
    entries: [
      { id: 'a', severity: 'warn', terms: ['甲词'], source: '测试' },
      {
        id: 'b',
        severity: 'block',
        terms: ['乙词'],
        pattern: '乙+',
        context: { quoted: 'off' },
        source: '测试',
        provenance: { file: 'x.txt' },
      },
    ],
    ...over,
  });

describe('entry form', () => {
  it('edits a protected (near-match) entry: the checkbox sets match, bad terms point at the terms field', () => {
    const d = dict();
    const form = formFromEntry(undefined, { source: '测试' });
    expect(form.near).toBe(false);
    const entry = entryFromForm({ ...form, id: 'jcy', terms: '人民检察院', near: true, hit: '人民检查院' });
    expect(entry.match).toBe('near');
    const ok = validateEntryChange(d, entry);
    expect(ok.ok).toBe(true);
    if (ok.ok) expect(formFromEntry(ok.entry, { source: '' }).near).toBe(true);
    const bad = validateEntryChange(d, entryFromForm({ ...form, id: 'x', terms: 'ABC', near: true }));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.fields.terms).toContain('2–40 个汉字');
    expect('match' in entryFromForm({ ...form, near: false }, { ...ok, match: 'near' } as never)).toBe(false);
  });

  it('lines() trims, drops blanks and duplicates', () => {
    expect(lines(' 甲 \n\n乙\r\n甲\n')).toEqual(['甲', '乙']);
  });

  it('round-trips an entry and keeps fields the form does not edit', () => {
    const d = dict();
    const original = d.entries[1]!;
    const form = formFromEntry(original, { source: 'x' });
    expect(form).toMatchObject({ id: 'b', severity: 'block', terms: '乙词', source: '测试', category: '' });
    const entry = entryFromForm({ ...form, suggestions: '丙词\n丁词', note: ' 说明 ' }, original);
    expect(entry).toMatchObject({
      id: 'b',
      pattern: '乙+',
      context: { quoted: 'off' },
      provenance: { file: 'x.txt' },
      suggestions: ['丙词', '丁词'],
      note: '说明',
    });
    expect('category' in entry).toBe(false);
    const ok = validateEntryChange(d, entry, 1);
    expect(ok.ok).toBe(true);
    if (ok.ok) expect(ok.dictionary.entries[1]!.suggestions).toEqual(['丙词', '丁词']);
  });

  it('a new entry gets the default source and a stable id', () => {
    const form = formFromEntry(undefined, { source: '管理员在选项页添加' });
    expect(form).toMatchObject({ id: '', severity: 'warn', source: '管理员在选项页添加', enabled: true });
    expect(newEntryId({ terms: '新词\n别的', allow: '' }, new Set())).toBe(importedEntryId('新词'));
    const taken = new Set([importedEntryId('新词')]);
    expect(newEntryId({ terms: '新词', allow: '' }, taken)).toBe(`${importedEntryId('新词')}-2`);
    expect(newEntryId({ terms: '', allow: '白名单词' }, new Set())).toBe(importedEntryId('白名单词', true));
  });

  it('maps schema errors to the form fields', () => {
    const d = dict();
    const form = { ...formFromEntry(undefined, { source: '' }), id: 'c', terms: `${'长'.repeat(65)}` };
    const r = validateEntryChange(d, entryFromForm(form));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fields.terms).toBe('第 1 行：词条过长，最多 64 字');
    expect(r.fields.source).toBe('必须注明来源');
  });

  it('reports an entry without terms, a duplicate id and bureaucratic block', () => {
    const d = dict();
    const empty = validateEntryChange(d, entryFromForm({ ...formFromEntry(undefined, { source: 's' }), id: 'c' }));
    expect(empty.ok || empty.fields.terms).toContain('至少需要 terms');
    const dup = validateEntryChange(
      d,
      entryFromForm({ ...formFromEntry(undefined, { source: 's' }), id: 'a', terms: '新' }),
    );
    expect(dup.ok || dup.fields.id).toContain('重复的 id');
    const bad = validateEntryChange(
      d,
      entryFromForm({
        ...formFromEntry(undefined, { source: 's' }),
        id: 'c',
        terms: '新',
        category: 'bureaucratic',
        severity: 'block',
      }),
    );
    expect(bad.ok || bad.fields.severity).toContain('官腔套话不能设为 block');
    const badId = validateEntryChange(
      d,
      entryFromForm({ ...formFromEntry(undefined, { source: 's' }), id: 'Bad Id', terms: '新' }),
    );
    expect(badId.ok || badId.fields.id).toContain('id 只能包含');
  });

  it('examples go to their own fields when the dictionary requires them', () => {
    const d = dict({ requireExamples: true, entries: [] });
    const r = validateEntryChange(
      d,
      entryFromForm({ ...formFromEntry(undefined, { source: 's' }), id: 'c', terms: '新' }),
    );
    expect(r.ok || r.fields.hit).toContain('至少需要一个命中例句');
    const ok = validateEntryChange(
      d,
      entryFromForm({ ...formFromEntry(undefined, { source: 's' }), id: 'c', terms: '新', hit: '这是新的。' }),
    );
    expect(ok.ok).toBe(true);
    if (ok.ok) expect((ok.entry as DictEntry).examples.hit).toEqual(['这是新的。']);
  });

  it('translates generic zod messages', () => {
    expect(zhIssue({ code: 'too_small', minimum: 1, message: 'Too small', path: [] })).toBe('不能为空');
    expect(zhIssue({ code: 'invalid_value', values: ['a', 'b'], message: 'x', path: [] })).toBe('只能是 a、b');
    expect(zhIssue({ code: 'custom', message: '必须注明来源 (source is required)', path: [] })).toBe('必须注明来源');
  });
});

describe('entry form: pattern entries the matcher cannot run', () => {
  it('refuses an entry whose pattern uses lookahead, saying so in Chinese', () => {
    const d = dict();
    const r = validateEntryChange(d, { ...d.entries[1]!, pattern: '乙(?=词)' }, 1);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.general).toEqual([expect.stringMatching(/^pattern：正则表达式不能使用前向查找/)]);
  });
});
