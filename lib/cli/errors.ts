/** An error whose message is shown to the user as-is (one line, no stack trace), with exit status 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A per-file input error (unreadable, not UTF-8, invalid draft JSON). */
export class InputError extends Error {
  override name = 'InputError';
}

export function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ').trim();
}
