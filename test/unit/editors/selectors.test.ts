import { afterEach, describe, expect, it } from 'vitest';
import { generateKeyPair, payloadText, signBundle, verifyBundle } from '../../../lib/dict/bundle';
import { defineSelectors, selectorsFor, setSelectorOverrides } from '../../../lib/editors/selectors';
import { validateSelectorOverrides } from '../../../lib/editors/selectors-schema';

const base = {
  version: '1',
  fields: { body: ['.a', '.b'], title: ['#t'] },
  controls: { send: ['#send'] },
  publishTexts: ['发表'],
  confirmTexts: ['继续发表'],
  notPublishTexts: ['保存'],
  dialogs: ['.dlg'],
  disabledClasses: ['disabled'],
};

afterEach(() => setSelectorOverrides({}));

describe('editor selectors as data', () => {
  it('built-ins apply without overrides', () => {
    defineSelectors('test-a', base);
    expect(selectorsFor('test-a')).toEqual(base);
  });

  it('an override is tried first and never removes a built-in selector', () => {
    defineSelectors('test-b', base);
    setSelectorOverrides({
      'test-b': { version: 'fix', fields: { body: ['.new', '.b'], caption: ['.cap'] }, dialogs: ['.modal'] },
    });
    const s = selectorsFor('test-b');
    expect(s.version).toBe('1+fix');
    expect(s.fields.body).toEqual(['.new', '.b', '.a']);
    expect(s.fields.title).toEqual(['#t']);
    expect(s.fields.caption).toEqual(['.cap']);
    expect(s.dialogs).toEqual(['.modal', '.dlg']);
    expect(s.publishTexts).toEqual(['发表']);
  });

  it('the live accessor follows later overrides', () => {
    const sel = defineSelectors('test-c', base);
    expect(sel().fields.body).toEqual(['.a', '.b']);
    setSelectorOverrides({ 'test-c': { fields: { body: ['.x'] } } });
    expect(sel().fields.body?.[0]).toBe('.x');
    setSelectorOverrides({});
    expect(sel().fields.body?.[0]).toBe('.a');
  });

  it('validation rejects unknown keys, non-strings, empty selectors and oversized lists, with a path', () => {
    expect(validateSelectorOverrides({ wechat: { feilds: {} } }).ok).toBe(false);
    const bad = validateSelectorOverrides({ wechat: { fields: { body: [''] } } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0]).toContain('adapters.wechat.fields.body');
    expect(validateSelectorOverrides({ wechat: { publishTexts: [1] } }).ok).toBe(false);
    expect(validateSelectorOverrides({ wechat: { dialogs: Array.from({ length: 51 }, () => '.x') } }).ok).toBe(false);
    expect(validateSelectorOverrides({ wechat: { fields: { body: ['.ok'] } } })).toEqual({
      ok: true,
      value: { wechat: { fields: { body: ['.ok'] } } },
    });
  });

  it('a compile check can reject a selector the DOM would not accept', () => {
    const r = validateSelectorOverrides({ wechat: { fields: { body: ['div[[['] } } }, (s) => !s.includes('[['));
    expect(r.ok).toBe(false);
  });
});

describe('signed bundles carry editor selectors', () => {
  it('verifies and returns a valid adapters section; the payload keeps its key order', async () => {
    const keys = await generateKeyPair();
    const adapters = { wechat: { fields: { body: ['.next-editor__body'] } } };
    const bundle = await signBundle({ version: '2026.12.04', dictionaries: [], adapters }, keys.privateKeyPem, 'k1');
    expect(Object.keys(JSON.parse(bundle.payload))).toEqual(['version', 'createdAt', 'dictionaries', 'adapters']);
    const v = await verifyBundle(bundle, keys.publicKeyBase64);
    expect(v.ok && v.adapters).toEqual(adapters);
  });

  it('rejects the whole bundle when its adapters section is invalid (the built-ins stay)', async () => {
    const keys = await generateKeyPair();
    const bundle = await signBundle(
      { version: '2', dictionaries: [], adapters: { wechat: { fields: { body: [''] } } } },
      keys.privateKeyPem,
      'k1',
    );
    const v = await verifyBundle(bundle, keys.publicKeyBase64);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.error).toContain('adapters.wechat.fields.body');
  });

  it('a bundle without adapters has none and the same payload as before', () => {
    const text = payloadText({ version: '1', dictionaries: [], createdAt: 'x' });
    expect(JSON.parse(text)).toEqual({ version: '1', createdAt: 'x', dictionaries: [] });
  });
});
