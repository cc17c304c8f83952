import { z } from 'zod';
import { CATEGORIES, SEVERITIES } from '../types';
import { validatePattern } from './regex';

/**
 * The native dictionary format (JSON). Every entry carries its provenance and its own examples;
 * the test suite runs every example through the real checker, so a bad entry fails CI.
 */

export const DICTIONARY_FORMAT = 1;

/**
 * The schemas, made on first use: a CLI check whose dictionaries come compiled from its cache never validates one,
 * and building them cost ≈ 2-3 ms of every CLI start.
 */
function makeSchemas() {
  const term = z
    .string()
    .min(1, '词条不能为空 (empty term)')
    .max(64, '词条过长，最多 64 字 (term longer than 64 characters)');

  const scopeSchema = z.union([
    z.enum(['sentence', 'paragraph', 'document']),
    z.number().int().min(1).max(200), // characters on each side
  ]);

  const nearSchema = z.object({
    words: z.array(z.string().min(1)).min(1),
    scope: scopeSchema.default('sentence'),
  });

  const contextSchema = z
    .object({
      /** What happens inside quotation marks: keep ("same"), drop ("off") or use another severity. */
      quoted: z.enum(['same', 'off', ...SEVERITIES]).optional(),
      /** Fire only if one of these words occurs in the scope. */
      near: nearSchema.optional(),
      /** Do not fire if one of these words occurs in the scope. */
      notNear: nearSchema.optional(),
      /**
       * Do not fire anywhere in a draft that writes one of these (an abbreviation the draft defines: 颞下颌关节紊乱病
       * （TMD）), beside a `notNear` of a narrower scope.
       */
      notInDraft: z.array(z.string().min(1)).min(1).optional(),
      /** Fire only if the text right after the match starts with one of these (after spaces). "#digit" = any digit, "#cnnum" = 一二三…十〇零, "#end" = end of the paragraph. */
      followedBy: z.array(z.string().min(1)).min(1).optional(),
      /** Do not fire if the text right after the match starts with one of these. */
      notFollowedBy: z.array(z.string().min(1)).min(1).optional(),
      /** Do not fire if the text right before the match ends with one of these. */
      notPrecededBy: z.array(z.string().min(1)).min(1).optional(),
      /** Fire only if the match starts a line (after spaces and list marks). */
      lineStart: z.boolean().optional(),
      /** Fire only when the draft has a commercial context (price, 购买, shop, product, e-commerce link). */
      commercial: z.boolean().optional(),
    })
    .strict();

  const examplesSchema = z
    .object({
      hit: z.array(z.string().min(1)).default([]),
      pass: z.array(z.string().min(1)).default([]),
    })
    .strict();

  const entrySchema = z
    .object({
      id: z
        .string()
        .regex(/^[a-z0-9][a-z0-9-]*$/, 'id 只能包含小写字母、数字和连字符 (id: lower-case letters, digits, hyphens)'),
      category: z.enum(CATEGORIES).optional(),
      severity: z.enum(SEVERITIES),
      /** Deny terms (literal); with `match: "near"`, protected terms (the correct forms). */
      terms: z.array(term).default([]),
      /**
       * "exact" (default): the terms are wrong forms, found literally. "near": the terms are protected correct forms
       * (中华人民共和国, 人民检察院 …); their exact occurrences are fine and any one-character slip of them is reported
       * with the term as suggestion (lib/engine/dictionary/near.ts says which slips count).
       */
      match: z.enum(['exact', 'near']).optional(),
      /**
       * With `match: "near"`: "any" (default) takes every slip near.ts lists; "alike" only sound- and look-alike
       * substitutions (one, or an adjacent pair), swaps, a doubled character and, from eight characters on, a missing
       * inner content character — for names that have legitimate one-character relatives (住房和城乡建设部/厅/局,
       * 工业和信息化领域 beside 工业和信息化部).
       */
      nearEdits: z.enum(['any', 'alike']).optional(),
      /**
       * With `match: "near"`: the terms that begin with a numeral are numbered formulations whose count is the
       * formulation (两个维护, 四个意识): written in quotation marks with another numeral (“三个维护”) they are a slip.
       * A relative that is a formulation of its own or of an earlier time goes in `allow` (四位一体, 三个自信).
       */
      nearNumbered: z.boolean().optional(),
      /** RE2-syntax regular expression (linear-time engine), for admin rules that a word list cannot express. */
      pattern: z
        .string()
        .min(1)
        .max(500)
        .superRefine((pattern, ctx) => {
          // The real compiler of the matcher: what it cannot run is refused here, not silently never matched.
          const problem = validatePattern(pattern);
          if (problem) ctx.addIssue({ code: 'custom', message: problem });
        })
        .optional(),
      /** Allow-list terms: any deny match overlapping one of these is dropped (大陆架 over 大陆). */
      allow: z.array(term).default([]),
      suggestions: z.array(z.string()).default([]),
      /** One Chinese sentence shown to the editor; defaults to one built from the suggestions. */
      message: z.string().min(1).optional(),
      note: z.string().default(''),
      source: z.string().min(1, '必须注明来源 (source is required)'),
      url: z.string().optional(),
      /** Characters skipped inside a match: none (only invisible), quotes, or noise (punctuation, spaces, emoji). */
      skip: z.enum(['none', 'quotes', 'noise']).optional(),
      context: contextSchema.optional(),
      examples: examplesSchema.default({ hit: [], pass: [] }),
      enabled: z.boolean().default(true),
      /** Provenance of imported entries (file, importer, time). */
      provenance: z
        .object({ file: z.string().optional(), importer: z.string().optional(), time: z.string().optional() })
        .optional(),
    })
    .strict()
    .refine((e) => e.terms.length > 0 || e.pattern !== undefined || e.allow.length > 0, {
      message: '词条至少需要 terms、pattern 或 allow 之一 (an entry needs terms, pattern or allow)',
      path: ['terms'],
    });

  const dictionarySchema = z
    .object({
      format: z.literal(DICTIONARY_FORMAT),
      id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
      name: z.string().min(1),
      version: z.string().min(1),
      category: z.enum(CATEGORIES).optional(),
      description: z.string().default(''),
      source: z.string().default(''),
      license: z.string().default(''),
      /** Built-in examples must exist; imported lists may skip them. */
      requireExamples: z.boolean().default(true),
      entries: z.array(entrySchema),
    })
    .strict()
    .superRefine((d, ctx) => {
      const seen = new Set<string>();
      d.entries.forEach((e, i) => {
        if (!e.category && !d.category) {
          ctx.addIssue({ code: 'custom', path: ['entries', i, 'category'], message: '缺少类别 (category missing)' });
        }
        if (seen.has(e.id)) {
          ctx.addIssue({ code: 'custom', path: ['entries', i, 'id'], message: `重复的 id: ${e.id} (duplicate id)` });
        }
        seen.add(e.id);
        if (d.requireExamples && (e.terms.length > 0 || e.pattern) && e.examples.hit.length === 0) {
          ctx.addIssue({
            code: 'custom',
            path: ['entries', i, 'examples', 'hit'],
            message: '至少需要一个命中例句 (needs at least one hit example)',
          });
        }
        if (e.match === 'near') {
          e.terms.forEach((t, j) => {
            if (!/^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,40}$/.test(t)) {
              ctx.addIssue({
                code: 'custom',
                path: ['entries', i, 'terms', j],
                message: '近似匹配的词条须为 2–40 个汉字 (near-match terms are 2–40 Chinese characters)',
              });
            }
          });
          if (e.pattern) {
            ctx.addIssue({
              code: 'custom',
              path: ['entries', i, 'pattern'],
              message: '近似匹配不能与正则同用 (near match takes no pattern)',
            });
          }
        } else if (e.nearEdits || e.nearNumbered) {
          ctx.addIssue({
            code: 'custom',
            path: ['entries', i, e.nearEdits ? 'nearEdits' : 'nearNumbered'],
            message: 'nearEdits、nearNumbered 只用于近似匹配词条 (nearEdits and nearNumbered need match: "near")',
          });
        }
        if ((e.category ?? d.category) === 'bureaucratic' && e.severity === 'block') {
          ctx.addIssue({
            code: 'custom',
            path: ['entries', i, 'severity'],
            message: '官腔套话不能设为 block (bureaucratic is never block)',
          });
        }
      });
    });
  return { scopeSchema, contextSchema, entrySchema, dictionarySchema };
}

type Schemas = ReturnType<typeof makeSchemas>;
let schemas: Schemas | undefined;
const schemasOf = (): Schemas => {
  schemas ??= makeSchemas();
  return schemas;
};

/** The schema of one dictionary (made once, on first use). */
export const dictionarySchema = (): Schemas['dictionarySchema'] => schemasOf().dictionarySchema;

export type Scope = z.infer<Schemas['scopeSchema']>;
export type EntryContext = z.infer<Schemas['contextSchema']>;
export type DictEntry = z.infer<Schemas['entrySchema']>;
export type Dictionary = z.infer<Schemas['dictionarySchema']>;
export type DictionaryInput = z.input<Schemas['dictionarySchema']>;

/** Human-readable zod issue: "entries[3].severity: …". */
export function formatIssuePath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || '(root)';
}
