import { useCallback, useEffect, useState } from 'preact/hooks';
import { getLocale, type Locale, onLocaleChange } from '../../lib/i18n';

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

/** Re-renders the calling component (and so its whole subtree) when the UI language changes. */
export function useLocale(): Locale {
  const [locale, setState] = useState(getLocale);
  useEffect(() => onLocaleChange(setState), []);
  return locale;
}
