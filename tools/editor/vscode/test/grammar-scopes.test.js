'use strict';
// Scopes the .gox grammar gives to each kind of token, checked on small sources with the real TextMate
// engine. Expected classifications come from the Go specification's "Lexical elements" section (keywords,
// operators, integer/floating-point/imaginary/rune/string literals), not from the grammar's own output.

const { describe, test } = require('node:test');
const { assertScope, assertScopeInside, assertNotScope } = require('./support/scope-assertions');

describe('keywords', () => {
  const src = [
    'package main',
    'import "fmt"',
    'func main() {',
    '\tch := make(chan int)',
    '\tgo func() { defer close(ch); ch <- 1 }()',
    '\tselect {',
    '\tcase v := <-ch:',
    '\t\tfmt.Println(v)',
    '\tdefault:',
    '\t}',
    '\tgopher, selected, channel, deferred := 1, 2, 3, 4',
    '}',
  ].join('\n');

  for (const [kw, scope] of [
    ['go', 'keyword.control'],
    ['select', 'keyword.control'],
    ['chan', 'keyword.control'],
    ['defer', 'keyword.control'],
    ['case', 'keyword.control'],
    ['default', 'keyword.control'],
    ['func', 'storage.type'],
    ['package', 'storage.type'],
    ['import', 'storage.type'],
  ]) {
    test(`${kw} is ${scope}`, () => assertScope(src, kw, scope));
  }

  test('identifiers that start with a keyword are not keywords', async () => {
    for (const word of ['gopher', 'selected', 'channel', 'deferred']) {
      await assertNotScope(src, word, 'keyword');
    }
  });

  test('every control keyword of the spec', async () => {
    const words = ['break', 'case', 'continue', 'default', 'defer', 'else', 'fallthrough', 'for', 'go', 'goto',
      'if', 'range', 'return', 'select', 'switch', 'chan'];
    for (const w of words) await assertScope(`x ${w} y`, w, 'keyword.control');
  });

  test('every declaration keyword of the spec', async () => {
    for (const w of ['func', 'type', 'struct', 'interface', 'map', 'var', 'const', 'package', 'import']) {
      await assertScope(`x ${w} y`, w, 'storage.type');
    }
  });

  test('a method name after a selector is not a keyword-like builtin', () =>
    assertNotScope('x.len(1)', 'len', 'support.function'));
});

describe('builtins and predeclared identifiers', () => {
  test('builtin functions in calls', async () => {
    const fns = ['len', 'cap', 'append', 'make', 'new', 'panic', 'recover', 'print', 'println', 'close', 'copy',
      'delete', 'min', 'max', 'clear', 'complex', 'real', 'imag'];
    for (const f of fns) await assertScope(`_ = ${f}(x)`, f, 'support.function.builtin');
  });

  test('a variable named like a builtin is not a builtin call', () =>
    assertNotScope('max := 0', 'max', 'support.function'));

  test('predeclared types', async () => {
    const types = ['bool', 'byte', 'rune', 'string', 'error', 'any', 'comparable', 'int', 'int8', 'int16', 'int32',
      'int64', 'uint', 'uint8', 'uint16', 'uint32', 'uint64', 'uintptr', 'float32', 'float64', 'complex64',
      'complex128'];
    for (const t of types) await assertScope(`var x ${t}`, t, 'support.type.builtin');
  });

  test('predeclared constants', async () => {
    await assertScope('x := true', 'true', 'constant.language');
    await assertScope('x := false', 'false', 'constant.language');
    await assertScope('x = nil', 'nil', 'constant.language');
    await assertScope('const c = iota', 'iota', 'constant.language');
  });
});

