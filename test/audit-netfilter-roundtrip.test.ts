// Round trip for the netfilter targets: `render --target iptables` and `--target nftables` of the
// example inventories (host mode for sc-01, and forward mode) read back by the audit parsers and
// audited against the plan they were rendered from, with the default-drop policy the render's
// header tells users to set: every required flow between addresses is allowed, a flow to a name is
// never allowed and its name is one the header lists as not expressed (and every name listed is
// such a flow's), and flows the plan does not need are blocked. The iptables file is read as
// rendered, `#6 ` part and all; the nftables script is loaded with `nft -f` into a namespace and
// read back with `nft -j list ruleset`.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuditReport, auditRuleset } from '../src/audit/audit.js';
import { evaluate, type FlowQuery, flowVerdict } from '../src/audit/evaluate.js';
import { addressInterval } from '../src/audit/formats/_cloud.js';
import { parseIptablesSave } from '../src/audit/formats/iptables-save.js';
import { parseNftJson } from '../src/audit/formats/nft-json.js';
import type { Hook, Interval, Ruleset } from '../src/audit/model.js';
import { builtinCatalog } from '../src/catalog/read.js';
import { loadInventory } from '../src/inventory/load.js';
import { planInventory } from '../src/plan/plan.js';
import type { Flow, FlowEnd, Plan } from '../src/plan/types.js';
import { FIREWALLS } from '../src/targets/registry.js';
import { portplan } from './cli.js';
import { ROOT } from './paths.js';

/** An inventory with IPv6 ends, so the iptables render has a `#6 ` part to read. */
const V6 = `cloud: { region: us-west-2 }
connectors:
  - { name: sc-01, address: "2001:db8:20::11" }
  - { name: sc-02, address: 10.20.0.12 }
services: { dns: ["2001:db8::53", 10.0.0.53], ntp: [ntp.corp.example] }
clients: ["2001:db8:99::/64", 10.99.1.10-10.99.1.40]
sources:
  vmware: [{ name: vc01, vcenter: "2001:db8:30::5", esxi: ["2001:db8:30::10-2001:db8:30::1f"] }]
  physical: [{ name: web01, host: 10.50.0.5 }, { name: web02, host: "2001:db8:50::5" }, { name: web03, host: web03.corp.example }]
`;

const INVENTORIES: Record<string, { file: string; text: string }> = {
  small: { file: 'examples/small.yaml', text: readFileSync(join(ROOT, 'examples/small.yaml'), 'utf8') },
  large: { file: 'examples/large.yaml', text: readFileSync(join(ROOT, 'examples/large.yaml'), 'utf8') },
  v6: { file: 'test/fixtures/roundtrip-v6.yaml', text: V6 },
};

const planOf = (name: string): Plan => {
  const inv = INVENTORIES[name] as { file: string; text: string };
  return planInventory(builtinCatalog(), loadInventory(inv.text, inv.file));
};

const sh = (cmd: string, args: string[], input?: string) =>
  execFileSync(cmd, args, { encoding: 'utf8', input, stdio: ['pipe', 'pipe', 'pipe'] });

/** The render of an inventory (the v6 one from standard input): host mode for sc-01, or forward. */
function render(name: string, target: string, mode: 'host' | 'forward'): string {
  const inv = INVENTORIES[name] as { file: string; text: string };
  const where = name === 'v6' ? '-' : inv.file;
  const r = portplan(
    [
      'render',
      where,
      '--target',
      target,
      ...(mode === 'host' ? ['--connector', 'sc-01'] : ['--chain-mode', 'forward']),
    ],
    name === 'v6' ? { input: inv.text } : {},
  );
  expect(r.status).toBe(0);
  return r.stdout;
}

/** The names the header lists under "not expressed here" (`r010 vc01 (vc01.corp.example)` → the latter). */
function notExpressed(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/^#\s{5}r\d+ (\S+)(?: \((\S+)\))?$/gm)) out.add((m[2] ?? m[1]) as string);
  return out;
}

const isName = (e: FlowEnd) => e.kind === 'hostname' || e.kind === 'fqdn-pattern';

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

/** The same ends on a port and protocol no required flow of the plan uses from those sources. */
function unneeded(flow: Flow, flows: readonly Flow[]): FlowQuery | undefined {
  const src = addressesOf(flow.from);
  const dst = src && addressesOf(flow.to, src.family);
  if (!src || !dst || src.family !== dst.family) return undefined;
  for (const protocol of ['tcp', 'udp'] as const)
    for (const port of [1, 4444, 60999]) {
      const used = flows.some(
        (f) =>
          f.transport === protocol &&
          (f.ports === 'any' ||
            f.ports.includes(port) ||
            (f.portRanges ?? []).some(([a, b]) => a <= port && port <= b)),
      );
      if (!used)
        return {
          family: src.family,
          src: src.interval,
          dst: dst.interval,
          protocol,
          ports: [{ lo: BigInt(port), hi: BigInt(port) }],
        };
    }
  return undefined;
}

