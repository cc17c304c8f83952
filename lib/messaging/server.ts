import type * as z from 'zod/mini';
import { parseEnvelope, type Reply } from './schemas';

type Table = Record<string, { req: z.ZodMiniType; res: z.ZodMiniType }>;
export type Handlers<T extends Table, Ctx> = {
  [K in keyof T]?: (payload: z.infer<T[K]['req']>, ctx: Ctx) => Promise<z.infer<T[K]['res']>> | z.infer<T[K]['res']>;
};

/**
 * Builds a runtime.onMessage listener for one message table: validates with zod, dispatches by type,
 * and always answers with a Reply (never throws across the channel).
 */
export function createListener<T extends Table, Ctx>(
  table: T,
  handlers: Handlers<T, Ctx>,
  context: (sender: unknown) => Ctx,
): (message: unknown, sender: unknown) => Promise<Reply<unknown>> | undefined {
  return (message, sender) => {
    const parsed = parseEnvelope(table, message);
    if (!parsed) return undefined;
    if (!parsed.ok) return Promise.resolve({ ok: false, error: parsed.error });
    const handler = handlers[parsed.type];
    if (!handler) return undefined;
    return (async (): Promise<Reply<unknown>> => {
      try {
        const data = await handler(parsed.payload as never, context(sender));
        return { ok: true, data };
      } catch (err) {
        return { ok: false, error: err instanceof Error ? err.message : String(err) };
      }
    })();
  };
}
