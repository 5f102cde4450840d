// The nft-json parser on what `nft -j list ruleset` printed in the lab: a hand-written ruleset
// with every shape it reads (test/fixtures/audit/nft-sample.nft) and the nftables target's own
// output for examples/small.yaml, which must allow every required flow it names by address.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtinCatalog } from '../../catalog/read.js';
import { addressBlock } from '../../common/address.js';
import { loadInventory } from '../../inventory/load.js';
import { planInventory } from '../../plan/plan.js';
import { evaluate, type FlowQuery, flowVerdict } from '../evaluate.js';
import { parseNftJson } from './nft-json.js';
import { detectFormat } from './registry.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const fixture = (name: string) => readFileSync(join(ROOT, 'test/fixtures/audit', name), 'utf8');
const sample = parseNftJson(fixture('nft-sample.json'), 'nft-sample.json');

const block = (a: string) => {
  const kind = a.includes('/') ? 'cidr' : a.includes('-') ? 'range' : 'ip';
  const b = addressBlock(a, kind) as NonNullable<ReturnType<typeof addressBlock>>;
  return { family: b.family, interval: { lo: b.first, hi: b.last } };
};
const query = (src: string, dst: string, protocol: 'tcp' | 'udp', ...ports: number[]): FlowQuery => ({
  family: block(src).family,
  src: block(src).interval,
  dst: block(dst).interval,
  protocol,
  ports: ports.map((p) => ({ lo: BigInt(p), hi: BigInt(p) })),
});
const verdict = (q: FlowQuery) => flowVerdict(evaluate(sample, 'forward', q));

