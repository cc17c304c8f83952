import { readFileSync } from 'node:fs';
import { parseIdioms, pinyinTableOf, shapeTableOf } from '../lib/engine/data/tables';
import { protectedMatcher } from '../lib/engine/dictionary/near';
import { CharSimilarity } from '../lib/engine/near/similar';
import { createIdiomRule } from '../lib/rules/idioms';
import { createNameRules } from '../lib/rules/names';
import { parseNamesList } from '../lib/rules/names-schema';
import { createPlaceRule, parseDivisions } from '../lib/rules/places';
import { parseRuleData } from '../lib/rules/rule-data';

const r = (p: string) => readFileSync(`dictionaries/${p}`, 'utf8');
const time = (label: string, f: () => unknown) => {
  const t = performance.now();
  f();
  console.log(label, (performance.now() - t).toFixed(1));
};
let py: ReturnType<typeof pinyinTableOf>;
let sim!: CharSimilarity;
time('pinyin+shapes', () => {
  py = pinyinTableOf(r('data/pinyin.txt'));
  sim = new CharSimilarity(py, shapeTableOf(r('data/shapes.txt')));
});
const lists = parseRuleData(JSON.parse(r('rule-data.json')));
time('idioms', () => createIdiomRule(parseIdioms(r('data/idioms.txt')), py, { similarity: sim, ...lists.idioms }));
time('names', () =>
  createNameRules(parseNamesList(JSON.parse(r('names.json'))), py, { similarity: sim, titles: lists.titles.words }),
);
time('places', () => createPlaceRule(parseDivisions(r('data/divisions.txt')), sim, lists.places.others));
const terms = JSON.parse(r('protected.json')).entries.flatMap((e: { terms: string[] }) => e.terms);
time('protected', () => protectedMatcher(terms, sim));
{
  let n = 0;
  let len = 0;
  for (const t of terms) {
    if (t.length > 3) continue;
    const level = t.length === 2 ? 3 : 2;
    for (const c of t) {
      const a = sim.alike(c, level);
      n += a.length;
    }
    len++;
  }
  console.log('protected short terms', len, 'variants', n);
}
