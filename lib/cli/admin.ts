import { readFileSync } from 'node:fs';
import { ADMIN_PASSWORD_MIN, hashPin } from '../review/pin';
import { UsageError } from './errors';

/**
 * publish-guard admin hash-password < password.txt
 * Prints the PBKDF2-SHA256 hash of an admin password (read from stdin, first line) as the JSON value of the
 * enterprise-policy key `adminPasswordHash`. The password itself is never printed or stored.
 */
export async function runAdmin(args: string[]): Promise<number> {
  const [sub] = args;
  if (sub !== 'hash-password') {
    throw new UsageError('usage: publish-guard admin hash-password < password.txt (prints the policy value)');
  }
  let text: string;
  try {
    text = readFileSync(0, 'utf8');
  } catch {
    throw new UsageError('cannot read the password from standard input');
  }
  const password = text.split(/\r?\n/)[0] ?? '';
  if (password.length < ADMIN_PASSWORD_MIN) {
    throw new UsageError(`the admin password must have at least ${ADMIN_PASSWORD_MIN} characters`);
  }
  process.stdout.write(`${JSON.stringify(await hashPin(password))}\n`);
  return 0;
}
