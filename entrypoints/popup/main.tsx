import { render } from 'preact';
import '../../components/common/base.css';
import '../../components/popup/popup.css';
import { App } from '../../components/popup/App';

render(<App />, document.getElementById('app') as HTMLElement);
