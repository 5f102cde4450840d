// Build dist/: the CLI bundled by esbuild into dist/cli/, one chunk per verb loaded on demand; the
// library (src/index.ts, src/core.ts) into dist/lib/ with its dependencies left to npm; and the
// licence notices of the packages the CLI bundle contains.
// One CLI bundle instead of ~150 ES modules takes 0.15 s off every run (bench/README.md); the layout
// keeps dist/cli/ and dist/lib/ two levels below the package root, where catalog/ and package.json are.
// The runtime dependencies are listed as dependencies so that `npm ls --omit=dev`, `npm audit` and
// library users see them; the CLI bundles them all the same, so it starts without resolving them.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url);
rmSync(new URL('dist', root), { recursive: true, force: true });
const cli = await build({
  absWorkingDir: new URL('.', root).pathname,
  entryPoints: ['./src/cli/entry.ts'],
  outdir: 'dist/cli',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
  // Bundled CommonJS packages (yaml, ipaddr.js) call require() for Node's own modules.
  banner: {
    js: "import { createRequire as portplanRequire } from 'node:module'; const require = portplanRequire(import.meta.url);",
  },
});
await build({
  absWorkingDir: new URL('.', root).pathname,
  entryPoints: ['./src/index.ts', './src/core.ts'],
  outdir: 'dist/lib',
  bundle: true,
  splitting: true,
  packages: 'external',
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
});

// The notices every bundled package's licence asks to ship with copies of its code.
const packages = new Set();
for (const input of Object.keys(cli.metafile.inputs)) {
  const m = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (m) packages.add(m[1]);
}
const notices = [...packages].sort().map((name) => {
  const dir = new URL(`node_modules/${name}/`, root);
  const pkg = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8'));
  const file = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license'].find((f) => {
    try {
      readFileSync(new URL(f, dir));
      return true;
    } catch {
      return false;
    }
  });
  if (!file) throw new Error(`${name} has no licence file to ship with the bundle`);
  const text = readFileSync(new URL(file, dir), 'utf8').trim();
  return `${name} ${pkg.version} (${pkg.license})\n${'-'.repeat(72)}\n${text}\n`;
});
writeFileSync(
  new URL('dist/THIRD-PARTY-NOTICES.txt', root),
  `portplan's command-line bundle (dist/cli/) contains code of these packages, under these licences.\n\n${notices.join('\n')}`,
);
