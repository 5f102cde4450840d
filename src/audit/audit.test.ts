// The audit on rulesets built in code: verdicts per flow, findings of both kinds, and fixes written
// through the iptables and nftables render targets.
import { describe, expect, it } from 'vitest';
import { addressBlock, classifyAddress } from '../common/address.js';
import type { Flow, FlowEnd, Plan } from '../plan/types.js';
import { FIREWALLS } from '../targets/registry.js';
import { auditRuleset } from './audit.js';
import type { Action, Chain, Match, ModelRule, Ruleset, ValueSet } from './model.js';
import { auditJson, auditMarkdown, auditTable } from './report.js';

const FILE = 'rules.txt';
let line = 0;
const rule = (match: Match, action: Action, text = `rule ${line + 1}`): ModelRule => ({
  match,
  action,
  origin: { file: FILE, line: ++line, text },
});
const addr = (s: string, negate = false): ValueSet => {
  const c = classifyAddress(s) as { kind: 'ip' | 'cidr' | 'range' };
  const b = addressBlock(s, c.kind) as NonNullable<ReturnType<typeof addressBlock>>;
  return { family: b.family, intervals: [{ lo: b.first, hi: b.last }], ...(negate ? { negate } : {}) };
};
const ports = (...ps: (number | [number, number])[]): ValueSet => ({
  intervals: ps.map((p) =>
    Array.isArray(p) ? { lo: BigInt(p[0]), hi: BigInt(p[1]) } : { lo: BigInt(p), hi: BigInt(p) },
  ),
});
const tcp = { protocols: { names: ['tcp'] } };
const chain = (name: string, rules: ModelRule[], policy?: 'accept' | 'drop', policyText?: string): Chain => ({
  name,
  rules,
  ...(policy
    ? {
        policy: {
          verdict: policy,
          origin: { file: FILE, text: policyText ?? `:${name} ${policy.toUpperCase()} [0:0]` },
        },
      }
    : {}),
});
const ruleset = (format: string, hooks: Ruleset['hooks']): Ruleset => ({
  format,
  file: FILE,
  hooks,
  chains: new Map(Object.values(hooks).flatMap((cs) => (cs ?? []).map((c) => [c.name, c] as const))),
  unreadable: [],
  stateful: true,
});

const end = (role: string, host: string, name?: string): FlowEnd => {
  const c = classifyAddress(host);
  const kind = 'kind' in c ? c.kind : 'hostname';
  return { role, host, kind, ...(name ? { name } : {}) };
};
const ref = { section: 'test', table: 1, row: 1 };
const flow = (
  requirement: string,
  from: FlowEnd,
  to: FlowEnd,
  ps: number[] | 'any',
  extra: Partial<Flow> = {},
): Flow => ({
  requirement,
  requirements: [requirement],
  workload: 'vmware',
  from,
  to,
  transport: 'tcp',
  ports: ps,
  app: 'https',
  scope: 'network',
  direction: 'out',
  purpose: `purpose of ${requirement}`,
  ref,
  refs: [ref],
  ...extra,
});
const plan = (flows: Flow[]): Plan => ({
  catalog: { name: 'test', source: 'test' },
  region: 'us-west-2',
  flows,
  openings: [],
  interpretations: {},
  warnings: [],
});

const connector = end('connector', '10.20.0.11', 'sc-01');
const esxi = end('esxi', '10.30.0.0/28');
const vcenter = end('vcenter', '10.30.1.10', 'vc01');

