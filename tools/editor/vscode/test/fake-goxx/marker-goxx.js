#!/usr/bin/env node
'use strict';
// Stands in for `goxx check --json FILE` in the diagnostics tests. It knows no Go: it reports an error at every
// identifier spelled bad_*, a warning at every unused_*, and an error in lib/other.gox for every
// other_file_error, computing columns in UTF-8 bytes exactly as the driver's contract says. The tests compute
// the expected VS Code ranges from the source text independently.
const fs = require('node:fs');
const path = require('node:path');

const args = process.argv.slice(2);
if (args.length !== 3 || args[0] !== 'check' || args[1] !== '--json' || !path.isAbsolute(args[2])) {
  process.stderr.write(`marker-goxx: expected "check --json ABSOLUTE_FILE", got ${JSON.stringify(args)}\n`);
  process.exit(2);
}
const file = args[2];
const relative = path.relative(process.cwd(), file);
const diagnostics = [];
fs.readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
  for (const m of line.matchAll(/\b(bad|unused|other_file)_\w*/g)) {
    const column = Buffer.byteLength(line.slice(0, m.index), 'utf8') + 1;
    if (m[1] === 'bad') {
      diagnostics.push({ file: relative, line: i + 1, column, severity: 'error', message: `undefined: ${m[0]}` });
    } else if (m[1] === 'unused') {
      diagnostics.push({ file: relative, line: i + 1, column, severity: 'warning', message: `declared and not used: ${m[0]}` });
    } else {
      diagnostics.push({ file: 'lib/other.gox', line: 2, column: 3, severity: 'error', message: 'imported error' });
    }
  }
});
process.stdout.write(JSON.stringify({ diagnostics }) + '\n');
process.exit(diagnostics.some((d) => d.severity === 'error') ? 1 : 0);
