import { readFileSync } from 'node:fs';
import { pinyinTableOf, shapeTableOf } from '../lib/engine/data/tables';
import { buildAutomaton } from '../lib/engine/matcher/automaton';
import { CharSimilarity } from '../lib/engine/near/similar';
import { parseNamesList } from '../lib/rules/names-schema';

const r = (p: string) => readFileSync(`dictionaries/${p}`, 'utf8');
const py = pinyinTableOf(r('data/pinyin.txt'));
const sim = new CharSimilarity(py, shapeTableOf(r('data/shapes.txt')));
const people = parseNamesList(JSON.parse(r('names.json'))).people.filter((p) => p.name.length >= 3);
const forms: string[] = [];
for (const p of people)
  for (let k = 0; k < p.name.length; k++)
    for (const c of sim.alike(p.name[k]!, 3)) forms.push(p.name.slice(0, k) + c + p.name.slice(k + 1));
console.log('names>=3', people.length, 'tonal forms', forms.length);
let t = performance.now();
buildAutomaton(forms);
console.log('build', (performance.now() - t).toFixed(1));
t = performance.now();
for (let c = 0x3400; c <= 0x9fff; c++) py.readings(String.fromCharCode(c));
console.log('bmp pass', (performance.now() - t).toFixed(1));
