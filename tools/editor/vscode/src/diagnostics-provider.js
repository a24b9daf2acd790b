'use strict';
// Turns `goxx check --json` runs into VS Code diagnostics for .gox documents.
//
// Consumes: the VS Code API object (injected, so tests can pass a fake one; this file never requires
// 'vscode'), a DiagnosticCollection created from it, a function returning the goxx path (setting goxx.path),
// and documents shaped like vscode.TextDocument (uri.fsPath, languageId, version, getText()).
// Produces: for each checked document, the collection holds exactly the diagnostics of its latest finished
// check, keyed by the file each diagnostic names (a check may report errors in other files); when goxx cannot
// be run or answers garbage, a single Error diagnostic at the top of the checked document says why, and
// onToolProblem (if given) is told once per distinct problem so the extension can show a message.
//
// Invariants: a check that finishes after a newer check of the same document started is discarded, so the
// collection never goes back to stale results. Entries this provider set for a document's previous check are
// cleared before the new ones are set. All work happens on the extension host's single JavaScript thread;
// the only concurrency is overlapping asynchronous checks, handled by the generation counter.

const fs = require('node:fs');
const path = require('node:path');
const { parseCheckOutput, excerpt } = require('./check-output');
const { runGoxxCheck } = require('./goxx-process');
const { utf16IndexOfByteColumn } = require('./byte-columns');

const SOURCE = 'goxx';
const IDENTIFIER_CHAR = /[\p{L}\p{N}_]/u;

class DiagnosticsProvider {
  constructor({ api, collection, goxxPath, onToolProblem = () => {}, runCheck = runGoxxCheck }) {
    this.api = api;
    this.collection = collection;
    this.goxxPath = goxxPath;
    this.onToolProblem = onToolProblem;
    this.runCheck = runCheck;
    this.generation = new Map(); // checked file -> number of the newest check started for it
    this.published = new Map(); // checked file -> fsPaths its newest finished check set diagnostics on
    this.reportedProblems = new Set();
  }

  // Checks one document; resolves when its diagnostics are in the collection (or the result was stale).
  async checkDocument(document) {
    const file = document.uri.fsPath;
    const generation = (this.generation.get(file) || 0) + 1;
    this.generation.set(file, generation);
    const goxxPath = this.goxxPath();
    const run = await this.runCheck(goxxPath, file);
    if (this.generation.get(file) !== generation) return;
    const byFile = this.diagnosticsFromRun(run, document, goxxPath);
    this.publish(file, byFile);
  }

  // Removes everything the checks of `document` put into the collection (e.g. when it is closed).
  forget(document) {
    const file = document.uri.fsPath;
    this.generation.set(file, (this.generation.get(file) || 0) + 1);
    this.publish(file, new Map());
  }

  diagnosticsFromRun(run, document, goxxPath) {
    const file = document.uri.fsPath;
    const problem = this.toolProblem(run);
    if (problem) {
      const message = `goxx check could not run: ${problem}`;
      this.reportToolProblem(message);
      return new Map([[file, [this.toolDiagnostic(message)]]]);
    }
    const parsed = parseCheckOutput(run.stdout);
    if (!parsed.ok) {
      const message = `goxx check gave unusable output (${goxxPath}, exit status ${run.exitCode}): ${parsed.problem}`;
      this.reportToolProblem(message);
      return new Map([[file, [this.toolDiagnostic(message)]]]);
    }
    const byFile = new Map([[file, []]]);
    const lines = new LineSource(document);
    for (const entry of parsed.diagnostics) {
      const target = path.resolve(path.dirname(file), entry.file);
      if (!byFile.has(target)) byFile.set(target, []);
      byFile.get(target).push(this.toDiagnostic(entry, lines.linesOf(target)));
    }
    return byFile;
  }

  // Why a run produced nothing usable, judged before looking at stdout; null if stdout should be parsed.
  toolProblem(run) {
    if (!run.started) return run.problem;
    if (run.problem) return run.problem;
    // 0 and 1 are the only statuses the contract defines; anything else (usage error, crash) with no output
    // is reported with its stderr, which is where such failures explain themselves.
    if (run.exitCode !== 0 && run.exitCode !== 1 && run.stdout.trim() === '') {
      return `exit status ${run.exitCode}: ${excerpt(run.stderr)}`;
    }
    return null;
  }

  reportToolProblem(message) {
    if (this.reportedProblems.has(message)) return;
    this.reportedProblems.add(message);
    this.onToolProblem(message);
  }

  toolDiagnostic(message) {
    const { Diagnostic, DiagnosticSeverity, Range } = this.api;
    const d = new Diagnostic(new Range(0, 0, 0, 0), message, DiagnosticSeverity.Error);
    d.source = SOURCE;
    return d;
  }

  // lines: the target file's lines, or null when they cannot be read (then byte columns are used as-is).
  toDiagnostic(entry, lines) {
    const { Diagnostic, Range } = this.api;
    let line = entry.line - 1;
    if (lines && line >= lines.length) line = Math.max(lines.length - 1, 0);
    const text = lines ? lines[line] : null;
    const start = text === null ? entry.column - 1 : utf16IndexOfByteColumn(text, entry.column);
    const end = text === null ? start : tokenEnd(text, start);
    const d = new Diagnostic(new Range(line, start, line, end), entry.message, this.severity(entry.severity));
    d.source = SOURCE;
    return d;
  }

  severity(name) {
    const s = this.api.DiagnosticSeverity;
    if (name === 'error') return s.Error;
    if (name === 'warning') return s.Warning;
    if (name === 'hint') return s.Hint;
    return s.Information;
  }

  publish(checkedFile, byFile) {
    for (const old of this.published.get(checkedFile) || []) {
      if (!byFile.has(old)) this.collection.delete(this.api.Uri.file(old));
    }
    for (const [target, diagnostics] of byFile) {
      this.collection.set(this.api.Uri.file(target), diagnostics);
    }
    this.published.set(checkedFile, [...byFile.keys()]);
  }
}

// The underline covers the identifier starting at `start`, or one character when something else is there,
// so that a diagnostic is visible even without a length in goxx's output.
function tokenEnd(text, start) {
  if (start >= text.length) return start;
  let end = start;
  for (const ch of text.slice(start)) {
    if (!IDENTIFIER_CHAR.test(ch)) break;
    end += ch.length;
  }
  if (end > start) return end;
  return start + String.fromCodePoint(text.codePointAt(start)).length;
}

// Lines of the checked document come from the editor buffer (what goxx just read from disk on save); other
// files named by goxx are read from disk once per check.
class LineSource {
  constructor(document) {
    this.cache = new Map([[document.uri.fsPath, splitLines(document.getText())]]);
  }

  linesOf(file) {
    if (this.cache.has(file)) return this.cache.get(file);
    let lines = null;
    try {
      lines = splitLines(fs.readFileSync(file, 'utf8'));
    } catch (_) {
      lines = null;
    }
    this.cache.set(file, lines);
    return lines;
  }
}

function splitLines(text) {
  return text.split(/\r?\n/);
}

module.exports = { DiagnosticsProvider };
