import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveEffective } from '../../../lib/settings/resolve';
import { policySchema, settingsSchema } from '../../../lib/settings/schema';

interface Node {
  type?: string;
  title?: string;
  description?: string;
  properties?: Record<string, Node>;
  additionalProperties?: Node;
  items?: Node;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
}

const schema = JSON.parse(readFileSync(join(__dirname, '../../../public/managed_schema.json'), 'utf8')) as Node;

/** The example policy of the admin documentation (docs-admin-section.md). */
const EXAMPLE = {
  subscriptionUrl: 'https://dict.example.gov.cn/publish-guard/bundle.json',
  publicKey: 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE…',
  refreshHours: 6,
  lockedRules: { sensitive: 'block', 'formulation.north-korea': 'block', bureaucratic: 'info' },
  gateMode: 'block',
  requiredLevels: 2,
  reviewers: [
    { name: '王主任', level: 2 },
    { name: '李编辑', level: 1 },
  ],
  lockReviewers: true,
  lockDictionaries: true,
};

/** Validates a value against Chrome's JSON-schema subset (type, properties, additionalProperties, items, enum, minimum, maximum). */
function validate(node: Node, value: unknown, path = '(root)'): string[] {
  const errs: string[] = [];
  const t = node.type;
  const ok =
    (t === 'string' && typeof value === 'string') ||
    (t === 'integer' && Number.isInteger(value)) ||
    (t === 'number' && typeof value === 'number') ||
    (t === 'boolean' && typeof value === 'boolean') ||
    (t === 'array' && Array.isArray(value)) ||
    (t === 'object' && !!value && typeof value === 'object' && !Array.isArray(value));
  if (!ok) return [`${path}: expected ${t}`];
  if (node.enum && !node.enum.includes(value)) errs.push(`${path}: not in enum`);
  if (typeof value === 'number' && node.minimum !== undefined && value < node.minimum) errs.push(`${path}: < minimum`);
  if (typeof value === 'number' && node.maximum !== undefined && value > node.maximum) errs.push(`${path}: > maximum`);
  if (Array.isArray(value) && node.items) {
    for (const [i, v] of value.entries()) errs.push(...validate(node.items, v, `${path}[${i}]`));
  }
  if (t === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const sub = node.properties?.[k] ?? node.additionalProperties;
      if (sub) errs.push(...validate(sub, v, `${path}.${k}`));
      else errs.push(`${path}.${k}: unknown`);
    }
  }
  return errs;
}

function walk(node: Node, visit: (n: Node, path: string) => void, path = '(root)'): void {
  visit(node, path);
  for (const [k, v] of Object.entries(node.properties ?? {})) walk(v, visit, `${path}.${k}`);
  if (node.additionalProperties) walk(node.additionalProperties, visit, `${path}.*`);
  if (node.items) walk(node.items, visit, `${path}[]`);
}

describe('public/managed_schema.json', () => {
  it('declares exactly the policy fields', () => {
    expect(Object.keys(schema.properties ?? {}).sort()).toEqual(Object.keys(policySchema.shape).sort());
  });

  it('follows Chrome rules: object at the top without additionalProperties; every schema has a type', () => {
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBeUndefined();
    walk(schema, (n, path) => {
      expect(typeof n.type, path).toBe('string');
      expect(['string', 'integer', 'number', 'boolean', 'array', 'object']).toContain(n.type);
    });
    for (const [k, v] of Object.entries(schema.properties ?? {})) {
      expect(v.description, k).toMatch(/[\u4e00-\u9fff].* \/ [A-Za-z]/);
    }
  });

  it('accepts the documented example, which is also a valid policySchema value', () => {
    expect(validate(schema, EXAMPLE)).toEqual([]);
    const policy = policySchema.parse(EXAMPLE);
    const eff = resolveEffective(settingsSchema.parse({ gateMode: 'off', rules: { sensitive: 'warn' } }), policy);
    expect(eff.gate).toEqual({ mode: 'block', requiredLevels: 2, strictBackstop: false });
    expect(eff.rules.sensitive).toBe('block');
    expect(eff.locked).toMatchObject({
      gateMode: true,
      requiredLevels: true,
      reviewers: true,
      subscription: true,
      dictionaries: true,
    });
  });

  it('rejects values the policy schema rejects', () => {
    expect(validate(schema, { gateMode: 'maybe' })).not.toEqual([]);
    expect(validate(schema, { lockedRules: { sensitive: 'fatal' } })).not.toEqual([]);
    expect(validate(schema, { requiredLevels: 4 })).not.toEqual([]);
    expect(validate(schema, { reviewers: [{ name: '王', level: 0 }] })).not.toEqual([]);
  });
});
