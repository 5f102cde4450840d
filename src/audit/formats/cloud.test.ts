// The cloud formats (aws-sg, azure-nsg, nsx) over fixtures written from the providers' documented
// exports (test/fixtures/audit/<format>/X.json): each is detected as its folder's format, parses
// without throwing, keeps what it cannot read, and gives the verdicts X.expected.json lists.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flowQuery } from '../../../test/audit-query.js';
import { ROOT } from '../../../test/paths.js';
import { evaluate, flowVerdict } from '../evaluate.js';
import type { Hook } from '../model.js';
import { nsxAtGateway } from './nsx.js';
import { detectFormat, FORMATS } from './registry.js';

interface Expected {
  readonly unreadable: readonly string[];
  readonly flows: readonly {
    readonly hook: Hook;
    readonly from: string;
    readonly to: string;
    readonly protocol: 'tcp' | 'udp';
    readonly ports: readonly string[];
    readonly verdict: string;
    /** Words of the deciding rule's id or text. */
    readonly rule?: string;
    readonly dependsOn?: string;
    /** NSX: the gateway the flow crosses. */
    readonly gateway?: string;
  }[];
}

const DIR = join(ROOT, 'test/fixtures/audit');
const CLOUD = ['aws-sg', 'azure-nsg', 'nsx'];
const cases = CLOUD.flatMap((format) =>
  readdirSync(join(DIR, format))
    .filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'))
    .map((f) => ({ format, name: f.replace(/\.json$/, '') })),
);

describe.each(cases)('$format fixture $name', ({ format, name }) => {
  const file = `test/fixtures/audit/${format}/${name}.json`;
  const text = readFileSync(join(ROOT, file), 'utf8');
  const expected = JSON.parse(readFileSync(join(DIR, format, `${name}.expected.json`), 'utf8')) as Expected;

  it('is detected as its format, and keeps what it cannot read', () => {
    expect(detectFormat(text)?.name).toBe(format);
    const ruleset = detectFormat(text, format)?.parse(text, file);
    const why = (ruleset?.unreadable ?? []).map((u) => `${u.origin.id ?? ''} ${u.origin.text}: ${u.why}`);
    expect(why).toHaveLength(expected.unreadable.length);
    for (const words of expected.unreadable) expect(why.join('\n')).toContain(words);
  });

  it.each(expected.flows)(
    '$hook $protocol $from → $to $ports: $verdict',
    ({ hook, from, to, protocol, ports, verdict, rule, dependsOn, gateway }) => {
      const parsed = detectFormat(text, format)?.parse(text, file);
      if (!parsed) throw new Error('no parser');
      const ruleset = gateway ? nsxAtGateway(parsed, gateway) : parsed;
      const v = flowVerdict(evaluate(ruleset, hook, flowQuery(from, to, protocol, ports)));
      const deciding = v.deciding.map((o) => `${o.id ?? ''} ${o.text}`).join('\n');
      expect({ verdict: v.verdict, deciding, dependsOn: v.dependsOn }).toMatchObject({ verdict });
      if (rule) expect(deciding).toContain(rule);
      if (dependsOn) expect(v.dependsOn.join('\n')).toContain(dependsOn);
      if (verdict !== 'depends-on' && verdict !== 'partial') expect(v.dependsOn).toEqual([]);
    },
  );
});

describe('cloud formats on what is not their shape', () => {
  const odd = [
    '',
    'not json at all',
    '{"SecurityGroups": 5}',
    '[1, 2, {"a": null}]',
    '{"securityRules": "x"}',
    'null',
  ];
  it.each(CLOUD)('%s never throws, and leaves every flow in doubt or blocked', (format) => {
    const parser = FORMATS.find((f) => f.name === format);
    for (const text of odd) {
      const ruleset = parser?.parse(text, 'odd.json');
      if (!ruleset) throw new Error('no parser');
      for (const hook of ['input', 'output', 'forward'] as const) {
        if (!ruleset.hooks[hook]) continue;
        const v = flowVerdict(evaluate(ruleset, hook, flowQuery('10.0.0.1', '10.0.0.2', 'tcp', ['443'])));
        expect(v.verdict, `${format} ${JSON.stringify(text)} ${hook}`).not.toBe('allowed');
      }
    }
  });
});
