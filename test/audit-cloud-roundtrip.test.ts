// Round trip for the cloud targets: portplan's own render goldens (aws-sg-json, azure-nsg's NSG
// rules, nsx) read back by the audit parsers and audited against the plan they were rendered from:
// every required flow between addresses is allowed (or depends on a name the target itself wrote:
// a prefix list, a system group), and flows the plan does not need are blocked.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, type FlowQuery, flowVerdict } from '../src/audit/evaluate.js';
import { addressInterval } from '../src/audit/formats/_cloud.js';
import { parseAwsSecurityGroups } from '../src/audit/formats/aws-sg.js';
import { parseAzureNsg } from '../src/audit/formats/azure-nsg.js';
import { nsxAtGateway, parseNsx } from '../src/audit/formats/nsx.js';
import type { Hook, Interval, Ruleset } from '../src/audit/model.js';
import { builtinCatalog } from '../src/catalog/read.js';
import { loadInventory } from '../src/inventory/load.js';
import { planInventory } from '../src/plan/plan.js';
import type { Flow, FlowEnd } from '../src/plan/types.js';
import { ROOT } from './paths.js';
import { parseTerraform } from './terraform.js';

const golden = (path: string) => readFileSync(join(ROOT, 'test/golden/render', path), 'utf8');

/** The inventory and connectors a golden was rendered from, as its header says. */
function renderedFrom(text: string): { flows: readonly Flow[]; region: string; connectors?: string[] } {
  const inventory = /inventory: ([^\s",]+)/.exec(text)?.[1];
  if (!inventory) throw new Error('no inventory in the header');
  const plan = planInventory(
    builtinCatalog(),
    loadInventory(readFileSync(join(ROOT, inventory), 'utf8'), inventory),
  );
  const connectors = /connectors: ([\w, -]+?)["\n]/.exec(text)?.[1]?.split(', ');
  return { flows: plan.flows, region: plan.region, ...(connectors ? { connectors } : {}) };
}

/** The addresses of an end, when it has some: `any` is every address of the other end's family. */
function addressesOf(end: FlowEnd, family?: 4 | 6): { family: 4 | 6; interval: Interval } | undefined {
  if (end.kind === 'any') {
    const f = family ?? 4;
    return { family: f, interval: { lo: 0n, hi: (1n << (f === 4 ? 32n : 128n)) - 1n } };
  }
  return end.kind === 'ip' || end.kind === 'cidr' || end.kind === 'range'
    ? addressInterval(end.host)
    : undefined;
}

function queryOf(flow: Flow): FlowQuery | undefined {
  const src = addressesOf(flow.from);
  const dst = src && addressesOf(flow.to, src.family);
  if (!src || !dst || src.family !== dst.family) return undefined;
  const ports: Interval[] =
    flow.ports === 'any'
      ? [{ lo: 0n, hi: 65535n }]
      : [
          ...flow.ports.map((p) => ({ lo: BigInt(p), hi: BigInt(p) })),
          ...(flow.portRanges ?? []).map(([a, b]) => ({ lo: BigInt(a), hi: BigInt(b) })),
        ];
  return { family: src.family, src: src.interval, dst: dst.interval, protocol: flow.transport, ports };
}

const verdictOf = (ruleset: Ruleset, hook: Hook, q: FlowQuery) => flowVerdict(evaluate(ruleset, hook, q));

/** The same ends on a port and protocol no required flow between them uses. */
function unneeded(q: FlowQuery, flows: readonly FlowQuery[]): FlowQuery | undefined {
  for (const protocol of ['tcp', 'udp'] as const)
    for (const port of [1n, 4444n, 60999n]) {
      const used = flows.some(
        (f) =>
          f.protocol === protocol &&
          f.src.lo <= q.src.hi &&
          q.src.lo <= f.src.hi &&
          f.ports.some((p) => p.lo <= port && port <= p.hi),
      );
      if (!used) return { ...q, protocol, ports: [{ lo: port, hi: port }] };
    }
  return undefined;
}

/** The connector's flows as the instance's own firewall meets them: out of it, or into it. */
function connectorFlows(text: string): { hook: Hook; flow: Flow; q: FlowQuery }[] {
  const { flows, connectors } = renderedFrom(text);
  const mine = (e: FlowEnd) => e.role === 'connector' && (!connectors || connectors.includes(e.name ?? ''));
  return flows.flatMap((flow): { hook: Hook; flow: Flow; q: FlowQuery }[] => {
    const q = flow.scope === 'network' ? queryOf(flow) : undefined;
    if (!q) return [];
    if (mine(flow.from)) return [{ hook: 'output', flow, q }];
    if (mine(flow.to)) return [{ hook: 'input', flow, q }];
    return [];
  });
}

function roundTrip(ruleset: Ruleset, text: string): void {
  const flows = connectorFlows(text);
  expect(flows.length).toBeGreaterThan(3);
  for (const { hook, flow, q } of flows) {
    const v = verdictOf(ruleset, hook, q);
    expect(`${flow.requirement} ${flow.from.host} → ${flow.to.host}: ${v.verdict}`).toMatch(/: allowed$/);
    const other = unneeded(
      q,
      flows.filter((f) => f.hook === hook).map((f) => f.q),
    );
    if (other) {
      const u = verdictOf(ruleset, hook, other);
      expect(
        `${flow.from.host} → ${flow.to.host} ${other.protocol} ${other.ports[0]?.lo}: ${u.verdict}`,
      ).toMatch(/: blocked$/);
    }
  }
  expect(ruleset.unreadable).toEqual([]);
}

describe.each(['small', 'large'])('round trip over examples/%s.yaml', (example) => {
  it('aws-sg-json: the security group allows every required flow of sc-01, and no other', () => {
    const text = golden(`aws-sg-json/${example}.json`);
    roundTrip(parseAwsSecurityGroups(text, `${example}.json`), text);
  });

  it('aws-sg-json: the prefix list the target names is kept, by its name, as a doubt', () => {
    const text = golden(`aws-sg-json/${example}.json`);
    const egress = parseAwsSecurityGroups(text, `${example}.json`).hooks.output?.[0]?.rules ?? [];
    const doubts = egress.flatMap((r) => r.match.unknown ?? []);
    const { region } = renderedFrom(text);
    expect(doubts).toContain(`prefix list com.amazonaws.${region}.s3: its entries are not in this export`);
  });

  it("azure-nsg: the NSG rules (the Terraform's azurerm_network_security_rule), above a deny of one's own", async () => {
    const text = golden(`azure-nsg/${example}.tf`);
    const parsed = await parseTerraform(text);
    const camel = (k: string) => k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
    const securityRules = Object.values(parsed.resource?.azurerm_network_security_rule ?? {}).map((bodies) =>
      Object.fromEntries(Object.entries(bodies[0] ?? {}).map(([k, v]) => [camel(k), v])),
    );
    expect(securityRules.length).toBeGreaterThan(3);
    // The header: "the rules here restrict traffic only above a Deny rule of your own (e.g. priority 4096)".
    for (const direction of ['Inbound', 'Outbound'])
      securityRules.push({
        name: `deny-all-${direction}`,
        priority: 4096,
        direction,
        access: 'Deny',
        protocol: '*',
        sourceAddressPrefix: '*',
        destinationAddressPrefix: '*',
        sourcePortRange: '*',
        destinationPortRange: '*',
      });
    roundTrip(parseAzureNsg(JSON.stringify({ securityRules }), `${example}.tf`), text);
  });
});

describe.each(['large', 'vmc'])('round trip: nsx over test/golden/render/nsx/%s.json', (name) => {
  const text = golden(`nsx/${name}.json`);
  const ruleset = parseNsx(text, `${name}.json`);
  const { flows } = renderedFrom(text);
  const platform = flows.filter((f) => f.workload === 'vmc' || f.workload === 'avs');
  const gatewayOf = (f: Flow) =>
    f.gateway ?? (f.workload === 'avs' ? '/infra/tier-1s/REPLACE-WITH-TIER1-ID' : 'compute');

  it('reads every rule, one chain per gateway', () => {
    expect(ruleset.unreadable).toEqual([]);
    expect([...ruleset.chains.keys()].length).toBeGreaterThan(0);
    expect(platform.length).toBeGreaterThan(0);
  });

  it('every required flow passes its gateway, or depends on the system group the target named', () => {
    let checked = 0;
    for (const flow of platform) {
      checked++;
      const at = nsxAtGateway(ruleset, gatewayOf(flow));
      const q = queryOf(flow);
      if (flow.gateway === 'management') {
        // The Management Gateway names vCenter and ESXi by VMC's system groups, not by addresses.
        const src = addressesOf(flow.from);
        if (!src) continue;
        const v = verdictOf(at, 'forward', {
          family: src.family,
          src: src.interval,
          dst: addressesOf(flow.to)?.interval ?? { lo: 1n, hi: 1n },
          protocol: flow.transport,
          ports: [{ lo: 443n, hi: 443n }],
        });
        // A VCENTER rule before an ESXI one leaves ESXi in doubt too: who is in VCENTER is not known.
        expect(`${flow.requirement} ${v.verdict} ${v.dependsOn.join()}`).toMatch(
          /depends-on system group (VCENTER|ESXI)/,
        );
        continue;
      }
      if (!q) {
        checked--;
        continue;
      }
      const v = verdictOf(at, 'forward', q);
      expect(`${flow.requirement} ${flow.from.host} → ${flow.to.host}: ${v.verdict}`).toMatch(/: allowed$/);
    }
    expect(checked).toBeGreaterThan(3);
  });

  it('a source the plan does not name is blocked by VMC (and meets the Tier-1 default rule on AVS)', () => {
    for (const flow of platform) {
      const q = queryOf(flow);
      if (!q || flow.gateway === 'management') continue;
      const stranger = addressInterval(q.family === 4 ? '203.0.113.9' : '2001:db8:ffff::9');
      if (!stranger) continue;
      const v = verdictOf(nsxAtGateway(ruleset, gatewayOf(flow)), 'forward', {
        ...q,
        src: stranger.interval,
      });
      if (flow.workload === 'vmc') expect(v.verdict).toBe('blocked');
      else {
        expect(v.verdict).toBe('depends-on');
        expect(v.dependsOn.join()).toContain('the default rule');
      }
    }
  });
});
