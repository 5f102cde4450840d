// Build dist/: the CLI bundled by esbuild into dist/cli/, one chunk per verb loaded on demand.
// One bundle instead of ~150 ES modules takes 0.15 s off every run (bench/README.md); the layout
// keeps dist/cli/ two levels below the package root, where catalog/ and package.json are found.
// The runtime dependencies are bundled too; package.json lists them as dependencies so that
// `npm ls --omit=dev`, `npm audit` and library users (src/index.ts) see them.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: ['src/cli/entry.ts'],
  outdir: 'dist/cli',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  // Bundled CommonJS packages (yaml, ipaddr.js) call require() for Node's own modules.
  banner: {
    js: "import { createRequire as portplanRequire } from 'node:module'; const require = portplanRequire(import.meta.url);",
  },
});
