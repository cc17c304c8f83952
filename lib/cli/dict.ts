import { chmodSync, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { generateKeyPair, publicKeyForPrivateKey, signBundle, unsignedBundle, verifyBundle } from '../dict/bundle';
import {
  DATA_TABLES,
  type DataTable,
  detectJsonKind,
  KIND_LABELS,
  validateDataJson,
  validateTable,
} from '../dict/data-files';
import { formatFailure, runExamples } from '../dict/examples';
import { detectFormat, importDictionary } from '../dict/import';
import { parseDictionaryText, validateDictionary } from '../dict/load';
import type { SelectorOverrides } from '../editors/selectors';
import { validateSelectorOverrides } from '../editors/selectors-schema';
import { type Dictionary, formatIssuePath } from '../engine/dictionary/schema';
import { CATEGORIES, type Category } from '../engine/types';
import { loadBuiltinData } from '../node/builtin';
import { createNodeEngine } from '../node/engine';
import {
  FileReadError,
  MAX_BUNDLE_FILE_BYTES,
  MAX_DICTIONARY_BYTES,
  MAX_SMALL_FILE_BYTES,
  readTextCapped,
} from '../node/read-capped';
import { createEngine, type EngineData } from '../rules/create';
import { type NamesList, namesListSchema } from '../rules/names-schema';
import { oneLine, UsageError } from './errors';

const USAGE = `用法 / usage:
  publish-guard dict validate [--category C] FILE...     校验词库文件（原生 JSON；TXT/CSV 按导入规则；links、sources、
                                                           names、manifest.json 及其列出的数据表按各自格式）
  publish-guard dict test [FILE...]                        运行词条例句（默认：内置词库）
  publish-guard dict build --out bundle.json [--sign KEY.pem] [--key-id ID] [--version V] [--adapters SELECTORS.json]
                           [--names NAMES.json] FILE...
                                                           生成（签名）词库包
  publish-guard dict verify --key PUBLIC.pem bundle.json   校验词库包签名和内容
  publish-guard dict keygen [--out-dir DIR] [--force]      生成 ECDSA P-256 签名密钥对

Exit status: 0 ok; 1 example failures (test); 2 invalid files or usage error.`;

const PRIVATE_KEY_FILE = 'publish-guard-private.pem';
const PUBLIC_KEY_FILE = 'publish-guard-public.pem';

function out(line: string): void {
  process.stdout.write(`${line}\n`);
}
function err(line: string): void {
  process.stderr.write(`${line}\n`);
}

function parse<const T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  try {
    return parseArgs({ args, allowPositionals: true, strict: true, options });
  } catch (e) {
    throw new UsageError(oneLine((e as Error).message));
  }
}

/**
 * Reads a regular file of at most `maxBytes` as strict UTF-8 text; throws one line naming the file
 * (directories, FIFOs and devices such as /dev/zero are refused without being read).
 */
function readText(file: string, maxBytes = MAX_DICTIONARY_BYTES): string {
  try {
    return readTextCapped(file, maxBytes);
  } catch (e) {
    throw new Error(`${file}: ${e instanceof FileReadError ? e.message : 'cannot read'}`);
  }
}

/** Loads one native dictionary file: the dictionary, or every problem as "path: message". */
function loadNative(file: string): { ok: true; dictionary: Dictionary } | { ok: false; errors: string[] } {
  let text: string;
  try {
    text = readText(file);
  } catch (e) {
    return { ok: false, errors: [(e as Error).message.replace(`${file}: `, '')] };
  }
  return parseDictionaryText(text);
}

export async function runDict(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  switch (sub) {
    case 'validate':
      return validate(rest);
    case 'test':
      return test(rest);
    case 'build':
      return build(rest);
    case 'verify':
      return verify(rest);
    case 'keygen':
      return keygen(rest);
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      out(USAGE);
      return sub ? 0 : 2;
    default:
      throw new UsageError(`unknown dict command: ${sub} (validate, test, build, verify, keygen)`);
  }
}

