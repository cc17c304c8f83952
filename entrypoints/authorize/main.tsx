import { render } from 'preact';
import '../../components/common/base.css';
import { App } from '../../components/authorize/App';

render(<App />, document.getElementById('app') as HTMLElement);
