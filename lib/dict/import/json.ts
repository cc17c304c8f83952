import { type DictEntry, dictionarySchema, formatIssuePath } from '../../engine/dictionary/schema';
import { lineOf } from './decode';
import { IdAllocator, importedEntryId } from './ids';
import { MAX_IMPORT_ENTRIES, tooManyMessage } from './limits';
import { cancelled, failed, Issues, yieldToEventLoop, zhMessage } from './report';
import { dictionaryShell, importSource } from './shell';
import type { ImportOptions, ImportReport } from './types';

/** JSON imports: a native dictionary, or an array of native entries filled in as for TXT. */

export async function importJson(text: string, opts: ImportOptions, time: string): Promise<ImportReport> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    const msg = (err as Error).message;
    const pos = /position (\d+)/.exec(msg);
    const lineCol = /line (\d+)/.exec(msg);
    const line = pos ? lineOf(text, Number(pos[1])) : lineCol ? Number(lineCol[1]) : undefined;
    return failed(
      line !== undefined
        ? { line, message: `第 ${line} 行：JSON 格式错误（${msg}）` }
        : { message: `JSON 格式错误（${msg}）` },
    );
  }
  let dict: Record<string, unknown>;
  if (Array.isArray(value)) {
    dict = { ...dictionaryShell(opts, time), entries: fillEntries(value, opts, time) };
  } else if (value && typeof value === 'object') {
    dict = value as Record<string, unknown>;
    if ('payload' in dict && 'signature' in dict) {
      return failed({
        message: '这是签名词库包（订阅用），不是词库文件。请导入词库 JSON 文件，或在“词库订阅”中配置其地址。',
      });
    }
  } else {
    return failed({ message: 'JSON 文件须是一个词库对象（{"format": 1, "id": …, "entries": […]}）或词条数组。' });
  }

  const issues = new Issues();
  const entries = Array.isArray(dict.entries) ? (dict.entries as unknown[]) : undefined;
  const shellInput = { ...dict, entries: [] };
  const shell = dictionarySchema().safeParse(shellInput);
  if (!shell.success) {
    for (const i of shell.error.issues)
      issues.add({ field: formatIssuePath(i.path), message: `${formatIssuePath(i.path)}：${zhMessage(i as never)}` });
  }
  if (!entries) {
    if (!('entries' in dict)) issues.add({ field: 'entries', message: 'entries：缺少此字段' });
    return { ok: false, entryCount: 0, errors: issues.result(), duplicates: [], conflicts: [] };
  }
  if (entries.length > MAX_IMPORT_ENTRIES) return failed({ message: tooManyMessage() });

  const chunk = Math.max(1, opts.chunkSize ?? 2000);
  const total = entries.length;
  const out: DictEntry[] = [];
  const ids = new Map<string, number>();
  for (let start = 0; start < total; start += chunk) {
    const slice = entries.slice(start, start + chunk);
    const r = dictionarySchema().safeParse({ ...shellInput, entries: slice });
    if (r.success) out.push(...r.data.entries);
    else {
      for (const i of r.error.issues) {
        const [head, index, field] = i.path;
        if (head !== 'entries' || typeof index !== 'number') continue; // shell issues are reported above
        if (field === 'id' && i.code === 'custom') continue; // duplicate ids: checked across chunks below
        const path = formatIssuePath(['entries', start + index, ...i.path.slice(2)]);
        issues.add({ field: path, message: `${path}：${zhMessage(i as never)}` });
      }
    }
    slice.forEach((e, k) => {
      const id = (e as { id?: unknown })?.id;
      if (typeof id !== 'string') return;
      const first = ids.get(id);
      if (first !== undefined) {
        const path = `entries[${start + k}].id`;
        issues.add({ field: path, message: `${path}：重复的 id: ${id}（与 entries[${first}] 相同）` });
      } else ids.set(id, start + k);
    });
    opts.onProgress?.(Math.min(start + chunk, total), total);
    await yieldToEventLoop();
    if (opts.signal?.aborted) return cancelled();
  }
  if (total === 0) opts.onProgress?.(0, 0);

  const { duplicates, conflicts } = jsonOverlaps(entries);
  const report: ImportReport = {
    ok: issues.count === 0,
    entryCount: total,
    errors: issues.result(),
    duplicates,
    conflicts,
  };
  if (report.ok && shell.success) report.dictionary = { ...shell.data, entries: out };
  else report.ok = false;
  return report;
}

/** Fills id, severity, source and provenance of bare entries (an array-of-entries JSON file). */
function fillEntries(raw: unknown[], opts: ImportOptions, time: string): unknown[] {
  const ids = new IdAllocator();
  for (const e of raw) {
    const id = (e as { id?: unknown })?.id;
    if (typeof id === 'string') ids.add(id);
  }
  const source = importSource(opts, time);
  return raw.map((e) => {
    if (!e || typeof e !== 'object' || Array.isArray(e)) return e;
    const o = { ...(e as Record<string, unknown>) };
    if (o.id === undefined) {
      const terms = Array.isArray(o.terms) ? o.terms : [];
      const allow = Array.isArray(o.allow) ? o.allow : [];
      const key = String(terms[0] ?? allow[0] ?? o.pattern ?? '');
      o.id = ids.take(importedEntryId(key, terms.length === 0 && allow.length > 0));
    }
    o.severity ??= 'warn';
    o.source ??= source;
    o.provenance ??= { file: opts.fileName, importer: opts.importer, time };
    return o;
  });
}

function jsonOverlaps(entries: unknown[]): Pick<ImportReport, 'duplicates' | 'conflicts'> {
  const deny = new Map<string, number[]>();
  const allow = new Map<string, number[]>();
  entries.forEach((e, i) => {
    const o = e as { terms?: unknown; allow?: unknown };
    for (const [list, map] of [
      [o?.terms, deny],
      [o?.allow, allow],
    ] as const) {
      if (!Array.isArray(list)) continue;
      for (const t of new Set(list)) {
        if (typeof t !== 'string') continue;
        const l = map.get(t);
        if (l) l.push(i + 1);
        else map.set(t, [i + 1]);
      }
    }
  });
  const duplicates: Array<{ term: string; lines: number[] }> = [];
  for (const [term, lines] of deny) if (lines.length > 1) duplicates.push({ term, lines });
  const conflicts: Array<{ term: string; lines: number[] }> = [];
  for (const [term, lines] of deny) {
    const a = allow.get(term);
    if (a) conflicts.push({ term, lines: [...new Set([...lines, ...a])].sort((x, y) => x - y) });
  }
  return { duplicates, conflicts };
}
