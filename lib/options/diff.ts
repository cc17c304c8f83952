import type { LengthLimits, RuleSettings } from '../engine/config';
import { CATEGORY_LABELS, type Category } from '../engine/types';
import type { Profile, Reviewer, Settings, Subscription } from '../settings/schema';
import {
  GATE_MODE_LABELS,
  LENGTH_LIMIT_LABELS,
  LOCALE_LABELS,
  REQUIRED_LEVELS_LABELS,
  REVIEW_LEVEL_LABELS,
  ruleSettingLabel,
} from './labels';

/**
 * Chinese summaries of a settings change, for the audit log ("who changed what"). Never includes
 * secrets: a PIN is only ever reported as set, changed or removed.
 */

export interface DiffNames {
  /** Chinese title of a rule id (undefined when unknown). */
  rule?(id: string): string | undefined;
  /** Name of a built-in dictionary id. */
  dictionary?(id: string): string | undefined;
}

export interface SettingsDiff {
  /** One Chinese sentence per change. */
  lines: string[];
  /** Top-level settings keys that changed. */
  keys: Array<keyof Settings>;
  /** Whether the change affects checking (open editor tabs must reload their engine). */
  affectsChecking: boolean;
}

/** Settings that reach the engine bundle or the library pass. */
const CHECKING_KEYS: ReadonlySet<keyof Settings> = new Set<keyof Settings>([
  'rules',
  'builtinEnabled',
  'profiles',
  'gateMode',
  'requiredLevels',
  'locale',
  'lengthLimits',
  'extraDomains',
  'extraSources',
  'names',
  'spellingWords',
]);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const quote = (s: string) => `“${s}”`;
const join = (xs: readonly string[]) => xs.join('、');

/** "类别“敏感词”" or "规则“哇噻”（sensitive.wasai）". */
export function ruleKeyLabel(key: string, names: DiffNames = {}): string {
  if (key in CATEGORY_LABELS) return `类别${quote(CATEGORY_LABELS[key as Category].zh)}`;
  const title = names.rule?.(key);
  return title && title !== key ? `规则${quote(title)}（${key}）` : `规则 ${key}`;
}

export function diffRules(before: RuleSettings, after: RuleSettings, names: DiffNames = {}): string[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const out: string[] = [];
  for (const k of keys) {
    if (before[k] === after[k]) continue;
    out.push(`${ruleKeyLabel(k, names)}：${ruleSettingLabel(before[k])} → ${ruleSettingLabel(after[k])}`);
  }
  return out;
}

function diffList(label: string, before: readonly string[], after: readonly string[]): string[] {
  const added = after.filter((x) => !before.includes(x));
  const removed = before.filter((x) => !after.includes(x));
  if (!added.length && !removed.length) return same(before, after) ? [] : [`${label}：顺序已调整`];
  const parts: string[] = [];
  if (added.length) parts.push(`新增 ${join(added)}`);
  if (removed.length) parts.push(`删除 ${join(removed)}`);
  return [`${label}：${parts.join('；')}`];
}

const gateLabel = (m: Profile['gateMode']) => (m ? GATE_MODE_LABELS[m] : '沿用默认');
const levelsLabel = (n: number | undefined) =>
  n === undefined ? '沿用默认' : (REQUIRED_LEVELS_LABELS[n] ?? String(n));

function diffProfiles(before: readonly Profile[], after: readonly Profile[], names: DiffNames): string[] {
  const out: string[] = [];
  const old = new Map(before.map((p) => [p.id, p]));
  const next = new Map(after.map((p) => [p.id, p]));
  for (const p of after) {
    const o = old.get(p.id);
    if (!o) {
      const parts = [p.accounts.length ? `适用账号：${join(p.accounts)}` : '未指定账号'];
      const rules = Object.keys(p.rules).length;
      if (rules) parts.push(`规则覆盖 ${rules} 项`);
      if (p.gateMode) parts.push(`拦截方式：${gateLabel(p.gateMode)}`);
      if (p.requiredLevels !== undefined) parts.push(`签发级数：${levelsLabel(p.requiredLevels)}`);
      out.push(`新增账号配置${quote(p.name)}（${parts.join('；')}）`);
      continue;
    }
    const prefix = `账号配置${quote(p.name)}`;
    if (o.name !== p.name) out.push(`账号配置${quote(o.name)}改名为${quote(p.name)}`);
    out.push(...diffList(`${prefix}适用账号`, o.accounts, p.accounts));
    for (const line of diffRules(o.rules, p.rules, names)) out.push(`${prefix}：${line}`);
    if (o.gateMode !== p.gateMode) out.push(`${prefix}拦截方式：${gateLabel(o.gateMode)} → ${gateLabel(p.gateMode)}`);
    if (o.requiredLevels !== p.requiredLevels) {
      out.push(`${prefix}签发级数：${levelsLabel(o.requiredLevels)} → ${levelsLabel(p.requiredLevels)}`);
    }
  }
  for (const o of before) if (!next.has(o.id)) out.push(`删除账号配置${quote(o.name)}`);
  return out;
}

const levelName = (l: number) => REVIEW_LEVEL_LABELS[l] ?? `${l} 级`;

