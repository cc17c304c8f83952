import { z } from 'zod';
import { ruleSettingSchema } from '../engine/config';
import { formatIssuePath } from '../engine/dictionary/schema';
import { pinHashSchema } from '../review/pin-hash';
import { BUNDLE_URL_PATTERN, bundleUrlProblem } from './bundle-url';
import { gateModeSchema } from './gate';
import { MAX_RETENTION_DAYS, RETENTION_FLOOR_DAYS } from './retention-rule';

/**
 * The enterprise policy, defined once: per key the zod schema the extension parses with, the JSON-schema
 * fragment of public/managed_schema.json (generated from this table by scripts/build-managed-schema.ts),
 * Chinese and English titles and descriptions, and sample values both schemas must agree on (a unit test
 * checks that). Chrome's managed schema is a JSON-schema subset: type, properties, additionalProperties,
 * items, enum, minimum, maximum, pattern, title, description.
 */

export interface ManagedSchemaNode {
  type: 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object';
  title?: string;
  description?: string;
  properties?: Record<string, ManagedSchemaNode>;
  additionalProperties?: ManagedSchemaNode;
  items?: ManagedSchemaNode;
  enum?: Array<string | number>;
  minimum?: number;
  maximum?: number;
  pattern?: string;
}

interface Text {
  title: string;
  description: string;
}

export interface PolicyField<S extends z.ZodType = z.ZodType> {
  schema: S;
  json: ManagedSchemaNode;
  zh: Text;
  en: Text;
  /** Values both the zod schema and the JSON-schema fragment accept, and values both reject. */
  samples: { valid: unknown[]; invalid: unknown[] };
}

const field = <S extends z.ZodType>(f: PolicyField<S>): PolicyField<S> => f;

/** A whole number in [min, max] with Chinese messages. */
const intIn = (min: number, max: number) =>
  z.number('须为数字').int('须为整数').min(min, `不能小于 ${min}`).max(max, `不能大于 ${max}`);

const NON_EMPTY = '\\S';
const RULE_KEY = /^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*$/;

