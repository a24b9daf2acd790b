'use strict';
// Runs `goxx check --json FILE` once and reports what happened, without interpreting the output.
//
// Consumes: the goxx executable path (setting goxx.path), the absolute path of the file to check.
// Produces: a Promise that always resolves (never rejects) to either
//   {started: true, exitCode, stdout, stderr}   the process ran and exited;
//   {started: true, exitCode: null, ..., problem} it ran but was killed (timeout, signal, too much output);
//   {started: false, problem}                  it could not be started (missing, not executable).
// The child runs in the file's directory so relative "file" fields in its JSON resolve against that directory.
// Output is capped so a runaway child cannot exhaust the editor's memory.

const { execFile } = require('node:child_process');
const path = require('node:path');

const MAX_OUTPUT_BYTES = 8 * 1024 * 1024;
const DEFAULT_TIMEOUT_MS = 30000;

function startProblem(goxxPath, error) {
  if (error.code === 'ENOENT') {
    return `cannot run "${goxxPath}": not found (set "goxx.path" to the goxx driver)`;
  }
  if (error.code === 'EACCES') return `cannot run "${goxxPath}": permission denied`;
  return `cannot run "${goxxPath}": ${error.message}`;
}

function runGoxxCheck(goxxPath, file, { timeoutMs = DEFAULT_TIMEOUT_MS } = {}) {
  return new Promise((resolve) => {
    const options = { cwd: path.dirname(file), timeout: timeoutMs, maxBuffer: MAX_OUTPUT_BYTES, windowsHide: true };
    let child;
    try {
      child = execFile(goxxPath, ['check', '--json', file], options, (error, stdout, stderr) => {
        if (!error) {
          resolve({ started: true, exitCode: 0, stdout, stderr });
          return;
        }
        if (error.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') {
          resolve({ started: true, exitCode: null, stdout: '', stderr, problem: `output exceeded ${MAX_OUTPUT_BYTES} bytes` });
          return;
        }
        // A numeric code means the process ran and exited non-zero; a string code (ENOENT...) means it never ran.
        if (typeof error.code === 'number') {
          resolve({ started: true, exitCode: error.code, stdout, stderr });
          return;
        }
        if (error.killed || error.signal) {
          const problem = error.killed ? `no answer within ${timeoutMs} ms` : `killed by ${error.signal}`;
          resolve({ started: true, exitCode: null, stdout, stderr, problem });
          return;
        }
        resolve({ started: false, problem: startProblem(goxxPath, error) });
      });
    } catch (error) {
      // execFile throws synchronously for arguments it rejects outright (e.g. an empty path).
      resolve({ started: false, problem: startProblem(goxxPath, error) });
      return;
    }
    // goxx reads nothing from stdin; close it so a child that tries does not wait forever.
    if (child.stdin) {
      child.stdin.on('error', () => {});
      child.stdin.end();
    }
  });
}

module.exports = { runGoxxCheck };