function diffReviewers(before: readonly Reviewer[], after: readonly Reviewer[]): string[] {
  const out: string[] = [];
  const old = new Map(before.map((r) => [r.id, r]));
  const next = new Map(after.map((r) => [r.id, r]));
  for (const r of after) {
    const o = old.get(r.id);
    if (!o) {
      out.push(`新增审核人${quote(r.name)}（${levelName(r.level)}，${r.pin ? '已设置 PIN' : '未设置 PIN'}）`);
      continue;
    }
    if (o.name !== r.name) out.push(`审核人${quote(o.name)}改名为${quote(r.name)}`);
    if (o.level !== r.level) out.push(`审核人${quote(r.name)}级别：${levelName(o.level)} → ${levelName(r.level)}`);
    if (!o.pin && r.pin) out.push(`审核人${quote(r.name)}设置了 PIN`);
    else if (o.pin && !r.pin) out.push(`审核人${quote(r.name)}的 PIN 已移除`);
    else if (o.pin && r.pin && !same(o.pin, r.pin)) out.push(`审核人${quote(r.name)}的 PIN 已修改`);
  }
  for (const o of before) if (!next.has(o.id)) out.push(`删除审核人${quote(o.name)}（${levelName(o.level)}）`);
  return out;
}

function diffSubscription(before: Subscription | undefined, after: Subscription | undefined): string[] {
  if (!before && !after) return [];
  if (!after) return [`取消词库订阅（${before!.url}）`];
  if (!before) return [`设置词库订阅：${after.url}，每 ${after.intervalHours} 小时检查一次`];
  const out: string[] = [];
  if (before.url !== after.url) out.push(`词库订阅地址：${before.url} → ${after.url}`);
  if (before.publicKey.trim() !== after.publicKey.trim()) out.push('词库订阅公钥已修改');
  if (before.intervalHours !== after.intervalHours) {
    out.push(`词库订阅检查间隔：${before.intervalHours} 小时 → ${after.intervalHours} 小时`);
  }
  // Status fields (etag, lastChecked, …) are written by the background and not reported here.
  return out;
}

function diffLengthLimits(before: Partial<LengthLimits>, after: Partial<LengthLimits>): string[] {
  const out: string[] = [];
  for (const k of Object.keys(LENGTH_LIMIT_LABELS) as Array<keyof LengthLimits>) {
    if (before[k] === after[k]) continue;
    const v = (n: number | undefined) => (n === undefined ? '默认' : `${n} 字`);
    out.push(`字数限制（${LENGTH_LIMIT_LABELS[k]}）：${v(before[k])} → ${v(after[k])}`);
  }
  return out;
}

function peopleCount(names: unknown): number | undefined {
  const people = (names as { people?: unknown } | undefined)?.people;
  return Array.isArray(people) ? people.length : undefined;
}

function diffBuiltin(before: Record<string, boolean>, after: Record<string, boolean>, names: DiffNames): string[] {
  const out: string[] = [];
  for (const id of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
    const was = before[id] !== false;
    const now = after[id] !== false;
    if (was === now) continue;
    const name = names.dictionary?.(id);
    out.push(`${now ? '启用' : '停用'}内置词库${name ? `《${name}》` : ` ${id}`}`);
  }
  return out;
}

/** Describes what changed between two settings objects (Chinese, one line per change). */
export function diffSettings(before: Settings, after: Settings, names: DiffNames = {}): SettingsDiff {
  const lines: string[] = [];
  const keys: Array<keyof Settings> = [];
  const all = [...new Set([...Object.keys(before), ...Object.keys(after)])] as Array<keyof Settings>;
  for (const key of all) {
    const a = before[key];
    const b = after[key];
    if (same(a, b)) continue;
    let out: string[];
    switch (key) {
      case 'rules':
        out = diffRules(before.rules, after.rules, names);
        break;
      case 'builtinEnabled':
        out = diffBuiltin(before.builtinEnabled, after.builtinEnabled, names);
        break;
      case 'profiles':
        out = diffProfiles(before.profiles, after.profiles, names);
        break;
      case 'gateMode':
        out = [`发布拦截方式：${GATE_MODE_LABELS[before.gateMode]} → ${GATE_MODE_LABELS[after.gateMode]}`];
        break;
      case 'requiredLevels':
        out = [`先审后发签发级数：${levelsLabel(before.requiredLevels)} → ${levelsLabel(after.requiredLevels)}`];
        break;
      case 'reviewers':
        out = diffReviewers(before.reviewers, after.reviewers);
        break;
      case 'subscription':
        out = diffSubscription(before.subscription, after.subscription);
        break;
      case 'retentionDays':
        out = [
          `记录保留期限：${before.retentionDays || '永久'} → ${after.retentionDays || '永久'}${after.retentionDays ? ' 天' : ''}`,
        ];
        break;
      case 'locale':
        out = [`界面语言：${LOCALE_LABELS[before.locale]} → ${LOCALE_LABELS[after.locale]}`];
        break;
      case 'lengthLimits':
        out = diffLengthLimits(before.lengthLimits, after.lengthLimits);
        break;
      case 'extraDomains':
        out = diffList('认可的链接域名', before.extraDomains, after.extraDomains);
        break;
      case 'extraSources':
        out = diffList('指定转载来源', before.extraSources, after.extraSources);
        break;
      case 'spellingWords':
        out = diffList('英文拼写词表', before.spellingWords, after.spellingWords);
        break;
      case 'names': {
        const n = peopleCount(after.names);
        out = [after.names === undefined ? '领导人名单：恢复为内置名单' : `领导人名单已更新（${n ?? 0} 人）`];
        break;
      }
      case 'operator':
        out = [`操作人：${before.operator || '（未填写）'} → ${after.operator || '（未填写）'}`];
        break;
      default:
        out = [`${String(key)} 已修改`];
    }
    if (out.length === 0) continue; // e.g. only subscription status fields changed
    keys.push(key);
    lines.push(...out);
  }
  return { lines, keys, affectsChecking: keys.some((k) => CHECKING_KEYS.has(k)) };
}

/** One audit summary from the diff lines (long changes are shortened, the details keep them all). */
export function auditSummary(lines: readonly string[], max = 6): string {
  if (lines.length <= max) return lines.join('；');
  return `${lines.slice(0, max).join('；')}；等 ${lines.length} 项修改`;
}
