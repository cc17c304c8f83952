import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { countSeverities, mergeFindings } from '../../lib/engine/findings';
import { CATEGORY_LABELS, type Draft, type Platform, type RichFinding, SEVERITY_LABELS } from '../../lib/engine/types';
import { type PageKey, pick, t } from '../../lib/i18n/all';
import { request } from '../../lib/messaging/client';
import { findingContext } from '../../lib/options/findings';
import { useAsync } from '../common/hooks';
import { type LoadedEngine, loadEngine, useOptions } from './data';
import { Field, Section, value } from './ui';

const DEBOUNCE_MS = 250;
const PLATFORMS: Array<{ id: Platform; label: PageKey }> = [
  { id: 'generic', label: 'platformGeneric' },
  { id: 'wechat', label: 'platformWechat' },
  { id: 'weibo', label: 'platformWeibo' },
  { id: 'weibo-article', label: 'platformWeiboArticle' },
];

interface Result {
  text: string;
  title: string;
  core: RichFinding[];
  library?: RichFinding[];
  libraryError?: string;
}

/** 测试: pasted text is checked live with the same core checker as the editor, plus the background's library pass. */
export function TestBox() {
  const { loaded, engine: defaultEngine, engineError } = useOptions();
  const [platform, setPlatform] = useState<Platform>('generic');
  const [account, setAccount] = useState('');
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [result, setResult] = useState<Result>();
  const [running, setRunning] = useState(false);
  const seq = useRef(0);
  const accounts = useMemo(
    () => loaded.settings.profiles.flatMap((p) => p.accounts.map((a) => ({ a, p: p.name }))),
    [loaded],
  );
  const custom = platform !== 'generic' || account !== '';
  const own = useAsync(
    async () => (custom ? loadEngine(platform, account || undefined) : undefined),
    [platform, account, defaultEngine?.bundle.version],
  );
  const engine: LoadedEngine | undefined = custom ? own.data : defaultEngine;
  const error = custom ? own.error : engineError;

  useEffect(() => {
    if (!engine) return;
    const n = ++seq.current;
    const timer = setTimeout(() => {
      if (!text.trim() && !title.trim()) {
        setResult(undefined);
        return;
      }
      const draft: Draft = { platform, body: text, ...(title.trim() ? { title } : {}) };
      const core = engine.engine.checker.check(draft, { rules: engine.bundle.rules });
      setResult({ text, title, core });
      setRunning(true);
      request('library/check', { draft, version: engine.bundle.version, account: account || undefined })
        .then((r) => n === seq.current && setResult({ text, title, core, library: r.findings }))
        .catch(
          (err: unknown) =>
            n === seq.current &&
            setResult({ text, title, core, libraryError: err instanceof Error ? err.message : String(err) }),
        )
        .finally(() => n === seq.current && setRunning(false));
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, title, engine, platform, account]);

  const findings = result ? mergeFindings(result.core, result.library ?? []) : [];
  const counts = countSeverities(findings);

  return (
    <Section id="test" title={t('navTest')} intro={t('testIntro')}>
      <div class="card">
        <div class="grid3">
          <Field label={t('testPlatform')}>
            <select value={platform} onChange={(e) => setPlatform(value(e) as Platform)} data-testid="test-platform">
              {PLATFORMS.map((p) => (
                <option key={p.id} value={p.id}>
                  {t(p.label)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('filterAccount')} hint={t('testAccountHint')}>
            <select value={account} onChange={(e) => setAccount(value(e))} data-testid="test-account">
              <option value="">{t('testDefaults')}</option>
              {accounts.map(({ a, p }) => (
                <option key={a} value={a}>
                  {a}（{p}）
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('testTitle')}>
            <input type="text" value={title} onInput={(e) => setTitle(value(e))} data-testid="test-title" />
          </Field>
        </div>
        <textarea
          class="test-input"
          rows={8}
          placeholder={t('testPaste')}
          value={text}
          onInput={(e) => setText(value(e))}
          data-testid="test-input"
        />
        {error && <p class="notice error">{t('testEngineError', { error })}</p>}
        {!engine && !error && <p class="muted">{t('testLoading')}</p>}
      </div>
      {result && (
        <div class="card" data-testid="test-results" data-running={String(running)}>
          <p data-testid="test-counts">
            {t('testCounts', counts)}
            {running && <span class="muted">{t('testRunning')}</span>}
          </p>
          {result.libraryError && <p class="muted">{t('testLibraryError', { error: result.libraryError })}</p>}
          {findings.length === 0 ? (
            <p class="ok" data-testid="test-none">
              {t('noFindingsDot')}
            </p>
          ) : (
            <ol class="findings">
              {findings.map((f) => (
                <li
                  key={`${f.ruleId}-${f.field}-${f.start}-${f.end}`}
                  data-testid="test-finding"
                  data-rule={f.ruleId}
                  data-severity={f.severity}
                >
                  <span class={`sev sev-${f.severity}`}>{pick(SEVERITY_LABELS[f.severity])}</span>{' '}
                  <span class="cat">{pick(CATEGORY_LABELS[f.category])}</span> <strong>“{f.text}”</strong> {f.message}
                  {f.suggestions.length > 0 && (
                    <span class="suggest"> {t('testSuggest', { s: f.suggestions.join(t('listSep')) })}</span>
                  )}
                  <div class="muted">
                    {t(f.field === 'title' ? 'fieldTitle' : 'fieldBody')}：
                    {findingContext(f.field === 'title' ? result.title : result.text, f)} ·{' '}
                    <span class="mono">{f.ruleId}</span>
                    {f.source ? t('testSource', { s: f.source }) : ''}
                  </div>
                </li>
              ))}
            </ol>
          )}
        </div>
      )}
    </Section>
  );
}
