import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  managedSchemaText,
  POLICY_FIELDS,
  POLICY_KEYS,
  parsePolicy,
  policySchema,
} from '../../../lib/settings/policy-fields';
import { effectiveRetention, resolveEffective } from '../../../lib/settings/resolve';
import { settingsSchema } from '../../../lib/settings/schema';

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
  pattern?: string;
}

const schemaText = readFileSync(join(__dirname, '../../../public/managed_schema.json'), 'utf8');
const schema = JSON.parse(schemaText) as Node;

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
  strictBackstop: true,
  retentionDays: 365,
  minRetentionDays: 365,
};

/** Validates a value against Chrome's JSON-schema subset (type, properties, additionalProperties, items, enum, minimum, maximum, pattern). */
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
  if (typeof value === 'string' && node.pattern !== undefined && !new RegExp(node.pattern).test(value))
    errs.push(`${path}: pattern`);
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

const ALLOWED_KEYWORDS = new Set([
  'type',
  'title',
  'description',
  'properties',
  'additionalProperties',
  'items',
  'enum',
  'minimum',
  'maximum',
  'pattern',
]);

describe('public/managed_schema.json', () => {
  it('is the file generated from the policy table (npm run build:policy-schema)', () => {
    expect(schemaText).toBe(managedSchemaText());
  });

  it('declares exactly the policy fields', () => {
    expect(Object.keys(schema.properties ?? {}).sort()).toEqual(Object.keys(policySchema.shape).sort());
  });

  it('uses only the JSON-schema keywords Chrome supports', () => {
    walk(schema, (n, path) => {
      for (const k of Object.keys(n)) expect(ALLOWED_KEYWORDS.has(k), `${path}.${k}`).toBe(true);
    });
  });

  it('agrees with the zod schema on every sample value of every key', () => {
    for (const k of POLICY_KEYS) {
      const { samples } = POLICY_FIELDS[k];
      const node = schema.properties![k]!;
      expect(samples.valid.length, k).toBeGreaterThan(0);
      expect(samples.invalid.length, k).toBeGreaterThan(0);
      for (const v of samples.valid) {
        expect(validate(node, v), `${k} = ${JSON.stringify(v)} (JSON schema)`).toEqual([]);
        expect(parsePolicy({ [k]: v }).invalid, `${k} = ${JSON.stringify(v)} (zod)`).toEqual([]);
      }
      for (const v of samples.invalid) {
        expect(validate(node, v), `${k} = ${JSON.stringify(v)} (JSON schema)`).not.toEqual([]);
        expect(parsePolicy({ [k]: v }).invalid.length, `${k} = ${JSON.stringify(v)} (zod)`).toBeGreaterThan(0);
      }
    }
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
    expect(eff.gate).toEqual({ mode: 'block', requiredLevels: 2, strictBackstop: true });
    expect(eff.rules.sensitive).toBe('block');
    expect(eff.locked).toMatchObject({
      gateMode: true,
      requiredLevels: true,
      reviewers: true,
      subscription: true,
      dictionaries: true,
      strictBackstop: true,
      retention: true,
    });
    expect(effectiveRetention({ retentionDays: 30 }, policy)).toEqual({
      days: 365,
      minRetentionDays: 365,
      floorDays: 365,
      locked: true,
    });
  });

  it('rejects values the policy schema rejects', () => {
    expect(validate(schema, { gateMode: 'maybe' })).not.toEqual([]);
    expect(validate(schema, { lockedRules: { sensitive: 'fatal' } })).not.toEqual([]);
    expect(validate(schema, { requiredLevels: 4 })).not.toEqual([]);
    expect(validate(schema, { reviewers: [{ name: '王', level: 0 }] })).not.toEqual([]);
  });
});

describe('parsePolicy: key by key', () => {
  it('applies every valid key and reports every invalid one', () => {
    const r = parsePolicy({
      gateMode: 'maybe',
      requiredLevels: 2,
      retentionDays: 1.5,
      strictBackstop: true,
      subscriptionUrl: 'http://dict.example.gov.cn/bundle.json',
      lockReviewers: true,
    });
    expect(r.policy).toEqual({ requiredLevels: 2, strictBackstop: true, lockReviewers: true });
    expect(r.invalid.map((p) => p.key).sort()).toEqual(['gateMode', 'retentionDays', 'subscriptionUrl']);
    for (const p of r.invalid) expect(p.message).toMatch(/[\u4e00-\u9fff]/);
    expect(r.invalid.find((p) => p.key === 'subscriptionUrl')?.message).toContain('https://');
    const eff = resolveEffective(settingsSchema.parse({ gateMode: 'off', requiredLevels: 0 }), r.policy);
    expect(eff.gate).toEqual({ mode: 'off', requiredLevels: 2, strictBackstop: true });
    expect(eff.locked).toMatchObject({ gateMode: false, requiredLevels: true, strictBackstop: true, retention: false });
  });

  it('keeps the valid entries of lockedRules and reports the bad ones', () => {
    const r = parsePolicy({ lockedRules: { sensitive: 'block', opinion: 'fatal', 'Bad Key': 'warn' } });
    expect(r.policy).toEqual({ lockedRules: { sensitive: 'block' } });
    expect(r.invalid.map((p) => p.key).sort()).toEqual(['lockedRules.Bad Key', 'lockedRules.opinion']);
  });

  it('reports unknown keys (a misspelt key is not silently ignored)', () => {
    const r = parsePolicy({ gatemode: 'block', requiredLevels: 1 });
    expect(r.policy).toEqual({ requiredLevels: 1 });
    expect(r.invalid).toEqual([{ key: 'gatemode', message: expect.stringContaining('未知的策略项') }]);
  });

  it('no policy, or nothing valid: undefined', () => {
    expect(parsePolicy({})).toEqual({ policy: undefined, invalid: [] });
    expect(parsePolicy({ requiredLevels: 9 }).policy).toBeUndefined();
  });

  it('minRetentionDays can only raise the floor of 180 days', () => {
    expect(parsePolicy({ minRetentionDays: 90 }).invalid.map((p) => p.key)).toEqual(['minRetentionDays']);
    expect(effectiveRetention({ retentionDays: 7 }, undefined)).toEqual({ days: 7, floorDays: 180, locked: false });
    expect(effectiveRetention({ retentionDays: 7 }, { minRetentionDays: 400 })).toMatchObject({
      days: 7,
      floorDays: 400,
      locked: false,
    });
  });
});
