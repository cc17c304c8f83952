/**
 * The body of a generated variant table (dictionaries/data/place-variants.txt, word-variants.txt): one line per right
 * form with its variants, then the guard lines of the characters a variant can start or end with — the format
 * lib/rules/places.ts `parsePlaceVariants` reads.
 */
const byCode = (a: [string, unknown], b: [string, unknown]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

export function variantTableLines(
  variants: ReadonlyMap<string, ReadonlySet<string>>,
  before: ReadonlyMap<string, ReadonlySet<string>>,
  after: ReadonlyMap<string, ReadonlySet<string>>,
): { rows: string[]; guards: string[] } {
  const byRight = new Map<string, string[]>();
  for (const [v, rights] of variants) for (const r of rights) byRight.set(r, [...(byRight.get(r) ?? []), v]);
  const rows = [...byRight].sort(byCode).map(([r, vs]) => `${r}\t${vs.sort().join(' ')}`);
  const firsts = new Set([...variants.keys()].map((v) => v[0]!));
  const lasts = new Set([...variants.keys()].map((v) => v[v.length - 1]!));
  const guardRows = (m: ReadonlyMap<string, ReadonlySet<string>>, keep: Set<string>, mark: string) =>
    [...m]
      .filter(([c]) => keep.has(c))
      .sort(byCode)
      .map(([c, xs]) => `${mark}${c}\t${[...xs].sort().join('')}`);
  return { rows, guards: [...guardRows(before, firsts, '<'), ...guardRows(after, lasts, '>')] };
}