describe('auditRuleset', () => {
  line = 0;
  const forward = chain(
    'FORWARD',
    [
      rule(
        { states: { names: ['established', 'related'] } },
        { kind: 'accept' },
        '-A FORWARD -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT',
      ),
      rule({ ...tcp, dport: ports(22) }, { kind: 'drop' }, '-A FORWARD -p tcp --dport 22 -j DROP'),
      rule(
        { ...tcp, src: addr('10.0.0.0/8'), dst: addr('10.30.0.0/28') },
        { kind: 'accept' },
        '-A FORWARD -s 10.0.0.0/8 -d 10.30.0.0/28 -p tcp -j ACCEPT',
      ),
      rule(
        { ...tcp, dst: addr('10.30.1.10'), dport: ports(80) },
        { kind: 'drop' },
        '-A FORWARD -d 10.30.1.10/32 -p tcp --dport 80 -j DROP',
      ),
      rule(
        { ...tcp, dst: addr('10.30.1.10'), dport: ports(443) },
        { kind: 'accept' },
        '-A FORWARD -d 10.30.1.10/32 -p tcp --dport 443 -j ACCEPT',
      ),
      rule(
        { ...tcp, src: addr('10.20.0.0/24'), dst: addr('10.30.0.0/29'), dport: ports(443) },
        { kind: 'accept' },
        '-A FORWARD -s 10.20.0.0/24 -d 10.30.0.0/29 -p tcp --dport 443 -j ACCEPT',
      ),
      rule(
        { ...tcp, dport: ports(445), unknown: ['-m set --match-set admins dst'] },
        { kind: 'accept' },
        '-A FORWARD -p tcp --dport 445 -m set --match-set admins dst -j ACCEPT',
      ),
    ],
    'drop',
  );
  const rs = ruleset('iptables-save', { forward: [forward] });
  const p = plan([
    flow('esxi-https', connector, esxi, [443, 902]),
    flow('vc-https', connector, vcenter, [443]),
    flow('vc-web', connector, vcenter, [80, 443]),
    flow('vc-ssh', connector, vcenter, [22]),
    flow('nas-smb', connector, end('nas', '10.50.0.5'), [445]),
    flow('cloud', connector, end('fqdn', '*.s3.us-west-2.amazonaws.com'), [443]),
    flow('cloud-ssh', connector, end('fqdn', 'helios.example.com'), [22]),
    flow('ntp', connector, end('ntp', '10.0.0.123'), [123, 323], { transport: 'udp', requirements: ['ntp'] }),
  ]);
  const report = auditRuleset(p, rs, {
    targets: FIREWALLS,
    optionalPorts: (id) => (id === 'ntp' ? [323] : []),
  });
  const of = (requirement: string, required = true) =>
    report.flows.find((f) => f.flow.requirement === requirement && f.required === required);

  it('says allowed, with the rule that allows it, file and line', () => {
    const f = of('esxi-https');
    expect(f?.verdict).toBe('allowed');
    expect(f?.hook).toBe('forward');
    expect(f?.rules.map((o) => o.line)).toEqual([3]);
    expect(of('vc-https')?.rules.map((o) => o.line)).toEqual([5]);
  });

  it('says blocked by the policy or by a rule', () => {
    const ntp = of('ntp');
    expect(ntp?.verdict).toBe('blocked');
    expect(ntp?.rules.map((o) => o.text)).toEqual([':FORWARD DROP [0:0]']);
    expect(of('vc-ssh')?.rules.map((o) => o.line)).toEqual([2]);
    expect(report.passed).toBe(false);
  });

  it('says partial, and which ports are not allowed, by which rule', () => {
    const f = of('vc-web');
    expect(f?.verdict).toBe('partial');
    expect(f?.gaps).toEqual([
      expect.objectContaining({
        from: 'sc-01 (10.20.0.11)',
        to: 'vc01 (10.30.1.10)',
        ports: '80',
        verdict: 'blocked',
      }),
    ]);
    expect(f?.gaps[0]?.rule.line).toBe(4);
  });

  it('keeps the optional ports apart from the required ones', () => {
    const optional = of('ntp', false);
    expect(optional?.ports).toEqual([323]);
    expect(optional?.verdict).toBe('blocked');
    expect(of('ntp')?.ports).toEqual([123]);
  });

  it('says depends-on for a match it cannot read, naming it', () => {
    const f = of('nas-smb');
    expect(f?.verdict).toBe('depends-on');
    expect(f?.dependsOn).toEqual(['-m set --match-set admins dst']);
  });

  it('says depends-on for a name the ruleset can only match by address, and a verdict that holds for any address', () => {
    const cloud = of('cloud');
    expect(cloud?.verdict).toBe('depends-on');
    expect(cloud?.dependsOn[0]).toBe(
      'the addresses of *.s3.us-west-2.amazonaws.com: the ruleset can only match *.s3.us-west-2.amazonaws.com by address',
    );
    // 22/tcp is dropped to every address: whatever the name resolves to, it is blocked.
    expect(of('cloud-ssh')?.verdict).toBe('blocked');
  });

  it('finds accept rules broader than the plan needs, quantified', () => {
    const broad = report.findings.find((f) => f.kind === 'broader' && f.rule.line === 3);
    expect(broad?.beyond).toEqual({
      sources: `${2n ** 24n - 1n}`,
      destinations: '0',
      ports: `${65536 - 2}`,
      protocols: [],
    });
    expect(broad?.message).toBe(
      'accepts 10.0.0.0/8 → 10.30.0.0/28 tcp any port: 16,777,215 source addresses, 65,534 ports beyond what the plan needs (10.20.0.11 → 10.30.0.0/28 tcp 443,902)',
    );
  });

  it('finds rules shadowed by earlier ones, and leaves a rule after an unreadable match alone', () => {
    const shadowed = report.findings.filter((f) => f.kind === 'shadowed');
    // Rule 6 (443 from 10.20.0.0/24 to 10.30.0.0/29): rule 3 takes its NEW packets, rule 1 the rest.
    expect(shadowed.map((f) => f.rule.line)).toEqual([6]);
    expect(shadowed[0]?.coveredBy?.map((o) => o.line)).toEqual([1, 3]);
    expect(shadowed[0]?.message).toBe(
      'never matches: earlier rules of FORWARD match everything it does first (line 1, line 3)',
    );
  });

  it('writes the fix in iptables-save lines, before the rule or policy that drops the flow', () => {
    const web = of('vc-web');
    const fix = report.fixes[web?.fixes[0] as number];
    expect(fix?.where).toBe(
      'insert before line 4 (the rule that drops it: -A FORWARD -d 10.30.1.10/32 -p tcp --dport 80 -j DROP)',
    );
    expect(fix?.lines).toEqual([
      '-A FORWARD -s 10.20.0.11/32 -d 10.30.1.10/32 -p tcp -m tcp --dport 80 -m comment --comment "fix1 vc-web (1.1): portplan audit fix: purpose of vc-web" -j ACCEPT',
    ]);
    const ntp = report.fixes[of('ntp')?.fixes[0] as number];
    expect(ntp?.where).toBe(
      'append to chain FORWARD after line 7 (its policy :FORWARD DROP [0:0] drops it now)',
    );
    expect(ntp?.lines[0]).toMatch(
      /^-A FORWARD -s 10.20.0.11\/32 -d 10.0.0.123\/32 -p udp -m udp --dport 123 /,
    );
    // A name iptables cannot write: said, not guessed.
    const named = report.fixes[of('cloud-ssh')?.fixes[0] as number];
    expect(named?.lines).toEqual([]);
    expect(named?.notes[0]).toMatch(/^iptables cannot write helios.example.com: host names/);
  });

  it('writes the fix as nft commands, before the handle that drops it, for a later base chain too', () => {
    line = 0;
    const first = chain(
      'inet filter forward',
      [rule({ ...tcp, dport: ports(443) }, { kind: 'accept' })],
      'drop',
      'policy drop',
    );
    const drop = rule({ ...tcp, dport: ports(443) }, { kind: 'drop' });
    const nft: Ruleset = ruleset('nft-json', {
      forward: [
        chain(
          'inet filter forward',
          [{ ...drop, origin: { file: FILE, id: 'handle 12', text: 'tcp dport 443 drop' } }],
          'accept',
          'policy accept',
        ),
        chain(
          'inet late forward',
          [{ ...drop, origin: { file: FILE, id: 'handle 7', text: 'tcp dport 443 drop' } }],
          'accept',
          'policy accept',
        ),
      ],
    });
    expect(first.rules).toHaveLength(1);
    const r = auditRuleset(plan([flow('esxi-https', connector, esxi, [443])]), nft, { targets: FIREWALLS });
    expect(r.flows[0]?.verdict).toBe('blocked');
    expect(r.fixes.map((f) => [f.where, f.lines])).toEqual([
      [
        'before handle 12 (the rule that drops it: tcp dport 443 drop)',
        [
          `nft 'insert rule inet filter forward position 12 ip saddr 10.20.0.11 ip daddr 10.30.0.0/28 tcp dport 443 accept comment "fix1 esxi-https (1.1): portplan audit fix: purpose of esxi-https"'`,
        ],
      ],
      [
        'before handle 7 (the rule that drops it: tcp dport 443 drop)',
        [
          `nft 'insert rule inet late forward position 7 ip saddr 10.20.0.11 ip daddr 10.30.0.0/28 tcp dport 443 accept comment "fix1 esxi-https (1.1): portplan audit fix: purpose of esxi-https"'`,
        ],
      ],
    ]);
  });

  it('with --at, meets the host its INPUT for flows into it, OUTPUT for flows out of it, and skips the rest', () => {
    line = 0;
    const host = ruleset('iptables-save', {
      input: [chain('INPUT', [rule({ ...tcp, dport: ports(11113) }, { kind: 'accept' })], 'drop')],
      output: [chain('OUTPUT', [], 'accept')],
    });
    const r = auditRuleset(
      plan([
        flow('out', connector, vcenter, [443]),
        flow('in', end('client', '10.99.0.0/24'), connector, [11113, 11114], { direction: 'in' }),
        flow('lateral', vcenter, esxi, [902]),
      ]),
      host,
      { at: 'sc-01', targets: FIREWALLS },
    );
    expect(r.flows.map((f) => [f.flow.requirement, f.hook, f.verdict])).toEqual([
      ['out', 'output', 'allowed'],
      ['in', 'input', 'partial'],
    ]);
    expect(r.skipped.map((s) => s.why)).toEqual(["neither end is sc-01: not its firewall's business"]);
    expect(r.fixes[0]?.lines).toEqual([
      '-A INPUT -s 10.99.0.0/24 -p tcp -m tcp --dport 11114 -m comment --comment "fix1 in (1.1): portplan audit fix: purpose of in" -j ACCEPT',
    ]);
  });

  it('prints JSON with flow, verdict and rule per flow, a table and Markdown with findings and fixes', () => {
    const doc = JSON.parse(auditJson(report)) as {
      format: string;
      version: number;
      passed: boolean;
      verdicts: {
        flow: { requirement: string; to: { host: string } };
        verdict: string;
        rule: { line: number };
      }[];
      fixes: { lines: string[] }[];
    };
    expect([doc.format, doc.version, doc.passed]).toEqual(['portplan-audit', 1, false]);
    const vc = doc.verdicts.find((v) => v.flow.requirement === 'vc-https');
    expect([vc?.flow.to.host, vc?.verdict, vc?.rule.line]).toEqual(['10.30.1.10', 'allowed', 5]);
    const table = auditTable(report);
    expect(table).toMatch(/^Ruleset rules.txt \(iptables-save\), a firewall between the hosts\n/);
    expect(table).toContain('\nFindings:\n- rules.txt:3 (-A FORWARD -s 10.0.0.0/8');
    expect(table).toContain('\nFixes:\n#1 allow tcp 80 from 10.20.0.11 to 10.30.1.10: insert before line 4');
    expect(auditMarkdown(report)).toContain('\n### Fixes\n\n1. Allow tcp 80 from 10.20.0.11 to 10.30.1.10');
  });

  it('says so when no render target writes the format', () => {
    line = 0;
    const other = ruleset('cisco-running-config', {
      forward: [chain('outside', [], 'drop', 'deny ip any any')],
    });
    const r = auditRuleset(plan([flow('vc-https', connector, vcenter, [443])]), other, {
      targets: FIREWALLS,
    });
    expect(r.fixes[0]?.lines).toEqual([]);
    expect(r.fixes[0]?.notes).toEqual([
      'no render target writes cisco-running-config: allow tcp 443 from 10.20.0.11 to 10.30.1.10 there',
    ]);
  });
});
