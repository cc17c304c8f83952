/**
 * Regenerates the character data tables shipped in dictionaries/data/ from maintained libraries:
 *   t2s.txt    traditional → simplified character pairs, from opencc-js (t → cn), 1:1 mappings only
 *   pinyin.txt readings of every CJK Unified Ideograph (U+4E00–U+9FFF), from pinyin-pro, grouped by syllable
 * Run: npx tsx scripts/build-data-tables.ts   (test/unit/data-tables.test.ts checks the files are current)
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildPinyinTable, buildT2sTable } from './data-tables';

const dir = fileURLToPath(new URL('../dictionaries/data/', import.meta.url));
writeFileSync(`${dir}t2s.txt`, buildT2sTable());
writeFileSync(`${dir}pinyin.txt`, buildPinyinTable());
console.log('wrote dictionaries/data/t2s.txt and dictionaries/data/pinyin.txt');
