'use strict';
// The Vim support files (ftdetect, syntax, indent, ftplugin) run in a real headless Vim. Expected syntax
// classes come from the Go specification's lexical elements, expected indentation from gofmt's layout (the
// fixtures are gofmt-formatted), not from the plugin's own output.

const { describe, test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { syntaxDump, syntaxDumps, reindent } = require('./vim-host');

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const fixturesDir = path.join(repoRoot, 'tools', 'editor', 'vscode', 'test', 'fixtures');

// Asserts each byte of the `occurrence`-th `piece` in `text` is in one of `groups` according to `dump`.
function assertGroup(dump, text, piece, groups, occurrence = 0) {
  let offset = -1;
  for (let i = 0; i <= occurrence; i++) {
    offset = text.indexOf(piece, offset + 1);
    assert.notEqual(offset, -1, `no occurrence #${occurrence} of ${JSON.stringify(piece)}`);
  }
  const before = text.slice(0, offset).split('\n');
  const row = dump.rows[before.length - 1];
  const startByte = Buffer.byteLength(before[before.length - 1]);
  const wanted = [].concat(groups);
  for (let b = startByte; b < startByte + Buffer.byteLength(piece); b++) {
    assert.ok(wanted.includes(row[b]), `${JSON.stringify(piece)} byte ${b - startByte}: ${row[b] || '(none)'}, expected ${wanted.join('|')}`);
  }
}

function assertNotGroup(dump, text, piece, groups) {
  const offset = text.indexOf(piece);
  assert.notEqual(offset, -1);
  const before = text.slice(0, offset).split('\n');
  const row = dump.rows[before.length - 1];
  const startByte = Buffer.byteLength(before[before.length - 1]);
  for (let b = startByte; b < startByte + Buffer.byteLength(piece); b++) {
    assert.ok(![].concat(groups).includes(row[b]), `${JSON.stringify(piece)} must not be ${row[b]}`);
  }
}

describe('ftdetect and ftplugin', () => {
  const dump = syntaxDump(path.join(fixturesDir, 'concurrency.gox'));
  test('*.gox is filetype gox', () => assert.equal(dump.filetype, 'gox'));
  test('syntax/gox.vim is loaded', () => assert.equal(dump.syntax, 'gox'));
  test('commentstring is Go\'s line comment', () => assert.equal(dump.commentstring, '// %s'));
  test('indent/gox.vim is loaded', () => assert.equal(dump.indentexpr, 'GoxIndent(v:lnum)'));
});

describe('syntax', () => {
  const text = [
    'package main',
    'func (s *Stack[T]) Push(v T) { go work(); defer done(); var c chan<- int; select {} }',
    'x := "a\\n\\x41\\u00e9\\U0001F600\\101 %5.2f \\q \\\' \\400" // go chan',
    "r := '\\'' + 'é' + '\\\"'",
    'raw := `C:\\n "x" // y`',
    '/* block go',
    'comment */ n := 0x1p-2 + 0o17 + 017 + 0b1 + 1_000 + .5 + 1e3i + 089 + 089.5',
    'Loop:',
    '\tbreak Loop',
    'max := len(xs)',
    'v, ok := <-ch',
  ].join('\n');
  const dump = syntaxDump(text, { isText: true });

  test('concurrency keywords', () => {
    for (const kw of ['go', 'defer', 'chan']) assertGroup(dump, text, kw, 'goxConcurrency');
    assertGroup(dump, text, 'select', 'goxConditional');
  });
  test('declarations', () => {
    assertGroup(dump, text, 'func', 'goxDeclaration');
    assertGroup(dump, text, 'Push', 'goxFunction');
    assertNotGroup(dump, text, 'Stack', 'goxFunction');
  });
  test('string escapes and format verbs', () => {
    for (const esc of ['\\n', '\\x41', '\\u00e9', '\\U0001F600', '\\101']) assertGroup(dump, text, esc, 'goxEscape');
    assertGroup(dump, text, '%5.2f', 'goxFormatVerb');
  });
  test('illegal escapes', () => {
    assertGroup(dump, text, '\\q', 'goxEscapeError');
    assertGroup(dump, text, "\\'", 'goxEscapeError', 0); // in a string
    assertGroup(dump, text, '\\4', 'goxEscapeError');
    assertGroup(dump, text, '\\"', 'goxEscapeError'); // in a rune
  });
  test('runes', () => {
    assertGroup(dump, text, "\\'", 'goxRuneQuote', 1);
    assertGroup(dump, text, "'é'", 'goxRune');
  });
  test('comments', () => {
    assertGroup(dump, text, '// go chan', 'goxComment');
    assertGroup(dump, text, '/* block go', 'goxComment');
    assertGroup(dump, text, 'comment */', 'goxComment');
  });
  test('raw strings have no escapes and no comments', () => {
    assertGroup(dump, text, '`C:\\n "x" // y`', 'goxRawString');
  });
  test('numbers', () => {
    assertGroup(dump, text, '0x1p-2', 'goxHexFloat');
    assertGroup(dump, text, '0o17', 'goxOctal');
    assertGroup(dump, text, '017', 'goxOctal');
    assertGroup(dump, text, '0b1', 'goxBinary');
    assertGroup(dump, text, '1_000', 'goxDecimal');
    assertGroup(dump, text, '.5', 'goxFloat');
    assertGroup(dump, text, '1e3i', 'goxImaginary');
    assertGroup(dump, text, '089 ', ['goxNumberError', '']);
    assertGroup(dump, text, '089.5', 'goxFloat');
  });
  test('labels', () => {
    assertGroup(dump, text, 'Loop', 'goxLabelName', 0);
    assertGroup(dump, text, 'Loop', 'goxLabelName', 1);
  });
  test('builtins only when called', () => {
    assertGroup(dump, text, 'len', 'goxBuiltinFunc');
    assertNotGroup(dump, text, 'max', 'goxBuiltinFunc');
  });
  test('channel and define operators', () => {
    assertGroup(dump, text, '<-', 'goxChannelOp');
    assertGroup(dump, text, ':=', 'goxDefineOp');
  });
});

function goxFilesUnder(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return goxFilesUnder(full);
    return e.isFile() && e.name.endsWith('.gox') ? [full] : [];
  }).sort();
}

