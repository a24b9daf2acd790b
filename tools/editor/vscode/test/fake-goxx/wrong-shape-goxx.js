#!/usr/bin/env node
'use strict';
// Valid JSON that breaks the contract: line numbers are 1-based, so 0 is not a line.
process.stdout.write(JSON.stringify({ diagnostics: [{ file: 'a.gox', line: 0, column: 1, severity: 'error', message: 'm' }] }));
process.exit(1);
