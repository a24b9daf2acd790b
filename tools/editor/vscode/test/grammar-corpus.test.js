'use strict';
// Tokenizes every .gox file in the repository (samples/, tests/, and this folder's fixtures/) with the real
// TextMate engine and checks properties that hold for any valid Go source, whatever it contains:
//   - no token is scoped invalid.* (valid Go has no illegal escapes or malformed numbers);
//   - a Go keyword outside strings and comments is always its own token with a keyword scope;
//   - a number outside strings and comments is always scoped constant.numeric;
//   - quote characters outside strings and comments never appear unscoped (the string rules stayed in sync).
// The keyword list and literal forms are the Go specification's; the files are globbed at test time because
// other parts of the project keep adding them.
//
// Exempt from the "no invalid" rule: fixtures named invalid-*.gox (they exist to test invalid marking), and in
// files under tests/errors/ (programs that are wrong on purpose) the lines carrying an `// ERROR "..."`
// expectation, since the expected error may be a lexical one such as an unknown escape.

const { describe, test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { tokenize } = require('./support/textmate-host');
const { hasScope } = require('./support/scope-assertions');

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const fixturesDir = path.join(__dirname, 'fixtures');

const KEYWORDS = ['break', 'case', 'chan', 'const', 'continue', 'default', 'defer', 'else', 'fallthrough', 'for',
  'func', 'go', 'goto', 'if', 'import', 'interface', 'map', 'package', 'range', 'return', 'select', 'struct',
  'switch', 'type', 'var'];
const KEYWORD_RE = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${KEYWORDS.join('|')})(?![\\p{L}\\p{N}_])`, 'gu');
const NUMBER_START_RE = /(?<![\p{L}\p{N}_.])\.?[0-9]/u;

function goxFilesUnder(dir) {
  if (!fs.existsSync(dir)) return [];
  const found = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) found.push(...goxFilesUnder(full));
    } else if (entry.isFile() && entry.name.endsWith('.gox')) {
      found.push(full);
    }
  }
  return found.sort();
}

const projectFiles = [...goxFilesUnder(path.join(repoRoot, 'samples')), ...goxFilesUnder(path.join(repoRoot, 'tests'))];
const fixtureFiles = goxFilesUnder(fixturesDir);

function mayBeInvalid(file) {
  return file.startsWith(fixturesDir + path.sep) && path.basename(file).startsWith('invalid-');
}

// 1-based numbers of the lines on which an invalid scope is acceptable in `file`.
function linesExpectingErrors(file, lines) {
  const expected = new Set();
  if (!file.startsWith(path.join(repoRoot, 'tests', 'errors') + path.sep)) return expected;
  lines.forEach((line, i) => {
    if (/\/\/\s*ERROR\b/.test(line)) expected.add(i + 1);
  });
  return expected;
}

function inLiteralOrComment(token) {
  return hasScope(token, 'string') || hasScope(token, 'comment');
}

const where = (file, t) => `${path.relative(repoRoot, file)}:${t.line}:${t.column} ${JSON.stringify(t.text)} [${t.scopes.join(' ')}]`;

async function checkFile(file) {
  const text = fs.readFileSync(file, 'utf8');
  const tokens = await tokenize(text);

  const lines = text.split(/\r?\n/);
  const rebuilt = lines.map(() => '');
  for (const t of tokens) rebuilt[t.line - 1] += t.text;
  assert.deepEqual(rebuilt, lines, `${file}: tokens do not cover the text exactly`);

  if (!mayBeInvalid(file)) {
    const excused = linesExpectingErrors(file, lines);
    const invalid = tokens.filter((t) => hasScope(t, 'invalid') && !excused.has(t.line));
    assert.equal(invalid.length, 0, `invalid scopes:\n${invalid.map((t) => where(file, t)).join('\n')}`);
  }
  for (const t of tokens) {
    if (inLiteralOrComment(t)) continue;
    for (const m of t.text.matchAll(KEYWORD_RE)) {
      assert.ok(m[0] === t.text && (hasScope(t, 'keyword') || hasScope(t, 'storage.type')),
        `keyword ${m[0]} not scoped as a keyword: ${where(file, t)}`);
    }
    if (!hasScope(t, 'constant.numeric') && !hasScope(t, 'invalid')) {
      assert.ok(!NUMBER_START_RE.test(t.text), `number not scoped constant.numeric: ${where(file, t)}`);
    }
    assert.ok(!/["'`]/.test(t.text), `quote outside a string or rune: ${where(file, t)}`);
  }
  return tokens;
}

describe(`project .gox files (${projectFiles.length} found under samples/ and tests/)`, () => {
  for (const file of projectFiles) {
    test(path.relative(repoRoot, file), () => checkFile(file));
  }
});

describe('own fixtures', () => {
  test('fixtures exist', () => assert.ok(fixtureFiles.length >= 4, `only ${fixtureFiles.length} fixtures found`));

  for (const file of fixtureFiles) {
    test(path.basename(file), () => checkFile(file));
  }

  test('together they exercise every token class the grammar knows', async () => {
    const seen = new Set();
    for (const file of fixtureFiles.filter((f) => !mayBeInvalid(f))) {
      for (const t of await tokenize(fs.readFileSync(file, 'utf8'))) {
        for (const s of t.scopes) seen.add(s);
        if (hasScope(t, 'keyword.control')) seen.add(`keyword:${t.text}`);
      }
    }
    const needed = ['keyword:go', 'keyword:select', 'keyword:chan', 'keyword:defer', 'keyword:fallthrough',
      'constant.character.escape.gox', 'constant.character.escape.hex.gox', 'constant.character.escape.unicode.gox',
      'constant.character.escape.octal.gox', 'string.quoted.raw.gox', 'string.quoted.single.rune.gox',
      'comment.line.double-slash.gox', 'comment.block.gox', 'constant.numeric.integer.decimal.gox',
      'constant.numeric.integer.hexadecimal.gox', 'constant.numeric.integer.octal.gox',
      'constant.numeric.integer.binary.gox', 'constant.numeric.float.decimal.gox',
      'constant.numeric.float.hexadecimal.gox', 'constant.numeric.imaginary.gox', 'entity.name.function.gox',
      'entity.name.type.gox', 'entity.name.label.gox', 'keyword.operator.channel.gox',
      'keyword.operator.assignment.define.gox', 'constant.other.placeholder.gox', 'support.function.builtin.gox',
      'support.type.builtin.gox', 'constant.language.nil.gox', 'constant.language.iota.gox'];
    const missing = needed.filter((s) => !seen.has(s));
    assert.deepEqual(missing, [], 'fixtures no longer cover these');
  });

  test('invalid-escapes.gox: every declaration line holds an invalid escape', async () => {
    const file = path.join(fixturesDir, 'invalid-escapes.gox');
    const tokens = await tokenize(fs.readFileSync(file, 'utf8'));
    const declarationLines = [...new Set(tokens.filter((t) => t.text === 'var').map((t) => t.line))];
    assert.ok(declarationLines.length >= 8);
    for (const line of declarationLines) {
      const onLine = tokens.filter((t) => t.line === line);
      assert.ok(onLine.some((t) => hasScope(t, 'invalid.illegal')), `line ${line} has no invalid escape`);
    }
  });
});