describe('nft-json', () => {
  it('is detected from the content and holds base chains by hook, prerouting first, then priority', () => {
    expect(detectFormat(fixture('nft-sample.json'))?.name).toBe('nft-json');
    expect(detectFormat('*filter\n:INPUT ACCEPT [0:0]\nCOMMIT\n')?.name).not.toBe('nft-json');
    expect(sample.hooks.forward?.map((c) => c.name)).toEqual([
      'inet raw pre',
      'ip legacy forward',
      'inet filter fw',
      'ip6 six forward',
    ]);
    expect(sample.hooks.input?.map((c) => c.name)).toEqual(['inet raw pre']);
    expect(sample.chains.get('ip legacy forward')?.family).toBe(4);
    expect(sample.chains.get('inet filter fw')?.family).toBeUndefined();
    expect(sample.unreadable).toEqual([]);
  });

  it('names the deciding rule by table, chain and handle, with its text', () => {
    const v = verdict(query('198.18.3.5', '198.18.5.1', 'tcp', 22));
    expect(v.verdict).toBe('allowed');
    expect(v.deciding).toHaveLength(1);
    expect(v.deciding[0]?.id).toMatch(/^inet filter fw handle \d+$/);
    expect(v.deciding[0]?.text).toBe('ip saddr @admins tcp dport @ports counter accept comment "admins"');
  });

  it('reads named and anonymous sets with prefixes and ranges, and negation', () => {
    expect(verdict(query('198.18.2.15', '198.18.5.1', 'tcp', 8050)).verdict).toBe('allowed');
    expect(verdict(query('198.18.2.16', '198.18.5.1', 'tcp', 8050)).deciding[0]?.text).toMatch(
      / reject with icmp port-unreachable$/,
    );
    expect(verdict(query('198.18.7.1', '198.18.2.25', 'udp', 123)).verdict).toBe('allowed');
    // `ip saddr != 10.0.0.0/8`: not from 10/8; the rule after it (a tcp reject) leaves UDP to the policy.
    const ten = verdict(query('10.1.1.1', '198.18.2.25', 'udp', 123));
    expect(ten.verdict).toBe('blocked');
    expect(ten.deciding[0]?.text).toMatch(/policy drop/);
  });

  it('follows jump, goto and return through the regular chain', () => {
    expect(verdict(query('198.18.7.1', '198.18.5.1', 'tcp', 443)).deciding[0]?.id).toMatch(
      /^inet filter web /,
    );
    // web returns 198.18.9.0/24 to fw, whose later rules reject TCP not to port 80.
    expect(verdict(query('198.18.7.1', '198.18.9.1', 'tcp', 443)).deciding[0]?.text).toMatch(
      / reject with icmp port-unreachable$/,
    );
    // goto web for UDP 1500: web's return goes back past fw (a base chain) to its policy.
    const back = verdict(query('198.18.7.1', '198.18.9.1', 'udp', 1500));
    expect(back.verdict).toBe('blocked');
    expect(back.deciding[0]?.text).toMatch(/policy drop/);
  });

  it('splits a verdict map into one rule an element', () => {
    expect(verdict(query('198.18.7.1', '198.18.5.1', 'tcp', 5432)).verdict).toBe('allowed');
    const redis = verdict(query('198.18.7.1', '198.18.5.1', 'tcp', 6379));
    expect(redis.verdict).toBe('blocked');
    expect(redis.deciding[0]?.text).toMatch(/vmap/);
  });

  it('says "depends on" an interface name or a rate limit it cannot know, naming them', () => {
    const rdp = verdict(query('198.18.7.1', '198.18.5.1', 'tcp', 3389));
    expect(rdp.verdict).toBe('depends-on');
    expect(rdp.dependsOn).toEqual(['meta oifname eth1']);
    expect(verdict(query('198.18.7.1', '198.18.5.1', 'tcp', 7000)).dependsOn[0]).toMatch(/limit/);
    // iifname "lo" never carries a flow between two hosts: that rule decides nothing.
    expect(sample.chains.get('inet filter fw')?.rules[2]?.match.protocols?.names).toEqual([]);
  });

  it('applies an ip table to IPv4 only, an ip6 table to IPv6 only, an inet table to both', () => {
    const legacy = verdict(query('198.18.7.1', '198.18.9.9', 'tcp', 80));
    expect(legacy.verdict).toBe('blocked');
    expect(legacy.deciding[0]?.id).toMatch(/^ip legacy forward handle/);
    // IPv4 never meets the ip6 table's drop policy; IPv6 does, after the inet table accepts it.
    expect(verdict(query('198.18.3.5', '198.18.5.1', 'tcp', 22)).verdict).toBe('allowed');
    const six = verdict(query('2001:2::1', '2001:2::9', 'tcp', 80));
    expect(six.verdict).toBe('blocked');
    expect(six.deciding.map((o) => o.id)).toEqual(['ip6 six forward']);
    // The prerouting chain of the inet table sees both, before forward.
    expect(verdict(query('198.18.66.3', '198.18.5.1', 'tcp', 22)).deciding[0]?.id).toMatch(
      /^inet raw pre handle/,
    );
  });

  it('never throws: what it cannot read is kept, named', () => {
    const broken = parseNftJson(
      JSON.stringify({
        nftables: [
          { table: { family: 'inet', name: 't' } },
          {
            chain: { family: 'inet', table: 't', name: 'c', hook: 'forward', prio: 'weird', policy: 'drop' },
          },
          { chain: { family: 'bridge', table: 'b', name: 'c', hook: 'forward', prio: 0 } },
          { rule: { family: 'inet', table: 't', chain: 'nowhere', handle: 3, expr: [{ accept: null }] } },
          { chain: { family: 'inet', table: 't', name: 'd', hook: 'input', prio: 0, policy: 'drop' } },
          {
            rule: {
              family: 'inet',
              table: 't',
              chain: 'd',
              handle: 4,
              expr: [
                {
                  match: { op: '==', left: { payload: { protocol: 'ip', field: 'saddr' } }, right: '@nope' },
                },
                { queue: { num: 1 } },
              ],
            },
          },
        ],
      }),
      'broken.json',
    );
    expect(broken.unreadable.map((u) => u.why)).toEqual([
      'a bridge table filters no routed IP flow',
      'the chain inet t nowhere is not defined',
      'the priority weird cannot be read',
    ]);
    const d = broken.chains.get('inet t d')?.rules[0];
    expect(d?.match.unknown?.[0]).toMatch(/@nope.*does not define/);
    expect(d?.action.kind).toBe('unknown');
    expect(parseNftJson('{not json', 'x.json').unreadable[0]?.why).toMatch(/^not JSON/);
  });

  it("allows every required flow of examples/small.yaml through the nftables target's own ruleset", () => {
    const rendered = parseNftJson(fixture('nft-small-forward.json'), 'nft-small-forward.json');
    const plan = planInventory(
      builtinCatalog(),
      loadInventory(readFileSync(join(ROOT, 'examples/small.yaml'), 'utf8'), 'small.yaml'),
    );
    let checked = 0;
    for (const f of plan.flows) {
      const kinds = ['ip', 'cidr', 'range'];
      if (
        f.scope !== 'network' ||
        f.ports === 'any' ||
        !kinds.includes(f.from.kind) ||
        !kinds.includes(f.to.kind)
      )
        continue;
      const q: FlowQuery = {
        ...query(f.from.host, f.to.host, f.transport),
        ports: [
          ...f.ports.map((p) => ({ lo: BigInt(p), hi: BigInt(p) })),
          ...(f.portRanges ?? []).map(([a, b]) => ({ lo: BigInt(a), hi: BigInt(b) })),
        ],
      };
      expect([f.requirement, flowVerdict(evaluate(rendered, 'forward', q)).verdict]).toEqual([
        f.requirement,
        'allowed',
      ]);
      checked++;
    }
    expect(checked).toBeGreaterThan(4);
    const other = flowVerdict(evaluate(rendered, 'forward', query('10.20.0.11', '10.50.0.5', 'tcp', 22)));
    expect(other.verdict).toBe('blocked');
    expect(other.deciding[0]?.text).toMatch(/policy drop/);
  });
});
