import { z } from 'zod';
import { type Draft, PLATFORMS } from './types';

const linkSchema = z.object({
  href: z.string(),
  text: z.string().optional(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

/** A `.json` draft: unknown fields ignored; unknown platform or missing body is an input error. */
const draftSchema = z.object({
  platform: z.enum(PLATFORMS).default('generic'),
  title: z.string().optional(),
  author: z.string().optional(),
  digest: z.string().optional(),
  body: z.string({ error: 'body 必须是字符串 (body must be a string)' }),
  sourceUrl: z.string().optional(),
  links: z.array(linkSchema).optional(),
  caption: z.string().optional(),
  cover: z.string().optional(),
  images: z.array(z.object({ src: z.string(), alt: z.string().optional() })).optional(),
});

export function parseDraft(value: unknown): { ok: true; draft: Draft } | { ok: false; error: string } {
  const r = draftSchema.safeParse(value);
  if (r.success) {
    const draft = r.data as Draft;
    const links = draft.links?.filter((l) => l.start <= l.end && l.end <= draft.body.length);
    return { ok: true, draft: links ? { ...draft, links } : draft };
  }
  const issue = r.error.issues[0];
  const path = issue?.path.join('.') || '(root)';
  return { ok: false, error: `invalid draft: ${path}: ${issue?.message ?? 'invalid'}` };
}
