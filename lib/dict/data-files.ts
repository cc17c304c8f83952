import { formatIssuePath } from '../engine/dictionary/schema';
import { linkListsSchema } from '../rules/links-schema';
import { namesListSchema } from '../rules/names-schema';
import { REPLY_TONE_LISTS, replyToneSchema } from '../rules/reply-tone-schema';
import { ruleDataSchema } from '../rules/rule-data';
import { sourceListSchema } from '../rules/source-schema';
import { validateDictionary } from './load';
import { type DataTable, manifestSchema } from './manifest';
import { typosExtraDictionary } from './typos-extra';

/**
 * The other files shipped under dictionaries/ besides native dictionaries, each with its own schema:
 * the link lists, the repost sources, the leader names, the manifest, and the data tables it lists.
 * Pure (no I/O): `publish-guard dict validate` reads the files and asks here.
 */

export { DATA_TABLES, type DataTable, type Manifest, manifestSchema } from './manifest';

export type JsonKind = 'dictionary' | 'manifest' | 'links' | 'sources' | 'names' | 'ruleData' | 'replyTone';

const BY_NAME: Record<string, JsonKind> = {
  'manifest.json': 'manifest',
  'links.json': 'links',
  'sources.json': 'sources',
  'names.json': 'names',
  'rule-data.json': 'ruleData',
  'reply-tone.json': 'replyTone',
};

/** What a JSON file is: by its name for the shipped files, else by its content. */
export function detectJsonKind(baseName: string, value: unknown): JsonKind {
  const named = BY_NAME[baseName.toLowerCase()];
  if (named) return named;
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 'dictionary';
  const v = value as Record<string, unknown>;
  if ('entries' in v) return 'dictionary';
  if (Array.isArray(v.dictionaries) && v.data && typeof v.data === 'object') return 'manifest';
  if (Array.isArray(v.people)) return 'names';
  if ('lexicons' in v) return 'replyTone';
  if ('places' in v || 'titles' in v || (v.idioms && typeof v.idioms === 'object')) return 'ruleData';
  if (Array.isArray(v.approved) || 'trackingParams' in v || 'commercial' in v) return 'links';
  if ((v.approved && typeof v.approved === 'object') || 'governmentPatterns' in v || 'designated' in v)
    return 'sources';
  return 'dictionary';
}

export const KIND_LABELS: Record<JsonKind | DataTable, string> = {
  dictionary: 'dictionary',
  manifest: 'manifest',
  links: 'link lists',
  sources: 'repost sources',
  names: 'leader names',
  ruleData: 'rule word lists',
  replyTone: 'reply-tone word lists',
  t2s: 't2s table',
  pinyin: 'pinyin table',
  idioms: 'idiom list',
  shapes: 'look-alike characters',
  divisions: 'administrative divisions',
  placeVariants: 'place-name misspellings',
  wordVariants: 'common-word misspellings',
  wordFreq: 'word counts',
  collocationSlips: 'common-word slips and their collocates',
  towns: 'townships by county',
  typosExtra: 'extra typo pairs',
};

export type DataCheck = { ok: true; summary: string } | { ok: false; errors: string[] };

function issues(error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> }): string[] {
  return error.issues.map((i) => `${formatIssuePath(i.path)}: ${i.message}`);
}

/**
 * Validates a links, sources, names or manifest file (parsed JSON). For the manifest, `exists` tells
 * whether a path relative to it names a regular file.
 */
export function validateDataJson(
  kind: Exclude<JsonKind, 'dictionary'>,
  value: unknown,
  exists: (relativePath: string) => boolean = () => true,
): DataCheck {
  switch (kind) {
    case 'links': {
      const r = linkListsSchema.safeParse(value);
      if (!r.success) return { ok: false, errors: issues(r.error) };
      const d = r.data;
      return {
        ok: true,
        summary: `${d.approved.length + d.localApproved.length} approved, ${d.commercial.length} commercial, ${d.short.length} short-link domains`,
      };
    }
    case 'sources': {
      const r = sourceListSchema().safeParse(value);
      if (!r.success) return { ok: false, errors: issues(r.error) };
      const approved = Object.values(r.data.approved).reduce((n, l) => n + l.length, 0);
      return { ok: true, summary: `${approved} approved names, ${r.data.governmentPatterns.length} patterns` };
    }
    case 'names': {
      const r = namesListSchema.safeParse(value);
      if (!r.success) return { ok: false, errors: issues(r.error) };
      return { ok: true, summary: `${r.data.people.length} people` };
    }
    case 'ruleData': {
      // The file also carries notes and sources per list; the lists themselves are what the rules read.
      const r = ruleDataSchema.safeParse(value);
      if (!r.success) return { ok: false, errors: issues(r.error) };
      const d = r.data;
      const n = d.idioms.supplement.length + d.idioms.allow.length + d.places.others.length + d.titles.words.length;
      return { ok: true, summary: `${n} words` };
    }
    case 'replyTone': {
      const r = replyToneSchema().safeParse(value);
      if (!r.success) return { ok: false, errors: issues(r.error) };
      const n = REPLY_TONE_LISTS.reduce((k, name) => k + r.data.lexicons[name].words.length, 0);
      return { ok: true, summary: `${n} words, ${Object.keys(r.data.lexicons.latinVulgar.forms).length} Latin forms` };
    }
    case 'manifest': {
      const r = manifestSchema.safeParse(value);
      if (!r.success) return { ok: false, errors: issues(r.error) };
      const missing = [
        ...r.data.dictionaries.map((f, i) => [`dictionaries[${i}]`, f] as const),
        ...Object.entries(r.data.data).map(([k, f]) => [`data.${k}`, f] as const),
      ]
        .filter(([, f]) => !exists(f))
        .map(([where, f]) => `${where}: 列出的文件不存在 (listed file missing): ${f}`);
      if (missing.length) return { ok: false, errors: missing };
      return {
        ok: true,
        summary: `${r.data.dictionaries.length} dictionaries, ${Object.keys(r.data.data).length} data files`,
      };
    }
  }
}

