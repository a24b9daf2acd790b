'use strict';
// The slice of the VS Code API the goxx extension uses, implemented in plain objects so tests can run the
// provider and the extension entry point outside VS Code. Shapes follow the vscode.d.ts declarations:
// Range(startLine, startCharacter, endLine, endCharacter) with .start/.end positions, Diagnostic(range,
// message, severity) with a writable .source, DiagnosticSeverity numbering Error=0 .. Hint=3, Uri.file.

class Position {
  constructor(line, character) {
    this.line = line;
    this.character = character;
  }
}

class Range {
  constructor(startLine, startCharacter, endLine, endCharacter) {
    this.start = new Position(startLine, startCharacter);
    this.end = new Position(endLine, endCharacter);
  }
}

class Diagnostic {
  constructor(range, message, severity) {
    this.range = range;
    this.message = message;
    this.severity = severity;
    this.source = undefined;
  }
}

const DiagnosticSeverity = { Error: 0, Warning: 1, Information: 2, Hint: 3 };

const Uri = {
  file: (fsPath) => ({ scheme: 'file', fsPath, toString: () => `file://${fsPath}` }),
};

// A DiagnosticCollection keyed by fsPath, recording every call so tests can check what was replaced.
class FakeDiagnosticCollection {
  constructor(name) {
    this.name = name;
    this.entries = new Map();
    this.disposed = false;
  }
  set(uri, diagnostics) { this.entries.set(uri.fsPath, diagnostics); }
  delete(uri) { this.entries.delete(uri.fsPath); }
  get(uri) { return this.entries.get(uri.fsPath); }
  dispose() { this.disposed = true; }
}

// A complete fake `vscode` module for loading src/extension.js: event registrations are captured so the test
// can fire them, settings come from `settings`, and window messages are recorded.
function fakeVscodeModule(settings) {
  const handlers = { save: [], close: [] };
  const messages = [];
  const collections = [];
  const subscription = (list, fn) => { list.push(fn); return { dispose() {} }; };
  const api = {
    Position, Range, Diagnostic, DiagnosticSeverity, Uri,
    languages: {
      createDiagnosticCollection(name) {
        const c = new FakeDiagnosticCollection(name);
        collections.push(c);
        return c;
      },
    },
    workspace: {
      getConfiguration(section) {
        return { get: (key, fallback) => (`${section}.${key}` in settings ? settings[`${section}.${key}`] : fallback) };
      },
      onDidSaveTextDocument: (fn) => subscription(handlers.save, fn),
      onDidCloseTextDocument: (fn) => subscription(handlers.close, fn),
    },
    window: {
      showWarningMessage: (m) => { messages.push({ level: 'warning', text: m }); return Promise.resolve(); },
      showErrorMessage: (m) => { messages.push({ level: 'error', text: m }); return Promise.resolve(); },
    },
  };
  return { api, handlers, messages, collections };
}

// A document as VS Code would hand it to onDidSaveTextDocument, read from disk.
function fakeDocument(fsPath, text, languageId = 'gox') {
  return { uri: Uri.file(fsPath), fileName: fsPath, languageId, getText: () => text };
}

const api = { Position, Range, Diagnostic, DiagnosticSeverity, Uri };

module.exports = { api, FakeDiagnosticCollection, fakeVscodeModule, fakeDocument };
