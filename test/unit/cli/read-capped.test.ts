import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FileReadError, readFileCapped, readTextCapped } from '../../../lib/node/read-capped';

describe('readFileCapped', () => {
  it('enforces the cap while reading, not only from the reported size', () => {
    // procfs files are regular files that report size 0 but have content.
    const file = '/proc/self/status';
    expect(statSync(file).isFile()).toBe(true);
    expect(statSync(file).size).toBe(0);
    expect(() => readFileCapped(file, 100)).toThrow(/file too large: more than/);
    expect(readTextCapped(file, 1024 * 1024)).toMatch(/^Name:/);
  });

  it('refuses devices and directories with a FileReadError', () => {
    for (const [file, kind] of [
      ['/dev/zero', 'a device'],
      ['/tmp', 'a directory'],
    ] as const) {
      let error: unknown;
      try {
        readFileCapped(file, 1024);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(FileReadError);
      expect((error as Error).message).toBe(`${kind}, not a regular file (不是普通文件)`);
    }
  });
});
