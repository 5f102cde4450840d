#!/usr/bin/env node
// The portplan command: runs the compiled CLI (npm run build makes dist/).
import '../dist/cli/entry.js';
