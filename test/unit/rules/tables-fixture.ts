/** Shared data for the rule tests of punctuation/opinion/bureaucratic/names/idioms/spelling (read once). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PinyinTable, parseIdioms, ShapeTable } from '../../../lib/engine/data/tables';
import { CharSimilarity } from '../../../lib/engine/near/similar';
import { parseRuleData, type RuleWordLists } from '../../../lib/rules/rule-data';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const read = (p: string) => readFileSync(root + p, 'utf8');

let pinyin: PinyinTable | undefined;
let idioms: string[] | undefined;

export function pinyinTable(): PinyinTable {
  pinyin ??= new PinyinTable(read('dictionaries/data/pinyin.txt'));
  return pinyin;
}

export function idiomList(): string[] {
  idioms ??= parseIdioms(read('dictionaries/data/idioms.txt'));
  return idioms;
}

/**
 * The founding document (青政办字〔2019〕15号, copied from shared/seed/000_4702b8d4df1849ce.txt): normal official
 * prose that must not raise false alarms. It is a web copy with half-width , and : throughout and one unpaired “.
 */
export function seedText(): string {
  return readFileSync(fileURLToPath(new URL('./fixtures/seed-qingdao-2019.txt', import.meta.url)), 'utf8');
}

export function readProjectFile(p: string): string {
  return read(p);
}

let shapes: ShapeTable | undefined;

export function shapeTable(): ShapeTable {
  shapes ??= new ShapeTable(read('dictionaries/data/shapes.txt'));
  return shapes;
}

export function similarity(): CharSimilarity {
  return new CharSimilarity(pinyinTable(), shapeTable());
}

let lists: RuleWordLists | undefined;

/** dictionaries/rule-data.json (idiom supplement and allow list, other place names, title words). */
export function ruleLists(): RuleWordLists {
  lists ??= parseRuleData(JSON.parse(read('dictionaries/rule-data.json')));
  return lists;
}
