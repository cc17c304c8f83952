import { afterEach, describe, expect, it } from 'vitest';
import { chromiumPath } from '../e2e/harness';

describe('end-to-end harness', () => {
  const saved = process.env.PUPPETEER_EXECUTABLE_PATH;
  afterEach(() => {
    if (saved === undefined) delete process.env.PUPPETEER_EXECUTABLE_PATH;
    else process.env.PUPPETEER_EXECUTABLE_PATH = saved;
  });
  it('fails with a message naming the fix when Chromium is missing (never a skip)', () => {
    process.env.PUPPETEER_EXECUTABLE_PATH = '/nonexistent/chromium';
    expect(() => chromiumPath()).toThrow(/apt-get install -y chromium.*PUPPETEER_EXECUTABLE_PATH/s);
  });
});