/** The round trip's claims over one audit of a render against its own plan. */
function expectRoundTrip(report: AuditReport, ruleset: Ruleset, rendered: string): void {
  expect(ruleset.unreadable).toEqual([]);
  const required = report.flows.filter((f) => f.required);
  const between = required.filter((f) => !isName(f.flow.from) && !isName(f.flow.to));
  expect(between.length).toBeGreaterThan(3);
  const line = (f: (typeof required)[number]) =>
    `${f.flow.requirement} ${f.flow.from.host} → ${f.flow.to.host} ${f.flow.transport}: ${f.verdict}`;
  // Every required flow between addresses is allowed.
  expect(between.map(line).filter((l) => !l.endsWith(': allowed'))).toEqual([]);
  // A flow to or from a name is allowed only where the plan opens its port to every address (a
  // flow to `any`, as VMC's and AVS's): the render cannot match a name. Else it is blocked or
  // depends on the name's addresses. The names of those flows are exactly the ones the header
  // says are not expressed.
  const named = required.filter((f) => isName(f.flow.from) || isName(f.flow.to));
  const toEvery = (f: Flow) =>
    report.flows.some(
      ({ flow: g, required: r }) =>
        r &&
        g.transport === f.transport &&
        (g.ports === 'any' ||
          (f.ports !== 'any' && f.ports.every((p) => (g.ports as number[]).includes(p)))) &&
        ((g.to.kind === 'any' && g.from.host === f.from.host) ||
          (g.from.kind === 'any' && g.to.host === f.to.host)),
    );
  expect(
    named
      .filter((f) => !toEvery(f.flow))
      .map(line)
      .filter((l) => /: (allowed|partial)$/.test(l)),
  ).toEqual([]);
  expect(named.some((f) => f.verdict !== 'allowed')).toBe(true);
  const names = new Set(named.flatMap((f) => [f.flow.from, f.flow.to].filter(isName).map((e) => e.host)));
  expect([...names].sort()).toEqual([...notExpressed(rendered)].sort());
  // Flows the plan does not need, between the same ends, are blocked.
  const flows = report.flows.map((f) => f.flow);
  let sampled = 0;
  for (const f of between) {
    const q = unneeded(f.flow, flows);
    if (!q) continue;
    sampled++;
    const v = flowVerdict(evaluate(ruleset, f.hook as Hook, q));
    expect(`${f.flow.from.host} → ${f.flow.to.host} ${q.protocol} ${q.ports[0]?.lo}: ${v.verdict}`).toMatch(
      /: blocked$/,
    );
  }
  expect(sampled).toBeGreaterThan(3);
}

const CASES = [
  { name: 'small', mode: 'host' },
  { name: 'small', mode: 'forward' },
  { name: 'large', mode: 'host' },
  { name: 'large', mode: 'forward' },
  { name: 'v6', mode: 'host' },
  { name: 'v6', mode: 'forward' },
] as const;

describe('round trip: render --target iptables, read back as iptables-save', () => {
  it.each(CASES)('$name, $mode mode: allows exactly the required flows', ({ name, mode }) => {
    const text = render(name, 'iptables', mode);
    if (name === 'v6') expect(text).toMatch(/^#6 -A PORTPLAN-/m);
    // The header: "No default policy is changed: the policy … stay[s] yours". The test's: drop.
    const chains = mode === 'host' ? ['INPUT', 'OUTPUT'] : ['FORWARD'];
    const withPolicy = text.replace(/^(#6 )?\*filter$/gm, (all, six = '') =>
      [all, ...chains.map((c) => `${six}:${c} DROP [0:0]`)].join('\n'),
    );
    const ruleset = parseIptablesSave(withPolicy, `${name}.rules`);
    const report = auditRuleset(planOf(name), ruleset, {
      ...(mode === 'host' ? { at: 'sc-01' } : {}),
      targets: FIREWALLS,
    });
    expectRoundTrip(report, ruleset, text);
  });
});

describe('round trip: render --target nftables, loaded with nft -f and read back with nft -j', () => {
  const ns = `pprt${process.pid}${randomBytes(2).toString('hex')}`;
  const inNs = (...args: string[]) => sh('ip', ['netns', 'exec', ns, ...args]);
  const remove = () => {
    try {
      sh('ip', ['netns', 'del', ns]);
    } catch {
      // Not made, or already removed.
    }
  };
  beforeAll(() => {
    process.once('exit', remove);
    sh('ip', ['netns', 'add', ns]);
  });
  afterAll(remove);

  it.each(CASES)('$name, $mode mode: allows exactly the required flows', ({ name, mode }) => {
    const text = render(name, 'nftables', mode);
    inNs('nft', 'flush', 'ruleset');
    sh('ip', ['netns', 'exec', ns, 'nft', '-f', '-'], text);
    // The header's own commands: "Either make this table the filter for these hooks: nft '…'".
    const commands = [...text.matchAll(/^#\s+nft '(chain inet portplan \w+ \{ policy drop ; \})'$/gm)].map(
      (m) => m[1] as string,
    );
    expect(commands).toHaveLength(mode === 'host' ? 2 : 1);
    for (const c of commands) inNs('nft', c);
    const json = inNs('nft', '-j', 'list', 'ruleset');
    const ruleset = parseNftJson(json, `${name}.json`);
    const report = auditRuleset(planOf(name), ruleset, {
      ...(mode === 'host' ? { at: 'sc-01' } : {}),
      targets: FIREWALLS,
    });
    expectRoundTrip(report, ruleset, text);
  });
});