describe('declarations', () => {
  test('function name', () => assertScope('func worker(id int) {}', 'worker', 'entity.name.function'));
  test('generic function name', () => assertScope('func Sum[N any](xs []N) N {', 'Sum', 'entity.name.function'));
  test('method name after a receiver', () =>
    assertScope('func (s *Stack[T]) Push(v T) {}', 'Push', 'entity.name.function'));
  test('receiver type is not the function name', () =>
    assertNotScope('func (s *Stack[T]) Push(v T) {}', 'Stack', 'entity.name.function'));
  test('function literal has no name', () =>
    assertNotScope('go func(c chan int) error {}', 'error', 'entity.name.function'));
  test('an identifier starting with "func" is not a declaration', async () => {
    await assertNotScope('p.funcAddress()', 'func', 'storage.type');
    await assertNotScope('p.funcAddress()', 'Address', 'entity.name.function');
  });
  test('a function literal returning a function type names nothing', () =>
    assertScope('var h = func() func(int) { return nil }', 'func', 'storage.type', 1));
  test('type name', () => assertScope('type Pair[K comparable, V any] struct {', 'Pair', 'entity.name.type'));
  test('x.(type) is the keyword', () => assertScope('switch v := x.(type) {', 'type', 'storage.type'));
  test('labels', async () => {
    const src = 'Loop:\n\tfor {\n\t\tbreak Loop\n\t}';
    await assertScope(src, 'Loop', 'entity.name.label', 0);
    await assertScope(src, 'Loop', 'entity.name.label', 1);
  });
  test('composite literal keys are not labels', () => assertNotScope('\tKey: "answer",', 'Key', 'entity.name.label'));
});

describe('operators', () => {
  test('receive and send', async () => {
    await assertScope('v := <-ch', '<-', 'keyword.operator.channel');
    await assertScope('ch <- v', '<-', 'keyword.operator.channel');
    await assertScope('var c chan<- int', '<-', 'keyword.operator.channel');
  });
  test('short variable declaration', () => assertScope('v := 1', ':=', 'keyword.operator.assignment'));
  test('multi-character operators stay whole', async () => {
    for (const op of ['<<=', '>>=', '&^=', '&^', '<<', '>>', '&&', '||', '==', '!=', '<=', '>=', '++', '--', '...',
      '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=']) {
      await assertScope(`a ${op} b`, op, 'keyword.operator');
    }
  });
  test('single-character operators', async () => {
    for (const op of ['+', '-', '*', '/', '%', '&', '|', '^', '<', '>', '=', '!', '~']) {
      await assertScope(`a ${op} b`, op, 'keyword.operator');
    }
  });
});

describe('comments', () => {
  test('line comment', () => assertScopeInside('x := 1 // go select chan', '// go select chan', 'comment.line'));
  test('keywords inside a comment are comment', () =>
    assertNotScope('x := 1 // go select chan', 'select', 'keyword'));
  test('block comment across lines', async () => {
    const src = 'a /* first\n go "not a string"\n*/ b';
    await assertScope(src, '/* first', 'comment.block');
    await assertScopeInside(src, ' go "not a string"', 'comment.block');
    await assertNotScope(src, '"not a string"', 'string');
    await assertNotScope(src, 'b', 'comment');
  });
  test('a comment opener inside a string is string', () =>
    assertNotScope('s := "// not a comment"', 'not a comment', 'comment'));
});

describe('interpreted strings', () => {
  const src = String.raw`s := "a\a\b\f\n\r\t\v\\\"z \x7f \u00e9 \U0001F600 \101 \000 \377"`;
  test('whole literal is a double-quoted string', () => assertScopeInside(src, src.slice(5), 'string.quoted.double'));
  for (const esc of ['\\a', '\\b', '\\f', '\\n', '\\r', '\\t', '\\v', '\\\\', '\\"', '\\x7f', '\\u00e9',
    '\\U0001F600', '\\101', '\\000', '\\377']) {
    test(`escape ${esc}`, () => assertScope(src, esc, 'constant.character.escape'));
  }
  test('the literal ends at its closing quote', () =>
    assertScope('s := "x" + y', '+', 'keyword.operator'));
  test('format verbs', async () => {
    const verbs = String.raw`f("%v %+v %#v %T %d %5.2f %-8s %q %x %[2]d %*d %% %w")`;
    for (const v of ['%v', '%+v', '%#v', '%T', '%d', '%5.2f', '%-8s', '%q', '%x', '%[2]d', '%*d', '%%', '%w']) {
      await assertScope(verbs, v, 'constant.other.placeholder');
    }
  });
});

