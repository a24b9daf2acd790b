'use strict';
// Reads what `goxx check --json FILE` prints and validates it against the driver's contract.
//
// Consumes: the process's stdout text. The contract (shared with tools/ driver): stdout is exactly one JSON
// object {"diagnostics":[{"file","line","column","severity","message"}]}, line and column 1-based, column
// counted in bytes of the UTF-8 line; exit status 1 when any diagnostic is an error.
// Produces: {ok: true, diagnostics: [...]} with every entry checked, or {ok: false, problem} describing in one
// sentence why the output cannot be used. Never throws: a broken or foreign `goxx` must surface as a message
// to the user, not as an exception inside the editor.

const SEVERITIES = new Set(['error', 'warning', 'note', 'info', 'hint']);
const EXCERPT_LENGTH = 120;

function excerpt(text) {
  const oneLine = text.trim().replace(/\s+/g, ' ');
  if (oneLine.length === 0) return '(no output)';
  return oneLine.length <= EXCERPT_LENGTH ? oneLine : `${oneLine.slice(0, EXCERPT_LENGTH)}...`;
}

function isPositiveInteger(v) {
  return Number.isInteger(v) && v >= 1;
}

// Returns a problem string for the first field that breaks the contract, or null when the entry is usable.
function entryProblem(entry, index) {
  const where = `diagnostic #${index + 1}`;
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return `${where} is not an object`;
  if (typeof entry.file !== 'string' || entry.file === '') return `${where} has no "file" string`;
  if (!isPositiveInteger(entry.line)) return `${where} has no 1-based integer "line"`;
  if (!isPositiveInteger(entry.column)) return `${where} has no 1-based integer "column"`;
  if (typeof entry.message !== 'string') return `${where} has no "message" string`;
  if (!SEVERITIES.has(entry.severity)) return `${where} has unknown severity ${JSON.stringify(entry.severity)}`;
  return null;
}

function parseCheckOutput(stdout) {
  let document;
  try {
    document = JSON.parse(stdout);
  } catch (_) {
    return { ok: false, problem: `output is not JSON: ${excerpt(stdout)}` };
  }
  if (document === null || typeof document !== 'object' || !Array.isArray(document.diagnostics)) {
    return { ok: false, problem: `output has no "diagnostics" array: ${excerpt(stdout)}` };
  }
  for (let i = 0; i < document.diagnostics.length; i++) {
    const problem = entryProblem(document.diagnostics[i], i);
    if (problem) return { ok: false, problem: `output is malformed: ${problem}` };
  }
  return { ok: true, diagnostics: document.diagnostics };
}

module.exports = { parseCheckOutput, excerpt };
