import { compareFindings, sameFindingKey } from './findings';
import { fingerprintIn } from './fingerprint';
import type {
  Candidate,
  DocumentCandidate,
  DocumentRule,
  ParagraphRule,
  ParagraphSink,
  RuleMeta,
  RuleModule,
} from './rule';
import { type RuleSettings, resolveSeverity } from './severity';
import { Paragraph } from './text/paragraph';
import { splitParagraphs } from './text/segment';
import { type Draft, type Field, type RichFinding, SEVERITY_RANK, type Severity } from './types';

export interface CheckOptions {
  /** "Today" as YYYY-MM-DD for time-dependent rules (default: the real date, local time). */
  today?: string;
  /** Rule severities by rule id or category. */
  rules?: RuleSettings;
  /** Fingerprints of findings the user ignored. */
  ignored?: ReadonlySet<string>;
}

interface CachedParagraph {
  candidates: Array<{ c: Candidate; fp: string }>;
  signals: readonly string[];
  gen: number;
}

/** The signals of most paragraphs (shared: only read). */
const NO_SIGNALS: readonly string[] = [];
/**
 * Fields read as text. The author line (a unit's or a person's name) is read only by the rules that ask for it in
 * their `fields` (place names, the dictionaries: 毫州市农业农村局 for 亳州): prose rules would take a name for a slip.
 */
const TEXT_FIELDS: readonly Field[] = ['title', 'author', 'digest', 'body', 'caption'];
const CACHE_LIMIT = 4000;

