// The target registry's contract, run for every entry; and the helpers the listings share.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinCatalog } from '../catalog/read.js';
import { csvField } from '../common/csv.js';
import { markdownCell } from '../common/tables.js';
import { loadInventory } from '../inventory/load.js';
import { aggregateRules } from '../plan/aggregate.js';
import { planInventory } from '../plan/plan.js';
import type { Plan } from '../plan/types.js';
import { formatPorts } from './_columns.js';
import { renderToString } from './_target.js';
import { TARGET_NAMES, TARGETS } from './registry.js';

const EMPTY: Plan = {
  catalog: { name: 'c', source: 's' },
  region: 'us-east-1',
  flows: [],
  openings: [],
  interpretations: {},
  warnings: [{ message: 'w' }],
};

const V6 = loadInventory(
  [
    'cloud: { region: eu-west-1 }',
    'connectors: [{ name: sc-v6, address: "2001:db8::11" }]',
    'services: { dns: ["2001:db8::53"] }',
    'sources:',
    '  vmware: [{ vcenter: "2001:db8:1::5", esxi: ["2001:db8:2::/120"] }]',
  ].join('\n'),
  'v6.yaml',
);

describe('the target registry', () => {
  it('has unique names and extensions', () => {
    expect(new Set(TARGET_NAMES).size).toBe(TARGETS.length);
    expect(new Set(TARGETS.map((t) => t.extension)).size).toBe(TARGETS.length);
  });

  it.each(TARGETS.map((t) => [t.name, t] as const))('%s has golden cases for flows and rules', (_, t) => {
    for (const name of ['small', 'small-rules']) {
      expect(existsSync(new URL(`../../test/golden/plan/${name}${t.extension}`, import.meta.url))).toBe(true);
    }
  });
});

describe.each(TARGETS.map((t) => [t.name, t] as const))('target %s', (_, target) => {
  it('renders an empty plan and empty rules without failing, ending in a line break', () => {
    for (const rules of [undefined, []]) {
      const out = renderToString(target, { plan: EMPTY, rules });
      expect(out.endsWith('\n')).toBe(true);
    }
  });

  it('renders IPv6 ends, CIDRs and wildcard FQDNs as written', () => {
    const plan = planInventory(builtinCatalog(), V6);
    const out = renderToString(target, { plan, rules: aggregateRules(plan.openings) });
    expect(out).toContain('2001:db8::11');
    expect(out).toContain('2001:db8:2::/120');
    expect(out).toContain('*.s3.eu-west-1.amazonaws.com');
  });

  it('yields the same output in pieces as the whole', () => {
    const plan = planInventory(builtinCatalog(), V6);
    const pieces = [...target.render({ plan })];
    expect(pieces.join('')).toBe(renderToString(target, { plan }));
  });
});

describe('json', () => {
  it('is byte for byte JSON.stringify of the documented envelope, rules only when asked', () => {
    const plan = planInventory(builtinCatalog(), V6);
    const json = TARGETS.find((t) => t.name === 'json');
    if (!json) throw new Error('no json target');
    for (const rules of [undefined, aggregateRules(plan.openings), []]) {
      const doc = {
        format: 'portplan-plan',
        version: 2,
        catalog: plan.catalog,
        region: plan.region,
        warnings: plan.warnings,
        interpretations: plan.interpretations,
        flows: plan.flows,
        ...(rules ? { rules } : {}),
      };
      expect(renderToString(json, { plan, rules })).toBe(`${JSON.stringify(doc, null, 2)}\n`);
    }
    expect(JSON.parse(renderToString(json, { plan: EMPTY }))).toEqual({
      format: 'portplan-plan',
      version: 2,
      catalog: { name: 'c', source: 's' },
      region: 'us-east-1',
      warnings: [{ message: 'w' }],
      interpretations: {},
      flows: [],
    });
  });
});

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'],
    ['', ''],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['+1', "'+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['-2', "'-2"],
  ])('%j → %j', (input, output) => {
    expect(csvField(input)).toBe(output);
  });
});

describe('formatPorts', () => {
  it('lists ports and ranges, or any', () => {
    expect(formatPorts([80, 443])).toBe('80, 443');
    expect(formatPorts([53], [[1000, 2000]])).toBe('53, 1000-2000');
    expect(formatPorts('any')).toBe('any');
  });
});

describe('markdownCell', () => {
  it('escapes pipes, asterisks, backslashes and angle brackets, and joins lines with <br>', () => {
    expect(markdownCell('a|b *c* \\d <e>')).toBe('a\\|b \\*c\\* \\\\d &lt;e>');
    expect(markdownCell(['x', 'y'])).toBe('x<br>y');
  });
});
