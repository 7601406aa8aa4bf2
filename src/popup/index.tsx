/** Entry point of popup.html. */
import { render } from 'preact';
import { requestPersistentStorage } from '../storage/persist';
import { App, type View } from './app';
import { browserApi } from './browser-api';

const params = new URLSearchParams(location.search);
const view: View = params.get('view') === 'library' ? 'library' : 'page';
render(<App api={browserApi(params)} initialView={view} importHint={params.get('import') === '1'} />, document.getElementById('app')!);
// Chrome's service worker cannot ask for persistent storage; the popup asks (once) so saved claims are not evicted.
void requestPersistentStorage();
