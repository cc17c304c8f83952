// Loads the bundled CLI (dist/cli.cjs) through vm.Script with V8's code cache, kept next to the engine cache
// (lib/node/engine-cache.ts): later runs skip parsing and compiling most of the 1.5 MB bundle. V8 checks the cache
// against its own version and flags and the source's length only (a bundle rebuilt at the same length, say a
// threshold 0.85 → 0.80, ran the old bytecode), so the cache file also holds the CRC-32 of the source it was made
// for and is used only with that source. A rejected, damaged, stale or missing cache is rebuilt after the run, and a
// directory that cannot be written is skipped without a word.
'use strict';
const { isAscii } = require('node:buffer');
const {
  close,
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  read,
  readSync,
  renameSync,
  rmSync,
  writeFileSync,
} = require('node:fs');
const { createRequire, Module } = require('node:module');
const { homedir } = require('node:os');
const { dirname, join } = require('node:path');
const { setFlagsFromString } = require('node:v8');
const { Script } = require('node:vm');
const { crc32 } = require('node:zlib');

// Keep the young generation at its initial size (growth factor 1) instead of letting it grow to 2 × 16 MB. Start-up
// builds tens of MB of tables that all survive, and a bigger young generation means more fresh memory touched
// (page faults: ≈ 3-4 ms per MB on the 2-core VMs this is measured on) for no fewer bytes copied. Small check, warm
// caches: ≈ 23,000 → 16,000 minor page faults, peak RSS 126 → 94 MB, ≈ 100 ms less wall time than with a growth
// factor of 8; large inputs are no slower. Set before the bundle is compiled, so V8's code cache is always made
// and checked under the same flags.
// Scavenges of a 1 MB young generation are short: without parallel scavenging they run on the main thread alone
// instead of also waking helper threads for each (≈ 5 ms less CPU time for a small check, same wall time).
setFlagsFromString('--semi-space-growth-factor=1');
setFlagsFromString('--no-parallel-scavenge');
// Compile each regular expression to machine code on its first use, instead of to bytecode first and again to
// machine code on its second (V8's tier-up): a check runs hundreds of rule regexes, most of them more than once,
// so the bytecode compile was work thrown away. Same matches either way.
setFlagsFromString('--no-regexp-tier-up');
// Have V8 check the code cache's checksum before it uses it: release builds skip that check, and a damaged cache
// file (a bit flipped, a torn write) then crashed the process inside V8's deserializer ("unreachable code") instead
// of being rejected and rebuilt. Checksumming the ≈ 1.2 MB cache costs well under a millisecond.
setFlagsFromString('--verify-snapshot-checksum');
// Eight times V8's interrupt budget (67,584 → 540,672 bytecode units run before a function is considered for
// optimisation): a CLI run is short, and with the default TurboFan compiled (on the second core) code for many
// functions that had run only briefly, work a short run hardly gets back; the hot loops of long inputs still reach
// the budget within milliseconds. Interleaved runs on the 2-core VM (medians, CPU time): small file 288 → 249 ms, six 20,000-character
// articles with all rules 2,168 → 1,788 ms at four times; larger factors gave about the same for small files. Eight
// times against four (round 26, nine interleaved runs): six articles 2,162 → 1,810 ms CPU, of which TurboFan's
// threads 1,155 → 837 and the main thread 981 → 973 ms (its code no slower); one article 1,256 → 1,136 ms. Sixteen
// times compiled less again but ran more on the main thread (1,151 ms), for the same CPU time.
setFlagsFromString('--interrupt-budget=540672');
// AutoCorrect's WebAssembly (3.2 MB, loaded when a paragraph may need it: lib/node/typography.ts) runs on Liftoff,
// V8's baseline compiler, only, and each function is compiled on its first call: with V8's defaults the whole module
// was compiled at load and its hot functions again by TurboFan on the helper threads, which cost more than a short
// run gets back (the 2-core VMs this is measured on: the main thread waits for a core). AutoCorrect alone over six
// 20,000-character articles: ≈ 920 → 260 ms CPU, first article 216 → 75 ms, later ones 15-20 → 4-6 ms. One
// article, all rules, from process start: ≈ 1,590 → 860 ms CPU. Same output (the tiers compute the same).
setFlagsFromString('--liftoff-only');
setFlagsFromString('--wasm-lazy-compilation');
// While drafts are checked (lib/cli/check.ts calls this around its loop), the young generation may grow again (by 4,
// up to V8's 16 MB): checking allocates ≈ 5 MB of short-lived objects per 20,000 characters, and a 1 MB young
// generation collected them in ≈ 12 scavenges per article, each copying whatever the check had in hand. Start-up
// (the tables, which all survive) is over by then. Six such articles, all rules, --trace-gc: 162 → 37 scavenges,
// ≈ 310 → ≈ 120 ms of scavenge pauses; a small file's check stays within 1 MB.
// The interrupt budget doubles again meanwhile (sixteen times V8's): the rules' functions that run a few thousand
// times per draft then reach TurboFan less often before their feedback has settled. Interleaved runs on the 2-core
// VM, all rules (round 27): six 20,000-character articles ≈ 1,890 → 1,820 ms CPU, one ≈ 1,180 → 1,130 ms; sixteen
// times for the whole run had given no gain (round 26), thirty-two while checking none either.
// Both are set back afterwards, so the code cache is still made under the flags it is loaded with.
globalThis[Symbol.for('publish-guard.checking')] = (on) => {
  setFlagsFromString(on ? '--semi-space-growth-factor=4' : '--semi-space-growth-factor=1');
  setFlagsFromString(on ? '--interrupt-budget=1081344' : '--interrupt-budget=540672');
};

