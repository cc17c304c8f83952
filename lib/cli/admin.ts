import { FileReadError, readStdinLineCapped } from '../node/read-capped';
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
  let password: string;
  try {
    // Only the first line is read, and never more than 64 KB (so `< /dev/zero` ends with an error).
    password = readStdinLineCapped(64 * 1024);
  } catch (err) {
    throw new UsageError(
      `cannot read the password from standard input${err instanceof FileReadError ? `: ${err.message}` : ''}`,
    );
  }
  if (password.length < ADMIN_PASSWORD_MIN) {
    throw new UsageError(`the admin password must have at least ${ADMIN_PASSWORD_MIN} characters`);
  }
  process.stdout.write(`${JSON.stringify(await hashPin(password))}\n`);
  return 0;
}
