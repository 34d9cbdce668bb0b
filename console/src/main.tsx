import { render } from 'preact';
import { App } from './app';
import './styles.css';

// For the first-render figure (docs/console.md): the browser test reads this mark.
performance.mark('console-start');
render(<App />, document.getElementById('app')!);
