// The iptables-save parser on real-shaped exports (Docker, firewalld, portplan's own render output)
// and on every match and target it reads, each checked through the evaluator's verdict.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../test/paths.js';
import { addressBlock } from '../../common/address.js';
import { evaluate, flowVerdict } from '../evaluate.js';
import type { Chain, Hook, Ruleset } from '../model.js';
import { iptablesSave, parseIptablesSave, tokenize } from './iptables-save.js';
import { detectFormat, FORMATS } from './registry.js';

const fixture = (name: string) =>
  parseIptablesSave(readFileSync(join(ROOT, 'test/fixtures/audit/iptables-save', name), 'utf8'), `${name}`);

/** The verdict of one connection: `10.0.0.1 > 10.0.0.2 443/tcp`. */
const verdict = (rs: Ruleset, flow: string, hook: Hook = 'forward') => {
  const [src = '', , dst = '', service = ''] = flow.split(' ');
  const [port = '', protocol = 'tcp'] = service.split('/');
  const s = addressBlock(src, 'ip');
  const d = addressBlock(dst, 'ip');
  if (!s || !d) throw new Error(flow);
  const [lo = '', hi = lo] = port.split('-');
  return flowVerdict(
    evaluate(rs, hook, {
      family: s.family,
      src: { lo: s.first, hi: s.last },
      dst: { lo: d.first, hi: d.last },
      protocol: protocol as 'tcp' | 'udp',
      ports: [{ lo: BigInt(lo), hi: BigInt(hi) }],
    }),
  );
};
const rules = (body: string, policy = 'DROP') =>
  parseIptablesSave(
    `*filter\n:INPUT ACCEPT [0:0]\n:FORWARD ${policy} [0:0]\n:OUTPUT ACCEPT [0:0]\n${body}\nCOMMIT\n`,
    'r.rules',
  );
const lines = (v: ReturnType<typeof verdict>) => v.deciding.map((o) => o.line);

describe('tokenize', () => {
  it('splits as iptables-restore does: quotes, escapes inside them, and a closing quote ends the argument', () => {
    expect(tokenize('-A X -m comment --comment "a \\"b\\" \\\\ c" -j ACCEPT')).toEqual([
      { text: '-A', quoted: false },
      { text: 'X', quoted: false },
      { text: '-m', quoted: false },
      { text: 'comment', quoted: false },
      { text: '--comment', quoted: false },
      { text: 'a "b" \\ c', quoted: true },
      { text: '-j', quoted: false },
      { text: 'ACCEPT', quoted: false },
    ]);
    expect(tokenize('--comment "-x"')).toEqual([
      { text: '--comment', quoted: false },
      { text: '-x', quoted: true },
    ]);
    expect(tokenize('-A X -m comment --comment "open')).toEqual({ error: 'a quote is not closed' });
  });
});

