import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { DictionaryLockedError, recordDictionaryExport, saveImportedDictionary } from '../../../lib/dict/admin';
import { type ImportOptions, importDictionary } from '../../../lib/dict/import';
import { validateDictionary } from '../../../lib/dict/load';
import { openStore } from '../../../lib/store/db';
import { RecordStore } from '../../../lib/store/records';
import { ConfigStore } from '../../../lib/store/settings-store';

const opts: ImportOptions = {
  fileName: 'list.txt',
  importer: '张三',
  time: '2025-06-15T08:00:00.000Z',
  category: 'sensitive',
  dictionaryId: 'custom-unit',
  dictionaryName: '本单位词表',
};
const NOW = new Date('2025-06-15T09:00:00.000Z');

let n = 0;
let config: ConfigStore;
let records: RecordStore;
beforeEach(() => {
  const db = openStore(`pg-dict-admin-test-${++n}`);
  config = new ConfigStore(db);
  records = new RecordStore(db);
});

describe('saveImportedDictionary', () => {
  it('stores a new custom dictionary and writes one audit record', async () => {
    const report = await importDictionary('甲\n乙\n甲\n', 'txt', opts);
    const { stored, added } = await saveImportedDictionary(
      { config, records },
      { report, actor: '张三', fileName: 'list.txt', format: 'txt', now: NOW },
    );
    expect(added).toBe(2);
    expect(stored).toMatchObject({ id: 'custom-unit', origin: 'custom', enabled: true, updatedAt: NOW.toISOString() });
    expect(validateDictionary((await config.getDictionary('custom-unit'))!.dictionary).ok).toBe(true);
    const audit = (await records.auditFor('import')).records;
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: '张三', time: NOW.toISOString() });
    expect(audit[0]!.summary).toBe('张三从 list.txt 导入词库《本单位词表》：2 个词条');
    expect(audit[0]!.details).toMatchObject({
      dictionaryId: 'custom-unit',
      file: 'list.txt',
      format: 'txt',
      duplicates: 1,
    });
  });

  it('merges into an existing custom dictionary (stable ids replace, new terms are added)', async () => {
    await saveImportedDictionary(
      { config, records },
      { report: await importDictionary('甲\n乙\n', 'txt', opts), actor: '张三', fileName: 'a.txt', format: 'txt' },
    );
    const second = await importDictionary('term,severity\n乙,block\n丙,\n', 'csv', { ...opts, dictionaryId: 'tmp' });
    const r = await saveImportedDictionary(
      { config, records },
      { report: second, actor: '李四', fileName: 'b.csv', format: 'csv', mergeInto: 'custom-unit' },
    );
    expect({ added: r.added, replaced: r.replaced }).toEqual({ added: 1, replaced: 1 });
    const d = validateDictionary((await config.getDictionary('custom-unit'))!.dictionary);
    expect(d.ok && d.dictionary.entries.map((e) => [e.terms[0], e.severity])).toEqual([
      ['甲', 'warn'],
      ['乙', 'block'],
      ['丙', 'warn'],
    ]);
    expect((await records.auditFor('import')).records.at(-1)!.summary).toContain('新增 1，替换 1');
  });

  it('refuses failed reports, locked dictionaries, missing targets and subscription ids; changes nothing', async () => {
    const bad = await importDictionary('甲\t\tfatal\n', 'txt', opts);
    await expect(
      saveImportedDictionary({ config, records }, { report: bad, actor: 'x', fileName: 'f', format: 'txt' }),
    ).rejects.toThrow('未做任何更改');
    const good = await importDictionary('甲\n', 'txt', opts);
    await expect(
      saveImportedDictionary(
        { config, records, policy: { lockDictionaries: true } },
        { report: good, actor: 'x', fileName: 'f', format: 'txt' },
      ),
    ).rejects.toBeInstanceOf(DictionaryLockedError);
    await expect(
      saveImportedDictionary(
        { config, records },
        { report: good, actor: 'x', fileName: 'f', format: 'txt', mergeInto: 'nope' },
      ),
    ).rejects.toThrow('找不到自定义词库');
    await config.putDictionary({
      id: 'custom-unit',
      origin: 'subscription',
      enabled: true,
      updatedAt: 'x',
      dictionary: {},
    });
    await expect(
      saveImportedDictionary({ config, records }, { report: good, actor: 'x', fileName: 'f', format: 'txt' }),
    ).rejects.toThrow('订阅词库');
    expect((await records.auditFor('import')).records).toEqual([]);
  });
});

describe('recordDictionaryExport', () => {
  it('writes an export audit record', async () => {
    const d = (await importDictionary('甲\n', 'txt', opts)).dictionary!;
    await recordDictionaryExport(records, { actor: '王五', dictionary: d, format: 'csv', now: NOW });
    const audit = (await records.auditFor('export')).records;
    expect(audit[0]).toMatchObject({ actor: '王五', summary: '王五导出词库《本单位词表》（CSV，1 个词条）' });
  });
});
