// Generated files the repo commits stay equal to what generates them; `init` writes a usable starter.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { largeExample } from '../bench/generate.js';
import { builtinCatalog } from '../src/catalog/read.js';
import { loadInventory } from '../src/inventory/load.js';
import { STARTER_INVENTORY } from '../src/inventory/starter.js';
import { planInventory } from '../src/plan/plan.js';
import { portplan } from './cli.js';

describe('committed generated files', () => {
  it.each(['inventory', 'catalog'])('schema/%s.schema.json is what `portplan schema` prints', (which) => {
    const r = portplan(['schema', which]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(readFileSync(`schema/${which}.schema.json`, 'utf8'));
    const schema = JSON.parse(r.stdout) as { $schema: string; additionalProperties: boolean };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.additionalProperties).toBe(false);
  });

  it('examples/large.yaml is what bench/generate.ts makes, with 2 connectors and thousands of hosts', () => {
    const text = readFileSync('examples/large.yaml', 'utf8');
    expect(text).toBe(largeExample());
    const inv = loadInventory(text, 'examples/large.yaml');
    expect(inv.connectors).toHaveLength(2);
    const s = inv.sources;
    const hosts =
      s.vmware.flatMap((v) => [...(v.vcenter ? [v.vcenter] : []), ...v.esxi]).length +
      s.hyperv.flatMap((h) => [h.host, ...h.guests]).length +
      s.physical.length +
      s.oracle.length +
      s.mssql.length +
      s.nas.length;
    expect(hosts).toBeGreaterThan(3000);
    expect(Object.values(inv.sources).every((list) => list.length > 0)).toBe(true);
  });
});

describe('portplan init', () => {
  const dir = mkdtempSync(join(tmpdir(), 'portplan-init-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a commented starter inventory that plans, and will not overwrite it', () => {
    const first = portplan(['init'], { cwd: dir });
    expect(first.status).toBe(0);
    expect(first.stderr).toBe('wrote portplan.yaml; next: portplan plan portplan.yaml\n');
    const text = readFileSync(join(dir, 'portplan.yaml'), 'utf8');
    expect(text).toBe(STARTER_INVENTORY);
    expect(text).toMatch(/^# portplan inventory/);
    const plan = planInventory(builtinCatalog(), loadInventory(text, 'portplan.yaml'));
    expect(plan.openings.filter((f) => f.workload === 'vmware')).toHaveLength(3);
    expect(plan.warnings).toEqual([]);
    const again = portplan(['init'], { cwd: dir });
    expect(again.status).toBe(2);
    expect(again.stderr).toBe('portplan: portplan.yaml exists; pass --force to replace it\n');
    expect(portplan(['init', '--force'], { cwd: dir }).status).toBe(0);
    expect(portplan(['init', '-'], { cwd: dir }).stdout).toBe(STARTER_INVENTORY);
    expect(existsSync(join(dir, '-'))).toBe(false);
  });
});