export function localToday(d = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/**
 * Runs rule modules over a draft. Paragraph rules are cached by (field, platform, paragraph text), so
 * after an edit only the changed paragraphs are checked again; document rules run every time.
 */
export class Checker {
  private readonly paragraphRules: ParagraphRule[];
  /** The paragraph rules that look at a field, in order (made on first use). */
  private readonly byField = new Map<Field, ParagraphRule[]>();
  private readonly documentRules: DocumentRule[];
  private readonly meta = new Map<string, RuleMeta>();
  /**
   * Results by `${field}\u0001${platform}`, then by paragraph text: keyed by the text itself (a slice of the field),
   * no joined key string is built and hashed per paragraph.
   */
  private readonly cache = new Map<string, Map<string, CachedParagraph>>();
  /** Paragraphs in `cache`. */
  private cached = 0;
  private cacheToday = '';
  private gen = 0;

  constructor(modules: readonly RuleModule[]) {
    this.paragraphRules = modules.filter((m): m is ParagraphRule => m.kind === 'paragraph');
    this.documentRules = modules.filter((m): m is DocumentRule => m.kind === 'document');
    for (const m of modules) for (const r of m.rules) this.meta.set(r.id, r);
  }

  /** Every rule the checker knows, for settings pages. */
  get rules(): RuleMeta[] {
    return [...this.meta.values()];
  }

  ruleMeta(id: string): RuleMeta | undefined {
    return this.meta.get(id);
  }

  /** Number of cached paragraphs (for tests and benchmarks). */
  get cacheSize(): number {
    return this.cached;
  }

  clearCache(): void {
    this.cache.clear();
    this.cached = 0;
  }

  check(draft: Draft, opts: CheckOptions = {}): RichFinding[] {
    const today = opts.today ?? localToday();
    if (today !== this.cacheToday) {
      this.clearCache();
      this.cacheToday = today;
    }
    const gen = ++this.gen;
    const signals = new Set<string>();
    const pending: Array<{ field: Field; offset: number; c: Candidate; fp: string }> = [];

    for (const field of TEXT_FIELDS) {
      const value = draft[field];
      if (!value) continue;
      const where = `${field}\u0001${draft.platform}`;
      let cache = this.cache.get(where);
      if (!cache) {
        cache = new Map();
        this.cache.set(where, cache);
      }
      // The paragraphs not cached are checked together, rule by rule (each rule's tables stay in the CPU cache
      // across paragraphs); a paragraph's candidates are in the same order either way.
      const todo: Array<[Paragraph, CachedParagraph]> = [];
      const hits: Array<[number, CachedParagraph]> = [];
      for (const span of splitParagraphs(value)) {
        if (span.end === span.start) continue;
        const text = value.slice(span.start, span.end);
        let hit = cache.get(text);
        if (!hit) {
          hit = { candidates: [], signals: NO_SIGNALS, gen: 0 };
          cache.set(text, hit);
          this.cached++;
          todo.push([new Paragraph(field, text, span.start, draft.platform, today), hit]);
        }
        hits.push([span.start, hit]);
      }
      this.checkParagraphs(field, todo);
      for (const [offset, hit] of hits) {
        hit.gen = gen;
        for (const s of hit.signals) signals.add(s);
        for (const x of hit.candidates) pending.push({ field, offset, c: x.c, fp: x.fp });
      }
    }
    if (this.cached > CACHE_LIMIT) {
      this.cached = 0;
      for (const cache of this.cache.values()) {
        for (const [k, v] of cache) if (v.gen !== gen) cache.delete(k);
        this.cached += cache.size;
      }
    }

    for (const rule of this.documentRules) {
      if (!rule.signals) continue;
      try {
        for (const s of rule.signals(draft)) signals.add(s);
      } catch (err) {
        reportRuleError(rule, err);
      }
    }

    const out: RichFinding[] = [];
    const seen = new Map<string, number>();
    const push = (
      field: Field,
      start: number,
      end: number,
      c: Omit<Candidate, 'start' | 'end'>,
      severity: Severity,
      fp: string,
      value: string,
    ) => {
      const meta = this.meta.get(c.ruleId);
      if (!meta) return;
      const setting = resolveSeverity(opts.rules, c.ruleId, meta.category, severity, meta.off);
      if (setting === 'off') return;
      if (opts.ignored?.has(fp)) return;
      // Two rules of one category suggesting the same fix for the same words are one finding; the stronger is kept.
      const suggestions = c.suggestions ?? meta.suggestions ?? [];
      const key = sameFindingKey({ category: meta.category, field, start, end, ruleId: c.ruleId }, suggestions);
      const prev = seen.get(key);
      if (prev !== undefined) {
        if (SEVERITY_RANK[out[prev]!.severity] >= SEVERITY_RANK[setting]) return;
        out.splice(prev, 1);
      }
      const text = value.slice(start, end);
      const f: RichFinding = {
        ruleId: c.ruleId,
        category: meta.category,
        severity: setting,
        field,
        start,
        end,
        text,
        message: c.message || meta.message.replaceAll('{text}', text),
        suggestions,
        fingerprint: fp,
      };
      if (meta.source) f.source = meta.source;
      if (c.url) f.url = c.url;
      if (meta.note) f.note = meta.note;
      seen.set(key, out.length);
      out.push(f);
    };

    // created only when a fallback reading is pushed: most checks (every keystroke's) have none
    let fallbacks: Set<RichFinding> | undefined;
    for (const { field, offset, c, fp } of pending) {
      if (c.requires?.some((r) => signals.has(r.signal) !== r.present)) continue;
      const meta = this.meta.get(c.ruleId);
      let severity = c.severity ?? meta?.severity ?? 'info';
      if (
        c.escalate &&
        signals.has(c.escalate.signal) &&
        SEVERITY_RANK[c.escalate.severity] > SEVERITY_RANK[severity]
      ) {
        severity = c.escalate.severity;
      }
      if (c.downgrade && signals.has(c.downgrade.signal)) severity = c.downgrade.severity;
      const before = out.length;
      const value = draft[field] as string;
      push(field, offset + c.start, offset + c.end, c, severity, fp, value);
      if (out.length === before) continue;
      if (c.fallback) (fallbacks ??= new Set()).add(out[before]!);
      const also = meta?.companion;
      if (also && out[before]!.severity !== 'info') {
        const [s, e] = sentenceOf(value, offset + c.start, offset + c.end);
        push(
          field,
          s,
          e,
          { ruleId: also },
          this.meta.get(also)?.severity ?? 'warn',
          fingerprintAt(also, value, s, e),
          value,
        );
      }
    }

    for (const rule of this.documentRules) {
      try {
        rule.check({ draft, today, signals }, (c: DocumentCandidate) => {
          const value = (draft[c.field] as string | undefined) ?? '';
          if (c.start < 0 || c.end > value.length || c.start > c.end) return;
          const meta = this.meta.get(c.ruleId);
          const fp = fingerprintAt(c.ruleId, value, c.start, c.end);
          push(c.field, c.start, c.end, c, c.severity ?? meta?.severity ?? 'info', fp, value);
        });
      } catch (err) {
        reportRuleError(rule, err);
      }
    }

    const weak = fallbacks;
    const kept = weak ? out.filter((f) => !weak.has(f) || !explained(f, out, weak)) : out;
    kept.sort(compareFindings);
    return kept;
  }

  private rulesOf(field: Field): ParagraphRule[] {
    let list = this.byField.get(field);
    if (!list) {
      list = this.paragraphRules.filter((rule) => (rule.fields ? rule.fields.includes(field) : field !== 'author'));
      this.byField.set(field, list);
    }
    return list;
  }

  /** Checks paragraphs of one field into their (empty) cache entries, rule by rule. */
  private checkParagraphs(field: Field, todo: Array<[Paragraph, CachedParagraph]>): void {
    const sinks = todo.map(([p, out]) => new Sink(this.meta, p, out));
    // A plain indexed loop: no callback, and no array destructuring (an iterator in code not yet optimised) per
    // paragraph and rule, some ten thousand times per 20,000-character article.
    for (const rule of this.rulesOf(field)) {
      for (let k = 0; k < todo.length; k++) {
        try {
          rule.check(todo[k]![0], sinks[k]!);
        } catch (err) {
          // One broken rule must never stop the others (nor the publish gate).
          reportRuleError(rule, err);
        }
      }
    }
  }
}

/**
 * Where a paragraph's rules report to. One class, so that every rule's calls of report and signal have one target:
 * with two closures made per paragraph, V8 deoptimised rules whose optimised code had seen another paragraph's
 * ("wrong call target") and compiled them again.
 */
class Sink implements ParagraphSink {
  constructor(
    private readonly meta: ReadonlyMap<string, RuleMeta>,
    private readonly p: Paragraph,
    private readonly out: CachedParagraph,
  ) {}

  report(c: Candidate): void {
    const p = this.p;
    if (c.start < 0 || c.end > p.text.length || c.start >= c.end) return;
    if (quotedInCorrection(this.meta, p, c)) return;
    this.out.candidates.push({ c, fp: fingerprintAt(c.ruleId, p.text, c.start, c.end) });
  }

  signal(s: string): void {
    const out = this.out;
    // each signal once, in the order first given
    if (!out.signals.includes(s)) out.signals = [...out.signals, s];
  }
}

/**
 * A correction notice quotes the wrong form it corrects (更正：……“中国人民政治协商会意”一处有误，应为……): a
 * slip inside quotation marks in a sentence that says it was wrong is the notice's subject, not a new error.
 */
function quotedInCorrection(meta: ReadonlyMap<string, RuleMeta>, p: Paragraph, c: Candidate): boolean {
  const category = meta.get(c.ruleId)?.category;
  if ((category !== 'typo' && category !== 'formulation') || !p.isQuoted(c.start, c.end)) return false;
  const s = p.sentenceAt(c.start);
  return CORRECTION.test(p.text.slice(s.start, Math.max(s.end, c.end)));
}

/** The sentence of `value` around [start, end), without its closing mark. */
function sentenceOf(value: string, start: number, end: number): [number, number] {
  let s = start;
  // a label before a colon (回复@网友：) is not part of the reply's sentence
  while (s > 0 && !SENTENCE_END.includes(value[s - 1]!) && value[s - 1] !== '：') s--;
  let e = end;
  while (e < value.length && !SENTENCE_END.includes(value[e]!)) e++;
  return [s, e];
}
const SENTENCE_END = '。！？!?；;\n';

/** Words of a correction notice: the quoted form was wrong. */
const CORRECTION = /应为|应是|更正为|改为|有误|笔误|勘误|错写|误写/;

function fingerprintAt(ruleId: string, value: string, start: number, end: number): string {
  return fingerprintIn(ruleId, value, start, end);
}

function reportRuleError(rule: RuleModule, err: unknown): void {
  const ids = rule.rules
    .map((r) => r.id)
    .slice(0, 3)
    .join(', ');
  console.error(`[publish-guard] rule ${ids} failed:`, err);
}

/**
 * Characters of a fallback finding left uncovered by the others up to which it is explained. A sentence-long reading (the
 * selling or voice model's) whose other half holds more than this may hold a second fault the listed rules did not
 * name (欢迎到厂区展厅选购 named, 团购更优惠 left over): it stays (round 30: three more labels of held-out halves found,
 * no more false alarms).
 */
const FALLBACK_REST = 8;

/**
 * Whether findings of the same category and field (not fallbacks) cover at least half of a fallback finding and leave
 * at most FALLBACK_REST of its characters.
 */
function explained(f: RichFinding, all: readonly RichFinding[], fallbacks: ReadonlySet<RichFinding>): boolean {
  const covered = new Uint8Array(f.end - f.start);
  for (const g of all) {
    if (fallbacks.has(g) || g.category !== f.category || g.field !== f.field) continue;
    for (let i = Math.max(g.start, f.start); i < Math.min(g.end, f.end); i++) covered[i - f.start] = 1;
  }
  const n = covered.reduce((k, x) => k + x, 0);
  return 2 * n >= covered.length && covered.length - n <= FALLBACK_REST;
}
