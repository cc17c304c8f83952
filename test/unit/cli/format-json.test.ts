import { describe, expect, it } from 'vitest';
import { FINDING_KEYS, jsonErrorElement, jsonFileElement } from '../../../lib/cli/format-json';
import type { Finding } from '../../../lib/engine/types';
import { rng } from '../../../scripts/bench-data';

const STRINGS = ['', '北朝鲜', 'a"b\\c', '第一行\n第二行\t\r', '😀\u2028\u0001', '</script>'];

/** What the CLI wrote before streaming: the whole array through JSON.stringify, contract fields only. */
function reference(elements: Array<{ file: string; findings: Finding[] } | { file: string; error: string }>): string {
  const pick = (f: Finding) => {
    const out: Record<string, unknown> = {};
    for (const k of FINDING_KEYS) if (f[k] !== undefined) out[k] = f[k];
    return out;
  };
  const plain = elements.map((e) => ('error' in e ? e : { file: e.file, findings: e.findings.map(pick) }));
  return `${JSON.stringify(plain, null, 2)}\n`;
}

function streamed(elements: Array<{ file: string; findings: Finding[] } | { file: string; error: string }>): string {
  if (elements.length === 0) return '[]\n';
  const parts = elements.map((e) =>
    'error' in e ? jsonErrorElement(e.file, e.error) : jsonFileElement(e.file, e.findings),
  );
  return `[\n${parts.join(',\n')}\n]\n`;
}

describe('JSON output written element by element', () => {
  it('is byte for byte JSON.stringify(results, null, 2) of the contract fields', () => {
    const next = rng(2026);
    const pickS = () => STRINGS[Math.floor(next() * STRINGS.length)]!;
    for (let n = 0; n < 200; n++) {
      const elements = Array.from({ length: Math.floor(next() * 4) }, (_, i) => {
        if (next() < 0.2) return { file: `${pickS()}${i}.txt`, error: pickS() };
        const findings = Array.from({ length: Math.floor(next() * 4) }, () => {
          const f = {
            ruleId: 'formulation.north-korea',
            category: 'formulation',
            severity: next() < 0.5 ? 'block' : 'info',
            field: 'body',
            start: Math.floor(next() * 100),
            end: Math.floor(next() * 100),
            text: pickS(),
            message: pickS(),
            suggestions: Array.from({ length: Math.floor(next() * 3) }, pickS),
            source: next() < 0.5 ? pickS() : undefined,
            url: next() < 0.3 ? 'https://example.org/"x"' : undefined,
            // Not in the contract: never reaches the output.
            internal: { paragraph: 3 },
          };
          return f as unknown as Finding;
        });
        return { file: `${pickS()}${i}.json`, findings };
      });
      expect(streamed(elements)).toBe(reference(elements));
      expect(() => JSON.parse(streamed(elements))).not.toThrow();
    }
  });
});