describe('iptables-save format', () => {
  it('is in the registry and detected from the content', () => {
    expect(FORMATS).toContain(iptablesSave);
    const docker = readFileSync(join(ROOT, 'test/fixtures/audit/iptables-save/docker.rules'), 'utf8');
    expect(detectFormat(docker)).toBe(iptablesSave);
    expect(detectFormat('*filter\n-A FORWARD -j ACCEPT\nCOMMIT\n')).toBe(iptablesSave);
    expect(iptablesSave.detect('{"nftables": []}')).toBe(false);
    expect(iptablesSave.detect('table inet filter {\n}\n')).toBe(false);
  });

  it('Docker: DOCKER-USER decides first; an ipset is "depends on"; interfaces stay unknown; nat is left out and said', () => {
    const rs = fixture('docker.rules');
    const admins = verdict(rs, '10.99.0.5 > 172.17.0.2 8050/tcp');
    expect(admins.verdict).toBe('allowed');
    expect(admins.deciding[0]?.line).toBe(36);
    expect(admins.deciding[0]?.text).toContain('--comment "admins \\"jump\\" hosts"');
    const other = verdict(rs, '10.1.0.5 > 172.17.0.2 443/tcp');
    expect(other.verdict).toBe('depends-on');
    expect(other.dependsOn).toEqual(['-m set --match-set blocklist src']);
    expect(rs.unreadable).toEqual([
      {
        origin: { file: 'docker.rules', line: 2, text: '*nat' },
        why: expect.stringMatching(/^table nat is not part of the audit.*its 6 rules/),
      },
    ]);
    const fwd = rs.chains.get('FORWARD');
    expect(fwd?.policy?.verdict).toBe('drop');
    expect(fwd?.rules[3]?.match.unknown).toEqual(['-o docker0']);
    expect(rs.chains.get('DOCKER')?.rules[0]?.match.unknown).toEqual(['! -i docker0', '-o docker0']);
  });

  it('firewalld: gotos into zone chains, loopback never matches a flow between hosts, LOG with a limit goes on', () => {
    const rs = fixture('firewalld.rules');
    const ssh = verdict(rs, '10.0.0.9 > 10.0.0.1 22/tcp', 'input');
    expect(ssh.verdict).toBe('depends-on');
    expect(ssh.dependsOn).toEqual(['-i eth0']);
    // The chains behind the interface: read exactly.
    const allow = rs.chains.get('IN_public_allow');
    expect(allow?.rules[2]?.match).toEqual({
      src: { family: 4, intervals: [{ lo: 0x0a140000n, hi: 0x0a1400ffn }] },
      protocols: { names: ['udp'] },
      dport: { intervals: [{ lo: 161n, hi: 162n }] },
      states: { names: ['new', 'untracked'] },
    });
    const log = rs.chains.get('IN_public_log')?.rules[0];
    expect(log?.action).toEqual({ kind: 'continue' });
    expect(log?.match.unknown).toEqual(['-m limit --limit 5/min']);
    expect(rs.chains.get('FORWARD_IN_ZONES')?.rules[1]?.action).toEqual({
      kind: 'goto',
      chain: 'FWDI_public',
    });
    // Without the interface dispatch, the zone decides: from an address it denies, and one it allows.
    const zone: Ruleset = {
      ...rs,
      hooks: {
        input: [{ ...(rs.chains.get('IN_public') as Chain), policy: rs.chains.get('INPUT')?.policy }],
      },
    };
    expect(verdict(zone, '10.20.0.210 > 10.0.0.1 22/tcp', 'input')).toMatchObject({ verdict: 'blocked' });
    expect(lines(verdict(zone, '10.20.0.210 > 10.0.0.1 22/tcp', 'input'))).toEqual([65]);
    expect(verdict(zone, '10.20.0.7 > 10.0.0.1 162/udp', 'input')).toMatchObject({ verdict: 'allowed' });
    expect(verdict(zone, '10.30.0.7 > 10.0.0.1 162/udp', 'input')).toMatchObject({ verdict: 'allowed' });
    expect(rs.unreadable).toEqual([]);
    expect(rs.chains.get('INPUT')?.rules[1]?.match.dst).toEqual({ family: 4, intervals: [] });
  });

  it('negation, CIDRs with host bits, protocol numbers, port ranges and lists', () => {
    const rs = rules(
      [
        '-A FORWARD ! -s 10.0.0.0/8 -j DROP',
        '-A FORWARD -s 10.1.2.3/16 -p 17 -m udp --dport 53 -j ACCEPT',
        '-A FORWARD -p tcp -m tcp ! --dport 1000:2000 -j REJECT --reject-with tcp-reset',
        '-A FORWARD ! -p udp -m multiport --dports 1500,1600:1700 -j ACCEPT',
        '-A FORWARD -d 10.9.0.0/255.255.0.0 -j ACCEPT',
      ].join('\n'),
    );
    expect(lines(verdict(rs, '192.168.0.1 > 10.0.0.1 80/tcp'))).toEqual([5]);
    expect(verdict(rs, '10.1.0.1 > 10.0.0.1 53/udp').verdict).toBe('allowed');
    expect(verdict(rs, '10.2.0.1 > 10.0.0.1 53/udp').verdict).toBe('blocked');
    expect(verdict(rs, '10.2.0.1 > 10.0.0.1 80/tcp')).toMatchObject({
      verdict: 'blocked',
      deciding: [expect.objectContaining({ line: 7 })],
    });
    expect(verdict(rs, '10.2.0.1 > 10.0.0.1 1650/tcp')).toMatchObject({
      verdict: 'allowed',
      deciding: [expect.objectContaining({ line: 8 })],
    });
    expect(verdict(rs, '10.2.0.1 > 10.9.3.3 1800/tcp')).toMatchObject({
      verdict: 'allowed',
      deciding: [expect.objectContaining({ line: 9 })],
    });
    expect(verdict(rs, '10.2.0.1 > 10.0.0.1 1400-1600/tcp').verdict).toBe('partial');
  });

  it('iprange with negation, multiport --ports and --sports, conntrack and state', () => {
    const rs = rules(
      [
        '-A FORWARD -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT',
        '-A FORWARD -m conntrack ! --ctstate NEW -j DROP',
        '-A FORWARD -m iprange ! --src-range 10.0.0.10-10.0.0.20 -m iprange --dst-range 10.0.1.0-10.0.1.9 -j DROP',
        '-A FORWARD -p tcp -m multiport --ports 22,8080 -j ACCEPT',
        '-A FORWARD -p tcp -m multiport --sports 1024:65535 -m state --state NEW -j ACCEPT',
      ].join('\n'),
    );
    expect(lines(verdict(rs, '10.0.0.5 > 10.0.1.5 22/tcp'))).toEqual([7]);
    expect(lines(verdict(rs, '10.0.0.15 > 10.0.1.5 22/tcp'))).toEqual([8]);
    // --ports takes 8080 as the destination; 9000 only if the client picked 8080 as its source port.
    const other = verdict(rs, '10.0.0.15 > 10.0.1.5 9000/udp');
    expect(other.verdict).toBe('blocked');
    const tcp9000 = verdict(rs, '10.0.0.15 > 10.0.1.5 9000/tcp');
    expect(tcp9000).toMatchObject({ verdict: 'depends-on', dependsOn: ['the source port the client picks'] });
  });

  it('user chains, RETURN, goto, -I with and without a position, counters, no target', () => {
    const rs = parseIptablesSave(
      [
        '*filter',
        ':FORWARD DROP [10:600]',
        ':A - [0:0]',
        ':B - [0:0]',
        '[5:300] -A FORWARD -j A',
        '-A FORWARD -p tcp --dport 80 -j ACCEPT',
        '-A A -s 10.0.0.1 -j RETURN',
        '-A A -p tcp -g B',
        '-A A -j ACCEPT',
        '-A B -p tcp --dport 443 -j ACCEPT',
        '-A B -p tcp --dport 80',
        '-I FORWARD 2 -p tcp --dport 22 -j ACCEPT',
        '-I FORWARD -p tcp --dport 23 -j REJECT',
        'COMMIT',
      ].join('\n'),
      'r.rules',
    );
    expect(rs.chains.get('FORWARD')?.rules.map((r) => r.origin.line)).toEqual([13, 5, 12, 6]);
    expect(lines(verdict(rs, '10.0.0.2 > 10.0.1.1 443/tcp'))).toEqual([10]);
    // Fell off B, entered by goto from A: back to FORWARD after the jump to A, then the next rules.
    expect(lines(verdict(rs, '10.0.0.2 > 10.0.1.1 80/tcp'))).toEqual([6]);
    expect(lines(verdict(rs, '10.0.0.2 > 10.0.1.1 22/tcp'))).toEqual([12]);
    expect(lines(verdict(rs, '10.0.0.2 > 10.0.1.1 8080/tcp'))).toEqual([2]);
    expect(lines(verdict(rs, '10.0.0.2 > 10.0.1.1 53/udp'))).toEqual([9]);
    expect(lines(verdict(rs, '10.0.0.1 > 10.0.1.1 53/udp'))).toEqual([2]);
    expect(lines(verdict(rs, '10.0.0.1 > 10.0.1.1 23/tcp'))).toEqual([13]);
  });

  it('what it cannot read is kept, and every flow it could touch depends on it', () => {
    const rs = rules(
      [
        '-A FORWARD -p tcp --dport 22 -j ACCEPT',
        '-A FORWARD -s db.example -j DROP',
        '-A FORWARD -m comment --comment "open -j ACCEPT',
        '-A FORWARD -p tcp --dport 443 -j SYNPROXY --sack-perm',
        '-A FORWARD -j NOSUCHCHAIN -x',
        '-Q FORWARD',
        '-A FORWARD -p tcp -j ACCEPT',
      ].join('\n'),
    );
    expect(verdict(rs, '10.0.0.1 > 10.0.0.2 22/tcp').verdict).toBe('allowed');
    const v = verdict(rs, '10.0.0.1 > 10.0.0.2 443/tcp');
    expect(v.verdict).toBe('depends-on');
    expect(lines(v)).toEqual([6]);
    expect(rs.unreadable.map((u) => [u.origin.line, u.why])).toEqual([
      [6, '-s db.example: not an address or network iptables-save writes'],
      [7, 'a quote is not closed'],
      [9, '-x: not an option iptables-restore takes here'],
      [10, 'not a line iptables-save writes (a table, chain, rule or COMMIT)'],
    ]);
    expect(rs.chains.get('FORWARD')?.rules[3]?.action).toEqual({
      kind: 'unknown',
      text: 'SYNPROXY --sack-perm',
    });
    expect(rs.chains.get('FORWARD')?.rules[1]?.origin).toEqual({
      file: 'r.rules',
      line: 6,
      text: '-A FORWARD -s db.example -j DROP',
    });
  });

  it("portplan's own render output: the #6 lines are an ip6tables part; FORWARD's policy is the one in force", () => {
    const rs = parseIptablesSave(
      [
        '# portplan render --target iptables',
        '*filter',
        ':PORTPLAN-FWD - [0:0]',
        '-I FORWARD -j PORTPLAN-FWD',
        '-A PORTPLAN-FWD -s 198.18.1.2 -d 198.18.2.10 -p tcp -m tcp --dport 443 -m comment --comment "data path" -j ACCEPT',
        '-A PORTPLAN-FWD -m comment --comment "not in the plan: back to FORWARD, whose rules and policy decide" -j RETURN',
        'COMMIT',
        '#',
        '# IPv6, for ip6tables-restore (the "#6 " lines):',
        '#6 *filter',
        '#6 :PORTPLAN-FWD - [0:0]',
        '#6 -I FORWARD -j PORTPLAN-FWD',
        '#6 -A PORTPLAN-FWD -s 2001:db8::1 -d 2001:db8:1::/64 -p tcp -m multiport --dports 443,902 -j ACCEPT',
        '#6 -A PORTPLAN-FWD -j RETURN',
        '#6 COMMIT',
      ].join('\n'),
      'plan.rules',
    );
    expect(rs.hooks.forward?.map((c) => [c.name, c.family])).toEqual([
      ['FORWARD', 4],
      ['FORWARD (IPv6)', 6],
    ]);
    expect(verdict(rs, '198.18.1.2 > 198.18.2.10 443/tcp')).toMatchObject({
      verdict: 'allowed',
      deciding: [expect.objectContaining({ line: 5 })],
    });
    expect(verdict(rs, '2001:db8::1 > 2001:db8:1::9 902/tcp')).toMatchObject({
      verdict: 'allowed',
      deciding: [expect.objectContaining({ line: 13 })],
    });
    const other = verdict(rs, '198.18.1.2 > 198.18.2.10 22/tcp');
    expect(other.verdict).toBe('depends-on');
    expect(other.dependsOn).toEqual([
      'the policy of FORWARD, which this file does not set (the one in force stays)',
    ]);
    expect(verdict(rs, '2001:db8::1 > 2001:db8:1::9 22/tcp').verdict).toBe('depends-on');
    expect(rs.unreadable).toEqual([]);
  });

  it('ip6tables-save output: its header says the family; an IPv4 flow passes an IPv6-only ruleset by', () => {
    const rs = parseIptablesSave(
      [
        '# Generated by ip6tables-save v1.8.9 (nf_tables) on Tue Mar  4 10:12:01 2025',
        '*filter',
        ':INPUT DROP [0:0]',
        ':FORWARD DROP [0:0]',
        ':OUTPUT ACCEPT [0:0]',
        '-A FORWARD -p ipv6-icmp -j ACCEPT',
        '-A FORWARD -p tcp -m tcp --dport 22 -j ACCEPT',
        'COMMIT',
      ].join('\n'),
      'v6.rules',
    );
    expect(rs.hooks.forward?.[0]?.family).toBe(6);
    expect(verdict(rs, '2001:db8::1 > 2001:db8::2 22/tcp').verdict).toBe('allowed');
    expect(verdict(rs, '2001:db8::1 > 2001:db8::2 80/tcp').verdict).toBe('blocked');
    expect(verdict(rs, '10.0.0.1 > 10.0.0.2 80/tcp').verdict).toBe('allowed');
    // An IPv4 address in it is unreadable, as ip6tables-restore would refuse it.
    const bad = parseIptablesSave(
      '# Generated by ip6tables-save\n*filter\n:FORWARD DROP [0:0]\n-A FORWARD -s 10.0.0.1 -j ACCEPT\nCOMMIT\n',
      'x',
    );
    expect(bad.unreadable[0]?.why).toBe('-s 10.0.0.1: an IPv4 address in an IPv6 table');
  });

  it('a table without COMMIT, a rule outside any table, and an unknown policy are said', () => {
    const rs = parseIptablesSave(
      '-A FORWARD -j ACCEPT\n*filter\n:FORWARD QUEUE [0:0]\n-A FORWARD -p udp -j ACCEPT\n',
      'x',
    );
    expect(rs.unreadable.map((u) => u.why)).toEqual([
      'outside any table (a line starting with * opens one)',
      'table filter has no COMMIT: iptables-restore would load none of it',
      'policy QUEUE: not ACCEPT or DROP',
    ]);
    expect(verdict(rs, '10.0.0.1 > 10.0.0.2 53/udp').verdict).toBe('allowed');
    expect(verdict(rs, '10.0.0.1 > 10.0.0.2 53/tcp').dependsOn).toEqual(['the policy QUEUE of FORWARD']);
  });
});
