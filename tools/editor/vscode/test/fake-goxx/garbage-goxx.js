#!/usr/bin/env node
'use strict';
// A goxx that answers something other than the JSON contract (an old driver without --json, say).
process.stdout.write('a.gox:3:9: undefined: x\nthis is not JSON\n');
process.exit(1);