// ---------------------------------------------------------------------------------------------

/** The data table a .txt file is, when a manifest.json next to it (or one level up) lists it. */
function tableKind(file: string): DataTable | undefined {
  const target = resolve(file);
  for (const dir of [dirname(target), dirname(dirname(target))]) {
    const manifest = join(dir, 'manifest.json');
    let data: Record<string, unknown>;
    try {
      data = (JSON.parse(readText(manifest, MAX_SMALL_FILE_BYTES)) as { data?: Record<string, unknown> }).data ?? {};
    } catch {
      continue;
    }
    for (const t of DATA_TABLES) if (typeof data[t] === 'string' && resolve(dir, data[t]) === target) return t;
  }
  return undefined;
}

/** A path relative to `base`'s directory names a regular file. */
function isFileNextTo(base: string, relative: string): boolean {
  try {
    return statSync(resolve(dirname(base), relative)).isFile();
  } catch {
    return false;
  }
}

/**
 * Validates any file admins keep under dictionaries/: native dictionaries, TXT/CSV word lists (import
 * rules), the link lists, repost sources, leader names, the manifest (and that every file it lists
 * exists) and the data tables the manifest lists. Prints "FILE: OK (…)" or one line per problem.
 */
async function validate(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { category: { type: 'string' } });
  if (positionals.length === 0) throw new UsageError('no input files (usage: publish-guard dict validate FILE...)');
  const category = (values.category ?? 'sensitive') as Category;
  if (!(CATEGORIES as readonly string[]).includes(category))
    throw new UsageError(`unknown --category: ${values.category}`);
  let bad = 0;
  for (const file of positionals) {
    const ext = extname(file).toLowerCase();
    let text: string;
    try {
      text = readText(file);
    } catch (e) {
      out(oneLine((e as Error).message));
      bad++;
      continue;
    }
    const table = ext === '.txt' || ext === '.tsv' ? tableKind(file) : undefined;
    if (table) {
      const r = validateTable(table, text);
      if (r.ok) out(`${file}: OK (${KIND_LABELS[table]}: ${r.summary})`);
      else {
        bad++;
        for (const e of r.errors) out(`${file}: ${oneLine(e)}`);
      }
      continue;
    }
    if (ext === '.txt' || ext === '.csv' || ext === '.tsv') {
      const report = await importDictionary(text, detectFormat(file, text), {
        fileName: basename(file),
        importer: 'publish-guard dict validate',
        category,
        dictionaryId: 'validate',
        dictionaryName: basename(file),
      });
      if (report.ok) {
        out(`${file}: OK (${report.entryCount} entries)`);
        for (const d of report.duplicates) out(`${file}: 重复词条“${d.term}”（第 ${d.lines.join('、')} 行，已合并）`);
        for (const c of report.conflicts)
          out(`${file}: 冲突：“${c.term}”既在禁用词中又在白名单中（第 ${c.lines.join('、')} 行）`);
      } else {
        bad++;
        for (const e of report.errors) out(`${file}: ${oneLine(e.message)}`);
      }
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      bad++;
      out(`${file}: JSON 格式错误 (invalid JSON): ${oneLine((e as Error).message)}`);
      continue;
    }
    const kind = detectJsonKind(basename(file), value);
    if (kind === 'dictionary') {
      const r = validateDictionary(value);
      if (r.ok) out(`${file}: OK (${r.dictionary.entries.length} entries)`);
      else {
        bad++;
        for (const e of r.errors) out(`${file}: ${oneLine(e)}`);
      }
      continue;
    }
    const r = validateDataJson(kind, value, (rel) => isFileNextTo(file, rel));
    if (r.ok) out(`${file}: OK (${KIND_LABELS[kind]}: ${r.summary})`);
    else {
      bad++;
      for (const e of r.errors) out(`${file}: ${oneLine(e)}`);
    }
  }
  return bad ? 2 : 0;
}

