import { render } from 'preact';

function Popup() {
  return (
    <main>
      <h1>政务新媒体发布审校</h1>
      <p data-testid="popup-status">未检查</p>
    </main>
  );
}

render(<Popup />, document.getElementById('app') as HTMLElement);
