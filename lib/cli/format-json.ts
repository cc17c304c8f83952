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

/** A finding with the contract's fields only, in contract order. */
function contractFinding(f: Finding): Partial<Finding> {
  const out: Partial<Finding> = {
    ruleId: f.ruleId,
    category: f.category,
    severity: f.severity,
    field: f.field,
    start: f.start,
    end: f.end,
    text: f.text,
    message: f.message,
    suggestions: f.suggestions,
  };
  if (f.source !== undefined) out.source = f.source;
  if (f.url !== undefined) out.url = f.url;
  return out;
}

/**
 * One element of the CLI's JSON array, exactly as JSON.stringify(results, null, 2) writes it inside the array (two
 * spaces in): stringified inside a one-element array, whose brackets are cut off, so the native stringifier does
 * the indenting (measured faster than a replacer list with a re-indent, or building the text by hand).
 */
function element(value: object): string {
  const s = JSON.stringify([value], null, 2);
  return s.slice(2, -2);
}

/** `{ file, findings }` as an element of the CLI's JSON array. */
export function jsonFileElement(file: string, findings: readonly Finding[]): string {
  return element({ file, findings: findings.map(contractFinding) });
}

/** `{ file, error }` as an element of the CLI's JSON array. */
export function jsonErrorElement(file: string, error: string): string {
  return element({ file, error });
}
