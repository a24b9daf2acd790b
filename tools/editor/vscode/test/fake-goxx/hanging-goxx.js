#!/usr/bin/env node
'use strict';
// A goxx that never answers; the provider must give up after its timeout.
setInterval(() => {}, 1000);
