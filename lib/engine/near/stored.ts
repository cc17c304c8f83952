import { listInput, storedTable } from '../data/store';
import { deserializeAutomaton, serializeAutomaton } from '../matcher/serialize';
import { NearMatcher } from './matcher';

/**
 * `new NearMatcher(terms, variants)`, kept in the host's table store (lib/engine/data/store.ts) when there is one:
 * building the anchors (and listing the variants) costs more than reading the index back. `input` names whatever
 * else the variants depend on (derivedInput of the tables they come from; '' for none); undefined: not stored.
 */
export function storedNearMatcher(
  terms: readonly string[],
  input: () => string | undefined,
  variants?: (term: string) => readonly string[] | undefined,
  twoSubsFrom = Number.POSITIVE_INFINITY,
): NearMatcher {
  return storedTable(
    'near-matcher',
    () => {
      const more = input();
      return more === undefined ? undefined : listInput([listInput(terms), more, String(twoSubsFrom)]);
    },
    () => new NearMatcher(terms, variants, twoSubsFrom),
  );
}

/** What NearMatcher's constructor builds from its terms (its private fields; see nearMatcherFromIndex). */
export interface NearMatcherIndex {
  /** The anchor automaton (serializeAutomaton). */
  automaton: Uint8Array;
  /** Anchor id → [start, end) into the three arrays below. */
  refStart: Int32Array;
  refTerm: Int32Array;
  /** 0 head, 1 tail, 2 swapped form or listed variant, 3 the tail after the middle pair. */
  refKind: Uint8Array;
  refOffset: Int32Array;
  /** 1 where a term is also matched with two adjacent substitutions. */
  twoSubs: Uint8Array;
}

// Functions rather than methods, so that the extension's bundles (which never store a matcher) leave them out.
interface Built extends Omit<NearMatcherIndex, 'automaton'> {
  automaton: NonNullable<ReturnType<typeof deserializeAutomaton>>;
}

/** The index a matcher was built into. */
export function nearMatcherIndex(m: NearMatcher): NearMatcherIndex {
  const { automaton, refStart, refTerm, refKind, refOffset, twoSubs } = m as unknown as Built;
  return { automaton: new Uint8Array(serializeAutomaton(automaton)), refStart, refTerm, refKind, refOffset, twoSubs };
}

/**
 * The matcher `new NearMatcher(terms, …)` built, made again from its index without building anything; throws if
 * the index does not fit the terms. Sets every field the constructor sets (a test compares them).
 */
export function nearMatcherFromIndex(terms: readonly string[], index: NearMatcherIndex): NearMatcher {
  const { refStart, refTerm, refKind, refOffset, twoSubs } = index;
  const b = index.automaton;
  const automaton = deserializeAutomaton(
    b.byteOffset % 4 === 0 ? (b.buffer as ArrayBuffer) : b.slice().buffer,
    b.byteOffset % 4 === 0 ? b.byteOffset : 0,
  );
  const n = refTerm.length;
  let ok =
    refStart.length === automaton.patternCount + 1 &&
    refStart[0] === 0 &&
    refStart[refStart.length - 1] === n &&
    refKind.length === n &&
    refOffset.length === n &&
    twoSubs.length === terms.length;
  for (let i = 1; ok && i < refStart.length; i++) ok = refStart[i - 1]! <= refStart[i]!;
  for (let r = 0; ok && r < n; r++) ok = refTerm[r]! >= 0 && refTerm[r]! < terms.length && refKind[r]! <= 3;
  if (!ok) throw new Error('near-matcher index does not fit its terms');
  return Object.assign(Object.create(NearMatcher.prototype) as NearMatcher, {
    terms,
    codes: new Array(terms.length),
    termLen: Int32Array.from(terms, (t) => t.length),
    termLast: Uint16Array.from(terms, (t) => (t.length ? t.charCodeAt(t.length - 1) : 0)),
    automaton,
    refStart,
    refTerm,
    refKind,
    refOffset,
    twoSubs,
    tables: new WeakMap<Uint16Array, Uint16Array>(),
  });
}
