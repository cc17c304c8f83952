import { HitBuffer } from '../matcher/automaton';
import type { CharSimilarity } from '../near/similar';
import { CLS_EMOJI_HIGH, type Normalizer, skipMask } from '../normalize';
import { type Candidate, type ParagraphRule, type ParagraphSink, type RuleMeta, WITH_AUTHOR } from '../rule';
import type { Paragraph } from '../text/paragraph';
import { SEVERITY_RANK } from '../types';
import type { CompiledDictionaries, CompiledEntry } from './compile';
import { findProtectedSlips, protectedMatcher, type WordOracle } from './near';
import type { EntryContext, Scope } from './schema';

interface Hit {
  entry: number;
  start: number;
  end: number;
  /** A slip of a protected term: the term and what is wrong. */
  near?: { term: string; detail: string };
}

const SPACES = /^[\s\u3000]*/;
const LINE_PREFIX = /^[\s\u3000\d一二三四五六七八九十〇零、.．,，（）()【】[\]★☆*#·-]*$/;

const OPEN_OF: Record<string, string> = { '”': '“', '」': '「', '』': '『', '’': '‘' };
const CLOSE_OF: Record<string, string> = { '“': '”', '「': '」', '『': '』', '‘': '’' };

/**
 * A match that skipped quotes may contain half a pair (一带一路”战略); widen it by one character to
 * include the partner so the underline and any replacement cover “一带一路”战略 as a whole.
 */
function balanceQuotes(text: string, start: number, end: number): [number, number] {
  let open = 0;
  let firstClose = '';
  let lastOpen = '';
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    if (CLOSE_OF[ch]) {
      open++;
      lastOpen = ch;
    } else if (OPEN_OF[ch]) {
      if (open > 0) open--;
      else if (!firstClose) firstClose = ch;
    }
  }
  if (firstClose && start > 0 && text[start - 1] === OPEN_OF[firstClose]) start--;
  if (open > 0 && lastOpen && text[end] === CLOSE_OF[lastOpen]) end++;
  return [start, end];
}

/** Default Chinese message for an entry. */
function entryMessage(e: CompiledEntry, text: string): string {
  if (e.message) return e.message.replaceAll('{text}', text);
  if (e.suggestions.length) return `${quote(text)}应改为${quote(e.suggestions[0]!)}。`;
  return e.note ? `${quote(text)}：${e.note}` : `${quote(text)}需核实。`;
}

/** Quotes a term for a message; terms that carry their own quotation marks get corner brackets. */
function quote(s: string): string {
  return /[“”]/.test(s) ? `「${s}」` : `“${s}”`;
}

/** The dictionary pass: automaton scan per skip level, allow-list override, context, longest match per category. */
/** Finds all matches of one compiled pattern in a paragraph (a linear-time engine; see regex.ts). */
export interface RegexMatcher {
  entry: number;
  matches(text: string): Array<[number, number]>;
}

export interface DictionaryRuleOptions {
  /** Compiles `pattern` entries; without it (e.g. in the content script) pattern entries are left to another pass. */
  regex?: (entries: readonly CompiledEntry[]) => RegexMatcher[];
  /** Only report these entries (e.g. the background's pattern-only pass). */
  only?: 'patterns';
  /** Sound and shape tables for near-misses of protected terms (without them only longer slips are found). */
  similarity?: CharSimilarity;
  /**
   * A word table: the protected terms' missing characters that only words can judge are reported too (near.ts
   * judgeDrop). Given to the pattern pass (`only: "patterns"`), that pass reports only those: the core pass beside it
   * runs where no word table is loaded (the content script).
   */
  words?: WordOracle;
}