async function test(args: string[]): Promise<number> {
  const { positionals } = parse(args, {});
  let dicts: Dictionary[];
  let checker: Awaited<ReturnType<typeof createNodeEngine>>['checker'];
  try {
    if (positionals.length === 0) {
      dicts = loadBuiltinData().dictionaries as Dictionary[];
      checker = (await createNodeEngine()).checker;
    } else {
      dicts = [];
      for (const file of positionals) {
        const r = loadNative(file);
        if (!r.ok) throw new UsageError(`${file}: ${r.errors.slice(0, 3).join('; ')}`);
        dicts.push(r.dictionary);
      }
      checker = await engineWith(dicts, positionals);
    }
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(oneLine((e as Error).message));
  }
  const { total, failures } = runExamples(dicts, checker);
  for (const f of failures) out(formatFailure(f));
  out(`${dicts.length} dictionaries, ${total} examples, ${failures.length} failures`);
  return failures.length ? 1 : 0;
}

/** The real checker with these dictionaries, in place of any built-in dictionary of the same id. */
async function engineWith(dicts: Dictionary[], files: string[]) {
  const ids = new Set(dicts.map((d) => d.id));
  const data = loadBuiltinData();
  const all = data.dictionaries as Dictionary[];
  const builtin = all.filter((d) => !ids.has(d.id));
  if (builtin.length === all.length) return (await createNodeEngine({ extraDictionaries: files })).checker;
  return createEngine({ ...data, dictionaries: [...builtin, ...dicts] } as EngineData, { userWords: [] }).checker;
}

function defaultVersion(now = new Date()): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}

/** A small JSON side file of `dict build` (selectors, leaders list); unreadable or not JSON is a usage error. */
function readSmallJson(file: string): unknown {
  try {
    return JSON.parse(readText(file, MAX_SMALL_FILE_BYTES));
  } catch (e) {
    throw new UsageError(`${file}: ${oneLine((e as Error).message)}`);
  }
}

