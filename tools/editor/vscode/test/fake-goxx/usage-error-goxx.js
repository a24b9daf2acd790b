#!/usr/bin/env node
'use strict';
// A goxx that rejects the command line: nothing on stdout, the reason on stderr, exit status 2.
process.stderr.write('goxx: unknown flag --json\n');
process.exit(2);
