import type { Paragraph } from './text/paragraph';
import type { Category, Draft, Field, Severity } from './types';

/** Static description of one rule id (shown in the options page and attached to findings). */
export interface RuleMeta {
  id: string; // dotted, lower-case: "privacy.id-card"
  category: Category;
  severity: Severity; // default severity
  /** Chinese one-sentence message; may contain {text} for the matched text. */
  message: string;
  suggestions?: string[];
  source?: string;
  note?: string;
  /** Chinese title for lists (defaults to the id). */
  title?: string;
  /** Off unless a config turns it on. */
  off?: boolean;
  /**
   * A rule also reported on the whole sentence around each warn/block finding of this one: an insult in a reply is a
   * vulgar word (sensitive) and a reply in the wrong tone (opinion) at once.
   */
  companion?: string;
}

/**
 * A condition resolved when the whole draft is assembled, so paragraph results stay cacheable:
 * a paragraph reports the signals it contains and candidates may depend on document-wide signals.
 */
export interface Requirement {
  signal: string;
  present: boolean;
}

/** What a paragraph-scoped rule reports (offsets relative to the paragraph). */
export interface Candidate {
  ruleId: string;
  start: number;
  end: number;
  severity?: Severity;
  message?: string;
  suggestions?: string[];
  url?: string;
  /** All must hold for the finding to be kept. */
  requires?: Requirement[];
  /** Severity raised when a document signal is present (e.g. 公示 lists make personal data block). */
  escalate?: { signal: string; severity: Severity };
  /** Severity used instead when a document signal is present. */
  downgrade?: { signal: string; severity: Severity };
  /**
   * A fallback reading (a statistical model's): dropped when findings of other rules of the same category cover at
   * least half of it in the same field and leave at most eight of its characters, so that a sentence a listed rule has
   * explained is not reported twice (a sentence with a second slip the listed rule left alone keeps it).
   */
  fallback?: boolean;
}

export interface ParagraphSink {
  report(c: Candidate): void;
  /** Marks a document-level signal as present in this paragraph. */
  signal(name: string): void;
}

/** `fields` of a paragraph rule that reads the author line too (a unit's name: place names, protected names). */
export const WITH_AUTHOR: readonly Field[] = ['title', 'author', 'digest', 'body', 'caption'];

/** A rule that sees one paragraph at a time; its results are cached by paragraph text. */
export interface ParagraphRule {
  kind: 'paragraph';
  rules: RuleMeta[];
  /** Fields the rule applies to (default: every text field but the author line). */
  fields?: readonly Field[];
  check(p: Paragraph, sink: ParagraphSink): void;
}

/** Absolute finding reported by a document rule. */
export interface DocumentCandidate extends Omit<Candidate, 'requires' | 'escalate' | 'downgrade'> {
  field: Field;
}

export interface DocumentInput {
  draft: Draft;
  today: string;
  /** Union of the signals of all paragraphs. */
  signals: ReadonlySet<string>;
}

/** A rule that needs the whole draft (lengths, links, cross-paragraph structure); cheap, runs every time. */
export interface DocumentRule {
  kind: 'document';
  rules: RuleMeta[];
  /** Document-level signals derived from the whole draft (e.g. an e-commerce hyperlink makes it commercial). */
  signals?(draft: Draft): string[];
  check(input: DocumentInput, report: (c: DocumentCandidate) => void): void;
}

export type RuleModule = ParagraphRule | DocumentRule;
