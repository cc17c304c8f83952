import type { StandardSchemaV1 } from '@standard-schema/spec';
import * as z from 'zod/mini';
import type { Reply } from './schemas';

/**
 * A message table maps each type to the schema of its request. Schemas are read through the Standard Schema
 * interface, so a table may use full zod (the background's, protocol.ts) or zod/mini (the content script's,
 * tab-protocol.ts, kept small for the content-script budget).
 */
type Table = Record<string, { req: StandardSchemaV1 }>;
type Output<S> = S extends StandardSchemaV1 ? StandardSchemaV1.InferOutput<S> : never;

/** Reply types of a table whose entries declare them as a schema (`res`, a type only: replies are not validated). */
export type RepliesOf<T extends Table> = {
  [K in keyof T]: T[K] extends { res: StandardSchemaV1 } ? Output<T[K]['res']> : unknown;
};
export type Handlers<T extends Table, Ctx, R extends { [K in keyof T]: unknown } = RepliesOf<T>> = {
  [K in keyof T]?: (payload: Output<T[K]['req']>, ctx: Ctx) => Promise<R[K]> | R[K];
};

/** Wire envelope: { pg: 1, type, payload }. Replies: { ok: true, data } | { ok: false, error }. */
const envelopeSchema = z.object({ pg: z.literal(1), type: z.string(), payload: z.unknown() });

const pathOf = (issue: StandardSchemaV1.Issue) =>
  (issue.path ?? []).map((p) => String(typeof p === 'object' ? p.key : p)).join('.');

/** Validates an incoming envelope against a table; returns a readable error for anything else. */
export function parseEnvelope<T extends Table>(
  table: T,
  message: unknown,
): { ok: true; type: keyof T & string; payload: unknown } | { ok: false; error: string } | undefined {
  const env = envelopeSchema.safeParse(message);
  if (!env.success) return undefined; // not ours: ignore (other listeners may handle it)
  const { type, payload } = env.data;
  const spec = Object.hasOwn(table, type) ? table[type] : undefined;
  if (!spec) return { ok: false, error: `unknown message type: ${type}` };
  const r = spec.req['~standard'].validate(payload);
  if (r instanceof Promise) return { ok: false, error: `invalid ${type}: asynchronous schema` };
  if (r.issues) {
    const i = r.issues[0];
    return { ok: false, error: `invalid ${type}: ${(i && pathOf(i)) || '(payload)'}: ${i?.message}` };
  }
  return { ok: true, type, payload: r.value };
}

/**
 * Builds a runtime.onMessage listener for one message table: validates the request, dispatches by type,
 * and always answers with a Reply (never throws across the channel).
 */
export function createListener<T extends Table, Ctx, R extends { [K in keyof T]: unknown } = RepliesOf<T>>(
  table: T,
  handlers: Handlers<T, Ctx, R>,
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
