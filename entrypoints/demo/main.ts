import { ContentScriptContext } from 'wxt/utils/content-script-context';
import '../../components/common/base.css';
import './demo.css';
import overlayCss from '../../components/overlay/overlay.css?inline';
import { startEditorSession } from '../../components/overlay/session';
import { demoAdapter } from '../../lib/editors/demo';

// The demo page plays "the site": its own publish handler runs only when the gate lets the click through.
document.getElementById('demo-publish')?.addEventListener('click', () => {
  const out = document.getElementById('demo-result');
  if (out) out.textContent = '（演示）网站收到了发表请求：稿件通过了发布前检查。';
});
document.getElementById('demo-save')?.addEventListener('click', () => {
  const out = document.getElementById('demo-result');
  if (out) out.textContent = '（演示）已保存。';
});

void startEditorSession(new ContentScriptContext('demo'), [demoAdapter], { css: overlayCss, demo: true });
