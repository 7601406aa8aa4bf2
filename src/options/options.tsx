/** The options page: automatic analysis, site lists, tags and colours, shortcuts, and deleting all data. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { TargetedEvent } from 'preact';
import { TAGS, type Tag } from '../types/analysis';
import { DEFAULT_COLORS, type Settings } from '../types/settings';
import { TAG_LABELS, tagColorVars } from '../popup/tags';
import type { OptionsApi, ShortcutInfo } from './api';
import { addSites, ALL_SITES, originsFor } from './sites';

type Note = { text: string; error?: boolean } | null;
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function Options({ api }: { api: OptionsApi }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [note, setNote] = useState<Note>(null);
  // Saves run one after another: each one reads the stored settings before writing.
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    api.loadSettings().then(setSettings, (e) => setLoadError(message(e)));
    return api.onSettingsChanged(setSettings);
  }, [api]);

  const save = (patch: Partial<Settings>, done = 'Saved.') => {
    if (settings) setSettings({ ...settings, ...patch });
    const run = queue.current.then(() => api.saveSettings(patch));
    queue.current = run.catch(() => {});
    run.then(
      (s) => {
        setSettings(s);
        setNote({ text: done });
      },
      (e) => setNote({ text: `Not saved: ${message(e)}`, error: true }),
    );
    return run;
  };

  if (!settings) {
    return (
      <main class="options" data-ready={loadError ? '1' : undefined}>
        <h1>Sourcelight options</h1>
        <p role={loadError ? 'alert' : 'status'}>{loadError ? `Settings could not be loaded: ${loadError}` : 'Loading…'}</p>
      </main>
    );
  }

  return (
    <main class="options" data-ready="1" style={tagColorVars(settings.colors)}>
      <h1>Sourcelight options</h1>
      <p class="intro">Everything Sourcelight does happens on your device. Changes are saved as you make them.</p>
      <AutoAnalysis api={api} settings={settings} save={save} setSettings={setSettings} setNote={setNote} />
      <DisabledSites settings={settings} save={save} setNote={setNote} />
      <TagSettings settings={settings} save={save} />
      <Shortcuts api={api} />
      <DeleteAll api={api} setNote={setNote} />
      <p class={`note${note?.error ? ' note-error' : ''}`} role={note?.error ? 'alert' : 'status'} aria-live="polite">
        {note?.text}
      </p>
    </main>
  );
}

type Save = (patch: Partial<Settings>, done?: string) => Promise<Settings>;

function AutoAnalysis({
  api,
  settings,
  save,
  setSettings,
  setNote,
}: {
  api: OptionsApi;
  settings: Settings;
  save: Save;
  setSettings: (s: Settings) => void;
  setNote: (n: Note) => void;
}) {
  const [draft, setDraft] = useState('');
  const refused = (what: string) => {
    setSettings({ ...settings });
    setNote({ text: `The browser did not give Sourcelight access to ${what}, so nothing changed.`, error: true });
  };

  // Permission prompts need the user's click: every permission request below runs synchronously in its handler.
  const onToggle = (e: TargetedEvent<HTMLInputElement>) => {
    const on = e.currentTarget.checked;
    if (!on) {
      void save({ autoAnalyze: false }, 'Automatic analysis is off.');
      void api.removeOrigins([...ALL_SITES, ...originsFor(settings.autoSites)]);
      return;
    }
    const origins = originsFor(settings.autoSites);
    api.requestOrigins(origins).then(
      (granted) => {
        if (granted) void save({ autoAnalyze: true }, 'Automatic analysis is on.');
        else refused(settings.autoSites.length ? 'these sites' : 'the sites you visit');
      },
      (err) => {
        setSettings({ ...settings });
        setNote({ text: `Could not ask for access: ${message(err)}`, error: true });
      },
    );
  };

  const onAdd = (e: Event) => {
    e.preventDefault();
    const { list, added, rejected } = addSites(settings.autoSites, draft);
    if (rejected.length) setNote({ text: `Not a site name: ${rejected.join(', ')}. Type a host like bbc.co.uk.`, error: true });
    if (!added.length) return;
    const apply = () => {
      setDraft(rejected.join(' '));
      void save({ autoSites: list }, `Added ${added.join(', ')}.`);
    };
    if (!settings.autoAnalyze) return apply();
    api.requestOrigins(originsFor(added)).then(
      (granted) => {
        if (!granted) return refused(added.join(', '));
        apply();
        // The list used to mean "every site": narrow the permission to the listed ones.
        if (settings.autoSites.length === 0) void api.removeOrigins(ALL_SITES);
      },
      (err) => setNote({ text: `Could not ask for access: ${message(err)}`, error: true }),
    );
  };

  const onRemove = (site: string) => {
    const list = settings.autoSites.filter((s) => s !== site);
    if (settings.autoAnalyze) {
      void api.removeOrigins(originsFor([site]));
      if (list.length === 0) {
        // An empty list means every site; do not widen access without asking: switch off instead.
        void save({ autoSites: list, autoAnalyze: false }, `Removed ${site}. Automatic analysis is off: no site is listed.`);
        return;
      }
    }
    void save({ autoSites: list }, `Removed ${site}.`);
  };

  return (
    <section aria-labelledby="auto-h">
      <h2 id="auto-h">Automatic analysis</h2>
      <label class="switch-row">
        <input type="checkbox" role="switch" id="auto-analyze" checked={settings.autoAnalyze} onChange={onToggle} />
        <span>Analyse news pages automatically when they load</span>
      </label>
      <p class="help">
        Off, Sourcelight reads a page only when you click its button. On, the browser asks you to let it read
        {settings.autoSites.length ? ' the sites listed below' : ' every site you visit'}; it still never sends anything anywhere.
      </p>
      <h3 id="auto-sites-h">Only on these sites</h3>
      <p class="help">Leave the list empty for every site. Subdomains are included (bbc.co.uk covers www.bbc.co.uk).</p>
      <SiteList sites={settings.autoSites} labelledBy="auto-sites-h" onRemove={onRemove} empty="Every site." />
      <form class="add-site" onSubmit={onAdd}>
        <label for="auto-site-input">Add a site</label>
        <input id="auto-site-input" type="text" inputMode="url" placeholder="bbc.co.uk" value={draft} onInput={(e) => setDraft(e.currentTarget.value)} autocomplete="off" spellcheck={false} />
        <button type="submit">Add</button>
      </form>
    </section>
  );
}

function DisabledSites({ settings, save, setNote }: { settings: Settings; save: Save; setNote: (n: Note) => void }) {
  const [draft, setDraft] = useState('');
  const onAdd = (e: Event) => {
    e.preventDefault();
    const { list, added, rejected } = addSites(settings.disabledSites, draft);
    if (rejected.length) setNote({ text: `Not a site name: ${rejected.join(', ')}. Type a host like example.com.`, error: true });
    if (!added.length) return;
    setDraft(rejected.join(' '));
    void save({ disabledSites: list }, `Sourcelight will not run on ${added.join(', ')}.`);
  };
  return (
    <section aria-labelledby="off-h">
      <h2 id="off-h">Sites where Sourcelight is off</h2>
      <p class="help">Sourcelight never runs on these sites, not even automatically.</p>
      <SiteList
        sites={settings.disabledSites}
        labelledBy="off-h"
        empty="None."
        onRemove={(site) => void save({ disabledSites: settings.disabledSites.filter((s) => s !== site) }, `Sourcelight may run on ${site} again.`)}
      />
      <form class="add-site" onSubmit={onAdd}>
        <label for="off-site-input">Turn off on</label>
        <input id="off-site-input" type="text" inputMode="url" placeholder="example.com" value={draft} onInput={(e) => setDraft(e.currentTarget.value)} autocomplete="off" spellcheck={false} />
        <button type="submit">Add</button>
      </form>
    </section>
  );
}

function SiteList({ sites, labelledBy, onRemove, empty }: { sites: string[]; labelledBy: string; onRemove: (s: string) => void; empty: string }) {
  if (sites.length === 0) return <p class="empty-list">{empty}</p>;
  return (
    <ul class="site-list" aria-labelledby={labelledBy}>
      {sites.map((s) => (
        <li key={s}>
          <span>{s}</span>
          <button type="button" class="small" onClick={() => onRemove(s)} aria-label={`Remove ${s}`}>
            Remove
          </button>
        </li>
      ))}
    </ul>
  );
}

function TagSettings({ settings, save }: { settings: Settings; save: Save }) {
  const shown = new Set(settings.shownTags);
  const toggle = (t: Tag, on: boolean) => {
    const next = TAGS.filter((x) => (x === t ? on : shown.has(x)));
    void save({ shownTags: next }, `${TAG_LABELS[t]} claims are ${on ? 'highlighted' : 'no longer highlighted'}.`);
  };
  const customised = TAGS.some((t) => settings.colors[t].toLowerCase() !== DEFAULT_COLORS[t].toLowerCase());
  return (
    <section aria-labelledby="tags-h">
      <h2 id="tags-h">Tags and colours</h2>
      <p class="help">Unticked tags are not highlighted in pages; their claims are still counted in the popup.</p>
      <ul class="tag-list">
        {TAGS.map((t) => (
          <li key={t} class={`tag-bg-${t}`}>
            <label class="tag-toggle">
              <input type="checkbox" name="shown-tag" value={t} checked={shown.has(t)} onChange={(e) => toggle(t, e.currentTarget.checked)} />
              <span>Highlight <b>{TAG_LABELS[t]}</b> claims</span>
            </label>
            <span class="sample" aria-hidden="true">sample</span>
            <input
              type="color"
              class="color"
              value={settings.colors[t]}
              aria-label={`Colour for ${TAG_LABELS[t]}`}
              onChange={(e) => void save({ colors: { ...settings.colors, [t]: e.currentTarget.value } }, `Colour for ${TAG_LABELS[t]} saved.`)}
            />
          </li>
        ))}
      </ul>
      <button type="button" disabled={!customised} onClick={() => void save({ colors: { ...DEFAULT_COLORS } }, 'Colours reset.')}>
        Reset colours
      </button>
    </section>
  );
}

function Shortcuts({ api }: { api: OptionsApi }) {
  const [list, setList] = useState<ShortcutInfo[] | null>(null);
  useEffect(() => {
    api.shortcuts().then(setList, () => setList([]));
  }, [api]);
  const chrome = (
    <li key="chrome">
      In Chrome, Edge and other Chromium browsers: open <code>chrome://extensions/shortcuts</code>.
    </li>
  );
  const firefox = (
    <li key="firefox">
      In Firefox: open <code>about:addons</code>, click the ⚙ gear menu, then <b>Manage Extension Shortcuts</b>.
    </li>
  );
  return (
    <section aria-labelledby="keys-h">
      <h2 id="keys-h">Keyboard shortcuts</h2>
      {list === null ? (
        <p>Loading…</p>
      ) : (
        <table class="shortcuts">
          <thead>
            <tr>
              <th scope="col">Action</th>
              <th scope="col">Shortcut</th>
            </tr>
          </thead>
          <tbody>
            {list.map((c) => (
              <tr key={c.name}>
                <td>{c.description}</td>
                <td>{c.shortcut ? <kbd>{c.shortcut}</kbd> : <span class="unset">not set</span>}</td>
              </tr>
            ))}
            <tr>
              <td>Close a claim card</td>
              <td><kbd>Esc</kbd></td>
            </tr>
          </tbody>
        </table>
      )}
      <p class="help">The browser owns these shortcuts. To change them:</p>
      <ul class="how">{api.browserName === 'firefox' ? [firefox, chrome] : [chrome, firefox]}</ul>
      {api.openShortcutSettings && (
        <button type="button" onClick={() => void api.openShortcutSettings?.()}>
          Change shortcuts…
        </button>
      )}
    </section>
  );
}

function DeleteAll({ api, setNote }: { api: OptionsApi; setNote: (n: Note) => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [count, setCount] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const open = () => {
    setCount(null);
    api.claimCount().then(setCount, () => setCount(null));
    const d = dialog.current;
    if (!d) return;
    if (typeof d.showModal === 'function') d.showModal();
    else d.setAttribute('open', '');
  };
  const close = () => {
    const d = dialog.current;
    if (d && typeof d.close === 'function') d.close();
    else d?.removeAttribute('open');
  };
  const confirm = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    try {
      await api.deleteAllData();
      close();
      setNote({ text: 'All saved claims, pages and corrections were deleted.' });
    } catch (err) {
      setNote({ text: `Nothing was deleted: ${message(err)}`, error: true });
      close();
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="data-h">
      <h2 id="data-h">Your data</h2>
      <p class="help">
        Saved claims stay in this browser until you delete them. To keep a copy, export your library first from the popup’s
        Library tab.
      </p>
      <button type="button" class="danger" onClick={open} id="delete-all">
        Delete all data…
      </button>
      <dialog ref={dialog} aria-labelledby="confirm-h" aria-describedby="confirm-d" class="confirm">
        <form method="dialog" onSubmit={(e) => void confirm(e)}>
          <h2 id="confirm-h">Delete all data?</h2>
          <p id="confirm-d">
            {count === 0
              ? 'You have no saved claims. This deletes any remembered pages and tag corrections.'
              : `This deletes ${count === null ? 'every saved claim' : count === 1 ? 'your 1 saved claim' : `all ${count.toLocaleString('en')} saved claims`}, with their pages and tag corrections.`}{' '}
            It cannot be undone. Your settings are kept.
          </p>
          <div class="dialog-buttons">
            <button type="button" onClick={close} autofocus>
              Cancel
            </button>
            <button type="submit" class="danger-solid" disabled={busy} id="confirm-delete">
              Delete everything
            </button>
          </div>
        </form>
      </dialog>
    </section>
  );
}
