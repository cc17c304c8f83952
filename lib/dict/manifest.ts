import { z } from 'zod';

/**
 * The manifest of dictionaries/ and the data tables it lists: apart from data-files.ts (every shipped file's schema),
 * so that a check, which reads only the manifest, does not build the other files' zod schemas at start-up.
 */

export const DATA_TABLES = [
  't2s',
  'pinyin',
  'idioms',
  'shapes',
  'divisions',
  'placeVariants',
  'wordVariants',
  'wordFreq',
  'collocationSlips',
  'towns',
  'typosExtra',
] as const;
export type DataTable = (typeof DATA_TABLES)[number];

export const manifestSchema = z
  .object({
    /** Native dictionary files, relative to the manifest. */
    dictionaries: z.array(z.string().min(1)).min(1),
    /** Data files, relative to the manifest. */
    data: z
      .object({
        t2s: z.string().min(1),
        pinyin: z.string().min(1),
        idioms: z.string().min(1),
        links: z.string().min(1),
        sources: z.string().min(1),
        names: z.string().min(1),
        shapes: z.string().min(1).optional(),
        divisions: z.string().min(1).optional(),
        placeVariants: z.string().min(1).optional(),
        wordVariants: z.string().min(1).optional(),
        wordFreq: z.string().min(1).optional(),
        collocationSlips: z.string().min(1).optional(),
        towns: z.string().min(1).optional(),
        typosExtra: z.string().min(1).optional(),
        ruleData: z.string().min(1).optional(),
        replyTone: z.string().min(1).optional(),
      })
      .strict(),
  })
  .strict();
export type Manifest = z.infer<typeof manifestSchema>;
