import type { Dictionary } from '../engine/dictionary/schema';
import { codedSummary, msg } from '../i18n/ui-message';
import type { Policy } from '../settings/schema';
import type { RecordStore } from '../store/records';
import type { StoredDictionary } from '../store/schema';
import type { ConfigStore } from '../store/settings-store';
import type { ImportFormat, ImportReport } from './import';
import { mergeIntoDictionary } from './import';
import { validateDictionary } from './load';

/**
 * Storing an import and recording imports/exports in the audit log (who, when, what). Used by the
 * options page (extension origin, same IndexedDB as the background); after saving, the page sends
 * 'engine/invalidate' so open editor tabs pick the change up.
 */

export interface AdminDeps {
  /** Reads, and the protected write (the options page passes one that goes through the background). */
  config: Pick<ConfigStore, 'getDictionary' | 'putDictionary'>;
  records: RecordStore;
  policy?: Policy;
}

export class DictionaryLockedError extends Error {
  override name = 'DictionaryLockedError';
  constructor() {
    super('词库已由单位策略锁定，不能导入或修改。');
  }
}

/**
 * Saves a successful import as a new custom dictionary, or merges it into an existing custom one
 * (`mergeInto` = its stored id). One audit record (action 'import'). Throws a clear message when the
 * report is not ok, the target is not a custom dictionary, or policy locks dictionaries.
 */
export async function saveImportedDictionary(
  deps: AdminDeps,
  args: { report: ImportReport; actor: string; fileName: string; format: ImportFormat; mergeInto?: string; now?: Date },
): Promise<{ stored: StoredDictionary; added: number; replaced: number }> {
  if (deps.policy?.lockDictionaries) throw new DictionaryLockedError();
  const { report } = args;
  if (!report.ok || !report.dictionary) throw new Error('导入未通过校验，未做任何更改。');
  const time = (args.now ?? new Date()).toISOString();
  let dictionary: Dictionary = report.dictionary;
  let added = dictionary.entries.length;
  let replaced = 0;
  let id = dictionary.id;

  if (args.mergeInto) {
    const existing = await deps.config.getDictionary(args.mergeInto);
    if (existing?.origin !== 'custom') throw new Error(`找不到自定义词库 ${args.mergeInto}，未做任何更改。`);
    const valid = validateDictionary(existing.dictionary);
    if (!valid.ok) throw new Error(`自定义词库 ${args.mergeInto} 已损坏（${valid.errors[0]}），未做任何更改。`);
    ({ dictionary, added, replaced } = mergeIntoDictionary(valid.dictionary, dictionary));
    id = existing.id;
  } else {
    const clash = await deps.config.getDictionary(id);
    if (clash && clash.origin !== 'custom') throw new Error(`词库 id ${id} 已被订阅词库使用，请换一个 id。`);
  }

  if (args.mergeInto) {
    // The import itself was validated chunk by chunk; the merged result is checked once more.
    const checked = validateDictionary(dictionary);
    if (!checked.ok) throw new Error(`合并后的词库未通过校验（${checked.errors[0]}），未做任何更改。`);
    dictionary = checked.dictionary;
  }
  const stored: StoredDictionary = { id, origin: 'custom', enabled: true, updatedAt: time, dictionary };
  const previous = await deps.config.getDictionary(id);
  if (previous) stored.enabled = previous.enabled;
  await deps.config.putDictionary(stored);
  await deps.records.addAudit({
    action: 'import',
    actor: args.actor,
    time,
    ...codedSummary(
      msg('audit.dict-import', {
        actor: args.actor || msg('audit.admin'),
        file: args.fileName,
        name: dictionary.name,
        entries: report.entryCount,
        tail: args.mergeInto
          ? msg('audit.dict-import-merged', { added, replaced })
          : previous
            ? msg('audit.dict-import-replaced')
            : '',
      }),
    ),
    details: {
      dictionaryId: id,
      file: args.fileName,
      format: args.format,
      entries: report.entryCount,
      added,
      replaced,
      merged: Boolean(args.mergeInto),
      duplicates: report.duplicates.length,
      conflicts: report.conflicts.map((c) => c.term).slice(0, 50),
    },
  });
  return { stored, added, replaced };
}

/** Records an export in the audit log. */
export async function recordDictionaryExport(
  records: RecordStore,
  args: { actor: string; dictionary: Dictionary; format: ImportFormat; now?: Date },
): Promise<void> {
  await records.addAudit({
    action: 'export',
    actor: args.actor,
    time: (args.now ?? new Date()).toISOString(),
    ...codedSummary(
      msg('audit.dict-export', {
        actor: args.actor || msg('audit.admin'),
        name: args.dictionary.name,
        format: args.format.toUpperCase(),
        entries: args.dictionary.entries.length,
      }),
    ),
    details: { dictionaryId: args.dictionary.id, format: args.format, entries: args.dictionary.entries.length },
  });
}
