import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layer rules of lib/ (see README "Architecture"). A folder may import its own files and folders of a lower
 * layer, never the same or a higher one. The engine is the bottom: pure TypeScript that runs in the content
 * script, the background, the CLI and the tests alike.
 */
const LAYERS: Record<string, number> = {
  engine: 0,
  i18n: 0,
  csv: 0,
  rules: 1,
  editors: 1,
  review: 1,
  spelling: 2,
  typography: 2,
  settings: 2,
  store: 3,
  dict: 4,
  history: 4,
  messaging: 5,
  team: 5,
  backstop: 5,
  diagnostics: 5,
  content: 6,
  options: 6,
  node: 6,
  background: 7,
  cli: 7,
};

/** npm packages (and Node built-ins) each folder may use; anything else is a layering mistake. */
const PURE = ['zod', 're2js'];
const PACKAGES: Record<string, readonly string[]> = {
  engine: PURE,
  rules: PURE,
  editors: PURE,
  review: PURE,
  settings: PURE,
  i18n: [],
};

/** Globals that tie code to a browser page or the extension runtime. */
const PLATFORM_GLOBAL = /\b(?:document|window|navigator|chrome|browser|indexedDB|localStorage)\s*[.[]/;

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

function imports(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of src.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?\sfrom\s+['"]([^'"]+)['"]/g)) out.push(m[1]!);
  for (const m of src.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push(m[1]!);
  for (const m of src.matchAll(/(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g)) out.push(m[1]!);
  return out;
}

/** 'lib/engine/x.ts' → 'engine'; other top-level folders → their name with a marker. */
function owner(path: string): string {
  const parts = path.split(sep);
  return parts[0] === 'lib' ? (parts[1] ?? '') : `/${parts[0]}`;
}

const packageName = (spec: string) =>
  spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;

/** What is wrong with `file` importing `spec`, or undefined. */
function violation(file: string, spec: string): string | undefined {
  const from = owner(file);
  if (!spec.startsWith('.')) {
    const allowed = PACKAGES[from];
    return allowed && !allowed.includes(packageName(spec))
      ? `${file}: ${from} may not import package ${spec}`
      : undefined;
  }
  const to = owner(relative('.', normalize(join(dirname(file), spec))));
  if (to === from) return undefined;
  if (from.startsWith('/')) {
    // UI and entrypoints sit above lib; they never reach into Node-only code.
    return to === 'node' || to === 'cli' ? `${file}: ${from} imports Node-only lib/${to}` : undefined;
  }
  if (to.startsWith('/')) return `${file}: lib/${from} imports ${to.slice(1)} (lib never imports UI or entrypoints)`;
  const a = LAYERS[from];
  const b = LAYERS[to];
  if (a === undefined) return `${file}: lib/${from} has no layer (add it to LAYERS)`;
  if (b === undefined) return `${file}: lib/${to} has no layer (add it to LAYERS)`;
  return b >= a ? `${file}: lib/${from} (layer ${a}) imports lib/${to} (layer ${b})` : undefined;
}

function violations(): string[] {
  const out: string[] = [];
  for (const top of ['lib', 'components', 'entrypoints']) {
    for (const file of files(top)) {
      for (const spec of imports(file)) {
        const v = violation(file, spec);
        if (v) out.push(v);
      }
    }
  }
  return out;
}

describe('layer rules', () => {
  it('every lib folder has a layer', () => {
    const folders = readdirSync('lib').filter((n) => statSync(join('lib', n)).isDirectory());
    expect(folders.filter((f) => LAYERS[f] === undefined)).toEqual([]);
  });

  it('imports only go down the layers, and lib never imports UI', () => {
    expect(violations()).toEqual([]);
  });

  it('the engine and the rules touch no page or extension API', () => {
    const bad: string[] = [];
    for (const dir of ['lib/engine', 'lib/rules', 'lib/review']) {
      for (const file of files(dir)) {
        const code = readFileSync(file, 'utf8')
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\/\/.*$/gm, '')
          .replace(/(['"`])(?:\\.|(?!\1)[^\\])*\1/g, '""');
        if (PLATFORM_GLOBAL.test(code)) bad.push(file);
      }
    }
    expect(bad).toEqual([]);
  });

  it('the checker reports upward, sideways, UI and package imports', () => {
    const f = (file: string, spec: string) => violation(file.split('/').join(sep), spec);
    expect(f('lib/engine/dictionary/rule.ts', '../../rules/util-text')).toMatch(/layer 0\) imports lib\/rules/);
    expect(f('lib/settings/x.ts', '../review/pin-hash')).toBeUndefined();
    expect(f('lib/review/x.ts', '../settings/schema')).toMatch(/layer 1\) imports lib\/settings \(layer 2/);
    expect(f('lib/store/x.ts', '../../components/overlay/session')).toMatch(/never imports UI/);
    expect(f('lib/engine/x.ts', 'wxt/browser')).toMatch(/may not import package/);
    expect(f('components/popup/App.tsx', '../../lib/node/engine')).toMatch(/Node-only/);
    expect(f('lib/newthing/x.ts', '../engine/types')).toMatch(/has no layer/);
  });
});