export const POLICY_FIELDS = {
  subscriptionUrl: field({
    schema: z
      .string()
      .url('不是有效的网址')
      .superRefine((url, ctx) => {
        const problem = bundleUrlProblem(url);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
    json: { type: 'string', pattern: BUNDLE_URL_PATTERN },
    zh: {
      title: '词库订阅地址',
      description:
        '签名词库包（publish-guard dict build --sign 生成）的 HTTPS 地址，通常在本单位内网；只有本机地址（127.0.0.1、localhost）可用 http://。服务器须发送 Access-Control-Allow-Origin 并通过 Access-Control-Expose-Headers 暴露 ETag。设置后覆盖选项页中的订阅地址。',
    },
    en: {
      title: 'Dictionary subscription URL',
      description:
        "HTTPS URL of the signed dictionary bundle (made by `publish-guard dict build --sign`), usually on the unit's intranet; plain http:// only for loopback hosts (127.0.0.1, localhost). The server must send Access-Control-Allow-Origin and expose ETag. Overrides the URL set in the options page.",
    },
    samples: {
      valid: ['https://dict.example.gov.cn/publish-guard/bundle.json', 'http://127.0.0.1:8080/bundle.json'],
      invalid: ['http://dict.example.gov.cn/bundle.json', 'ftp://dict.example.gov.cn/bundle.json', 42],
    },
  }),
  publicKey: field({
    schema: z.string().regex(/\S/, '公钥不能为空'),
    json: { type: 'string', pattern: NON_EMPTY },
    zh: {
      title: '词库包签名公钥',
      description:
        '校验词库包签名的 ECDSA P-256 公钥（SPKI，base64 或 PEM；publish-guard dict keygen 输出）。未签名或签名不符的词库包会被拒绝。',
    },
    en: {
      title: 'Bundle signing public key',
      description:
        'ECDSA P-256 public key (SPKI, base64 or PEM, as printed by `publish-guard dict keygen`) that bundles must be signed with; unsigned or tampered bundles are rejected.',
    },
    samples: { valid: ['MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE'], invalid: ['', '  ', true] },
  }),
  refreshHours: field({
    schema: intIn(1, 168),
    json: { type: 'integer', minimum: 1, maximum: 168 },
    zh: {
      title: '订阅刷新间隔（小时）',
      description: '多久检查一次词库包更新（使用 ETag，未变化时不重新下载）。默认 6 小时。',
    },
    en: {
      title: 'Refresh interval (hours)',
      description:
        'How often the bundle is checked for updates (with ETag; unchanged bundles are not downloaded again). Default 6.',
    },
    samples: { valid: [1, 6, 168], invalid: [0, 169, 1.5, '6'] },
  }),
  lockedRules: field({
    // Entries are also parsed one by one (see parsePolicy): one bad entry drops only itself.
    schema: z.record(z.string().regex(RULE_KEY, '不是规则 id 或类别'), z.enum(ruleSettingSchema.options)),
    json: { type: 'object', additionalProperties: { type: 'string', enum: [...ruleSettingSchema.options] } },
    zh: {
      title: '锁定的规则级别',
      description:
        '按规则 id（如 formulation.north-korea）或类别（如 sensitive）固定级别：off、info、warn 或 block。用户不能在选项页修改这些项。',
    },
    en: {
      title: 'Locked rule settings',
      description:
        'Rule id (e.g. formulation.north-korea) or category (e.g. sensitive) → off, info, warn or block. Users cannot change these in the options page.',
    },
    samples: {
      valid: [{ sensitive: 'block', 'formulation.north-korea': 'warn' }, {}],
      invalid: [{ sensitive: 'fatal' }, ['sensitive'], 'block'],
    },
  }),
  gateMode: field({
    schema: z.enum(gateModeSchema.options),
    json: { type: 'string', enum: [...gateModeSchema.options] },
    zh: {
      title: '发布拦截方式',
      description: 'block：有“禁止发布”问题时拦截发布（须审核人放行）；warn：只提醒；off：不拦截。',
    },
    en: {
      title: 'Publish gate mode',
      description:
        'block: stop publishing while block findings remain (a reviewer override is recorded); warn: warn only; off: no gate.',
    },
    samples: { valid: ['block', 'warn', 'off'], invalid: ['maybe', 1] },
  }),
  requiredLevels: field({
    schema: intIn(0, 3),
    json: { type: 'integer', minimum: 0, maximum: 3 },
    zh: {
      title: '先审后发级数',
      description: '发布前需要的审核签发级数：0 不要求，1 初审，2 初审+复审，3 初审+复审+终审。',
    },
    en: {
      title: 'Required review levels',
      description:
        'Approving sign-offs required before publishing: 0 none, 1 first review, 2 + second review, 3 + final review.',
    },
    samples: { valid: [0, 2, 3], invalid: [4, -1, 1.5, '2'] },
  }),
  reviewers: field({
    schema: z.array(
      z.object({
        name: z.string().regex(/\S/, '请填写审核人姓名'),
        level: intIn(1, 3),
      }),
    ),
    json: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          name: { type: 'string', pattern: NON_EMPTY, description: '审核人姓名 / Reviewer name' },
          level: { type: 'integer', minimum: 1, maximum: 3, description: '审核级别 1–3 / Review level 1–3' },
        },
      },
    },
    zh: { title: '审核人', description: '预置的审核人及其级别（1 初审、2 复审、3 终审）。' },
    en: { title: 'Reviewers', description: 'Preset reviewers and their level (1 first, 2 second, 3 final review).' },
    samples: {
      valid: [[{ name: '王主任', level: 2 }], []],
      invalid: [[{ name: '王', level: 0 }], [{ name: '', level: 1 }], { name: '王', level: 1 }],
    },
  }),
  lockReviewers: field({
    schema: z.boolean(),
    json: { type: 'boolean' },
    zh: { title: '锁定审核人', description: '为 true 时用户不能在选项页增删或修改审核人。' },
    en: {
      title: 'Lock reviewers',
      description: 'When true, users cannot add, remove or edit reviewers in the options page.',
    },
    samples: { valid: [true, false], invalid: ['true', 1] },
  }),
  lockDictionaries: field({
    schema: z.boolean(),
    json: { type: 'boolean' },
    zh: {
      title: '锁定词库',
      description: '为 true 时用户不能在选项页停用内置或订阅词库、导入或删除自定义词库。',
    },
    en: {
      title: 'Lock dictionaries',
      description:
        'When true, users cannot disable built-in or subscribed dictionaries, or import or delete custom dictionaries.',
    },
    samples: { valid: [true, false], invalid: ['yes', 0] },
  }),
  strictBackstop: field({
    schema: z.boolean(),
    json: { type: 'boolean' },
    zh: {
      title: '严格模式',
      description:
        '为 true 时，编辑器页面中未经发布闸门放行的发布请求会被取消；为 false 时只记入审计日志。设置后用户不能修改。',
    },
    en: {
      title: 'Strict backstop',
      description:
        'When true, publish requests on editor pages that the publish gate did not let through are cancelled; when false they are only recorded in the audit log. Users cannot change it once set.',
    },
    samples: { valid: [true, false], invalid: ['on', 1] },
  }),
  retentionDays: field({
    schema: intIn(0, MAX_RETENTION_DAYS),
    json: { type: 'integer', minimum: 0, maximum: MAX_RETENTION_DAYS },
    zh: {
      title: '记录保留期限（天）',
      description: `检查记录保留的天数，0 表示永久保留；设置后用户不能修改。签发、放行记录和审计日志至少保留 ${RETENTION_FLOOR_DAYS} 天（或 minRetentionDays），尚未发布的稿件的签发记录不清理。`,
    },
    en: {
      title: 'Record retention (days)',
      description: `Days check records are kept, 0 = forever; users cannot change it once set. Sign-off and override records and the audit log are kept at least ${RETENTION_FLOOR_DAYS} days (or minRetentionDays); sign-offs of drafts not yet published are never purged.`,
    },
    samples: { valid: [0, 30, MAX_RETENTION_DAYS], invalid: [-1, MAX_RETENTION_DAYS + 1, 7.5, '30'] },
  }),
  minRetentionDays: field({
    schema: intIn(RETENTION_FLOOR_DAYS, MAX_RETENTION_DAYS),
    json: { type: 'integer', minimum: RETENTION_FLOOR_DAYS, maximum: MAX_RETENTION_DAYS },
    zh: {
      title: '审计记录最短保留期限（天）',
      description: `签发记录、放行记录和审计日志至少保留的天数，不低于 ${RETENTION_FLOOR_DAYS}（默认 ${RETENTION_FLOOR_DAYS}）。`,
    },
    en: {
      title: 'Minimum retention of audit records (days)',
      description: `Days sign-off and override records and the audit log are kept at least; ${RETENTION_FLOOR_DAYS} or more (default ${RETENTION_FLOOR_DAYS}).`,
    },
    samples: { valid: [RETENTION_FLOOR_DAYS, 365], invalid: [RETENTION_FLOOR_DAYS - 1, 30, MAX_RETENTION_DAYS + 1] },
  }),
  adminPasswordHash: field({
    schema: pinHashSchema,
    json: {
      type: 'object',
      properties: {
        algorithm: { type: 'string', enum: ['PBKDF2-SHA256'] },
        iterations: { type: 'integer', minimum: 10_000 },
        salt: { type: 'string' },
        hash: { type: 'string' },
        minLength: { type: 'integer' },
      },
    },
    zh: {
      title: '管理员密码（哈希）',
      description:
        '管理员密码的 PBKDF2-SHA256 哈希（publish-guard admin hash-password 生成），设置后取代本机设置的管理员密码。',
    },
    en: {
      title: 'Admin password (hash)',
      description:
        'The admin password as a PBKDF2-SHA256 hash (made with publish-guard admin hash-password); it replaces the locally set one.',
    },
    samples: {
      valid: [{ algorithm: 'PBKDF2-SHA256', iterations: 600_000, salt: 'c2FsdA==', hash: 'aGFzaA==', minLength: 8 }],
      invalid: [
        { algorithm: 'MD5', iterations: 600_000, salt: 'c2FsdA==', hash: 'aGFzaA==' },
        { algorithm: 'PBKDF2-SHA256', iterations: 1000, salt: 'c2FsdA==', hash: 'aGFzaA==' },
        'secret',
      ],
    },
  }),
  teamServer: field({
    schema: z
      .string()
      .url('不是有效的网址')
      .refine(
        (u) => /^https:\/\//i.test(u) || /^http:\/\/(127\.0\.0\.1|localhost)([:/]|$)/i.test(u),
        '须为 HTTPS 地址',
      ),
    json: { type: 'string', pattern: '^(https://|http://(127\\.0\\.0\\.1|localhost)([:/]|$))' },
    zh: {
      title: '团队审核服务器',
      description:
        '本单位 CouchDB 服务器的 HTTPS 地址（如 https://couch.example.gov.cn:6984）。设置后团队审核模式强制开启，用户只填写自己的用户名和密码，不能关闭。',
    },
    en: {
      title: 'Team review server',
      description:
        "HTTPS URL of the unit's CouchDB server. When set, team review mode is on and cannot be turned off; users enter only their own user name and password.",
    },
    samples: { valid: ['https://couch.example.gov.cn:6984'], invalid: ['http://couch.example.gov.cn', 'couch', 5984] },
  }),
  teamDatabase: field({
    schema: z.string().regex(/\S/, '不能为空'),
    json: { type: 'string', pattern: NON_EMPTY },
    zh: { title: '团队审核数据库', description: '服务器上的团队数据库名（publish-guard team init --db）。' },
    en: {
      title: 'Team review database',
      description: 'The team database on that server (publish-guard team init --db).',
    },
    samples: { valid: ['xuanchuan'], invalid: ['', ' ', 3] },
  }),
} as const;

