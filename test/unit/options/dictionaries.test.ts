import { describe, expect, it } from 'vitest';
import { type Dictionary, dictionarySchema } from '../../../lib/engine/dictionary/schema';
import { chineseText, messageText, readUiMessage } from '../../../lib/i18n/ui-message';
import {
  buildRows,
  bumpVersion,
  categoriesLabel,
  checkNewDictionaryId,
  describeEntryChange,
  entryRuleId,
  newCustomDictionary,
  searchEntries,
  suggestDictionaryId,
} from '../../../lib/options/dictionaries';
import type { StoredDictionary } from '../../../lib/store/schema';

const d = (id: string, over: Partial<Dictionary> = {}): Dictionary =>
  dictionarySchema().parse({
    format: 1,
    id,
    name: `词库 ${id}`,
    version: '1.0.0',
    category: 'typo',
    requireExamples: false,
    entries: [
      { id: 'e1', severity: 'warn', terms: ['再接再励'], suggestions: ['再接再厉'], source: 's' },
      {
        id: 'e2',
        category: 'formulation',
        severity: 'block',
        terms: ['北朝鲜'],
        allow: ['北朝鲜族'],
        note: '涉外表述',
        source: 's',
      },
    ],
    ...over,
  });
const stored = (
  id: string,
  origin: StoredDictionary['origin'],
  dictionary: unknown,
  enabled = true,
): StoredDictionary => ({
  id,
  origin,
  enabled,
  updatedAt: '2025-06-15T00:00:00.000Z',
  dictionary,
});

describe('dictionary rows', () => {
  it('lists built-in, then custom, then subscription dictionaries with their state', () => {
    const rows = buildRows(
      [d('typo'), { id: 'broken' }],
      [
        stored('sub-unit', 'subscription', d('unit')),
        stored('custom-a', 'custom', d('custom-a'), false),
        stored('custom-bad', 'custom', { id: 'x' }),
      ],
      { typo: false },
    );
    expect(rows.map((r) => [r.key, r.origin, r.enabled])).toEqual([
      ['typo', 'builtin', false],
      ['broken', 'builtin', true],
      ['custom-a', 'custom', false],
      ['custom-bad', 'custom', true],
      ['sub-unit', 'subscription', true],
    ]);
    expect(rows[1]!.error).toBeTruthy();
    expect(rows[3]!.dictionary).toBeUndefined();
    expect(rows[0]!.dictionary?.entries).toHaveLength(2);
    expect(categoriesLabel(rows[0]!.dictionary!)).toBe('错别字、规范表述');
    expect(entryRuleId(rows[0]!.dictionary!, rows[0]!.dictionary!.entries[1]!)).toBe('formulation.e2');
  });

  it('searches terms, allow-list, suggestions and notes, case-insensitively, with a limit', () => {
    const rows = buildRows([d('typo')], [stored('custom-a', 'custom', d('custom-a'))], {});
    expect(searchEntries(rows, '再接').map((h) => `${h.row.key}/${h.entry.id}`)).toEqual(['typo/e1', 'custom-a/e1']);
    expect(searchEntries(rows, '再接', 1)).toHaveLength(1);
    expect(searchEntries(rows, '朝鲜族').map((h) => h.entry.id)).toEqual(['e2', 'e2']);
    expect(searchEntries(rows, '涉外')).toHaveLength(2);
    expect(searchEntries(rows, '再接再厉')).toHaveLength(2);
    expect(searchEntries(rows, '没有')).toEqual([]);
    expect(searchEntries(rows, '')).toHaveLength(4);
  });

  it('checks and suggests new custom dictionary ids', () => {
    const rows = buildRows([d('typo')], [stored('custom-20250615', 'custom', d('custom-20250615'))], {});
    expect(checkNewDictionaryId('typo', rows)).toContain('已被使用');
    expect(checkNewDictionaryId('Bad', rows)).toContain('只能包含');
    expect(checkNewDictionaryId('sub-x', rows)).toContain('订阅');
    expect(checkNewDictionaryId('', rows)).toBe('请填写词库 id');
    expect(checkNewDictionaryId('unit-words', rows)).toBeUndefined();
    expect(suggestDictionaryId(rows, new Date(2025, 5, 15))).toBe('custom-20250615-2');
    expect(suggestDictionaryId([], new Date(2025, 5, 15))).toBe('custom-20250615');
  });

  it('creates a valid empty custom dictionary', () => {
    const r = newCustomDictionary({ id: 'unit-words', name: ' 本单位词表 ', category: 'sensitive' });
    expect(r.ok).toBe(true);
    if (r.ok)
      expect(r.dictionary).toMatchObject({ id: 'unit-words', name: '本单位词表', requireExamples: false, entries: [] });
    const bad = newCustomDictionary({ id: 'x', name: '  ', category: 'sensitive' });
    expect(bad.ok).toBe(false);
  });

  it('bumps versions', () => {
    expect(bumpVersion('3')).toBe('4');
    expect(bumpVersion('1.0.9')).toBe('1.0.10');
    expect(bumpVersion('2025-06-15T00:00:00.000Z')).toBe('2025-06-15T00:00:00.000Z+1');
  });

  it('describes entry changes for the audit log', () => {
    const [a, b] = d('typo').entries as [Dictionary['entries'][0], Dictionary['entries'][0]];
    const zh = (...args: Parameters<typeof describeEntryChange>) => chineseText(describeEntryChange(...args));
    const en = (...args: Parameters<typeof describeEntryChange>) => messageText(describeEntryChange(...args), 'en');
    expect(zh('本单位词表', undefined, a)).toBe('在词库《本单位词表》中新增词条“再接再励”（需注意）');
    expect(en('本单位词表', undefined, a)).toBe('Added entry “再接再励” (Warning) to dictionary “本单位词表”');
    expect(zh('本单位词表', b, undefined)).toBe('从词库《本单位词表》中删除词条“北朝鲜”');
    expect(zh('本单位词表', a, { ...a, severity: 'block', enabled: false })).toBe(
      '修改词库《本单位词表》的词条“再接再励”：严重程度 需注意 → 禁止发布；停用',
    );
    expect(en('本单位词表', a, { ...a, severity: 'block', enabled: false })).toBe(
      'Changed entry “再接再励” of dictionary “本单位词表”: severity Warning → Block; turned off',
    );
    expect(zh('本单位词表', a, { ...a, terms: [] })).toContain('词条 再接再励 → （无）');
    const many = { ...a, terms: ['一', '二', '三', '四'] };
    expect(zh('X', undefined, many)).toContain('“一”、“二”、“三”等 4 个词');
    // A coded summary survives storage (arrays of messages included).
    const changed = describeEntryChange('X', a, { ...a, severity: 'block', enabled: false });
    expect(readUiMessage(JSON.parse(JSON.stringify(changed)))).toEqual(changed);
  });
});

describe('readable dictionary versions', () => {
  it('imports get a short version; older ISO-timestamp versions display as date and minute', async () => {
    const { importVersion } = await import('../../../lib/dict/import');
    const { displayVersion } = await import('../../../lib/options/dictionaries');
    expect(importVersion('2026-12-04T10:32:45.123Z')).toBe('2026.12.04-1032');
    expect(displayVersion('2026-11-27T08:15:30.000Z')).toBe('2026-11-27 08:15');
    expect(displayVersion('2026-11-27T08:15:30.000Z+1')).toBe('2026-11-27 08:15 (+1)');
    expect(displayVersion('2.0.0')).toBe('2.0.0');
    expect(displayVersion(undefined)).toBe('—');
  });
});
