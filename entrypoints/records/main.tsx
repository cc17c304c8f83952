import { render } from 'preact';
import '../../components/common/base.css';
import '../../components/history/history.css';
import { App } from '../../components/history/App';

render(<App />, document.getElementById('app') as HTMLElement);
