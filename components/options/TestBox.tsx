import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { countSeverities, mergeFindings } from '../../lib/engine/findings';
import { CATEGORY_LABELS, type Draft, type Platform, type RichFinding, SEVERITY_LABELS } from '../../lib/engine/types';
import { request } from '../../lib/messaging/client';
import { findingContext } from '../../lib/options/findings';
import { useAsync } from '../common/hooks';
import { type LoadedEngine, loadEngine, useOptions } from './data';
import { Field, Section, value } from './ui';

const DEBOUNCE_MS = 250;
const PLATFORMS: Array<{ id: Platform; label: string }> = [
  { id: 'generic', label: '通用' },
  { id: 'wechat', label: '微信公众号' },
  { id: 'weibo', label: '微博' },
  { id: 'weibo-article', label: '微博头条文章' },
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
    <Section
      id="test"
      title="测试"
      intro="粘贴或输入一段文字，立即看到编辑器中会出现的提示（与编辑器使用同一检查器和当前的词库、规则设置）。"
    >
      <div class="card">
        <div class="grid3">
          <Field label="平台">
            <select value={platform} onChange={(e) => setPlatform(value(e) as Platform)} data-testid="test-platform">
              {PLATFORMS.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
            </select>
          </Field>
          <Field label="账号" hint="按账号配置检查">
            <select value={account} onChange={(e) => setAccount(value(e))} data-testid="test-account">
              <option value="">默认设置</option>
              {accounts.map(({ a, p }) => (
                <option key={a} value={a}>
                  {a}（{p}）
                </option>
              ))}
            </select>
          </Field>
          <Field label="标题（可选）">
            <input type="text" value={title} onInput={(e) => setTitle(value(e))} data-testid="test-title" />
          </Field>
        </div>
        <textarea
          class="test-input"
          rows={8}
          placeholder="在此粘贴稿件正文…"
          value={text}
          onInput={(e) => setText(value(e))}
          data-testid="test-input"
        />
        {error && <p class="notice error">无法加载检查器：{error}</p>}
        {!engine && !error && <p class="muted">正在加载检查器…</p>}
      </div>
      {result && (
        <div class="card" data-testid="test-results" data-running={String(running)}>
          <p data-testid="test-counts">
            禁止发布 {counts.block} · 需注意 {counts.warn} · 建议 {counts.info}
            {running && <span class="muted">（正在进行排版、拼写和来源检查…）</span>}
          </p>
          {result.libraryError && <p class="muted">排版、拼写和来源检查暂不可用：{result.libraryError}</p>}
          {findings.length === 0 ? (
            <p class="ok" data-testid="test-none">
              未发现问题。
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
                  <span class={`sev sev-${f.severity}`}>{SEVERITY_LABELS[f.severity].zh}</span>{' '}
                  <span class="cat">{CATEGORY_LABELS[f.category].zh}</span> <strong>“{f.text}”</strong> {f.message}
                  {f.suggestions.length > 0 && <span class="suggest"> 建议：{f.suggestions.join('、')}</span>}
                  <div class="muted">
                    {f.field === 'title' ? '标题' : '正文'}：
                    {findingContext(f.field === 'title' ? result.title : result.text, f)} ·{' '}
                    <span class="mono">{f.ruleId}</span>
                    {f.source ? ` · 依据：${f.source}` : ''}
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
