import { bySeverity } from '../engine/findings';
import { CATEGORY_LABELS, type Platform, SEVERITY_LABELS } from '../engine/types';
import { type MessageCode, messageText, msg, storedText } from '../i18n/ui-message';
import { LEVEL_LABELS } from '../review/status';
import {
  type AuditAction,
  type AuditRecord,
  CHECKLIST_ITEMS,
  CHECKLIST_LABELS,
  type CheckRecord,
  type SignoffRecord,
  type StoredFinding,
} from '../store/schema';

/** Chinese labels shared by the history page and the CSV export (台账). */

export const PLATFORM_LABELS: Record<Platform, string> = {
  wechat: '微信公众号',
  weibo: '微博',
  'weibo-article': '微博头条文章',
  generic: '通用',
};

export const KIND_LABELS: Record<CheckRecord['kind'], string> = {
  check: '检查',
  publish: '发布尝试',
  latest: '最新状态',
};

export const OUTCOME_LABELS: Record<NonNullable<CheckRecord['outcome']>, string> = {
  blocked: '已拦截',
  allowed: '已放行（无禁止项）',
  overridden: '覆盖放行',
};

export const DECISION_LABELS: Record<SignoffRecord['decision'], string> = {
  approve: '签发',
  reject: '退回',
};

export const AUDIT_LABELS: Record<AuditAction, string> = {
  override: '覆盖放行',
  ignore: '忽略',
  'false-alarm': '误报反馈',
  signoff: '签发',
  'dictionary-change': '词库变更',
  'settings-change': '设置变更',
  import: '导入',
  export: '导出',
  subscription: '词库订阅',
  retention: '保留期限清理',
  gate: '发布闸门事件',
  'auth-failed': 'PIN/密码验证失败',
  admin: '管理员操作',
};

/**
 * Where a record was made: on this machine, or merged from another machine's export. Only this machine's sign-offs
 * and overrides ever satisfy the gate; the 台账 says which is which.
 */
export function originLabel(origin: string | undefined): string {
  if (!origin?.startsWith('imported:')) return '本机';
  const from = origin.slice('imported:'.length).trim();
  return `来自其他电脑（导入${from ? `：${from}` : ''}），不作为本机签发或放行`;
}

/** Whether a sign-off was proved with the reviewer's PIN (records made before this was recorded say so). */
export function verifiedLabel(verified: boolean | undefined): string {
  if (verified === true) return '是（审核人 PIN）';
  if (verified === false) return '否（未验证）';
  return '未记录';
}

export function levelLabel(level: number): string {
  return LEVEL_LABELS[level as 1 | 2 | 3] ?? `第${level}级`;
}

/** "政治关✓ 法律关✓ 政策关✗ …" */
export function checklistText(checklist: SignoffRecord['checklist']): string {
  return CHECKLIST_ITEMS.map((k) => `${CHECKLIST_LABELS[k]}${checklist[k] ? '✓' : '✗'}`).join(' ');
}

/** One line per finding: "[禁止发布]敏感词“xx”：message". */
export function findingText(f: StoredFinding): string {
  return `[${SEVERITY_LABELS[f.severity].zh}]${CATEGORY_LABELS[f.category].zh}“${f.text}”：${f.message}`;
}

/** A short summary of a check's findings, most severe first. */
export function findingsSummary(findings: readonly StoredFinding[], max = 10): string {
  const sorted = bySeverity(findings);
  const shown = sorted.slice(0, max).map((f) => findingText(f).replace(/[。．.]$/, ''));
  if (sorted.length > max) shown.push(`……另有 ${sorted.length - max} 项`);
  return shown.join('；');
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Local date-time "YYYY-MM-DD HH:mm:ss" (Excel and WPS read it as a date); unparsable input is returned as is. */
export function formatTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** Local calendar date "YYYY-MM-DD" of an ISO time, or undefined when it does not parse. */
export function localDate(iso: string): string | undefined {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return undefined;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** An audit record's summary as shown: its coded message in the UI language, else the stored (Chinese) text. */
export function auditSummaryText(a: Pick<AuditRecord, 'summary' | 'summaryMessage'>): string {
  return storedText(a.summaryMessage, a.summary);
}

/** The fixed actor names the extension writes (people's names stay as written). */
const ACTOR_CODES: Record<string, MessageCode> = {
  系统: 'actor.system',
  编辑: 'actor.editor',
  管理员: 'audit.admin',
  单位策略: 'actor.policy',
  subscription: 'actor.subscription',
};

/** An audit record's actor as shown: the extension's own actor names in the UI language. */
export function auditActorText(actor: string): string {
  const code = Object.hasOwn(ACTOR_CODES, actor) ? ACTOR_CODES[actor] : undefined;
  return code ? messageText(msg(code)) : actor;
}