export type PolicyKey = keyof typeof POLICY_FIELDS;
export const POLICY_KEYS = Object.keys(POLICY_FIELDS) as PolicyKey[];

type PolicyShape = { [K in PolicyKey]: z.ZodOptional<(typeof POLICY_FIELDS)[K]['schema']> };

/** The whole policy at once (every key optional). Reading the policy goes key by key: see parsePolicy. */
export const policySchema = z.object(
  Object.fromEntries(POLICY_KEYS.map((k) => [k, POLICY_FIELDS[k].schema.optional()])) as PolicyShape,
);
export type Policy = z.infer<typeof policySchema>;

/** public/managed_schema.json: the policy table in Chrome's managed-storage schema format. */
export function buildManagedSchema(): ManagedSchemaNode {
  const properties: Record<string, ManagedSchemaNode> = {};
  for (const k of POLICY_KEYS) {
    const f = POLICY_FIELDS[k];
    properties[k] = {
      title: `${f.zh.title} / ${f.en.title}`,
      description: `${f.zh.description} / ${f.en.description}`,
      ...f.json,
    };
  }
  return { type: 'object', properties };
}

export interface PolicyProblem {
  /** The policy key ("lockedRules.sensitive" for one entry of lockedRules). */
  key: string;
  /** Chinese, one sentence. */
  message: string;
}

