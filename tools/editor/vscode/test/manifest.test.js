'use strict';
// The extension manifest and language configuration: what VS Code reads before any code runs. Checks that the
// pieces point at each other (language id, file extension, grammar scope, paths), and that the indentation
// rules indent Go the way gofmt lays it out (block openers indent the next line; closers and case/default
// labels dedent their own line).

const { describe, test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const readJson = (relative) => JSON.parse(fs.readFileSync(path.join(root, relative), 'utf8'));

describe('package.json', () => {
  const [language] = manifest.contributes.languages;
  const [grammar] = manifest.contributes.grammars;

  test('declares language gox for *.gox', () => {
    assert.equal(language.id, 'gox');
    assert.deepEqual(language.extensions, ['.gox']);
  });
  test('grammar file exists and has the contributed scope name', () => {
    assert.equal(grammar.language, 'gox');
    assert.equal(grammar.scopeName, 'source.gox');
    assert.equal(readJson(grammar.path).scopeName, 'source.gox');
  });
  test('language configuration file exists and parses', () => assert.ok(readJson(language.configuration).comments));
  test('entry point exists', () => assert.ok(fs.existsSync(path.join(root, manifest.main))));
  test('goxx.path defaults to "goxx"', () =>
    assert.equal(manifest.contributes.configuration.properties['goxx.path'].default, 'goxx'));
  test('activates for the gox language', () => assert.ok(manifest.activationEvents.includes('onLanguage:gox')));
  test('the TextMate engine is a pinned dev dependency, not shipped', () => {
    assert.equal(manifest.dependencies, undefined);
    assert.match(manifest.devDependencies['vscode-textmate'], /^\d+\.\d+\.\d+$/);
    assert.match(manifest.devDependencies['vscode-oniguruma'], /^\d+\.\d+\.\d+$/);
  });
});

describe('language-configuration.json', () => {
  const config = readJson('language-configuration.json');
  // VS Code evaluates these patterns as JavaScript regular expressions.
  const increase = new RegExp(config.indentationRules.increaseIndentPattern);
  const decrease = new RegExp(config.indentationRules.decreaseIndentPattern);

  test('comment tokens are Go\'s', () => {
    assert.equal(config.comments.lineComment, '//');
    assert.deepEqual(config.comments.blockComment, ['/*', '*/']);
  });
  test('all three bracket pairs and the three quote kinds auto-close', () => {
    const opens = config.autoClosingPairs.map((p) => p.open);
    for (const o of ['{', '[', '(', '"', "'", '`']) assert.ok(opens.includes(o), `${o} does not auto-close`);
  });
  for (const line of ['func main() {', '\tfor i := range 10 {', 'import (', 'var xs = []int{', '\tswitch x {  // note',
    '\tcase 1:', '\tcase a, b: // both', '\tdefault:', '\tselect {', 'type T struct {', '\tf(a,']) {
    test(`indents after ${JSON.stringify(line)}`, () => assert.ok(increase.test(line)));
  }
  for (const line of ['\tx := 1', '\treturn f(x)', '\ts := "{"', '\t}', '\tfmt.Println("(")', '// comment {',
    '\tm := map[string]int{}', '\tgo func() { work() }()']) {
    test(`does not indent after ${JSON.stringify(line)}`, () => assert.ok(!increase.test(line)));
  }
  for (const line of ['}', '\t}', '\t})', ')', '\t]', '\tcase x:', '\tcase <-done:', '\tdefault:']) {
    test(`dedents ${JSON.stringify(line)}`, () => assert.ok(decrease.test(line)));
  }
  for (const line of ['\tx := y', '\tcases := 1', '\tdefaultValue := 2', '\treturn']) {
    test(`does not dedent ${JSON.stringify(line)}`, () => assert.ok(!decrease.test(line)));
  }
  test('region folding markers', () => {
    assert.ok(new RegExp(config.folding.markers.start).test('\t// region setup'));
    assert.ok(new RegExp(config.folding.markers.end).test('\t// endregion'));
  });
});
