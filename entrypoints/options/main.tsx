import { render } from 'preact';

function Options() {
  return (
    <main>
      <h1>发布审校 · 设置</h1>
      <p data-testid="options-title">词库与规则</p>
    </main>
  );
}

render(<Options />, document.getElementById('app') as HTMLElement);
