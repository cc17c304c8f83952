import { describe, expect, it } from 'vitest';
import { decide, type GateSnapshot } from '../../../lib/content/gate';
import type { RichFinding } from '../../../lib/engine/types';
import type { ReviewState } from '../../../lib/messaging/protocol';

const finding = (severity: RichFinding['severity']): RichFinding => ({
  ruleId: `x.${severity}`,
  category: 'formulation',
  severity,
  field: 'body',
  start: 0,
  end: 3,
  text: '北朝鲜',
  message: '…',
  suggestions: [],
  fingerprint: `fp-${severity}`,
});

const review = (over: Partial<ReviewState> = {}): ReviewState => ({
  hash: 'h1',
  required: 1,
  signoffs: [],
  approvedLevels: [],
  stale: false,
  overridden: false,
  ...over,
});
const approved = review({
  signoffs: [{ id: 1, reviewer: '张', level: 1, decision: 'approve', time: '2026-12-01T00:00:00Z' }],
  approvedLevels: [1],
});
const rejected = review({
  signoffs: [{ id: 2, reviewer: '张', level: 1, decision: 'reject', time: '2026-12-01T00:00:00Z' }],
});

const snap = (over: Partial<GateSnapshot> = {}): GateSnapshot => ({
  recognised: true,
  mode: 'block',
  requiredLevels: 1,
  upToDate: true,
  findings: [],
  hash: 'h1',
  review: approved,
  ...over,
});
const control = { action: 'wechat-send', label: '发表' };
const none = new Set<string>();

describe('decide(): the publish gate on a snapshot', () => {
  const table: Array<[string, Partial<GateSnapshot>, { allow: boolean; reasons: string[]; confirmable?: boolean }]> = [
    ['clean and signed off', {}, { allow: true, reasons: [] }],
    ['editor not recognised', { recognised: false }, { allow: false, reasons: ['unrecognised'] }],
    [
      'editor not recognised, even in warn mode',
      { recognised: false, mode: 'warn' },
      { allow: false, reasons: ['unrecognised'] },
    ],
    [
      'gate off lets everything through, recognised or not',
      { recognised: false, mode: 'off' },
      { allow: true, reasons: [] },
    ],
    ['engine not loaded yet', { mode: undefined }, { allow: false, reasons: ['pending'] }],
    ['engine failed', { mode: undefined, engineError: true }, { allow: false, reasons: ['engine'] }],
    ['block finding', { findings: [finding('block')] }, { allow: false, reasons: ['block'] }],
    [
      'block finding with a recorded override for this content',
      { findings: [finding('block')], review: { ...approved, overridden: true } },
      { allow: true, reasons: [] },
    ],
    ['no sign-off yet', { review: undefined }, { allow: false, reasons: ['review'] }],
    ['not signed off', { review: review() }, { allow: false, reasons: ['review'] }],
    ['rejected', { review: rejected }, { allow: false, reasons: ['rejected'] }],
    ['changed since sign-off', { review: review({ stale: true }) }, { allow: false, reasons: ['stale'] }],
    [
      'a sign-off of other (earlier) content does not let it through: changed since sign-off',
      { review: { ...approved, hash: 'other' } },
      { allow: false, reasons: ['stale'] },
    ],
    [
      'an unsigned review of other content is no review of this one',
      { review: { ...review(), hash: 'other' } },
      { allow: false, reasons: ['review'] },
    ],
    ['no levels required', { requiredLevels: 0, review: undefined }, { allow: true, reasons: [] }],
    ['library pass still running', { upToDate: false }, { allow: false, reasons: ['pending'] }],
    ['warnings do not stop block mode', { findings: [finding('warn')] }, { allow: true, reasons: [] }],
    [
      'warn mode asks to confirm a block finding',
      { mode: 'warn', findings: [finding('block')] },
      { allow: false, reasons: ['block'], confirmable: true },
    ],
    [
      'warn mode asks to confirm warnings',
      { mode: 'warn', findings: [finding('warn')] },
      { allow: false, reasons: ['warn'], confirmable: true },
    ],
    ['warn mode, clean', { mode: 'warn' }, { allow: true, reasons: [] }],
  ];
  for (const [name, over, want] of table) {
    it(name, () => {
      const d = decide(snap(over), control, none);
      expect({ allow: d.allow, reasons: d.reasons, confirmable: d.confirmable }).toEqual({
        confirmable: false,
        ...want,
      });
    });
  }

  it('warn mode: once confirmed for this exact content, the next click goes through; other content asks again', () => {
    const s = snap({ mode: 'warn', findings: [finding('warn')] });
    expect(decide(s, control, new Set(['h1'])).allow).toBe(true);
    expect(decide({ ...s, hash: 'h2' }, control, new Set(['h1'])).allow).toBe(false);
  });

  it('reports the block findings and the warning count', () => {
    const d = decide(snap({ findings: [finding('block'), finding('warn'), finding('info')] }), control, none);
    expect(d.blockFindings.map((f) => f.ruleId)).toEqual(['x.block']);
    expect(d.warnCount).toBe(1);
    expect(d.control).toBe(control);
  });
});
