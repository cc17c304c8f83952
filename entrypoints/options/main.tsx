import { render } from 'preact';
import '../../components/common/base.css';
import '../../components/options/options.css';
import { App } from '../../components/options/App';

render(<App />, document.getElementById('app') as HTMLElement);
