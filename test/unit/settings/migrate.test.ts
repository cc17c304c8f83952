import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { hashPin } from '../../../lib/review/pin';
import { loadSettings, renameRules } from '../../../lib/settings/migrate';
import { resolveEffective } from '../../../lib/settings/resolve';
import { SETTINGS_VERSION } from '../../../lib/settings/schema';
import { openStore } from '../../../lib/store/db';
import { ConfigStore, SETTINGS_BACKUP } from '../../../lib/store/settings-store';
import { dbName } from '../store/fixtures';

const reviewer = { id: 'r1', name: '王审核', level: 1 };

describe('settings migrations', () => {
  it('upgrades a version-1 record (no schemaVersion) and keeps every field', () => {
    const r = loadSettings({ gateMode: 'warn', reviewers: [reviewer], retentionDays: 365 });
    expect(r).toMatchObject({ migrated: true, problems: [], newer: false });
    expect(r.settings).toMatchObject({ schemaVersion: SETTINGS_VERSION, gateMode: 'warn', retentionDays: 365 });
    expect(r.settings.reviewers).toEqual([reviewer]);
  });

  it('reads a current record as is', () => {
    const r = loadSettings({ schemaVersion: SETTINGS_VERSION, gateMode: 'off' });
    expect(r).toMatchObject({ migrated: false, problems: [], settings: { gateMode: 'off' } });
  });

  it('renames rule ids in the global rules and in every profile; an explicit new id wins', () => {
    const renames = { 'typo.old': 'typo.new', 'privacy.id': 'privacy.id-card' };
    const r = loadSettings(
      {
        rules: { 'typo.old': 'off', 'privacy.id': 'warn', 'privacy.id-card': 'block' },
        profiles: [{ id: 'p', name: '县融媒', rules: { 'typo.old': 'info' } }],
      },
      renames,
    );
    expect(r.settings.rules).toEqual({ 'typo.new': 'off', 'privacy.id-card': 'block' });
    expect(r.settings.profiles[0]?.rules).toEqual({ 'typo.new': 'info' });
    expect(renameRules({ a: 'off' }, { b: 'c' })).toEqual({ a: 'off' });
  });

  it('never replaces a record with defaults: invalid fields fall back alone and are named', () => {
    const r = loadSettings({
      gateMode: 'warn',
      retentionDays: 'forever',
      reviewers: [reviewer, { id: '', name: '', level: 9 }],
      rules: { 'typo.x': 'off' },
    });
    expect(r.problems).toEqual(['reviewers[1]', 'retentionDays']);
    expect(r.settings).toMatchObject({ gateMode: 'warn', retentionDays: 730, rules: { 'typo.x': 'off' } });
    expect(r.settings.reviewers).toEqual([reviewer]);
  });

  it('reports a record that is not an object', () => {
    expect(loadSettings('garbage').problems).toEqual(['']);
    expect(loadSettings(undefined).problems).toEqual([]);
  });

  it('flags a record from a newer version', () => {
    expect(loadSettings({ schemaVersion: SETTINGS_VERSION + 1, gateMode: 'warn' })).toMatchObject({
      newer: true,
      settings: { gateMode: 'warn' },
    });
  });

  it('version 3: the UI language follows the browser unless English was chosen', () => {
    // Version 2 offered only 中文 (the default, so it cannot be told from "never chosen") and English.
    expect(loadSettings({ schemaVersion: 2, locale: 'zh_CN', gateMode: 'warn' })).toMatchObject({
      migrated: true,
      problems: [],
      settings: { schemaVersion: 3, locale: 'auto', gateMode: 'warn' },
    });
    expect(loadSettings({ schemaVersion: 2, locale: 'en' }).settings.locale).toBe('en');
    expect(loadSettings({ gateMode: 'off' }).settings.locale).toBe('auto');
    expect(loadSettings(undefined).settings.locale).toBe('auto');
    // An explicit 中文 written by this version stays 中文.
    expect(loadSettings({ schemaVersion: 3, locale: 'zh_CN' }).settings.locale).toBe('zh_CN');
    expect(loadSettings({ schemaVersion: 3, locale: 'fr' })).toMatchObject({
      problems: ['locale'],
      settings: { locale: 'auto' },
    });
  });

  it('policy-locked rules follow renames', () => {
    const eff = resolveEffective(loadSettings({}).settings, { lockedRules: { typo: 'block' } });
    expect(eff.rules).toMatchObject({ typo: 'block' });
  });
});

describe('ConfigStore with a damaged settings record', () => {
  it('keeps the admin password and reviewers, and backs up the original before rewriting it', async () => {
    const dbp = openStore(dbName());
    const config = new ConfigStore(dbp);
    const adminPassword = await hashPin('12345678', 10_000);
    const damaged = { gateMode: 'warn', adminPassword, reviewers: [reviewer], retentionDays: -5 };
    await (await dbp).put('settings', { key: 'settings', value: damaged });

    const read = await config.getSettings();
    expect(read).toMatchObject({ corrupt: true, problems: ['retentionDays'], migrated: true });
    expect(read.settings.adminPassword).toEqual(adminPassword);
    expect(read.settings.reviewers).toEqual([reviewer]);
    expect(read.settings.gateMode).toBe('warn');

    await config.updateSettings((s) => ({ ...s, retentionDays: 365 }));
    const backup = (await (await dbp).get('settings', SETTINGS_BACKUP))?.value as {
      record: unknown;
      problems: string[];
    };
    expect(backup.record).toEqual(damaged);
    expect(backup.problems).toEqual(['retentionDays']);
    expect(await config.getSettings()).toMatchObject({
      corrupt: false,
      migrated: false,
      settings: { schemaVersion: SETTINGS_VERSION, retentionDays: 365, gateMode: 'warn', adminPassword },
    });
  });

  it('refuses to overwrite a record written by a newer version', async () => {
    const dbp = openStore(dbName());
    const config = new ConfigStore(dbp);
    const future = { schemaVersion: SETTINGS_VERSION + 1, gateMode: 'warn', futureField: 1 };
    await (await dbp).put('settings', { key: 'settings', value: future });
    await expect(config.updateSettings((s) => ({ ...s, gateMode: 'off' }))).rejects.toThrow(/更新版本/);
    expect((await (await dbp).get('settings', 'settings'))?.value).toEqual(future);
  });
});
