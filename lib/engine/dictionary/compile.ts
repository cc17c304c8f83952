import { hash64 } from '../hash';
import { type Automaton, buildAutomaton } from '../matcher/automaton';
import { type Normalizer, SKIP_LEVELS, type SkipLevel, skipMask } from '../normalize';
import type { Category, Severity } from '../types';
import type { Dictionary, EntryContext } from './schema';

/** An entry as the matcher needs it (one rule id). */
export interface CompiledEntry {
  ruleId: string;
  category: Category;
  severity: Severity;
  message?: string;
  suggestions: string[];
  note: string;
  source: string;
  url?: string;
  skip: SkipLevel;
  context?: EntryContext;
  pattern?: string;
  /** Dictionary it came from. */
  dictionary: string;
  /** The deny terms, kept only for categories whose code rules need them (bureaucratic phrase density). */
  terms?: string[];
  title: string;
  /** `match: "near"` entries that take only sound- and look-alike slips (schema `nearEdits`). */
  nearAlike?: true;
  /** `match: "near"` entries whose numbered terms' counts are checked in quotation marks (schema `nearNumbered`). */
  nearNumbered?: true;
}

export interface CompiledLevel {
  level: SkipLevel;
  automaton: Automaton;
  /** Pattern id → entry index, -1 for an allow-list term, or -2 - i for document word i (level "none" only). */
  refs: Int32Array;
}

export interface CompiledDictionaries {
  entries: CompiledEntry[];
  levels: CompiledLevel[];
  /** Protected terms of `match: "near"` entries (normalized) and the entry of each. */
  near?: { terms: string[]; refs: number[] };
  /** Words that must be looked for in the whole draft (document-scope near/notNear), by signal. */
  documentWords: { word: string; signals: string[] }[];
  /** Identifies the inputs; changes whenever any entry changes. */
  version: string;
}

const DEFAULT_SKIP: Partial<Record<Category, SkipLevel>> = {
  sensitive: 'noise',
  formulation: 'quotes',
};

/**
 * A term that starts or ends with a character its skip level skips (傻× at level "noise") would be found as what is
 * left of it (傻: every 傻 in the text); such a term is matched literally, at level "none", instead.
 */
function edgeSkipped(normalizer: Normalizer, term: string, level: SkipLevel): boolean {
  if (level === 'none' || !term) return false;
  const mask = skipMask(level);
  return Boolean(
    normalizer.cls[term.charCodeAt(0)]! & mask || normalizer.cls[term.charCodeAt(term.length - 1)]! & mask,
  );
}

/** Compiles validated dictionaries into one automaton per skip level. Disabled entries are left out. */
export function compileDictionaries(dicts: readonly Dictionary[], normalizer: Normalizer): CompiledDictionaries {
  const entries: CompiledEntry[] = [];
  const deny: Record<SkipLevel, Array<{ term: string; entry: number }>> = { none: [], quotes: [], noise: [] };
  const allow: string[] = [];
  const near: { terms: string[]; refs: number[] } = { terms: [], refs: [] };
  const docWords = new Map<string, Set<string>>();

  for (const d of dicts) {
    for (const e of d.entries) {
      if (!e.enabled) continue;
      const category = (e.category ?? d.category)!;
      const ruleId = `${category}.${e.id}`;
      const index = entries.length;
      const skip = e.skip ?? DEFAULT_SKIP[category] ?? 'none';
      entries.push({
        ruleId,
        category,
        severity: e.severity,
        message: e.message,
        suggestions: e.suggestions,
        note: e.note,
        source: e.source,
        url: e.url,
        skip,
        context: e.context,
        pattern: e.pattern,
        dictionary: d.id,
        title: e.terms[0] ?? e.pattern ?? e.allow[0] ?? e.id,
        ...(category === 'bureaucratic' ? { terms: e.terms } : {}),
        ...(e.match === 'near' && e.nearEdits === 'alike' ? { nearAlike: true as const } : {}),
        ...(e.match === 'near' && e.nearNumbered ? { nearNumbered: true as const } : {}),
      });
      if (e.match === 'near') {
        for (const t of e.terms) {
          near.terms.push(normalizer.normalizeTerm(t, 'none'));
          near.refs.push(index);
        }
      } else
        for (const t of e.terms) deny[edgeSkipped(normalizer, t, skip) ? 'none' : skip].push({ term: t, entry: index });
      allow.push(...e.allow);
      for (const [kind, near] of [
        ['near', e.context?.near],
        ['notnear', e.context?.notNear],
        ['notnear', e.context?.notInDraft && { words: e.context.notInDraft, scope: 'document' as const }],
      ] as const) {
        if (near?.scope !== 'document') continue;
        for (const w of near.words) {
          const key = normalizer.normalize(w);
          if (!key) continue;
          if (!docWords.has(key)) docWords.set(key, new Set());
          docWords.get(key)!.add(`${kind}:${ruleId}`);
        }
      }
    }
  }

  const documentWords = [...docWords.entries()].map(([word, s]) => ({ word, signals: [...s] }));
  const levels: CompiledLevel[] = [];
  for (const level of SKIP_LEVELS) {
    const items = deny[level];
    // Allow-list terms must be scanned even when only pattern entries deny (they live in level "none"), and so
    // must the document words (same skip level, so they ride the same scan).
    if (!items.length && !(level === 'none' && (allow.length || documentWords.length))) continue;
    const patterns: string[] = [];
    const refs: number[] = [];
    for (const it of items) {
      const p = normalizer.normalizeTerm(it.term, level);
      if (!p) continue;
      patterns.push(p);
      refs.push(it.entry);
    }
    for (const a of allow) {
      const p = normalizer.normalizeTerm(a, level);
      if (!p) continue;
      patterns.push(p);
      refs.push(-1);
    }
    if (level === 'none')
      documentWords.forEach((w, i) => {
        patterns.push(w.word);
        refs.push(-2 - i);
      });
    levels.push({ level, automaton: buildAutomaton(patterns), refs: Int32Array.from(refs) });
  }

  return {
    entries,
    levels,
    ...(near.terms.length ? { near } : {}),
    documentWords,
    version: versionOf(dicts),
  };
}

/** A short content hash of the dictionaries (hash64 over each dictionary's JSON). */
export function versionOf(dicts: readonly Dictionary[]): string {
  return hash64(...dicts.map((d) => JSON.stringify(d)));
}
