// The nsx target: which rows it takes, on which gateway, and requests of the shapes the NSX Policy API documents.
import { describe, expect, it } from 'vitest';
import { checkShapes, type NsxRequest } from '../../test/nsx-shapes.js';
import { builtinCatalog } from '../catalog/read.js';
import { addressBlock } from '../common/address.js';
import { loadInventory } from '../inventory/load.js';
import { aggregateRules } from '../plan/aggregate.js';
import { planInventory } from '../plan/plan.js';
import type { FirewallInput, FirewallRule } from './_firewall.js';
import { prepareFirewall } from './_firewall.js';
import { AVS_TIER1, nsx, nsxRequests } from './nsx.js';
import { FIREWALLS } from './registry.js';

const INVENTORY = loadInventory(
  `cloud: { region: us-west-2 }
connectors: [{ name: sc-01, address: 10.20.0.11 }]
sources:
  vmware:
    - { name: vmc01, vcenter: vcenter.sddc-1.vmwarevmc.com, esxi: [10.2.0.0/26], platform: vmc }
    - { name: avs01, vcenter: 10.60.0.2, esxi: [10.60.0.16/28], platform: avs }
    - { name: vc01, vcenter: 10.30.0.2, esxi: [10.30.0.0/28], platform: on-prem }
`,
  'site.yaml',
);
const PLAN = planInventory(builtinCatalog(), INVENTORY);
const OPTIONS = { chainMode: 'host' as const, region: 'us-west-2' };

function render(input: Omit<FirewallInput, 'header' | 'options'>) {
  const text = [...nsx.render({ ...input, header: ['h'], options: OPTIONS })].join('');
  return JSON.parse(text) as { portplan: { header: string[] }; requests: NsxRequest[] };
}
describe('nsx', () => {
  const prepared = prepareFirewall(nsx, PLAN, aggregateRules(PLAN.openings), OPTIONS, FIREWALLS);
  const { requests } = render(prepared);

  it('takes only the VMC and AVS rows, on the gateway the vendor document names', () => {
    expect(prepared.rules.every((r) => r.workloads.every((w) => w === 'vmc' || w === 'avs'))).toBe(true);
    const rules = requests.filter((r) => r.body.resource_type === 'Rule');
    const where = rules.map(
      (r) =>
        `${(r.body.description as string).split(' ')[1]} ${r.path.split('/')[6]} ${(r.body.scope as string[])[0]}`,
    );
    expect(where).toEqual([
      'vmc-vcenter-api mgw /infra/labels/mgw',
      'vmc-esxi-file-recovery mgw /infra/labels/mgw',
      'vmc-compute-any cgw /infra/labels/cgw-all',
      `avs-vcenter-api default /infra/tier-1s/${AVS_TIER1}`,
      `avs-esxi-file-recovery default /infra/tier-1s/${AVS_TIER1}`,
      `avs-any default /infra/tier-1s/${AVS_TIER1}`,
      `avs-esxi-vadp default /infra/tier-1s/${AVS_TIER1}`,
    ]);
    // Management Gateway rules name system-defined groups and VMware's HTTPS service; the
    // connector's "any" rule opens every service; AVS rules carry the document's note.
    expect(rules[0]?.body).toMatchObject({
      destination_groups: ['/infra/domains/mgw/groups/VCENTER'],
      services: ['/infra/services/HTTPS'],
    });
    expect(rules[2]?.body).toMatchObject({ destination_groups: ['ANY'], services: ['ANY'] });
    expect(rules[3]?.body.notes).toMatch(/gateway firewall, as the cloud provider documents it/);
    checkShapes(requests);
  });

  it('keeps hostile names and comments inside JSON strings, and long port lists within 15 values', () => {
    const block = addressBlock('10.0.0.1', 'ip') as never;
    const hostile = '"}]}\n{"evil": true} \u0000 </script> \\';
    const rule: FirewallRule = {
      id: 'r001',
      direction: 'out',
      local: false,
      transport: 'udp',
      ports: Array.from({ length: 20 }, (_, i) => 1000 + i),
      portRanges: [
        [2000, 2010],
        [3000, 3010],
      ],
      anyPort: false,
      sources: [{ kind: 'block', block, text: '10.0.0.1', name: hostile }],
      destinations: [{ kind: 'block', block, text: '10.0.0.1' }],
      requirements: ['x'],
      workloads: ['avs'],
      refs: [],
      purpose: hostile.repeat(300),
      note: hostile,
      comment: hostile.repeat(300),
    };
    const out = render({ rules: [rule], omitted: [] });
    checkShapes(out.requests);
    const group = out.requests.find((r) => r.body.resource_type === 'Group');
    expect(group?.body.display_name).toContain(hostile);
    const service = out.requests.find((r) => r.body.resource_type === 'Service');
    expect((service?.body.service_entries as unknown[] | undefined)?.length).toBe(2);
    expect(nsxRequests({ rules: [], omitted: [], header: [], options: OPTIONS })).toEqual([]);
  });

  it('cuts long text without cutting a character in half (no lone \\ud83d in the JSON)', () => {
    const [rule] = prepared.rules;
    if (!rule) throw new Error('no rule');
    const emoji = '\u{1F600}';
    // The 254th unit of each cut text is the first half of the emoji.
    const p = 'p'.repeat(253 - `portplan ${rule.id} `.length);
    const long = { ...rule, comment: `${'x'.repeat(1022)}${emoji}y`, purpose: `${p}${emoji}q` };
    const text = [...nsx.render({ rules: [long], omitted: [], header: [], options: OPTIONS })].join('');
    expect(text).not.toMatch(/\\ud8[0-9a-f]{2}/);
    const ruleBody = render({ rules: [long], omitted: [] }).requests.find(
      (r) => r.body.resource_type === 'Rule',
    );
    expect(ruleBody?.body.description).toBe(`${'x'.repeat(1022)}…`);
    expect(ruleBody?.body.display_name).toBe(`portplan ${rule.id} ${p}…`);
  });
});
