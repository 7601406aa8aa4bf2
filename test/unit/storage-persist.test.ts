/** Persistent storage is requested once, and not at all where it is already granted or unsupported. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { requestPersistenceOnce } from '../../src/storage/persist';

function fakes(opts: { persisted: boolean; grant: boolean }) {
  let asked = 0;
  let flag = false;
  const storage = {
    persisted: async () => opts.persisted,
    persist: async () => {
      asked++;
      return opts.grant;
    },
  };
  const store = { get: async () => flag, set: async () => void (flag = true) };
  return { storage, store, asked: () => asked };
}

test('asks once, then never again even if denied', async () => {
  const f = fakes({ persisted: false, grant: false });
  assert.equal(await requestPersistenceOnce(f.storage, f.store), 'denied');
  assert.equal(await requestPersistenceOnce(f.storage, f.store), 'asked-before');
  assert.equal(await requestPersistenceOnce(f.storage, f.store), 'asked-before');
  assert.equal(f.asked(), 1);
});

test('reports a grant', async () => {
  const f = fakes({ persisted: false, grant: true });
  assert.equal(await requestPersistenceOnce(f.storage, f.store), 'granted');
});

test('does not ask when storage is already persistent', async () => {
  const f = fakes({ persisted: true, grant: true });
  assert.equal(await requestPersistenceOnce(f.storage, f.store), 'persisted');
  assert.equal(f.asked(), 0);
});

test('unsupported where navigator.storage.persist is missing (Chrome service worker)', async () => {
  const f = fakes({ persisted: false, grant: true });
  assert.equal(await requestPersistenceOnce(undefined, f.store), 'unsupported');
  assert.equal(await requestPersistenceOnce({ persisted: f.storage.persisted }, f.store), 'unsupported');
  assert.equal(f.asked(), 0);
});
