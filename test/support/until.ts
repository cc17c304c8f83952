/**
 * The one waiting helper of the unit and e2e tests: tests wait for the condition they need, never for a fixed
 * time. Polls `read` until `ok` holds; throws with the last value (or the last error) when it does not hold within
 * `timeout`. `read` may throw while the thing it probes is not up yet (a server starting): that counts as "not yet".
 */
export async function until<T>(
  read: () => Promise<T> | T,
  ok: (value: T) => boolean,
  what: string,
  timeout = 10_000,
  interval = 100,
): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    let last: string;
    try {
      const value = await read();
      if (ok(value)) return value;
      last = `last value: ${JSON.stringify(value)}`;
    } catch (err) {
      last = `last error: ${(err as Error).message}`;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; ${last}`);
    await pause(interval);
  }
}

/** Polls until `read` returns something other than undefined, and returns it (reads as "until defined: what"). */
export function untilDefined<T>(
  what: string,
  read: () => Promise<T | undefined> | T | undefined,
  timeout?: number,
  interval?: number,
): Promise<T> {
  return until(read, (v) => v !== undefined, what, timeout, interval) as Promise<T>;
}

/**
 * Lets `ms` pass. Only for asserting that something does NOT happen within a window (a negative assertion has no
 * condition to wait for); everything else waits with `until`.
 */
export function quietPeriod(ms: number): Promise<void> {
  return pause(ms);
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