describe('no error highlighting in valid .gox files', () => {
  const files = [...goxFilesUnder(path.join(repoRoot, 'samples')), ...goxFilesUnder(path.join(repoRoot, 'tests')),
    ...goxFilesUnder(fixturesDir).filter((f) => !path.basename(f).startsWith('invalid-'))];
  const errorsDir = path.join(repoRoot, 'tests', 'errors') + path.sep;
  const dumps = syntaxDumps(files);
  for (const file of files) {
    test(path.relative(repoRoot, file), () => {
      const dump = dumps.get(file);
      assert.equal(dump.filetype, 'gox');
      const lines = fs.readFileSync(file, 'utf8').split('\n');
      dump.rows.forEach((row, i) => {
        // In tests/errors, a line with an `// ERROR` expectation may hold a deliberate lexical error.
        if (file.startsWith(errorsDir) && /\/\/\s*ERROR\b/.test(lines[i])) return;
        const bad = row.findIndex((g) => g === 'goxEscapeError' || g === 'goxNumberError');
        assert.equal(bad, -1, `line ${i + 1} byte ${bad + 1}: ${row[bad]} in ${JSON.stringify(lines[i])}`);
      });
    });
  }
});

describe('indentation reproduces gofmt layout', () => {
  for (const name of ['layout.gox', 'concurrency.gox', 'generics.gox']) {
    const original = fs.readFileSync(path.join(fixturesDir, name), 'utf8').replace(/\n$/, '');
    test(`${name} with syntax on`, () => assert.equal(reindent(original), original));
    test(`${name} with syntax off`, () => assert.equal(reindent(original, { syntax: false }), original));
  }
});