async function build(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    out: { type: 'string' },
    sign: { type: 'string' },
    'key-id': { type: 'string' },
    version: { type: 'string' },
    adapters: { type: 'string' },
    names: { type: 'string' },
  });
  if (!values.out)
    throw new UsageError('missing --out (usage: publish-guard dict build --out bundle.json [--sign KEY.pem] FILE...)');
  if (positionals.length === 0)
    throw new UsageError('no dictionary files (usage: publish-guard dict build --out bundle.json FILE...)');
  if (values.version !== undefined && values.version.trim() === '') throw new UsageError('empty --version');

  const dicts: Dictionary[] = [];
  let bad = 0;
  const seen = new Map<string, string>();
  for (const file of positionals) {
    const r = loadNative(file);
    if (!r.ok) {
      bad++;
      for (const e of r.errors) err(`${file}: ${oneLine(e)}`);
      continue;
    }
    const other = seen.get(r.dictionary.id);
    if (other) {
      bad++;
      err(`${file}: dictionary id "${r.dictionary.id}" is also used by ${other}`);
      continue;
    }
    seen.set(r.dictionary.id, file);
    dicts.push(r.dictionary);
  }
  if (bad) {
    err('publish-guard: bundle not written (invalid dictionaries)');
    return 2;
  }
  const version = values.version ?? defaultVersion();
  let adapters: SelectorOverrides | undefined;
  if (values.adapters) {
    const v = validateSelectorOverrides(readSmallJson(values.adapters));
    if (!v.ok) {
      for (const e of v.errors) err(`${values.adapters}: ${e}`);
      err('publish-guard: bundle not written (invalid editor selectors)');
      return 2;
    }
    adapters = v.value;
  }
  let names: NamesList | undefined;
  if (values.names) {
    const v = namesListSchema.safeParse(readSmallJson(values.names));
    if (!v.success) {
      for (const i of v.error.issues.slice(0, 5)) err(`${values.names}: ${formatIssuePath(i.path)}: ${i.message}`);
      err('publish-guard: bundle not written (invalid leaders list)');
      return 2;
    }
    names = v.data;
  }
  let bundle: Awaited<ReturnType<typeof signBundle>>;
  if (values.sign) {
    const key = readText(values.sign, MAX_SMALL_FILE_BYTES);
    let derived: { publicKeyBase64: string; keyId: string };
    try {
      derived = await publicKeyForPrivateKey(key);
    } catch (e) {
      throw new UsageError(`${values.sign}: ${oneLine((e as Error).message)}`);
    }
    bundle = await signBundle(
      { version, dictionaries: dicts, adapters, names },
      key,
      values['key-id'] ?? derived.keyId,
    );
    const check = await verifyBundle(bundle, derived.publicKeyBase64);
    if (!check.ok) throw new UsageError(`self-check failed: ${check.error}`);
  } else {
    bundle = unsignedBundle({ version, dictionaries: dicts, adapters, names });
    err(
      'publish-guard: 警告：未签名的词库包（没有 --sign），安装端会拒绝它 (unsigned bundle: installs will reject it)',
    );
  }
  try {
    writeFileSync(values.out, `${JSON.stringify(bundle)}\n`);
  } catch (e) {
    throw new UsageError(`${values.out}: cannot write (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const entries = dicts.reduce((n, d) => n + d.entries.length, 0);
  out(
    `wrote ${values.out}: version ${version}, ${dicts.length} dictionaries, ${entries} entries${names ? `, leaders list (${names.people.length} people)` : ''}${values.sign ? `, signed (keyId ${bundle.keyId})` : ', UNSIGNED'}`,
  );
  return 0;
}

async function verify(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { key: { type: 'string' } });
  if (!values.key)
    throw new UsageError('missing --key (usage: publish-guard dict verify --key PUBLIC.pem bundle.json)');
  if (positionals.length !== 1) throw new UsageError('give exactly one bundle file');
  const key = existsSync(values.key) ? readText(values.key, MAX_SMALL_FILE_BYTES) : values.key;
  const file = positionals[0]!;
  const r = await verifyBundle(readText(file, MAX_BUNDLE_FILE_BYTES), key);
  if (!r.ok) {
    out(`${file}: ${r.error}`);
    return 2;
  }
  const entries = r.dictionaries.reduce((n, d) => n + d.entries.length, 0);
  out(
    `${file}: OK (version ${r.version}, keyId ${r.keyId}, ${r.dictionaries.length} dictionaries, ${entries} entries)`,
  );
  return 0;
}

async function keygen(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { 'out-dir': { type: 'string' }, force: { type: 'boolean' } });
  if (positionals.length) throw new UsageError(`unexpected argument: ${positionals[0]}`);
  const dir = values['out-dir'] ?? '.';
  const priv = join(dir, PRIVATE_KEY_FILE);
  const pub = join(dir, PUBLIC_KEY_FILE);
  if (!values.force && (existsSync(priv) || existsSync(pub))) {
    throw new UsageError(`${existsSync(priv) ? priv : pub} already exists (use --force to overwrite)`);
  }
  const keys = await generateKeyPair();
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(priv, keys.privateKeyPem, { mode: 0o600 });
    chmodSync(priv, 0o600);
    writeFileSync(pub, keys.publicKeyPem, { mode: 0o644 });
  } catch (e) {
    throw new UsageError(`${dir}: cannot write keys (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  out(`wrote ${priv} (private key, keep it secret; mode 0600)`);
  out(`wrote ${pub}`);
  out(`keyId: ${keys.keyId}`);
  out('public key (SPKI base64) to configure in 选项 → 词库订阅, or as the publicKey policy:');
  out(keys.publicKeyBase64);
  return 0;
}