const CJK = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{2ffff}]+$/u;

const TABLE_UNITS: Record<DataTable, string> = {
  t2s: 'pairs',
  pinyin: 'readings',
  idioms: 'idioms',
  shapes: 'characters',
  divisions: 'divisions',
  placeVariants: 'names',
  wordVariants: 'words',
  wordFreq: 'words',
  collocationSlips: 'words',
  towns: 'townships',
  typosExtra: 'pairs',
};

/** One data line of a table: how many items it holds, or why it is unusable. */
function tableLine(kind: DataTable, line: string): number | string {
  switch (kind) {
    case 't2s': {
      const chars = [...line];
      return chars.length % 2 === 0 && CJK.test(line)
        ? chars.length / 2
        : '须为成对的繁体、简体汉字 (pairs of CJK characters)';
    }
    case 'pinyin': {
      const m = /^([a-zü]+[0-5]) (\S+)$/u.exec(line);
      return m && CJK.test(m[2]!)
        ? [...m[2]!].length
        : '须为“拼音加声调数字 空格 汉字” (syllable+tone, space, characters)';
    }
    case 'idioms': {
      const t = line.trim();
      return [...t].length === 4 && CJK.test(t) ? 1 : '须为四字成语 (four CJK characters)';
    }
    case 'shapes': {
      const m = /^(.)\t(\S+)$/u.exec(line);
      return m && CJK.test(m[1]!) && CJK.test(m[2]!) ? 1 : '须为“汉字<TAB>形近字” (character, TAB, look-alikes)';
    }
    case 'divisions': {
      const m = /^(\d{6})\t(\S.*)$/.exec(line);
      return m ? 1 : '须为“六位区划代码<TAB>名称” (six-digit code, TAB, name)';
    }
    case 'placeVariants':
    case 'wordVariants': {
      // name <TAB> variants (space-separated), or a guard line: <X / >X <TAB> characters
      const m = /^([<>]?)(\S+)\t(\S.*)$/u.exec(line);
      if (!m || !CJK.test(m[2]!))
        return '须为“正确地名<TAB>错写（空格分隔）”或守卫行“<字/>字<TAB>字” (name, TAB, variants)';
      if (m[1])
        return [...m[2]!].length === 1 && CJK.test(m[3]!)
          ? 0
          : '守卫行须为“<字<TAB>汉字” (guard: one character, TAB, characters)';
      return m[3]!.split(' ').every((v) => CJK.test(v))
        ? 1
        : '错写须为汉字，以空格分隔 (variants: CJK, space-separated)';
    }
    case 'wordFreq': {
      const m = /^([\u4e00-\u9fff]{1,4})\t(\d+)$/u.exec(line);
      return m ? 1 : '须为“一至四个汉字<TAB>词频（非负整数）” (1-4 CJK characters, TAB, count)';
    }
    case 'towns': {
      // county code <TAB> township names (镇, 乡, 苏木, 街道), space-separated
      const f = line.split('\t');
      const names = f[1]?.split(' ') ?? [];
      return f.length === 2 &&
        /^\d{6}$/.test(f[0]!) &&
        names.every((n) => /^[\u3400-\u4dbf\u4e00-\u9fff]{2,14}$/.test(n))
        ? names.length
        : '须为“六位县级代码<TAB>乡镇街道名称（空格分隔）” (county code, TAB, township names separated by spaces)';
    }
    case 'collocationSlips': {
      // right word <TAB> slips (two characters each, space between) <TAB> collocates before <TAB> collocates after
      const f = line.split('\t');
      const two = /^[\u4e00-\u9fff]{2}$/;
      const collocates = (s: string) => !s || s.split(' ').every((w) => /^\*?[\u4e00-\u9fff]{2}$/.test(w));
      return f.length === 4 &&
        two.test(f[0]!) &&
        f[1]!.split(' ').every((w) => two.test(w)) &&
        collocates(f[2]!) &&
        collocates(f[3]!)
        ? 1
        : '须为“两字词<TAB>两字错写（空格分隔）<TAB>前搭配<TAB>后搭配”（搭配为两字词，空格分隔，* 标常见搭配） (word, TAB, two-character slips, TAB, collocates before, TAB, after)';
    }
    case 'typosExtra': {
      const [wrong, right, key] = line.split('\t').map((c) => c.trim());
      return wrong && right && key && wrong !== right
        ? 1
        : '须为“错误写法<TAB>正确写法<TAB>出处”且两者不同 (wrong, right, source)';
    }
  }
}

/** Validates a data table of the manifest: every line the loader reads must be usable. */
export function validateTable(kind: DataTable, text: string): DataCheck {
  const errors: string[] = [];
  let count = 0;
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line || line.startsWith('#') || errors.length >= 20) return;
    const r = tableLine(kind, line);
    if (typeof r === 'string') errors.push(`line ${i + 1}: ${r}`);
    else count += r;
  });
  if (!errors.length && kind === 'typosExtra') {
    // The loader turns the pairs into a native dictionary: it must validate too.
    const d = validateDictionary(typosExtraDictionary(text));
    if (!d.ok) errors.push(...d.errors.slice(0, 20));
  }
  if (errors.length) return { ok: false, errors };
  if (count === 0) return { ok: false, errors: ['(root): 没有数据行 (no data lines)'] };
  return { ok: true, summary: `${count} ${TABLE_UNITS[kind]}` };
}
