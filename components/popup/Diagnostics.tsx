import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { pageOutline } from '../../lib/diagnostics/outline';
import { tabRequest } from '../../lib/messaging/client';
import type { TabRes } from '../../lib/messaging/protocol';

type Diagnosis = TabRes<'content/diagnose'>;

const FIELD_LABELS: Record<string, string> = {
  body: '正文',
  title: '标题',
  author: '作者',
  digest: '摘要/导语',
  caption: '配文/分享语',
  sourceUrl: '原文链接',
  cover: '封面',
  account: '账号名',
  composers: '发布框',
  send: '发送按钮',
};

const EDITOR_LABELS = {
  attached: '已识别',
  loading: '加载中',
  unrecognised: '未识别（发布按钮会被拦截）',
  none: '本页没有编辑器',
} as const;

type ScriptingApi = {
  executeScript(o: { target: { tabId: number }; func: () => unknown }): Promise<Array<{ result?: unknown }>>;
};

/** Runs the outline in the tab (extension-initiated; the function never ships in the content script). */
async function outlineOf(tabId: number): Promise<{ outline: string; nodes: number }> {
  const scripting = (browser as unknown as { scripting?: ScriptingApi }).scripting;
  if (!scripting) throw new Error('此浏览器不支持导出页面结构（缺少 scripting 接口）');
  const [r] = await scripting.executeScript({ target: { tabId }, func: pageOutline });
  const value = r?.result as { outline: string; nodes: number } | undefined;
  if (!value) throw new Error('未能读取页面结构');
  return value;
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 5000);
}

/**
 * 自检: which adapter runs, which selector matched each field, which publish/confirm controls were found and whether
 * the adapter recognises them; and an export of the page's sanitised structure for the maintainers.
 */
export function Diagnostics({ tabId, open: initiallyOpen = false }: { tabId: number; open?: boolean }) {
  const [open, setOpen] = useState(initiallyOpen);
  const [d, setD] = useState<Diagnosis>();
  const [error, setError] = useState<string>();
  const [exported, setExported] = useState<string>();

  const run = () => {
    setError(undefined);
    tabRequest(tabId, 'content/diagnose', {})
      .then(setD)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  useEffect(() => {
    if (initiallyOpen) run();
  }, []);
  const toggle = () => {
    if (!open && !d) run();
    setOpen(!open);
  };
  const exportOutline = async () => {
    setError(undefined);
    try {
      const { outline, nodes } = await outlineOf(tabId);
      const head = d ? `# 自检 ${JSON.stringify(d)}\n` : '';
      const host = d ? new URL(d.page).hostname : 'page';
      const name = `publish-guard-outline-${host}-${new Date().toISOString().slice(0, 10)}.txt`;
      download(name, `${head}${outline}\n`);
      setExported(`已导出 ${nodes} 个元素的结构（不含文字）：${name}`);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <section class="diagnostics" data-testid="popup-diagnostics">
      <button class="link" onClick={toggle} aria-expanded={open} data-testid="popup-diagnose">
        自检 {open ? '▴' : '▾'}
      </button>
      {open && (
        <div>
          {error && <p class="error">{error}</p>}
          {d && (
            <>
              <p class="muted" data-testid="diag-adapter">
                适配器 {d.adapter ?? '（无：本页不是编辑器）'}
                {d.version ? ` · 选择器版本 ${d.version}` : ''} · 编辑器 {d.editor ? EDITOR_LABELS[d.editor] : '—'} ·
                页面兜底检查{d.backstop ? '已启用' : '未启用'}
              </p>
              <table class="diag">
                <tbody>
                  {d.fields.map((f) => (
                    <tr key={f.name} data-testid="diag-field" data-field={f.name} data-found={f.selector ? '1' : '0'}>
                      <th>{FIELD_LABELS[f.name] ?? f.name}</th>
                      <td>{f.selector ? <code>{f.selector}</code> : <span class="muted">未找到</span>}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <h3>发布与确认按钮</h3>
              {d.controls.length === 0 && <p class="muted">当前页面上没有可见的发布按钮。</p>}
              <ul>
                {d.controls.map((c, i) => (
                  <li key={`${c.element}-${i}`} data-testid="diag-control" data-action={c.action ?? ''}>
                    “{c.label}” <code>{c.element}</code> {c.action ? `→ ${c.action}` : '→ 适配器未识别（按发布词拦截）'}
                    {c.disabled ? '（不可用）' : ''}
                  </li>
                ))}
              </ul>
            </>
          )}
          <div class="row">
            <button onClick={run}>重新自检</button>
            <button onClick={() => void exportOutline()} data-testid="popup-export-outline">
              导出页面结构
            </button>
          </div>
          {exported && <p class="muted">{exported}</p>}
          <p class="muted">页面结构只含标签、id 和 class，不含任何文字，可发给维护人员制作测试页面。</p>
        </div>
      )}
    </section>
  );
}
