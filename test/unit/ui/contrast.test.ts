import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** WCAG 2.1 relative luminance and contrast ratio of #rrggbb colours. */
function luminance(hex: string): number {
  const v = hex.replace('#', '');
  const full = v.length === 3 ? [...v].map((c) => c + c).join('') : v;
  const [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16) / 255);
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}
function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

const root = join(import.meta.dirname, '../../..');
/** Custom properties declared in the first block matching `selector`. */
function vars(file: string, selector: string): Record<string, string> {
  const css = readFileSync(join(root, file), 'utf8');
  const start = css.indexOf(`${selector} {`);
  const block = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...block.matchAll(/(--pg-[\w-]+):\s*(#[0-9a-fA-F]{3,6})/g)].map((m) => [m[1], m[2]]));
}

describe('colours meet WCAG AA', () => {
  it('contrast() matches known values', () => {
    expect(contrast('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrast('#fa8c16', '#ffffff')).toBeCloseTo(2.38, 1); // the old orange: fails
  });

  it('in-page overlay: every text colour on its fill and on white (4.5:1), every line on white (3:1)', () => {
    const v = vars('components/overlay/overlay.css', ':host');
    const names = Object.keys(v);
    expect(names.length).toBeGreaterThan(15);
    for (const on of names.filter((n) => n.startsWith('--pg-on-'))) {
      const fill = `--pg-${on.slice('--pg-on-'.length)}`;
      expect(v[fill], fill).toBeDefined();
      expect(contrast(v[on]!, v[fill]!), `${on} on ${fill}`).toBeGreaterThanOrEqual(4.5);
    }
    for (const t of names.filter((n) => n.endsWith('-text'))) {
      expect(contrast(v[t]!, '#ffffff'), `${t} on white`).toBeGreaterThanOrEqual(4.5);
    }
    for (const l of names.filter((n) => n.endsWith('-line'))) {
      expect(contrast(v[l]!, '#ffffff'), `${l} on white`).toBeGreaterThanOrEqual(3);
    }
  });

  it('extension pages: the status colours work as text on white and as fills under white text', () => {
    const v = vars('components/common/base.css', ':root');
    for (const name of ['--pg-blue', '--pg-red', '--pg-orange', '--pg-green', '--pg-muted', '--pg-text']) {
      expect(v[name], name).toBeDefined();
      expect(contrast(v[name]!, '#ffffff'), name).toBeGreaterThanOrEqual(4.5);
    }
  });
});
