import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setTableStore, type TableStore } from '../../../lib/engine/data/store';
import { isJsonRef, type JsonRef, jsonInputOf, jsonOf } from '../../../lib/engine/data/text-source';
import type { Finding } from '../../../lib/engine/types';
import { fileJsonRef, loadBuiltinData } from '../../../lib/node/builtin';
import { installTableCodecs } from '../../../lib/node/table-codecs';
import { createEngine, type EngineData } from '../../../lib/rules/create';

// JSON tables passed as references (the CLI's JSON data files): parsed only when a table is built from them, and
// stored under the reference's id instead of their JSON text.

describe('JsonRef', () => {
  it('is told apart from any parsed JSON, and gives its value and store input', () => {
    const ref: JsonRef = { jsonRefId: 'f1', value: () => ({ a: 1 }) };
    expect(isJsonRef(ref)).toBe(true);
    for (const v of [undefined, null, 1, 'x', [], {}, { jsonRefId: 'f1', value: 1 }, { value: () => 1 }])
      expect(isJsonRef(v)).toBe(false);
    expect(jsonOf(ref)).toEqual({ a: 1 });
    expect(jsonOf({ b: 2 })).toEqual({ b: 2 });
    expect(jsonOf(undefined)).toBeUndefined();
    expect(jsonInputOf(ref)).toBe('\u0000ref\u0000f1');
    expect(jsonInputOf({ b: 2 })).toBe('{"b":2}');
    expect(jsonInputOf(undefined)).toBeUndefined();
    // no JSON text equals a reference's input
    expect(jsonInputOf('\u0000ref\u0000f1')).not.toBe(jsonInputOf(ref));
  });

  it('fileJsonRef parses the file on first use only, and its id changes with the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-jsonref-'));
    const f = join(dir, 'x.json');
    writeFileSync(f, '{"n":1}');
    const ref = fileJsonRef(f);
    writeFileSync(f, '{"n":22}'); // read on first use: the text as it is then
    expect(ref.value()).toEqual({ n: 22 });
    writeFileSync(f, '{"n":333}');
    expect(ref.value()).toEqual({ n: 22 });
    expect(fileJsonRef(f).jsonRefId).not.toBe(ref.jsonRefId);
  });
});

describe('an engine built from JSON references', { timeout: 120_000 }, () => {
  it('gives the findings of the parsed tables, and with a warm store parses none but rule-data', () => {
    const data = loadBuiltinData();
    const calls: Record<string, number> = {};
    const ref = (id: string, v: unknown): JsonRef => ({
      jsonRefId: id,
      value: () => {
        calls[id] = (calls[id] ?? 0) + 1;
        return v;
      },
    });
    const keys = ['links', 'sources', 'names', 'ruleData', 'replyTone'] as const;
    const withRefs: EngineData = { ...data };
    for (const k of keys) withRefs[k] = ref(k, data[k]);
    const body =
      '网友留言：路灯坏了。回复：你自己去查，别烦我。习近萍总书记主持会议。要防微杜惭。详见http://www.gov.cn。';
    const run = (d: EngineData) =>
      createEngine(d)
        .checker.check({ platform: 'generic', body }, { today: '2025-06-15' })
        .map((f: Finding) => `${f.ruleId}@${f.start}-${f.end}`);
    const expected = run(data);
    expect(expected.length).toBeGreaterThan(2);
    const entries = new Map<string, Uint8Array>();
    const store: TableStore = {
      get: (kind, input) => entries.get(`${kind}\u0000${input}`),
      set: (kind, input, bytes) => {
        entries.set(`${kind}\u0000${input}`, bytes);
      },
    };
    installTableCodecs();
    setTableStore(store);
    try {
      expect(run(withRefs)).toEqual(expected);
      expect(calls.replyTone).toBeGreaterThan(0);
      for (const k of keys) calls[k] = 0;
      expect(run(withRefs)).toEqual(expected);
      expect({ ...calls, ruleData: 0 }).toEqual({ links: 0, sources: 0, names: 0, ruleData: 0, replyTone: 0 });
    } finally {
      setTableStore(undefined);
    }
  });
});
