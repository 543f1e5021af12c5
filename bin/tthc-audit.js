#!/usr/bin/env node
// Node 22+ keeps compiled code between runs (a faster start); Node 20 has no such cache.
import module from 'node:module';

module.enableCompileCache?.();
await import('../dist/main.js');
