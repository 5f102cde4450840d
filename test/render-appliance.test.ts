// The appliance targets (nsx, paloalto, fortigate, cisco-asa) rendered by the CLI over the examples
// and their own fixtures, compared with goldens; UPDATE_GOLDENS=1 rewrites them.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIREWALLS } from '../src/targets/registry.js';
import { portplan } from './cli.js';
import { ROOT } from './paths.js';

const CASES: Readonly<Record<string, readonly [golden: string, inventory: string][]>> = {
  nsx: [
    ['small', 'examples/small.yaml'],
    ['large', 'examples/large.yaml'],
    ['vmc', 'test/fixtures/render-vmc.yaml'],
  ],
  paloalto: [
    ['small', 'examples/small.yaml'],
    ['large', 'examples/large.yaml'],
  ],
  fortigate: [
    ['small', 'examples/small.yaml'],
    ['large', 'examples/large.yaml'],
  ],
  'cisco-asa': [
    ['small', 'examples/small.yaml'],
    ['large', 'examples/large.yaml'],
  ],
};

/** The golden file's text, or the rendered output written over it when UPDATE_GOLDENS=1. */
function golden(path: string, actual: string): string {
  const file = join(ROOT, 'test/golden/render', path);
  if (process.env.UPDATE_GOLDENS === '1') {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
  }
  return readFileSync(file, 'utf8');
}

describe.each(Object.entries(CASES))('render --target %s', (target, cases) => {
  it.each(cases)('%s matches its golden', (name, inventory) => {
    const ext = FIREWALLS.find((t) => t.name === target)?.extension;
    const r = portplan(['render', inventory, '--target', target]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(golden(`${target}/${name}${ext}`, r.stdout));
  });
});
