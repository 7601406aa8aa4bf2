/** Entry point of popup.html. */
import { render } from 'preact';
import { requestPersistentStorage } from '../storage/persist';
import { App } from './app';
import { browserApi } from './browser-api';
import { parseLibraryRequest, withoutExport } from './library-link';

const params = new URLSearchParams(location.search);
const request = parseLibraryRequest(params);
// The export runs once: reloading this tab must not save the file again.
if (request.exportFormat) history.replaceState(history.state, '', location.pathname + withoutExport(location.search) + location.hash);
render(
  <App
    api={browserApi(params)}
    initialView={request.view}
    importHint={request.importHint}
    exportRequest={request.exportFormat}
    initialFilters={request.filters}
  />,
  document.getElementById('app')!,
);
// Chrome's service worker cannot ask for persistent storage; the popup asks (once) so saved claims are not evicted.
void requestPersistentStorage();
