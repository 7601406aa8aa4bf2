/** Entry point of options.html. */
import { render } from 'preact';
import { browserOptionsApi } from './browser-api';
import { Options } from './options';

render(<Options api={browserOptionsApi()} />, document.getElementById('app')!);
