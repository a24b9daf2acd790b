'use strict';
// The diagnostics side of the extension, driven with a fake VS Code API and fake goxx executables
// (test/fake-goxx/). Expected ranges are computed here from the source text, independently of the provider:
// goxx's columns are UTF-8 bytes, VS Code's are UTF-16 code units, and the test lines contain characters
// where the two differ.

const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { DiagnosticsProvider } = require('../src/diagnostics-provider');
const { runGoxxCheck } = require('../src/goxx-process');
const { parseCheckOutput } = require('../src/check-output');
const { utf16IndexOfByteColumn } = require('../src/byte-columns');
const { api, FakeDiagnosticCollection, fakeDocument } = require('./support/fake-vscode');

const fakeGoxx = (name) => path.join(__dirname, 'fake-goxx', name);

const SOURCE = [
  'package main',
  '',
  'func main() {',
  '\ts := "héllo 😀"; x := bad_one',
  '\tvar unused_v int',
  '\ty := bad_two + bad_three',
  '}',
  '',
].join('\n');

let dir;
let file;
before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'goxx-editor-test-'));
  file = path.join(dir, 'a.gox');
  fs.writeFileSync(file, SOURCE);
  fs.mkdirSync(path.join(dir, 'lib'));
  fs.writeFileSync(path.join(dir, 'lib', 'other.gox'), 'package lib\n\tÄ := 1\n');
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

function makeProvider(goxxPath, options = {}) {
  const collection = new FakeDiagnosticCollection('goxx');
  const problems = [];
  const provider = new DiagnosticsProvider({
    api, collection, goxxPath: () => goxxPath, onToolProblem: (m) => problems.push(m), ...options,
  });
  return { provider, collection, problems };
}

// Where `word` sits in SOURCE as a VS Code range, found by plain string search.
function expectedRange(word, occurrence = 0) {
  const lines = SOURCE.split('\n');
  let seen = 0;
  for (let line = 0; line < lines.length; line++) {
    let at = lines[line].indexOf(word);
    while (at !== -1) {
      if (seen++ === occurrence) return { line, start: at, end: at + word.length };
      at = lines[line].indexOf(word, at + 1);
    }
  }
  throw new Error(`${word} not in SOURCE`);
}

function rangeOf(d) {
  assert.equal(d.range.start.line, d.range.end.line);
  return { line: d.range.start.line, start: d.range.start.character, end: d.range.end.character };
}

describe('diagnostics from a working goxx', () => {
  test('land on the reported identifiers with goxx\'s messages and severities', async () => {
    const { provider, collection, problems } = makeProvider(fakeGoxx('marker-goxx.js'));
    await provider.checkDocument(fakeDocument(file, SOURCE));
    const got = collection.get(api.Uri.file(file));
    assert.equal(got.length, 4);
    const byMessage = new Map(got.map((d) => [d.message, d]));
    for (const [word, severity] of [['bad_one', 'Error'], ['unused_v', 'Warning'], ['bad_two', 'Error'], ['bad_three', 'Error']]) {
      const message = severity === 'Error' ? `undefined: ${word}` : `declared and not used: ${word}`;
      const d = byMessage.get(message);
      assert.ok(d, `no diagnostic "${message}"`);
      assert.deepEqual(rangeOf(d), expectedRange(word));
      assert.equal(d.severity, api.DiagnosticSeverity[severity]);
      assert.equal(d.source, 'goxx');
    }
    assert.deepEqual(problems, []);
  });

  test('the byte column differs from the UTF-16 column on the line with é and 😀', () => {
    const line = SOURCE.split('\n')[3];
    const utf16 = line.indexOf('bad_one');
    const bytes = Buffer.byteLength(line.slice(0, utf16));
    assert.notEqual(bytes, utf16); // otherwise the test above would not exercise the conversion
    assert.equal(utf16IndexOfByteColumn(line, bytes + 1), utf16);
  });

  test('a clean file clears the previous diagnostics', async () => {
    const { provider, collection } = makeProvider(fakeGoxx('marker-goxx.js'));
    await provider.checkDocument(fakeDocument(file, SOURCE));
    assert.equal(collection.get(api.Uri.file(file)).length, 4);
    const fixed = 'package main\n\nfunc main() {}\n';
    fs.writeFileSync(file, fixed);
    try {
      await provider.checkDocument(fakeDocument(file, fixed));
      assert.deepEqual(collection.get(api.Uri.file(file)), []);
    } finally {
      fs.writeFileSync(file, SOURCE);
    }
  });

  test('diagnostics in another file go to that file, resolved against the checked file\'s folder', async () => {
    const text = 'package main\n\nvar other_file_error = 1\n';
    const main = path.join(dir, 'uses-lib.gox');
    fs.writeFileSync(main, text);
    const { provider, collection } = makeProvider(fakeGoxx('marker-goxx.js'));
    await provider.checkDocument(fakeDocument(main, text));
    assert.deepEqual(collection.get(api.Uri.file(main)), []);
    const other = collection.get(api.Uri.file(path.join(dir, 'lib', 'other.gox')));
    assert.equal(other.length, 1);
    assert.equal(other[0].message, 'imported error');
    // Line 2 of lib/other.gox is "\tÄ := 1": byte 1 is the tab, bytes 2-3 are Ä. Byte column 3 falls inside
    // Ä, so the range starts at Ä (UTF-16 index 1) and covers that one-letter identifier.
    assert.deepEqual(rangeOf(other[0]), { line: 1, start: 1, end: 2 });
    fs.writeFileSync(main, 'package main\n');
    await provider.checkDocument(fakeDocument(main, 'package main\n'));
    assert.equal(collection.get(api.Uri.file(path.join(dir, 'lib', 'other.gox'))), undefined);
  });

  test('closing the document removes its diagnostics', async () => {
    const { provider, collection } = makeProvider(fakeGoxx('marker-goxx.js'));
    const doc = fakeDocument(file, SOURCE);
    await provider.checkDocument(doc);
    provider.forget(doc);
    assert.equal(collection.get(api.Uri.file(file)), undefined);
  });

  test('a result that arrives after a newer check started is dropped', async () => {
    const pending = [];
    const runCheck = () => new Promise((resolve) => pending.push(resolve));
    const { provider, collection } = makeProvider('unused', { runCheck });
    const doc = fakeDocument(file, SOURCE);
    const first = provider.checkDocument(doc);
    const second = provider.checkDocument(doc);
    const answer = (message) => ({
      started: true, exitCode: 1, stderr: '',
      stdout: JSON.stringify({ diagnostics: [{ file: 'a.gox', line: 1, column: 1, severity: 'error', message }] }),
    });
    pending[1](answer('newer'));
    await second;
    pending[0](answer('older'));
    await first;
    assert.deepEqual(collection.get(api.Uri.file(file)).map((d) => d.message), ['newer']);
  });
});

