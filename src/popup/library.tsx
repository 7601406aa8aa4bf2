/** "Library": every saved claim, searched and filtered in memory, in a virtualised list. */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { buildIndex, createClaimSearch, sitesOf } from '../storage/query';
import type { ClaimRecord, UserTag } from '../types/records';
import { EXPORT_FORMATS, type ExportFormat, type PopupApi } from './api';
import { ClaimRow, EDIT_HEIGHT, ROW_HEIGHT } from './claim-row';
import { downloadText } from './download';
import { isFiltered, NO_FILTERS, toClaimFilter, type LibraryFilters } from './filters';
import { exportQuery, importQuery } from './library-link';
import { plural } from './profile';
import { Snackbar, type Snack } from './snackbar';
import { claimLink } from './text-fragment';
import { USER_TAG_LABELS, USER_TAGS } from './tags';
import { VirtualList } from './virtual-list';

const FORMAT_LABELS: Record<ExportFormat, string> = { json: 'JSON', jsonld: 'Web Annotation', csv: 'CSV', markdown: 'Markdown' };

/** Claims shown before the whole library is read: more than a popup's screenful. */
const FIRST_SCREEN = 30;
const mark = (name: string) => globalThis.performance?.mark?.(name);
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));
const idle = (fn: (deadline?: IdleDeadline) => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 1000 }) : setTimeout(fn, 20);

/**
 * Builds the search index in idle time, a slice at a time, so it never holds
 * up a frame; a search typed before it is done indexes what it needs itself.
 */
function indexWhenIdle(claims: readonly ClaimRecord[]): void {
  const SLICE = 500;
  let i = 0;
  const step = (deadline?: IdleDeadline) => {
    do {
      buildIndex(claims.slice(i, i + SLICE));
      i += SLICE;
    } while (i < claims.length && deadline && deadline.timeRemaining() > 4);
    if (i < claims.length) idle(step);
  };
  idle(step);
}

export interface LibraryProps {
  api: PopupApi;
  /** Opened in a tab to import (see PopupApi.filePickerClosesPage), so say what to do. */
  importHint?: boolean;
  /** Opened in a tab to export: save the file in this format as soon as the library is read. */
  exportRequest?: ExportFormat | null;
  initialFilters?: LibraryFilters;
}

