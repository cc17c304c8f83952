import { z } from 'zod';
import type { ToneModelData } from './tone-model';

/** The word lists of ReplyToneLexicons besides latinVulgar. */
export const REPLY_TONE_LISTS = [
  'you',
  'belittle',
  'belittleBare',
  'faculty',
  'deficient',
  'badTrait',
  'contemptEnd',
  'dismissVerb',
  'shirk',
  'threat',
  'threatBare',
  'flippant',
  'victimBlame',
  'impatience',
  'insult',
  'privateContact',
  'paidHelp',
  'selfVoice',
  'feeling',
  'feelingBare',
  'verdict',
  'derogatory',
  'emotion',
] as const;

/**
 * The schema of dictionaries/reply-tone.json (the word lists the reply-tone rule's shapes are built from), built on
 * first use: a CLI start with a warm table cache never validates the file (lib/rules/library.ts keeps the
 * validated lists), and building the zod schema at import cost ≈ 2 ms of every start.
 */
function buildReplyToneSchema() {
  /** Sentences the tests run: a hit that fires a reply-tone rule, a pass that stays quiet. */
  const listExamples = z.object({ hit: z.array(z.string()).min(1), pass: z.array(z.string()).min(1) });
  const lexicon = z.object({
    note: z.string().optional(),
    words: z.array(z.string().min(1)),
    examples: listExamples.optional(),
  });
  /** A logistic regression over character n-grams (tone-model.ts), trained by scripts/train-tone-model.ts. */
  const toneModelSchema = z.object({
    note: z.string().optional(),
    source: z.string().min(1),
    threshold: z.number().gt(0).lt(1),
    bias: z.number().finite(),
    weights: z.record(z.string().min(1).max(3), z.number().finite()),
    /** Learned cue words (voice model): two to four Han characters each. */
    cues: z
      .array(z.string().regex(/^\p{Script=Han}{2,4}$/u, 'a learned cue is two to four Han characters'))
      .max(5000)
      .optional(),
    learnedThreshold: z.number().gt(0).lt(1).optional(),
    examples: listExamples.optional(),
  });
  const schema = z.object({
    format: z.literal(1),
    id: z.string(),
    name: z.string().optional(),
    description: z.string().optional(),
    source: z.string(),
    license: z.string(),
    lexicons: z.object({
      ...Object.fromEntries(REPLY_TONE_LISTS.map((n) => [n, lexicon])),
      latinVulgar: z.object({
        note: z.string().optional(),
        /** Latin or pinyin-initial form (lower case) → the word it stands for. */
        forms: z.record(z.string().regex(/^[a-z0-9]+$/), z.string().min(1)),
        /** Vulgar words that must have a Latin form here or in sensitive.json (checked by the tests). */
        words: z.array(z.string().min(1)).optional(),
        /** Latin forms sensitive.json checks in every text (not repeated here), with the word each stands for. */
        elsewhere: z.record(z.string().regex(/^[a-z0-9]+$/), z.string().min(1)).optional(),
      }),
      toneModel: toneModelSchema.optional(),
      voiceModel: toneModelSchema.optional(),
      salesModel: toneModelSchema.optional(),
    }) as unknown as z.ZodType<ReplyToneLexicons>,
    sources: z.record(z.string(), z.string()),
    examples: z.record(z.string(), z.object({ hit: z.array(z.string()), pass: z.array(z.string()) })),
  });
  return schema;
}

let replyToneSchemaOnce: ReturnType<typeof buildReplyToneSchema> | undefined;
/** The schema of dictionaries/reply-tone.json (built once). */
export function replyToneSchema(): ReturnType<typeof buildReplyToneSchema> {
  replyToneSchemaOnce ??= buildReplyToneSchema();
  return replyToneSchemaOnce;
}

export type ReplyToneLexicons = Record<
  (typeof REPLY_TONE_LISTS)[number],
  { note?: string; words: string[]; examples?: { hit: string[]; pass: string[] } }
> & {
  latinVulgar: { note?: string; forms: Record<string, string>; words?: string[]; elsewhere?: Record<string, string> };
  /** The reply tone model (tone-model.ts); without it the stance reader uses its cues only. */
  toneModel?: ToneModelData;
  /** The own-voice opinion model (opinion-voice.ts): any post, not only replies. */
  voiceModel?: ToneModelData;
  /** The sales-sentence model (sales-pitch.ts): a sentence that sells, whatever its wording. */
  salesModel?: ToneModelData;
};
export type ReplyToneData = z.infer<ReturnType<typeof replyToneSchema>>;

/** Validates parsed reply-tone.json; throws a ZodError naming the bad field. */
export function parseReplyTone(data: unknown): ReplyToneLexicons {
  return replyToneSchema().parse(data).lexicons;
}
