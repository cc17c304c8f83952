#!/usr/bin/env node
// Structural validator for the rule-quality evaluation set (test/eval/cases/*.json).
// Plain Node ESM, no dependencies. Usage: node test/eval/validate.mjs [--quiet]
// Exits 1 if any case is malformed; prints counts per category and severity.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = path.join(here, 'cases');
const quiet = process.argv.includes('--quiet');

const CATEGORIES = [
  'sensitive',
  'formulation',
  'typo',
  'punctuation',
  'bureaucratic',
  'opinion',
  'link',
  'advertising',
  'privacy',
  'secrecy',
  'source',
  'timeliness',
  'length',
  'spelling',
];
const SEVERITIES = ['block', 'warn', 'info'];
const PLATFORMS = ['wechat', 'weibo', 'weibo-article', 'generic'];
const FIELDS = ['title', 'author', 'digest', 'body', 'sourceUrl'];

const errors = [];
const err = (id, msg) => errors.push(`${id}: ${msg}`);

function occurrences(hay, needle) {
  const r = [];
  let i = hay.indexOf(needle);
  while (i !== -1) {
    r.push(i);
    i = hay.indexOf(needle, i + 1);
  }
  return r;
}
function gbIdValid(s) {
  if (!/^\d{17}[\dX]$/.test(s)) return false;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(s[i]) * w[i];
  return '10X98765432'[sum % 11] === s[17];
}
function luhn(digits) {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort();
const cases = [];
for (const f of files) {
  let data;
  try {
    data = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
  } catch (e) {
    err(f, 'invalid JSON: ' + e.message);
    continue;
  }
  const list = Array.isArray(data) ? data : [data];
  if (!Array.isArray(data) && data.id + '.json' !== f) err(f, `file name does not match id ${data.id}`);
  for (const c of list) cases.push(c);
}

const ids = new Set();
for (const c of cases) {
  const id = c.id ?? '(no id)';
  if (typeof c.id !== 'string' || !c.id) err(id, 'missing id');
  if (ids.has(c.id)) err(id, 'duplicate id');
  ids.add(c.id);
  if (!['faulty', 'clean'].includes(c.kind)) err(id, 'kind must be faulty|clean');
  if (typeof c.now !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(c.now) || Number.isNaN(Date.parse(c.now)))
    err(id, 'now must be YYYY-MM-DD');
  if (typeof c.description !== 'string' || !c.description) err(id, 'missing description');
  const d = c.draft;
  if (!d || typeof d !== 'object') {
    err(id, 'missing draft');
    continue;
  }
  if (!PLATFORMS.includes(d.platform)) err(id, 'bad platform ' + d.platform);
  if (typeof d.body !== 'string') err(id, 'body must be a string');
  for (const k of ['title', 'author', 'digest', 'sourceUrl'])
    if (k in d && typeof d[k] !== 'string') err(id, k + ' must be a string');
  if (d.links !== undefined) {
    if (!Array.isArray(d.links)) err(id, 'links must be an array');
    else
      for (const l of d.links) {
        if (
          typeof l.href !== 'string' ||
          typeof l.text !== 'string' ||
          !Number.isInteger(l.start) ||
          !Number.isInteger(l.end)
        )
          err(id, 'bad link ' + JSON.stringify(l));
        else if (d.body.slice(l.start, l.end) !== l.text) err(id, `link offsets do not match text "${l.text}"`);
      }
  }
  if (!Array.isArray(c.expected)) {
    err(id, 'expected must be an array');
    continue;
  }
  if (c.kind === 'clean' && c.expected.length) err(id, 'clean case with expected items');
  if (c.kind === 'faulty' && !c.expected.length) err(id, 'faulty case without expected items');
  const seen = new Set();
  for (const e of c.expected) {
    if (!CATEGORIES.includes(e.category)) err(id, 'bad category ' + e.category);
    if (!SEVERITIES.includes(e.severity)) err(id, 'bad severity ' + e.severity);
    const field = e.field ?? 'body';
    if (!FIELDS.includes(field)) {
      err(id, 'bad field ' + field);
      continue;
    }
    const hay = d[field];
    if (typeof hay !== 'string') {
      err(id, `field ${field} missing for "${e.text}"`);
      continue;
    }
    if (typeof e.text !== 'string' || !e.text) {
      err(id, 'empty text');
      continue;
    }
    const occ = e.occurrence ?? 1;
    const found = occurrences(hay, e.text);
    if (!Number.isInteger(occ) || occ < 1 || occ > found.length)
      err(id, `"${e.text}" occurrence ${occ} not in ${field} (found ${found.length})`);
    const key = `${e.category}|${field}|${e.text}|${occ}`;
    if (seen.has(key)) err(id, 'duplicate expected item ' + key);
    seen.add(key);
    // privacy sanity: a labelled 18-character ID must pass GB 11643; a labelled card must pass Luhn
    if (e.category === 'privacy' && /^\d{17}[\dX]$/.test(e.text) && !gbIdValid(e.text))
      err(id, `labelled ID ${e.text} fails GB 11643 checksum`);
    if (e.category === 'privacy' && /^\d[\d ]{14,22}\d$/.test(e.text) && !gbIdValid(e.text)) {
      const digits = e.text.replace(/ /g, '');
      if (digits.length >= 16 && digits.length <= 19 && !/^1[3-9]/.test(digits) && !luhn(digits))
        err(id, `labelled card ${e.text} fails Luhn`);
    }
  }
}

// counts
const faulty = cases.filter((c) => c.kind === 'faulty');
const clean = cases.filter((c) => c.kind === 'clean');
const table = Object.fromEntries(CATEGORIES.map((k) => [k, { block: 0, warn: 0, info: 0, total: 0 }]));
let total = 0;
for (const c of faulty)
  for (const e of c.expected) {
    if (table[e.category]) {
      table[e.category][e.severity]++;
      table[e.category].total++;
      total++;
    }
  }

if (!quiet) {
  console.log(`cases: ${cases.length} (faulty ${faulty.length}, clean ${clean.length}); labelled problems: ${total}`);
  console.log('category       block  warn  info  total');
  for (const k of CATEGORIES) {
    const r = table[k];
    console.log(
      `${k.padEnd(14)} ${String(r.block).padStart(5)} ${String(r.warn).padStart(5)} ${String(r.info).padStart(5)} ${String(r.total).padStart(6)}`,
    );
  }
  const plat = {};
  for (const c of cases) plat[c.draft?.platform] = (plat[c.draft?.platform] || 0) + 1;
  console.log('platforms:', JSON.stringify(plat));
}
if (errors.length) {
  console.error(errors.join('\n'));
  console.error(`${errors.length} error(s)`);
  process.exit(1);
}
if (!quiet) console.log('OK');
