'use strict';
// Runs the real Vim, headless, with tools/editor/vim prepended to its runtimepath and nothing else of the
// user's configuration (-u NONE -i NONE), on a file, and returns what a driver script (dump-syntax.vim or
// reindent.vim) wrote. Filetype detection, syntax and indent are switched on before the file is read, the
// way a user's vimrc does, so ftdetect/gox.vim is exercised too.
//
// Consumes: file paths or source text, the driver name. Produces: the driver's output (JSON or lines).
// Fails (throws) when Vim is not installed: these tests exist to check the Vim files and do not skip.

const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const pluginDir = path.join(__dirname, '..');
const VIM = process.env.VIM_BINARY || 'vim';

function runVim(files, driver, env = {}) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gox-vim-'));
  const out = path.join(tmp, 'out');
  try {
    execFileSync(VIM, ['-N', '-u', 'NONE', '-i', 'NONE', '-n', '-es',
      '--cmd', `set runtimepath^=${pluginDir.replace(/([ ,\\])/g, '\\$1')}`,
      '--cmd', 'filetype plugin indent on', '--cmd', 'syntax on',
      '-S', path.join(__dirname, driver), ...[].concat(files)], {
      env: { ...process.env, GOX_DUMP: out, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 60000,
    });
  } catch (error) {
    if (error.code === 'ENOENT') throw new Error(`Vim is not installed (tried "${VIM}"); install the Debian package "vim"`);
    // -es exits non-zero when any command failed; the output file tells whether the driver still finished.
    if (!fs.existsSync(out)) throw new Error(`vim failed on ${files}: ${error.message}\n${error.stderr}`);
  }
  try {
    return fs.readFileSync(out, 'utf8');
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

// Writes `text` to a temporary .gox file and runs `driver` on it.
function runVimOnText(text, driver, env) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gox-src-'));
  const file = path.join(tmp, 'snippet.gox');
  fs.writeFileSync(file, text);
  try {
    return runVim(file, driver, env);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

// Syntax dump of one file, or of `text` written to a temporary .gox file.
function syntaxDump(fileOrText, { isText = false } = {}) {
  if (isText) return Object.values(JSON.parse(runVimOnText(fileOrText, 'dump-syntax.vim')))[0];
  return JSON.parse(runVim(fileOrText, 'dump-syntax.vim'))[fileOrText];
}

// Syntax dumps of many files from a single Vim run: a Map from each path to its dump.
function syntaxDumps(files) {
  if (files.length === 0) return new Map();
  const all = JSON.parse(runVim(files, 'dump-syntax.vim'));
  return new Map(files.map((f) => [f, all[f]]));
}

function reindent(text, { syntax = true } = {}) {
  const raw = runVimOnText(text, 'reindent.vim', syntax ? {} : { GOX_SYNTAX_OFF: '1' });
  return raw.replace(/\n$/, '');
}

module.exports = { syntaxDump, syntaxDumps, reindent };