/** Same place as defaultCacheDir() in lib/node/engine-cache.ts; undefined when caching is turned off. */
function cacheDir(argv) {
  const env = process.env;
  if (env.PUBLISH_GUARD_NO_CACHE || argv.includes('--no-cache')) return undefined;
  if (env.PUBLISH_GUARD_CACHE_DIR) return env.PUBLISH_GUARD_CACHE_DIR;
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'publish-guard');
}

/**
 * A file's bytes, read 64 KB at a time into one reused buffer and copied on: on the VMs this is measured on, the
 * first pass over memory the kernel has just read a file into costs more than the read (≈ 1.5 ms per MB) whatever it
 * does, and V8 then reads all of it (engine-cache.ts reads its files the same way).
 */
function readChunked(path, checksum) {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const bytes = Buffer.allocUnsafeSlow(size);
    const chunk = Buffer.allocUnsafeSlow(Math.min(65536, size));
    let at = 0;
    let crc = 0;
    while (at < size) {
      const n = readSync(fd, chunk, 0, Math.min(65536, size - at), at);
      if (n === 0) break;
      // on the chunk while it is in the CPU cache (≈ 0.3 ms for the bundle)
      if (checksum) crc = crc32(chunk.subarray(0, n), crc);
      bytes.set(chunk.subarray(0, n), at);
      at += n;
    }
    const out = at === size ? bytes : bytes.subarray(0, at);
    if (checksum) checksum.crc = crc;
    return out;
  } finally {
    closeSync(fd);
  }
}

/**
 * The bundle's source. scripts/cli-bundle.mjs writes it in ASCII, which reads as Latin-1 into one string outside
 * V8's heap (Node makes strings over ≈ 1 MB external), without UTF-8 decoding: ≈ 8 ms where reading it as UTF-8 took
 * ≈ 17 ms. A bundle with other bytes is read as UTF-8, as before.
 */
function readSource(file) {
  const sum = {};
  const bytes = readChunked(file, sum);
  return {
    text: isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8'),
    length: bytes.length,
    crc: sum.crc,
  };
}

/**
 * The code cache file: magic, the CRC-32 and byte length of the bundle it was made for, flags, then V8's data. Flag
 * COLD: written after a run that (re)built the engine cache (the first run of a new bundle), so it also holds the
 * table builders a later run never calls (≈ 12 % more to load on every start). The next check leaves such a cache
 * aside and writes one of its own: one start compiled from scratch, then a lean cache.
 */
const CODE_MAGIC = 0x31434750; // "PGC1" little-endian
const CODE_HEADER = 16;
const COLD = 1;
/** Set by lib/node/engine-cache.ts when this run wrote an engine cache file. */
const ENGINE_CACHE_WRITTEN = Symbol.for('publish-guard.engine-cache-written');