export function Library({ api, importHint = false, exportRequest = null, initialFilters = NO_FILTERS }: LibraryProps) {
  const [claims, setClaims] = useState<ClaimRecord[] | null>(null);
  /** Only the newest claims are in `claims` yet: no editing, exporting or counting until all are. */
  const [partial, setPartial] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [filters, setFilters] = useState<LibraryFilters>(initialFilters);
  const [editing, setEditing] = useState<string | null>(null);
  const [snack, setSnack] = useState<Snack | null>(null);
  const [focusRequest, setFocusRequest] = useState<{ index: number; seq: number } | null>(null);
  const [format, setFormat] = useState<ExportFormat>(exportRequest ?? 'json');
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const searchInput = useRef<HTMLInputElement>(null);
  const [pickerClosesPage, setPickerClosesPage] = useState(false);
  useEffect(() => {
    api.filePickerClosesPage().then(setPickerClosesPage, () => {});
  }, [api]);

  const loadedOnce = useRef(false);
  const load = useCallback(async () => {
    try {
      mark('sl:library-load');
      // The newest claims first (a cursor over a few records, a few ms), then the whole library. One after
      // the other: IndexedDB would queue the cursor behind the big read.
      if (!loadedOnce.current) {
        const recent = await api.loadRecentClaims(FIRST_SCREEN).catch(() => []);
        if (recent.length >= FIRST_SCREEN) {
          setClaims(recent);
          setPartial(true);
          mark('sl:library-first-screen');
        }
      }
      const all = await api.loadClaims();
      loadedOnce.current = true;
      mark('sl:library-loaded');
      setClaims(all);
      setPartial(false);
      setLoadError(null);
      // The search index is not needed to show the list: build it after the first frame.
      indexWhenIdle(all);
    } catch (e) {
      setLoadError(message(e));
    }
  }, [api]);
  useEffect(() => void load(), [load]);
  // Marks for `npm run bench` (bench/popup.bench.ts): claims in hand -> list laid out.
  const rendered = useRef(false);
  useLayoutEffect(() => {
    if (claims === null || partial || rendered.current) return;
    rendered.current = true;
    void document.body?.offsetHeight;
    mark('sl:library-rendered');
  }, [claims, partial]);

  const search = useMemo(createClaimSearch, []);
  const results = useMemo(() => (claims ? search(claims, toClaimFilter(filters)).claims : []), [claims, filters]);
  const sites = useMemo(() => (claims ? sitesOf(claims) : []), [claims]);
  const filtered = isFiltered(filters);
  const editingIndex = editing === null ? -1 : results.findIndex((c) => c.id === editing);

  const set = <K extends keyof LibraryFilters>(key: K, value: LibraryFilters[K]) => setFilters((f) => ({ ...f, [key]: value }));
  const focusRow = (index: number) => setFocusRequest((r) => ({ index, seq: (r?.seq ?? 0) + 1 }));
  const replace = (c: ClaimRecord) => setClaims((cs) => cs && cs.map((x) => (x.id === c.id ? c : x)));

  const onSave = async (claim: ClaimRecord, patch: { note: string; userTag: UserTag | null }) => {
    const index = results.findIndex((c) => c.id === claim.id);
    try {
      const { claim: updated } = await api.send('claim/update', { id: claim.id, patch });
      replace(updated);
      setEditing(null);
      setSnack({ text: 'Changes saved.' });
      focusRow(index);
    } catch (e) {
      setSnack({ text: `Could not save: ${message(e)}`, error: true });
    }
  };

  const onDelete = async (claim: ClaimRecord, index: number) => {
    try {
      const { deleted } = await api.send('claim/delete', { id: claim.id });
      const removed = deleted ?? claim;
      setClaims((cs) => cs && cs.filter((c) => c.id !== claim.id));
      if (editing === claim.id) setEditing(null);
      setSnack({
        text: 'Claim deleted.',
        undo: async () => {
          try {
            await api.send('claim/restore', { claim: removed });
            setClaims((cs) => (cs && !cs.some((c) => c.id === removed.id) ? [...cs, removed] : cs));
            setSnack({ text: 'Claim restored.' });
          } catch (e) {
            setSnack({ text: `Could not restore: ${message(e)}`, error: true });
          }
        },
      });
      // Keep the keyboard user in place: the next claim takes the deleted one's row.
      focusRow(Math.min(index, results.length - 2));
    } catch (e) {
      setSnack({ text: `Could not delete: ${message(e)}`, error: true });
    }
  };

  const exportHere = async (scope: 'all' | 'shown', as: ExportFormat) => {
    setBusy(true);
    try {
      const file = await api.exportFile(as, scope === 'all' ? null : results);
      downloadText(file.name, file.type, file.text);
      const n = scope === 'all' ? (claims?.length ?? 0) : results.length;
      setSnack({ text: `Exported ${plural(n, 'claim')} as ${file.name}.`, kind: 'export' });
    } catch (e) {
      setSnack({ text: `Export failed: ${message(e)}`, error: true, kind: 'export' });
    } finally {
      setBusy(false);
    }
  };

  const onExport = async (scope: 'all' | 'shown') => {
    // Where a save dialog may close this popup, the Blob URL of an <a download> dies with it and
    // nothing is saved: export from the Library in a tab, with the filters when exporting what they show.
    if (await api.filePickerClosesPage().catch(() => false)) {
      setBusy(true); // one tab per click
      try {
        await api.openPopupInTab(exportQuery(format, scope === 'shown' ? filters : null));
      } catch (e) {
        setSnack({ text: `Export failed: ${message(e)}`, error: true, kind: 'export' });
      } finally {
        setBusy(false);
      }
      return;
    }
    await exportHere(scope, format);
  };

  // Opened in a tab to export: once, when every claim is read (the filters came with the request).
  const pendingExport = useRef(exportRequest);
  useEffect(() => {
    const as = pendingExport.current;
    if (!as || claims === null || partial) return;
    pendingExport.current = null;
    const scope = isFiltered(filters) ? 'shown' : 'all';
    if ((scope === 'all' ? claims : results).length === 0) {
      setSnack({ text: scope === 'all' ? 'Nothing to export: no saved claims yet.' : 'Nothing to export: no claims match.', kind: 'export' });
      return;
    }
    void exportHere(scope, as);
  }, [claims, partial]);

  // The file picker needs this click's user activation: decide synchronously, ask nothing first.
  const onImportClick = () => {
    if (pickerClosesPage) void api.openPopupInTab(importQuery());
    else fileInput.current?.click();
  };

  const onImportFile = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    try {
      const text = await file.text();
      const r = await api.importFile(text);
      await load();
      const same = r.unchanged > 0 ? `, ${r.unchanged} already in your library` : '';
      setSnack({ text: `Imported ${file.name}: ${r.added} added, ${r.updated} updated${same}.`, kind: 'import' });
    } catch (e) {
      setSnack({ text: `${file.name} was not imported: ${message(e)} Nothing was changed.`, error: true, kind: 'import' });
    } finally {
      setBusy(false);
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  if (loadError) {
    return (
      <div class="notice notice-error" role="alert">
        <p><strong>Your library could not be opened.</strong></p>
        <p>{loadError}</p>
        <button type="button" onClick={() => void load()}>Try again</button>
      </div>
    );
  }

  return (
    <div
      class="library"
      aria-busy={claims === null || partial || busy}
      data-search={filters.text}
      onKeyDown={(e) => {
        // "/" jumps to the search box, as on many sites.
        const t = e.target as HTMLElement | null;
        if (e.key === '/' && !(t && /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) {
          e.preventDefault();
          searchInput.current?.focus();
        }
      }}
    >
      <form class="filters" role="search" aria-label="Search and filter saved claims" onSubmit={(e) => e.preventDefault()}>
        <label class="visually-hidden" for="lib-search">Search saved claims</label>
        <input
          id="lib-search"
          ref={searchInput}
          type="search"
          placeholder="Search text, source and notes"
          aria-keyshortcuts="/"
          autocomplete="off"
          spellcheck={false}
          value={filters.text}
          onInput={(e) => set('text', e.currentTarget.value)}
        />
        <div class="filter-row">
          <label>
            <span class="visually-hidden">Tag</span>
            <select value={filters.tag} onChange={(e) => set('tag', e.currentTarget.value as UserTag | '')} aria-label="Filter by tag">
              <option value="">All tags</option>
              {USER_TAGS.map((t) => (
                <option key={t} value={t}>{USER_TAG_LABELS[t]}</option>
              ))}
            </select>
          </label>
          <label>
            <span class="visually-hidden">Site</span>
            <select value={filters.site} onChange={(e) => set('site', e.currentTarget.value)} aria-label="Filter by site">
              <option value="">All sites</option>
              {sites.map((s) => (
                <option key={s.site} value={s.site}>{s.site} ({s.count})</option>
              ))}
            </select>
          </label>
          <label>
            <span class="visually-hidden">Sort</span>
            <select value={filters.sort} onChange={(e) => set('sort', e.currentTarget.value as LibraryFilters['sort'])} aria-label="Sort by">
              <option value="newest">Newest first</option>
              <option value="oldest">Oldest first</option>
              <option value="source">By source</option>
              <option value="site">By site</option>
            </select>
          </label>
        </div>
        <div class="filter-row dates">
          <label>
            Saved from <input type="date" value={filters.from} max={filters.to || undefined} onInput={(e) => set('from', e.currentTarget.value)} />
          </label>
          <label>
            to <input type="date" value={filters.to} min={filters.from || undefined} onInput={(e) => set('to', e.currentTarget.value)} />
          </label>
          {filtered && (
            <button type="button" class="small" onClick={() => setFilters((f) => ({ ...NO_FILTERS, sort: f.sort }))}>
              Clear
            </button>
          )}
        </div>
      </form>

      <p class="result-count" role="status" aria-live="polite">
        {claims === null || partial
          ? 'Loading your library…'
          : claims.length === 0
            ? 'No saved claims yet. Save one from its card on a page, or import a file.'
            : filtered
              ? `${results.length.toLocaleString('en')} of ${plural(claims.length, 'saved claim')}`
              : plural(claims.length, 'saved claim')}
      </p>

      {claims !== null && claims.length > 0 && results.length === 0 && <p class="empty">No claims match.</p>}
      <VirtualList
        items={results}
        rowHeight={ROW_HEIGHT}
        expandedIndex={editingIndex}
        expandedHeight={EDIT_HEIGHT}
        keyOf={(c) => c.id}
        label="Saved claims"
        focusRequest={focusRequest}
        resetKey={filters}
        renderRow={(c, i) => (
          <ClaimRow
            claim={c}
            index={i}
            editing={c.id === editing}
            readOnly={partial}
            onOpen={(claim) => void api.openTab(claimLink(claim.pageUrl, claim.anchor?.exact || claim.text))}
            onEdit={(claim) => setEditing(claim.id)}
            onCancel={() => {
              setEditing(null);
              focusRow(i);
            }}
            onSave={(claim, patch) => void onSave(claim, patch)}
            onDelete={(claim, index) => void onDelete(claim, index)}
            onMove={(index, delta) => focusRow(Math.max(0, Math.min(results.length - 1, index + delta)))}
          />
        )}
      />

      <footer class="library-tools">
        <label for="export-format" class="visually-hidden">Export format</label>
        <select id="export-format" value={format} onChange={(e) => setFormat(e.currentTarget.value as ExportFormat)}>
          {EXPORT_FORMATS.map((f) => (
            <option key={f} value={f}>{FORMAT_LABELS[f]}</option>
          ))}
        </select>
        <div class="tool-buttons">
          <button type="button" disabled={busy || partial || !claims?.length} onClick={() => void onExport('all')} data-action="export-all">
            Export all
          </button>
          {filtered && (
            <button type="button" disabled={busy || partial || results.length === 0} onClick={() => void onExport('shown')} data-action="export-shown">
              Export {results.length.toLocaleString('en')} shown
            </button>
          )}
          <button type="button" disabled={busy || partial} onClick={onImportClick} data-action="import" aria-describedby={importHint ? 'import-hint' : undefined}>
            Import…
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            class="visually-hidden"
            tabIndex={-1}
            aria-hidden="true"
            id="import-file"
            onChange={(e) => void onImportFile(e.currentTarget.files?.[0])}
          />
        </div>
        {importHint && (
          <p id="import-hint" class="import-hint">
            Choose the Sourcelight JSON file to import with <b>Import…</b>.
          </p>
        )}
        {exportRequest && (
          <p id="export-hint" class="import-hint">
            The export runs here, in a tab: a toolbar popup can close while the browser asks where to save the file.
          </p>
        )}
      </footer>
      <Snackbar snack={snack} onDone={() => setSnack(null)} />
    </div>
  );
}
