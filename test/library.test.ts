// portplan as a library: the package npm would publish installs, imports as ESM, plans, has types,
// and runs its CLI through npx; the file-free core bundles for a browser.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './paths.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  dependencies: Record<string, string>;
};

/** Bundle `entry` for a browser: esbuild fails on any node: module the entry reaches. */
async function bundleForBrowser(entry: string): Promise<string[]> {
  try {
    await build({
      entryPoints: [join(ROOT, entry)],
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'esm',
      logLevel: 'silent',
    });
    return [];
  } catch (error) {
    return (error as { errors: { text: string }[] }).errors.map((e) => e.text);
  }
}

describe('the file-free core', () => {
  it('bundles for a browser: loading from text, planning, aggregating and rendering need no node: module', async () => {
    expect(await bundleForBrowser('src/core.ts')).toEqual([]);
  });

  it('is told apart from the entry that reads files, which does not bundle for a browser', async () => {
    const errors = await bundleForBrowser('src/index.ts');
    expect(errors.some((e) => /node:fs/.test(e))).toBe(true);
  });
});

describe('the published package', () => {
  const dir = mkdtempSync(join(tmpdir(), 'portplan-pack-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('packs, installs, imports as ESM, plans an example, type-checks, and runs through npx', () => {
    // Packed from a copy of the tracked files, so that its build never replaces the dist/ other
    // tests are running.
    const source = join(dir, 'source');
    const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      cwd: ROOT,
      encoding: 'utf8',
    }).split('\0');
    for (const file of files.filter(Boolean)) {
      mkdirSync(dirname(join(source, file)), { recursive: true });
      cpSync(join(ROOT, file), join(source, file));
    }
    symlinkSync(join(ROOT, 'node_modules'), join(source, 'node_modules'));
    const npm = (args: string[], cwd: string) =>
      execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], {
        cwd,
        encoding: 'utf8',
      });
    const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', dir], source)) as {
      filename: string;
      files: { path: string }[];
    }[];
    const tarball = join(dir, (packed[0] as { filename: string }).filename);
    const contents = (packed[0]?.files ?? []).map((f) => f.path);
    for (const expected of [
      'LICENSE',
      'dist/THIRD-PARTY-NOTICES.txt',
      'dist/lib/index.js',
      'dist/lib/core.js',
      'dist/types/index.d.ts',
      'dist/cli/entry.js',
      'catalog/saas-connector.yaml',
      'bin/portplan.js',
    ]) {
      expect(contents).toContain(expected);
    }
    expect(contents.some((f) => f.startsWith('src/') || f.startsWith('test/'))).toBe(false);
    const notices = readFileSync(join(source, 'dist/THIRD-PARTY-NOTICES.txt'), 'utf8');
    for (const name of Object.keys(pkg.dependencies))
      expect(notices).toMatch(new RegExp(`^${name} \\S+ \\(`, 'm'));

    const project = join(dir, 'project');
    mkdirSync(project);
    writeFileSync(
      join(project, 'package.json'),
      '{ "name": "uses-portplan", "private": true, "type": "module" }\n',
    );
    // The dependencies come from this repository's node_modules (linked, their scripts not run),
    // so the test needs no registry; npm resolves portplan's own dependency ranges against them.
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { dependencies?: Record<string, string> }>;
    };
    const closure = new Set<string>();
    const queue = Object.keys(pkg.dependencies);
    for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
      if (closure.has(name)) continue;
      closure.add(name);
      queue.push(...Object.keys(lock.packages[`node_modules/${name}`]?.dependencies ?? {}));
    }
    const folders = [...closure].map((name) => join(ROOT, 'node_modules', name));
    npm(['install', '--offline', '--ignore-scripts', ...folders, tarball], project);
    const installed = readdirSync(join(project, 'node_modules'));
    for (const name of Object.keys(pkg.dependencies)) expect(installed).toContain(name);

    writeFileSync(
      join(project, 'use.ts'),
      `import { aggregateRules, builtinCatalog, findTarget, type Plan, planInventory, readInventory, renderToString } from 'portplan';
import { loadInventory } from 'portplan/core';
const plan: Plan = planInventory(builtinCatalog(), readInventory(process.argv[2] as string));
const again = planInventory(builtinCatalog(), loadInventory('cloud: { region: us-east-1 }\\nconnectors: [{ name: a, address: 10.0.0.1 }]\\n', 'x.yaml'));
const csv = findTarget('csv');
if (!csv) throw new Error('no csv target');
console.log(JSON.stringify({ flows: plan.flows.length, rules: aggregateRules(plan.openings).length, small: again.flows.length, csv: renderToString(csv, { plan }).split('\\n')[0] }));
`,
    );
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noEmit: true,
          types: ['node'],
          typeRoots: [join(ROOT, 'node_modules/@types')],
          skipLibCheck: false,
        },
        files: ['use.ts'],
      }),
    );
    const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', project], {
      encoding: 'utf8',
    });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);

    const used = execFileSync(
      process.execPath,
      [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'use.ts', join(ROOT, 'examples/small.yaml')],
      {
        cwd: project,
        encoding: 'utf8',
      },
    );
    const expected = JSON.parse(
      execFileSync(
        process.execPath,
        [join(ROOT, 'bin/portplan.js'), 'plan', 'examples/small.yaml', '--format', 'json', '--rules'],
        {
          cwd: ROOT,
          encoding: 'utf8',
        },
      ),
    ) as { flows: unknown[]; rules: unknown[] };
    expect(JSON.parse(used)).toEqual({
      flows: expected.flows.length,
      rules: expected.rules.length,
      small: 12,
      csv: expect.stringMatching(/^source_name,source_address,/),
    });

    // `--` keeps --version from npx itself.
    const npx = execFileSync('npx', ['--offline', '--no', '--', 'portplan', '--version'], {
      cwd: project,
      encoding: 'utf8',
    });
    expect(npx).toBe(`${pkg.version}\n`);
  }, 180_000);
});
