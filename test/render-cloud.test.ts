// `portplan render` for the cloud targets (aws-sg, aws-sg-json, azure-nsg) over the shipped examples:
// goldens compared byte for byte (UPDATE_GOLDENS=1 rewrites them), and every golden parsed as what
// it claims to be.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { portplan } from './cli.js';
import { ROOT } from './paths.js';
import { parseTerraform } from './terraform.js';

const TARGETS = [
  { name: 'aws-sg', ext: '.tf' },
  { name: 'aws-sg-json', ext: '.json' },
  { name: 'azure-nsg', ext: '.tf' },
] as const;

/** The output compared with its golden file, or written there when UPDATE_GOLDENS=1. */
function golden(path: string, text: string): void {
  const file = join(ROOT, 'test/golden/render', path);
  if (process.env.UPDATE_GOLDENS === '1') {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    return;
  }
  expect(existsSync(file), `${file} is missing: run with UPDATE_GOLDENS=1 and review it`).toBe(true);
  expect(text).toBe(readFileSync(file, 'utf8'));
}

describe.each(TARGETS)('portplan render --target $name', ({ name, ext }) => {
  for (const example of ['small', 'large']) {
    it(`examples/${example}.yaml --connector sc-01`, async () => {
      const r = portplan(['render', `examples/${example}.yaml`, '--target', name, '--connector', 'sc-01']);
      expect(r.status).toBe(0);
      golden(`${name}/${example}${ext}`, r.stdout);
      if (ext === '.tf') await parseTerraform(r.stdout);
      else JSON.parse(r.stdout);
    });
  }

  it('asks which connector when the inventory has more than one', () => {
    const r = portplan(['render', 'examples/small.yaml', '--target', name]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/give --connector NAME \(one of: sc-01, sc-02\)/);
  });
});
