import { describe, expect, it } from 'vitest';
import { effectiveReviewers, resolveEffective } from '../../../lib/settings/resolve';
import { settingsSchema } from '../../../lib/settings/schema';

const settings = settingsSchema.parse({
  rules: { 'sensitive.wasai': 'off', opinion: 'info' },
  gateMode: 'block',
  requiredLevels: 1,
  profiles: [
    {
      id: 'health',
      name: '卫健委',
      accounts: ['健康某市'],
      rules: { 'advertising.medical': 'block', 'sensitive.nb': 'off' },
      requiredLevels: 2,
    },
  ],
  reviewers: [{ id: 'r1', name: '张初审', level: 1 }],
});

describe('effective settings: policy > account profile > default', () => {
  it('uses the defaults for an account without a profile', () => {
    const e = resolveEffective(settings, undefined, '某市发布');
    expect(e.profile.id).toBe('default');
    expect(e.gate).toEqual({ mode: 'block', requiredLevels: 1, strictBackstop: false });
    expect(e.rules.opinion).toBe('info');
  });
  it('applies the account profile over the defaults', () => {
    const e = resolveEffective(settings, undefined, ' 健康某市 ');
    expect(e.profile.name).toBe('卫健委');
    expect(e.gate.requiredLevels).toBe(2);
    expect(e.rules['advertising.medical']).toBe('block');
  });
  it('policy wins over both and reports what is locked', () => {
    const e = resolveEffective(
      settings,
      { gateMode: 'warn', requiredLevels: 3, lockedRules: { 'advertising.medical': 'warn' } },
      '健康某市',
    );
    expect(e.gate).toEqual({ mode: 'warn', requiredLevels: 3, strictBackstop: false });
    expect(e.rules['advertising.medical']).toBe('warn');
    expect(e.locked).toMatchObject({ gateMode: true, requiredLevels: true, rules: ['advertising.medical'] });
  });
  it('a category locked by policy cannot be loosened rule by rule', () => {
    const e = resolveEffective(settings, { lockedRules: { sensitive: 'block' } }, '健康某市');
    expect(e.rules.sensitive).toBe('block');
    expect(e.rules['sensitive.wasai']).toBeUndefined();
    expect(e.rules['sensitive.nb']).toBeUndefined();
  });
  it('reviewers pushed by policy replace the local list (keeping a local PIN for the same person)', () => {
    const pin = { algorithm: 'PBKDF2-SHA256' as const, iterations: 10_000, salt: 'c2FsdA==', hash: 'aGFzaA==' };
    const s = settingsSchema.parse({ ...settings, reviewers: [{ id: 'r1', name: '张初审', level: 1, pin }] });
    expect(effectiveReviewers(s, undefined).map((r) => r.id)).toEqual(['r1']);
    const r = effectiveReviewers(s, {
      reviewers: [
        { name: '张初审', level: 1 },
        { name: '李终审', level: 3 },
      ],
    });
    expect(r.map((x) => x.name)).toEqual(['张初审', '李终审']);
    expect(r[0]!.pin).toEqual(pin);
    expect(r[1]!.pin).toBeUndefined();
  });
});
