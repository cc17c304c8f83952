import { render } from 'preact';
import '../../components/common/base.css';
import '../../components/queue/queue.css';
import { App } from '../../components/queue/App';

render(<App />, document.getElementById('app') as HTMLElement);
