'use strict';
// Loads the extension's TextMate grammar into the real engine VS Code uses (vscode-textmate driving the
// Oniguruma regex library compiled to WebAssembly), so tests see exactly the scopes an editor would show.
//
// Consumes: syntaxes/gox.tmLanguage.json (via package.json's contributes.grammars, so a wrong path there fails
// too). Produces: tokenize(text) -> one entry per token: {line, column, text, scopes} where line/column are
// 1-based and scopes is the full scope stack, outermost first (always starting with "source.gox").
//
// The engine keeps state across lines (block comments, raw strings), so a file is tokenized line by line with
// each line's end state fed into the next, as an editor does.

const fs = require('node:fs');
const path = require('node:path');
const vsctm = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

const extensionRoot = path.join(__dirname, '..', '..');

function contributedGrammar() {
  const manifest = JSON.parse(fs.readFileSync(path.join(extensionRoot, 'package.json'), 'utf8'));
  const [contribution] = manifest.contributes.grammars.filter((g) => g.language === 'gox');
  if (!contribution) throw new Error('package.json contributes no grammar for language "gox"');
  return contribution;
}

let grammarPromise = null;

async function loadGrammar() {
  const wasm = fs.readFileSync(path.join(path.dirname(require.resolve('vscode-oniguruma')), 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const contribution = contributedGrammar();
  const grammarPath = path.join(extensionRoot, contribution.path);
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName) => {
      if (scopeName !== contribution.scopeName) return null;
      return vsctm.parseRawGrammar(fs.readFileSync(grammarPath, 'utf8'), grammarPath);
    },
  });
  const grammar = await registry.loadGrammar(contribution.scopeName);
  if (!grammar) throw new Error(`grammar ${contribution.scopeName} did not load from ${grammarPath}`);
  return grammar;
}

function grammar() {
  if (!grammarPromise) grammarPromise = loadGrammar();
  return grammarPromise;
}

async function tokenize(text) {
  const g = await grammar();
  const tokens = [];
  let state = vsctm.INITIAL;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const result = g.tokenizeLine(line, state);
    for (const t of result.tokens) {
      const end = Math.min(t.endIndex, line.length);
      if (end <= t.startIndex) continue; // the engine's zero-width token on an empty line carries no text
      tokens.push({ line: i + 1, column: t.startIndex + 1, text: line.slice(t.startIndex, end), scopes: t.scopes });
    }
    state = result.ruleStack;
  }
  return tokens;
}

module.exports = { tokenize };
