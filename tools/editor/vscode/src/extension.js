'use strict';
// VS Code entry point for .gox files: wires the editor's events to the goxx diagnostics provider.
//
// Consumes: the real 'vscode' module (only this file requires it) and the settings goxx.path and
// goxx.checkOnSave. Produces: a DiagnosticCollection named "goxx" refreshed each time a .gox document is saved,
// cleared for a document when it is closed; problems running goxx are shown once as a warning message.
// Syntax highlighting needs no code: package.json contributes the grammar and language configuration.

const vscode = require('vscode');
const { DiagnosticsProvider } = require('./diagnostics-provider');

const LANGUAGE_ID = 'gox';

function activate(context) {
  const collection = vscode.languages.createDiagnosticCollection('goxx');
  const settings = () => vscode.workspace.getConfiguration('goxx');
  const provider = new DiagnosticsProvider({
    api: vscode,
    collection,
    goxxPath: () => settings().get('path', 'goxx') || 'goxx',
    onToolProblem: (message) => vscode.window.showWarningMessage(message),
  });
  const isGox = (document) => document.languageId === LANGUAGE_ID && document.uri.scheme === 'file';
  context.subscriptions.push(
    collection,
    vscode.workspace.onDidSaveTextDocument((document) => {
      if (!isGox(document) || !settings().get('checkOnSave', true)) return;
      // checkDocument reports goxx failures itself; this catch is only for bugs in the provider.
      provider.checkDocument(document).catch((error) => {
        vscode.window.showErrorMessage(`goxx: checking ${document.uri.fsPath} failed: ${error.message}`);
      });
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      if (isGox(document)) provider.forget(document);
    }),
  );
}

function deactivate() {}

module.exports = { activate, deactivate };
