/** The popup: a tab list with "This page" and "Library". */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { TargetedKeyboardEvent } from 'preact';
import { DEFAULT_SETTINGS, type Settings } from '../types/settings';
import type { ExportFormat, PopupApi } from './api';
import type { LibraryFilters } from './filters';
import { Library } from './library';
import type { View } from './library-link';
import { tagColorVars } from './tags';
import { ThisPage } from './this-page';

export type { View };
const VIEWS: Array<{ id: View; label: string }> = [
  { id: 'page', label: 'This page' },
  { id: 'library', label: 'Library' },
];

export interface AppProps {
  api: PopupApi;
  initialView?: View;
  importHint?: boolean;
  /** Opened in a tab to export (see library-link.ts). */
  exportRequest?: ExportFormat | null;
  initialFilters?: LibraryFilters;
}

export function App({ api, initialView = 'page', importHint = false, exportRequest = null, initialFilters }: AppProps) {
  const [view, setView] = useState<View>(initialView);
  // The library loads every saved claim: only once it is first shown, so the popup opens at once.
  const [libraryShown, setLibraryShown] = useState(initialView === 'library');
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const tabRefs = useRef<Array<HTMLButtonElement | null>>([]);

  useEffect(() => {
    api.loadSettings().then(setSettings, () => {});
    return api.onSettingsChanged(setSettings);
  }, [api]);

  const select = (v: View, focus = false) => {
    setView(v);
    if (v === 'library') setLibraryShown(true);
    if (focus) tabRefs.current[VIEWS.findIndex((x) => x.id === v)]?.focus();
  };

  // WAI-ARIA tabs: arrow keys move between tabs (and select them), Home/End jump.
  const onTabKey = (e: TargetedKeyboardEvent<HTMLElement>) => {
    const i = VIEWS.findIndex((x) => x.id === view);
    const next =
      e.key === 'ArrowRight' ? (i + 1) % VIEWS.length
      : e.key === 'ArrowLeft' ? (i - 1 + VIEWS.length) % VIEWS.length
      : e.key === 'Home' ? 0
      : e.key === 'End' ? VIEWS.length - 1
      : -1;
    if (next < 0) return;
    e.preventDefault();
    select(VIEWS[next].id, true);
  };

  return (
    <div class="popup" data-ready="1" data-view={view} style={tagColorVars(settings.colors)}>
      <header class="bar">
        <h1 class="brand">Sourcelight</h1>
        <div role="tablist" aria-label="Sourcelight views" class="tabs" onKeyDown={onTabKey}>
          {VIEWS.map((v, i) => (
            <button
              key={v.id}
              ref={(el) => { tabRefs.current[i] = el; }}
              type="button"
              role="tab"
              id={`tab-${v.id}`}
              aria-selected={view === v.id}
              aria-controls={`panel-${v.id}`}
              tabindex={view === v.id ? 0 : -1}
              class="tab"
              onClick={() => select(v.id)}
            >
              {v.label}
            </button>
          ))}
        </div>
        <button type="button" class="icon-button" onClick={() => void api.openOptions()} title="Options" aria-label="Options">
          <span aria-hidden="true">⚙</span>
        </button>
      </header>
      <section role="tabpanel" id="panel-page" aria-labelledby="tab-page" class="panel" hidden={view !== 'page'}>
        <ThisPage api={api} />
      </section>
      <section role="tabpanel" id="panel-library" aria-labelledby="tab-library" class="panel panel-library" hidden={view !== 'library'}>
        {libraryShown && <Library api={api} importHint={importHint} exportRequest={exportRequest} initialFilters={initialFilters} />}
      </section>
    </div>
  );
}
