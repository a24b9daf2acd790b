'use strict';
// Assertions over tokenized text: "this exact piece of source is one or more whole tokens, each carrying
// scope S". A scope matches when it equals S or extends it by dot-separated parts (TextMate's own prefix rule:
// "keyword.control" matches "keyword.control.select.gox").
//
// The piece must start and end on token boundaries; that is what rules out matching "go" inside "gopher".

const assert = require('node:assert/strict');
const { tokenize } = require('./textmate-host');

function hasScope(token, scope) {
  return token.scopes.some((s) => s === scope || s.startsWith(`${scope}.`));
}

// Finds the `occurrence`-th (0-based) appearance of `piece` in `source` and returns the tokens that exactly
// cover it. `piece` may not span lines.
function tokensCovering(tokens, source, piece, occurrence = 0) {
  let offset = -1;
  for (let i = 0; i <= occurrence; i++) {
    offset = source.indexOf(piece, offset + 1);
    assert.notEqual(offset, -1, `source has no occurrence #${occurrence} of ${JSON.stringify(piece)}`);
  }
  const before = source.slice(0, offset).split('\n');
  const line = before.length;
  const startColumn = before[before.length - 1].length + 1;
  const endColumn = startColumn + piece.length;
  const covering = tokens.filter(
    (t) => t.line === line && t.column < endColumn && t.column + t.text.length > startColumn,
  );
  const describe = () => covering.map((t) => `${JSON.stringify(t.text)} [${t.scopes.join(' ')}]`).join(', ');
  assert.ok(covering.length > 0, `no token covers ${JSON.stringify(piece)}`);
  assert.equal(covering[0].column, startColumn, `${JSON.stringify(piece)} does not start a token: ${describe()}`);
  const last = covering[covering.length - 1];
  assert.equal(last.column + last.text.length, endColumn, `${JSON.stringify(piece)} does not end a token: ${describe()}`);
  return covering;
}

async function assertScope(source, piece, scope, occurrence = 0) {
  const tokens = await tokenize(source);
  const covering = tokensCovering(tokens, source, piece, occurrence);
  for (const t of covering) {
    assert.ok(hasScope(t, scope), `${JSON.stringify(piece)} should have scope ${scope}, got [${t.scopes.join(' ')}]`);
  }
}

// Tokens overlapping the `occurrence`-th appearance of `piece`, without requiring token boundaries: for
// checks on the inside of strings and comments, whose content is one long token.
async function tokensOverlapping(source, piece, occurrence) {
  const tokens = await tokenize(source);
  let offset = -1;
  for (let i = 0; i <= occurrence; i++) {
    offset = source.indexOf(piece, offset + 1);
    assert.notEqual(offset, -1, `source has no occurrence #${occurrence} of ${JSON.stringify(piece)}`);
  }
  const before = source.slice(0, offset).split('\n');
  const line = before.length;
  const start = before[before.length - 1].length + 1;
  const end = start + piece.length;
  return tokens.filter((t) => t.line === line && t.column < end && t.column + t.text.length > start);
}

async function assertScopeInside(source, piece, scope, occurrence = 0) {
  for (const t of await tokensOverlapping(source, piece, occurrence)) {
    assert.ok(hasScope(t, scope), `${JSON.stringify(piece)} should be inside ${scope}, got [${t.scopes.join(' ')}]`);
  }
}

async function assertNotScope(source, piece, scope, occurrence = 0) {
  for (const t of await tokensOverlapping(source, piece, occurrence)) {
    assert.ok(!hasScope(t, scope), `${JSON.stringify(piece)} must not have ${scope}: [${t.scopes.join(' ')}]`);
  }
}

module.exports = { hasScope, tokensCovering, assertScope, assertScopeInside, assertNotScope };
