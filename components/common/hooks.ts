import { useCallback, useEffect, useState } from 'preact/hooks';

/** Runs an async loader and exposes {data, error, loading, reload}. */
export function useAsync<T>(
  load: () => Promise<T>,
  deps: unknown[],
): {
  data?: T;
  error?: string;
  loading: boolean;
  reload(): void;
} {
  const [state, setState] = useState<{ data?: T; error?: string; loading: boolean }>({ loading: true });
  const [n, setN] = useState(0);
  useEffect(() => {
    let alive = true;
    setState((s) => ({ ...s, loading: true }));
    load().then(
      (data) => alive && setState({ data, loading: false }),
      (err: unknown) => alive && setState({ error: err instanceof Error ? err.message : String(err), loading: false }),
    );
    return () => {
      alive = false;
    };
  }, [...deps, n]);
  const reload = useCallback(() => setN((x) => x + 1), []);
  return { ...state, reload };
}