describe('a goxx that cannot be used gives one clear diagnostic, never an exception', () => {
  async function singleProblem(goxxPath, options) {
    const { provider, collection, problems } = makeProvider(goxxPath, options);
    await provider.checkDocument(fakeDocument(file, SOURCE));
    const got = collection.get(api.Uri.file(file));
    assert.equal(got.length, 1, `expected one diagnostic, got ${JSON.stringify(got)}`);
    assert.equal(got[0].severity, api.DiagnosticSeverity.Error);
    assert.deepEqual(rangeOf(got[0]), { line: 0, start: 0, end: 0 });
    assert.equal(problems.length, 1);
    assert.equal(problems[0], got[0].message);
    // Saving again with the same problem shows the diagnostic again but does not repeat the pop-up message.
    await provider.checkDocument(fakeDocument(file, SOURCE));
    assert.equal(problems.length, 1);
    return got[0].message;
  }

  test('missing executable', async () => {
    const missing = path.join(dir, 'no-such-goxx');
    const message = await singleProblem(missing);
    assert.match(message, /could not run/);
    assert.ok(message.includes(missing), message);
    assert.match(message, /goxx\.path/);
  });

  test('output that is not JSON', async () => {
    const message = await singleProblem(fakeGoxx('garbage-goxx.js'));
    assert.match(message, /not JSON/);
    assert.match(message, /this is not JSON/); // shows what goxx printed
  });

  test('JSON that breaks the contract', async () => {
    const message = await singleProblem(fakeGoxx('wrong-shape-goxx.js'));
    assert.match(message, /diagnostic #1 has no 1-based integer "line"/);
  });

  test('usage error with only stderr', async () => {
    const message = await singleProblem(fakeGoxx('usage-error-goxx.js'));
    assert.match(message, /exit status 2/);
    assert.match(message, /unknown flag --json/);
  });

  test('no answer within the timeout', async () => {
    const runCheck = (goxxPath, f) => runGoxxCheck(goxxPath, f, { timeoutMs: 300 });
    const message = await singleProblem(fakeGoxx('hanging-goxx.js'), { runCheck });
    assert.match(message, /no answer within 300 ms/);
  });

  test('empty goxx.path', async () => {
    const message = await singleProblem('');
    assert.match(message, /could not run/);
  });
});

describe('check output parsing', () => {
  test('accepts the contract\'s example', () => {
    const r = parseCheckOutput('{"diagnostics":[{"file":"a.gox","line":3,"column":9,"severity":"error","message":"m"}]}');
    assert.deepEqual(r, { ok: true, diagnostics: [{ file: 'a.gox', line: 3, column: 9, severity: 'error', message: 'm' }] });
  });
  test('accepts an empty list', () => assert.deepEqual(parseCheckOutput('{"diagnostics":[]}\n'), { ok: true, diagnostics: [] }));
  for (const [label, text] of [
    ['empty output', ''],
    ['an array', '[]'],
    ['null', 'null'],
    ['missing diagnostics', '{}'],
    ['diagnostics not an array', '{"diagnostics":{}}'],
    ['entry without file', '{"diagnostics":[{"line":1,"column":1,"severity":"error","message":"m"}]}'],
    ['fractional column', '{"diagnostics":[{"file":"a","line":1,"column":1.5,"severity":"error","message":"m"}]}'],
    ['unknown severity', '{"diagnostics":[{"file":"a","line":1,"column":1,"severity":"fatal","message":"m"}]}'],
    ['message not a string', '{"diagnostics":[{"file":"a","line":1,"column":1,"severity":"error","message":3}]}'],
  ]) {
    test(`rejects ${label}`, () => {
      const r = parseCheckOutput(text);
      assert.equal(r.ok, false);
      assert.equal(typeof r.problem, 'string');
    });
  }
});

describe('byte columns to UTF-16 indexes', () => {
  test('ASCII is the identity', () => assert.equal(utf16IndexOfByteColumn('abc', 3), 2));
  test('two-byte character', () => assert.equal(utf16IndexOfByteColumn('éx', 3), 1));
  test('four-byte character takes two UTF-16 units', () => assert.equal(utf16IndexOfByteColumn('😀x', 5), 2));
  test('column inside a character maps to its start', () => assert.equal(utf16IndexOfByteColumn('a😀', 3), 1));
  test('column past the end maps to the end', () => assert.equal(utf16IndexOfByteColumn('ab', 40), 2));
});