export function createDictionaryRule(
  compiled: CompiledDictionaries,
  normalizer: Normalizer,
  opts: DictionaryRuleOptions = {},
): ParagraphRule {
  const { entries } = compiled;
  const denyTerms = opts.only !== 'patterns';
  const scanners = compiled.levels.map((l) => ({
    ...l,
    table: l.automaton.symbolTable(normalizer.map, normalizer.cls, skipMask(l.level)),
    emojiBit: l.level === 'noise' ? CLS_EMOJI_HIGH : 0,
  }));
  const regexes = opts.regex ? opts.regex(entries) : [];
  const words = opts.words;
  const drops = opts.only === 'patterns' ? words : undefined;
  const near =
    (denyTerms || drops) && compiled.near?.terms.length
      ? protectedMatcher(compiled.near.terms, opts.similarity)
      : undefined;
  const nearRefs = compiled.near?.refs ?? [];
  const nearAlike = (ref: number) => entries[ref]?.nearAlike === true;
  const nearNumbered = (ref: number) => entries[ref]?.nearNumbered === true;
  const docSignals = compiled.documentWords.map((w) => w.signals);
  /** The protected terms' slips in a paragraph, with this rule's options. */
  const slipsIn = (m: NonNullable<typeof near>, text: string) =>
    findProtectedSlips(m, nearRefs, text, normalizer.map, opts.similarity, nearAlike, words, !denyTerms, nearNumbered);
  // One hit buffer for every scan of this rule (a check never runs inside another).
  const found = new HitBuffer();

  // The pattern pass declares only what it reports (the core pass declares the rest, with what other rules add to
  // the declarations, e.g. reply-insult-tone.ts's companion)
  const nearSet = drops ? new Set(nearRefs) : undefined;
  const declared = denyTerms ? entries : entries.filter((e, i) => e.pattern || nearSet?.has(i));
  const rules: RuleMeta[] = declared.map((e) => ({
    id: e.ruleId,
    category: e.category,
    severity: e.severity,
    message: e.message ?? '',
    suggestions: e.suggestions,
    source: e.source,
    note: e.note,
    title: e.title,
  }));

  const normalizedAround = (text: string, from: number, to: number) =>
    normalizer.normalize(text.slice(Math.max(0, from), Math.max(0, to)));

  const inScope = (p: Paragraph, start: number, end: number, scope: Scope, words: string[]): boolean => {
    let from = 0;
    let to = p.text.length;
    if (scope === 'sentence') {
      const s = p.sentenceAt(start);
      from = s.start;
      to = Math.max(s.end, end);
    } else if (typeof scope === 'number') {
      from = start - scope;
      to = end + scope;
    }
    const hay = normalizedAround(p.text, from, to);
    return words.some((w) => hay.includes(normalizer.normalize(w)));
  };

  const startsWithAny = (after: string, list: string[]): boolean =>
    list.some((x) =>
      x === '#digit'
        ? /^[0-9０-９]/.test(after)
        : x === '#cnnum'
          ? /^[一二三四五六七八九十〇零两]/.test(after)
          : x === '#end'
            ? after.length === 0
            : after.startsWith(normalizer.normalize(x)),
    );

  /** Applies an entry's context; returns the candidate or undefined when the context rules it out. */
  const applyContext = (p: Paragraph, e: CompiledEntry, h: Hit): Candidate | undefined => {
    const { start, end } = h;
    const ctx: EntryContext | undefined = e.context;
    const text = p.text.slice(start, end);
    const c: Candidate = {
      ruleId: e.ruleId,
      start,
      end,
      severity: e.severity,
      message: h.near
        ? `${quote(text)}疑为${quote(h.near.term)}之误（${h.near.detail}）。${e.message ? e.message.replaceAll('{text}', text) : ''}`
        : entryMessage(e, text),
      suggestions: h.near ? [h.near.term] : e.suggestions,
      url: e.url,
    };
    if (!ctx) return c;
    if (ctx.quoted && ctx.quoted !== 'same' && p.isQuoted(start, end)) {
      if (ctx.quoted === 'off') return undefined;
      c.severity = ctx.quoted;
    }
    if (ctx.followedBy || ctx.notFollowedBy) {
      const rest = p.text.slice(end, end + 24);
      const after = normalizer.normalize(rest.slice(rest.match(SPACES)![0].length));
      if (ctx.followedBy && !startsWithAny(after, ctx.followedBy)) return undefined;
      if (ctx.notFollowedBy && startsWithAny(normalizer.normalize(rest), ctx.notFollowedBy)) return undefined;
    }
    if (ctx.notPrecededBy) {
      const before = normalizedAround(p.text, start - 16, start);
      if (ctx.notPrecededBy.some((x) => before.endsWith(normalizer.normalize(x)))) return undefined;
    }
    if (ctx.lineStart && !LINE_PREFIX.test(p.text.slice(0, start))) return undefined;
    const requires: Candidate['requires'] = [];
    if (ctx.near) {
      if (ctx.near.scope === 'document') requires.push({ signal: `near:${e.ruleId}`, present: true });
      else if (!inScope(p, start, end, ctx.near.scope, ctx.near.words)) return undefined;
    }
    if (ctx.notNear) {
      if (ctx.notNear.scope === 'document') requires.push({ signal: `notnear:${e.ruleId}`, present: false });
      else if (inScope(p, start, end, ctx.notNear.scope, ctx.notNear.words)) return undefined;
    }
    if (ctx.notInDraft && ctx.notNear?.scope !== 'document')
      requires.push({ signal: `notnear:${e.ruleId}`, present: false });
    if (ctx.commercial) requires.push({ signal: 'commercial', present: true });
    if (requires.length) c.requires = requires;
    return c;
  };

  return {
    kind: 'paragraph',
    rules,
    fields: WITH_AUTHOR,
    check(p, sink: ParagraphSink) {
      const text = p.text;
      // the pattern pass with no pattern entries (the shipped dictionaries have none) looks only for the protected
      // terms' drops: a paragraph without one needs no scan for allow-list words
      const slips = near && (denyTerms || regexes.length === 0) ? slipsIn(near, text) : undefined;
      if (!denyTerms && regexes.length === 0 && !slips?.length) return;
      const hits: Hit[] = [];
      const allows: number[] = [];
      for (const s of scanners) {
        const refs = s.refs;
        const n = s.automaton.scanHits(text, s.table, found, normalizer.cls, s.emojiBit);
        const d = found.data;
        for (let h = 0; h < 3 * n; h += 3) {
          const ref = refs[d[h]!]!;
          const start = d[h + 1]!;
          const end = d[h + 2]!;
          if (ref < -1) {
            // a document word (level "none" carries them): its signals, whatever else matched here
            for (const sig of docSignals[-2 - ref]!) sink.signal(sig);
          } else if (ref < 0) allows.push(start, end);
          else if (!denyTerms) continue;
          else if (s.level === 'none') hits.push({ entry: ref, start, end });
          else {
            const [a, b] = balanceQuotes(text, start, end);
            hits.push({ entry: ref, start: a, end: b });
          }
        }
      }
      for (const r of regexes) {
        for (const [start, end] of r.matches(text)) hits.push({ entry: r.entry, start, end });
      }
      if (near) {
        for (const h of slips ?? slipsIn(near, text)) {
          hits.push({ entry: h.ref, start: h.start, end: h.end, near: { term: h.term, detail: h.detail } });
        }
      }
      if (!hits.length) return;

      // Allow-list terms override any overlapping deny match.
      let kept = hits;
      if (allows.length) {
        kept = hits.filter((h) => {
          for (let i = 0; i < allows.length; i += 2) if (allows[i]! < h.end && h.start < allows[i + 1]!) return false;
          return true;
        });
      }
      // Context, then the longest match per span within a category (ties: higher severity first).
      const cands: Array<{ c: Candidate; category: string }> = [];
      for (const h of kept) {
        const e = entries[h.entry]!;
        const c = applyContext(p, e, h);
        if (c) cands.push({ c, category: e.category });
      }
      cands.sort(
        (a, b) =>
          (a.category < b.category ? -1 : a.category > b.category ? 1 : 0) ||
          a.c.start - b.c.start ||
          b.c.end - b.c.start - (a.c.end - a.c.start) ||
          SEVERITY_RANK[b.c.severity!] - SEVERITY_RANK[a.c.severity!],
      );
      let lastCat = '';
      let lastEnd = -1;
      for (const { c, category } of cands) {
        if (category === lastCat && c.start < lastEnd) continue;
        lastCat = category;
        lastEnd = c.end;
        sink.report(c);
      }
    },
  };
}