export interface ParsedPolicy {
  /** The valid keys (undefined when none is set or none is valid). */
  policy?: Policy;
  /** Every key that was set but is ignored, with the reason. */
  invalid: PolicyProblem[];
}

const zhCN = z.locales.zhCN();

function issueText(error: z.ZodError): string {
  const i = error.issues[0];
  if (!i) return '值无效';
  const where = i.path.length ? `${formatIssuePath(i.path)}：` : '';
  return `${where}${i.message}`;
}

/**
 * Parses the policy key by key: every valid key applies, every invalid one is reported and ignored
 * (one bad value must not drop the others). lockedRules goes entry by entry for the same reason.
 */
export function parsePolicy(raw: Record<string, unknown>): ParsedPolicy {
  const policy: Record<string, unknown> = {};
  const invalid: PolicyProblem[] = [];
  for (const [key, value] of Object.entries(raw)) {
    if (!(key in POLICY_FIELDS)) {
      invalid.push({ key, message: '未知的策略项（拼写错误或此版本不支持），已忽略' });
      continue;
    }
    const f = POLICY_FIELDS[key as PolicyKey];
    if (key === 'lockedRules' && value && typeof value === 'object' && !Array.isArray(value)) {
      const rules: Record<string, unknown> = {};
      for (const [rule, setting] of Object.entries(value)) {
        const r = f.schema.safeParse({ [rule]: setting }, { error: zhCN.localeError });
        if (r.success) Object.assign(rules, r.data);
        else
          invalid.push({
            key: `lockedRules.${rule}`,
            message: `${issueText(r.error).replace(/^[^：]*：/, '')}，已忽略`,
          });
      }
      if (Object.keys(rules).length) policy.lockedRules = rules;
      continue;
    }
    const r = f.schema.safeParse(value, { error: zhCN.localeError });
    if (r.success) policy[key] = r.data;
    else invalid.push({ key, message: `${issueText(r.error)}，已忽略` });
  }
  return { policy: Object.keys(policy).length ? (policy as Policy) : undefined, invalid };
}

/** The file text of public/managed_schema.json. */
export function managedSchemaText(): string {
  return `${JSON.stringify(buildManagedSchema(), null, 2)}\n`;
}
