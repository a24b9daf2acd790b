'use strict';
// Loads src/extension.js the way VS Code does (require, then activate(context)) with a fake 'vscode' module,
// and checks the wiring: saving a .gox file runs goxx from the goxx.path setting and fills the "goxx"
// collection; other languages are ignored; closing clears; a missing goxx shows one warning, not an exception.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const Module = require('node:module');
const { fakeVscodeModule, fakeDocument } = require('./support/fake-vscode');

let dir;
before(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'goxx-extension-test-')); });
after(() => fs.rmSync(dir, { recursive: true, force: true }));

// Activates a fresh copy of the extension against a fake vscode built from `settings`.
function activate(settings) {
  const fake = fakeVscodeModule(settings);
  const realLoad = Module._load;
  Module._load = function load(request, ...rest) {
    if (request === 'vscode') return fake.api;
    return realLoad.call(this, request, ...rest);
  };
  try {
    const entry = require.resolve('../src/extension');
    delete require.cache[entry];
    const extension = require(entry);
    const context = { subscriptions: [] };
    extension.activate(context);
    return { ...fake, context, collection: fake.collections[0] };
  } finally {
    Module._load = realLoad;
  }
}

// The extension does not return the check's promise to VS Code; poll until the collection changes.
async function settle(predicate) {
  for (let i = 0; i < 600 && !predicate(); i++) await new Promise((r) => setTimeout(r, 25));
  assert.ok(predicate(), 'the extension did not update its diagnostics in time');
}

test('activation registers a "goxx" collection and its disposables', () => {
  const { collections, context, handlers } = activate({});
  assert.equal(collections.length, 1);
  assert.equal(collections[0].name, 'goxx');
  assert.ok(context.subscriptions.includes(collections[0]));
  assert.equal(handlers.save.length, 1);
  assert.equal(handlers.close.length, 1);
});

test('saving a .gox file runs goxx.path and publishes its diagnostics; closing clears them', async () => {
  const file = path.join(dir, 'main.gox');
  const text = 'package main\n\nvar v = bad_value\n';
  fs.writeFileSync(file, text);
  const { handlers, collection, messages } = activate({ 'goxx.path': path.join(__dirname, 'fake-goxx', 'marker-goxx.js') });
  const doc = fakeDocument(file, text);
  handlers.save[0](doc);
  await settle(() => collection.entries.has(file));
  const [d] = collection.entries.get(file);
  assert.equal(d.message, 'undefined: bad_value');
  assert.deepEqual([d.range.start.line, d.range.start.character, d.range.end.character], [2, 8, 17]);
  assert.deepEqual(messages, []);
  handlers.close[0](doc);
  assert.equal(collection.entries.has(file), false);
});

test('documents in other languages are not checked', async () => {
  const file = path.join(dir, 'notes.txt');
  fs.writeFileSync(file, 'bad_word\n');
  const { handlers, collection } = activate({ 'goxx.path': path.join(__dirname, 'fake-goxx', 'marker-goxx.js') });
  handlers.save[0](fakeDocument(file, 'bad_word\n', 'plaintext'));
  await new Promise((r) => setTimeout(r, 300));
  assert.equal(collection.entries.size, 0);
});

test('goxx.checkOnSave = false turns checking off', async () => {
  const file = path.join(dir, 'off.gox');
  fs.writeFileSync(file, 'var v = bad_value\n');
  const { handlers, collection } = activate({
    'goxx.path': path.join(__dirname, 'fake-goxx', 'marker-goxx.js'), 'goxx.checkOnSave': false,
  });
  handlers.save[0](fakeDocument(file, 'var v = bad_value\n'));
  await new Promise((r) => setTimeout(r, 300));
  assert.equal(collection.entries.size, 0);
});

test('a missing goxx gives one diagnostic and one warning message', async () => {
  const file = path.join(dir, 'lonely.gox');
  fs.writeFileSync(file, 'package main\n');
  const missing = path.join(dir, 'bin', 'goxx');
  const { handlers, collection, messages } = activate({ 'goxx.path': missing });
  handlers.save[0](fakeDocument(file, 'package main\n'));
  await settle(() => collection.entries.has(file));
  assert.equal(collection.entries.get(file).length, 1);
  assert.equal(messages.length, 1);
  assert.equal(messages[0].level, 'warning');
  assert.ok(messages[0].text.includes(missing));
});
