import type { Finding } from '../engine/types';

/** The contract's finding fields, in order (nothing extra reaches the JSON output). */
export const FINDING_KEYS = [
  'ruleId',
  'category',
  'severity',
  'field',
  'start',
  'end',
  'text',
  'message',
  'suggestions',
  'source',
  'url',
] as const;

const I2 = '\n    ';
const I3 = '\n      ';
const I4 = '\n        ';

/** A value as JSON.stringify(…, null, 2) writes it at `indent` (the newline and spaces of its own level). */
function value(v: unknown, indent: string): string {
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null) return JSON.stringify(v);
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) {
    if (v.length === 0) return '[]';
    let s = '[';
    for (let i = 0; i < v.length; i++) s += `${i ? ',' : ''}${indent}  ${JSON.stringify(v[i])}`;
    return `${s}${indent}]`;
  }
  // Anything else (not expected in a finding) the slow, general way.
  return JSON.stringify(v, null, 2).replace(/\n/g, indent);
}

/** One finding at the depth of `[{ "findings": [ here ] }]`, its contract fields only, in contract order. */
function finding(f: Finding): string {
  let s = '{';
  let first = true;
  for (const key of FINDING_KEYS) {
    const v = f[key];
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
    s += `${first ? '' : ','}${I4}"${key}": ${value(v, I4)}`;
    first = false;
  }
  return first ? '{}' : `${s}${I3}}`;
}

/**
 * One element of the CLI's JSON array, `{ file, findings }`, exactly as JSON.stringify(results, null, 2) writes it
 * inside the array (two spaces in), built directly instead of through a replacer and a re-indent.
 */
export function jsonFileElement(file: string, findings: readonly Finding[]): string {
  let s = `  {${I2}"file": ${JSON.stringify(file)},${I2}"findings": `;
  if (findings.length === 0) return `${s}[]\n  }`;
  s += '[';
  for (let i = 0; i < findings.length; i++) s += `${i ? ',' : ''}${I3}${finding(findings[i]!)}`;
  return `${s}${I2}]\n  }`;
}

/** `{ file, error }` as an element of the CLI's JSON array. */
export function jsonErrorElement(file: string, error: string): string {
  return `  {${I2}"file": ${JSON.stringify(file)},${I2}"error": ${JSON.stringify(error)}\n  }`;
}
