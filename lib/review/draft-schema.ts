import * as z from 'zod/mini';
import { PLATFORMS } from '../engine/types';

/**
 * The draft as it will be published (every published field, the links and the images' sources), as it crosses a
 * boundary: the message protocol and the team database validate it with this one schema. zod/mini keeps the
 * content script small.
 */
export const publishedDraftSchema = z.object({
  platform: z.enum(PLATFORMS),
  title: z.optional(z.string()),
  author: z.optional(z.string()),
  digest: z.optional(z.string()),
  body: z.string(),
  sourceUrl: z.optional(z.string()),
  links: z.optional(
    z.array(
      z.object({
        href: z.string(),
        text: z.optional(z.string()),
        start: z.number().check(z.int()),
        end: z.number().check(z.int()),
      }),
    ),
  ),
  caption: z.optional(z.string()),
  cover: z.optional(z.string()),
  images: z.optional(z.array(z.object({ src: z.string(), alt: z.optional(z.string()) }))),
});
