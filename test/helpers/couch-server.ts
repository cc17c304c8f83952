import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { untilDefined } from '../support/until';

/**
 * A CouchDB-compatible test server: pouchdb-server (express-pouchdb) in a child process on 127.0.0.1,
 * with `_users`, `_session`, basic auth, `_security` and validate_doc_update. In memory by default; with
 * `persistent: true` it keeps its data in a temporary directory so stop() + start() models a server outage.
 */
export interface TestCouch {
  url: string;
  port: number;
  admin: { user: string; password: string };
  /** Stops the server (the data of a persistent server is kept). */
  stop(): Promise<void>;
  /** Starts it again on the same port. */
  start(): Promise<void>;
  /** Stops it and removes its directory. */
  dispose(): Promise<void>;
}

// Resolved through node_modules, so the helper also works when a benchmark bundles it elsewhere.
const bin = join(dirname(createRequire(import.meta.url).resolve('pouchdb-server/package.json')), 'bin/pouchdb-server');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

export async function startTestCouch(options: { persistent?: boolean } = {}): Promise<TestCouch> {
  const dir = mkdtempSync(join(tmpdir(), 'pg-couch-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const admin = { user: 'pgadmin', password: `pw-${Math.random().toString(36).slice(2)}` };
  let child: ChildProcess | undefined;
  let output = '';

  const start = async () => {
    const args = [
      bin,
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
      '--no-stdout-logs',
      '--config',
      join(dir, 'config.json'),
    ];
    if (options.persistent) args.push('--dir', join(dir, 'data'));
    else args.push('--in-memory');
    const proc = spawn(process.execPath, args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    child = proc;
    proc.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    proc.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    let exited = false;
    proc.once('exit', () => (exited = true));
    await untilDefined(
      `pouchdb-server on ${url}`,
      async () => {
        if (exited) throw new Error(`pouchdb-server exited: ${output.slice(-500)}`);
        const r = await fetch(`${url}/`);
        return r.ok ? true : undefined;
      },
      20_000,
      50,
    ).catch((e: Error) => {
      throw new Error(`${e.message}${output ? `\n${output.slice(-1000)}` : ''}`);
    });
    // The server admin lives in config.json, so it survives a restart; creating it again is a no-op.
    const auth = `Basic ${Buffer.from(`${admin.user}:${admin.password}`).toString('base64')}`;
    const check = await fetch(`${url}/_session`, { headers: { authorization: auth } });
    const session = (await check.json()) as { userCtx?: { roles?: string[] } };
    if (!session.userCtx?.roles?.includes('_admin')) {
      const r = await fetch(`${url}/_config/admins/${admin.user}`, {
        method: 'PUT',
        body: JSON.stringify(admin.password),
      });
      if (!r.ok) throw new Error(`could not create the server admin: ${r.status} ${await r.text()}`);
    }
  };

  const stop = async () => {
    const proc = child;
    child = undefined;
    if (!proc || proc.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      proc.once('exit', () => resolve());
      proc.kill('SIGTERM');
    });
  };

  await start();
  return {
    url,
    port,
    admin,
    stop,
    start,
    async dispose() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Basic-auth headers for raw HTTP requests in tests. */
export function basic(user: string, password: string): Record<string, string> {
  return {
    authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`,
    'content-type': 'application/json',
  };
}