/** V8's data in `file` and its flags if it was made for this source, else undefined. */
function codeCacheFor(bytes, source) {
  if (bytes.length <= CODE_HEADER || bytes.readUInt32LE(0) !== CODE_MAGIC) return undefined;
  if (bytes.readUInt32LE(4) !== source.crc || bytes.readUInt32LE(8) !== source.length) return undefined;
  return { data: bytes.subarray(CODE_HEADER), flags: bytes.readUInt32LE(12) };
}

/**
 * Begins reading `path` whole in libuv's thread pool and leaves a promise of its bytes and the descriptor's stats
 * (undefined if it cannot be read) where lib/node/engine-cache.ts looks for it (tablesPrefetched): the read then
 * overlaps compiling and running the bundle's top level. One read call for the file, so no step waits for the busy
 * main thread.
 */
function prefetch(path) {
  const key = Symbol.for('publish-guard.prefetch');
  let fd;
  let stats;
  try {
    fd = openSync(path, 'r');
    stats = fstatSync(fd, { bigint: true });
  } catch {
    if (fd !== undefined) closeSync(fd);
    return;
  }
  const size = Number(stats.size);
  const bytes = Buffer.allocUnsafeSlow(size);
  const done = new Promise((resolve) => {
    read(fd, bytes, 0, size, 0, (err, n) => {
      close(fd, () => {});
      // a short read (the file cut short meanwhile) is left for the checksum to reject
      resolve(err ? undefined : { bytes: bytes.subarray(0, n), stats });
    });
  });
  globalThis[key] ??= new Map();
  globalThis[key].set(path, done);
}

/**
 * Runs `file` (a CommonJS bundle) and returns its exports plus `save`, to call once the run is over: it saves the
 * code cache if needed, then ends the process (exit code process.exitCode) when nothing is left to write to stdout
 * or stderr. Left to end by itself, the process waits for V8's background work (optimising compiles of the hot
 * functions, concurrent marking) to finish, work whose result no one would use: ≈ 8 ms of idle wall time and a few
 * ms of CPU time after a small check. Where stdout or stderr is still being written (a pipe on macOS is
 * asynchronous), the process ends by itself, as before.
 */
function loadCli(file, argv) {
  const dir = cacheDir(argv);
  // A check reads the engine's table file first thing (tables.v8, engine-cache.ts).
  if (dir && argv[0] === 'check') prefetch(join(dir, 'tables.v8'));
  const source = readSource(file);
  const cacheFile = dir ? join(dir, 'cli-code.v8cache') : undefined;
  let cached;
  try {
    if (cacheFile) cached = codeCacheFor(readChunked(cacheFile), source);
  } catch {
    cached = undefined;
  }
  // A cold cache serves other commands, and checks when nothing better comes of it (see saveCache).
  const cachedData = cached && !(cached.flags & COLD && argv[0] === 'check') ? cached.data : undefined;
  const script = new Script(Module.wrap(source.text), { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  const saveCache = () => {
    if (!cacheFile) return;
    const built = globalThis[ENGINE_CACHE_WRITTEN] === true;
    // (a check that left a cold cache aside writes one: lean, or cold again if it built too, so that a damaged
    // cold cache is never kept)
    if (cachedData && !script.cachedDataRejected) return;
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    try {
      // After the run: the cache then holds the functions the run compiled, not just the top level.
      const data = script.createCachedData();
      const header = Buffer.alloc(CODE_HEADER);
      header.writeUInt32LE(CODE_MAGIC, 0);
      header.writeUInt32LE(source.crc, 4);
      header.writeUInt32LE(source.length, 8);
      header.writeUInt32LE(built ? COLD : 0, 12);
      mkdirSync(dir, { recursive: true });
      writeFileSync(tmp, Buffer.concat([header, data]));
      renameSync(tmp, cacheFile);
    } catch {
      try {
        rmSync(tmp, { force: true });
      } catch {
        // a cache path that is no directory (ENOTDIR): nothing was written, and the run goes on without a cache
      }
    }
  };
  const save = () => {
    saveCache();
    if (!process.stdout.writableLength && !process.stderr.writableLength) process.exit();
  };
  return { exports: module.exports, save };
}

module.exports = { loadCli };