describe('invalid escapes are marked invalid (Go spec: "all other sequences starting with a backslash are illegal")', () => {
  for (const [label, src, piece] of [
    ['unknown letter', String.raw`s := "\q"`, '\\q'],
    ["\\' is legal only in rune literals", String.raw`s := "\'"`, "\\'"],
    ['\\" is legal only in string literals', String.raw`r := '\"'`, '\\"'],
    ['\\x needs two hex digits', String.raw`s := "\x4"`, '\\x'],
    ['\\u needs four hex digits', String.raw`s := "\u12"`, '\\u'],
    ['octal escapes above 255', String.raw`s := "\400"`, '\\4'],
    ['surrogate halves are not code points', String.raw`s := "\uD800"`, '\\u'],
    ['\\U above U+10FFFF', String.raw`r := '\U00110000'`, '\\U'],
    ['\\8 is not octal', String.raw`s := "\8"`, '\\8'],
  ]) {
    test(label, () => assertScope(src, piece, 'invalid.illegal'));
  }
});

describe('raw strings', () => {
  const src = 'r := `C:\\dir\\n "q" \'c\' // no comment\nsecond line %d`\nx := 1';
  test('backslashes are not escapes', () => assertNotScope(src, '\\n', 'constant.character.escape'));
  test('quotes and comment markers are string content', async () => {
    await assertScopeInside(src, '"q" \'c\' // no comment', 'string.quoted.raw');
    await assertNotScope(src, '// no comment', 'comment');
  });
  test('spans lines', () => assertScopeInside(src, 'second line ', 'string.quoted.raw'));
  test('ends at the backquote', () => assertNotScope(src, 'x := 1', 'string'));
});

describe('rune literals', () => {
  for (const r of ["'a'", "'é'", "'本'", String.raw`'\''`, String.raw`'\n'`, String.raw`'\x41'`, String.raw`'\u12e4'`,
    String.raw`'\U00101234'`, String.raw`'\000'`]) {
    test(r, () => assertScope(`x := ${r}`, r, 'string.quoted.single'));
  }
  test('escape inside a rune', () => assertScope(String.raw`x := '\t'`, '\\t', 'constant.character.escape'));
});

describe('numbers', () => {
  const cases = [
    ['42', 'constant.numeric.integer.decimal'],
    ['0', 'constant.numeric.integer.decimal'],
    ['1_000_000', 'constant.numeric.integer.decimal'],
    ['0755', 'constant.numeric.integer.octal'],
    ['0o755', 'constant.numeric.integer.octal'],
    ['0O_7', 'constant.numeric.integer.octal'],
    ['0xBadFace', 'constant.numeric.integer.hexadecimal'],
    ['0x_67_7a_2f', 'constant.numeric.integer.hexadecimal'],
    ['0b1010_1010', 'constant.numeric.integer.binary'],
    ['0B1', 'constant.numeric.integer.binary'],
    ['3.14159', 'constant.numeric.float.decimal'],
    ['1.', 'constant.numeric.float.decimal'],
    ['.25', 'constant.numeric.float.decimal'],
    ['6.022e23', 'constant.numeric.float.decimal'],
    ['1E-9', 'constant.numeric.float.decimal'],
    ['1_5.0_1e+1_0', 'constant.numeric.float.decimal'],
    ['0123.5', 'constant.numeric.float.decimal'],
    ['089.5', 'constant.numeric.float.decimal'],
    ['0x1p-2', 'constant.numeric.float.hexadecimal'],
    ['0X1.Fp+0', 'constant.numeric.float.hexadecimal'],
    ['0x.8p1', 'constant.numeric.float.hexadecimal'],
    ['0x_1FFFp-16', 'constant.numeric.float.hexadecimal'],
    ['1.5i', 'constant.numeric.imaginary'],
    ['0123i', 'constant.numeric.imaginary'],
    ['0i', 'constant.numeric.imaginary'],
    ['0x1p3i', 'constant.numeric.imaginary'],
    ['0b101i', 'constant.numeric.imaginary'],
    ['1e3i', 'constant.numeric.imaginary'],
  ];
  for (const [lit, scope] of cases) {
    test(`${lit} is ${scope}`, () => assertScope(`x := ${lit} + y`, lit, scope));
  }
  // Each of these is rejected by the spec's grammar for int_lit/float_lit.
  for (const bad of ['089', '0x', '0b102', '1__0', '1_', '0x1.8', '0o8']) {
    test(`${bad} is invalid`, () => assertScope(`x := ${bad} + y`, bad, 'invalid.illegal'));
  }
  test('digits inside identifiers are not numbers', () => assertNotScope('x1 := v2', '1', 'constant.numeric'));
});
