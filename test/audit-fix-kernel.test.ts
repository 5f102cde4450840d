// The audit's fixes, proven against the kernel: a namespace router between a connector and its
// sources loads a ruleset that blocks some of the plan's required flows (by a drop in the chain, in
// a user chain, a reject, the policy, a later base chain), `portplan audit` prints the fixes, they
// are applied to the kernel's copy exactly as printed (iptables: the `-A` lines put into the file
// where `where` says, then iptables-restore; nft: the printed `nft insert rule … position H …` and
// `nft add rule …` commands run as they are), and real connections follow: every required flow
// the ruleset blocked now passes, and nothing else passes that did not pass before.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portplan } from './cli.js';
import { createRouterLab, listenItems, type RouterLab } from './lab/router.js';
import { CONNECTOR, type Flow, INVENTORY, requiredFlows } from './lab/site.js';

/**
 * Blocks, of the required flows: DNS over TCP, ESXi 902, NAS 445, the clients' 443 and MSSQL's
 * 11113/11117 (the policy); Oracle's agent (a REJECT); MSSQL's agent (a DROP in the user chain).
 * Lines are numbered from 1: the fixes name them.
 */
const IPTABLES = `*filter
:INPUT ACCEPT [0:0]
:FORWARD DROP [0:0]
:OUTPUT ACCEPT [0:0]
:SOURCES - [0:0]
-A FORWARD -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
-A FORWARD -s 198.18.1.2/32 -d 198.18.2.53/32 -p udp -m udp --dport 53 -j ACCEPT
-A FORWARD -s 198.18.1.2/32 -d 198.18.2.123/32 -p udp -m udp --dport 123 -j ACCEPT
-A FORWARD -d 198.18.2.12/32 -p tcp -m tcp --dport 50051 -j REJECT --reject-with tcp-reset
-A FORWARD -s 198.18.1.2/32 -d 198.18.2.0/24 -j SOURCES
-A FORWARD -s 198.18.2.96/28 -d 198.18.1.2/32 -p tcp -m tcp --dport 80 -j ACCEPT
-A FORWARD -s 198.18.2.12/32 -d 198.18.1.2/32 -p tcp -m multiport --dports 111,2049 -j ACCEPT
-A SOURCES -d 198.18.2.13/32 -j DROP
-A SOURCES -d 198.18.2.32/28 -p tcp -m tcp --dport 443 -j ACCEPT
-A SOURCES -p tcp -m multiport --dports 443,50051 -j ACCEPT
-A SOURCES -d 198.18.2.14/32 -p tcp -m multiport --dports 111,2049 -j ACCEPT
COMMIT
`;

/** The same, in nftables, with a second base chain on forward that drops web01's agent port. */
const NFT = `table inet filter {
\tset sources { type ipv4_addr; flags interval; elements = { 198.18.2.0/24 } }
\tchain forward {
\t\ttype filter hook forward priority 0; policy drop;
\t\tct state established,related accept
\t\tip saddr 198.18.1.2 udp dport { 53, 123 } accept
\t\tip daddr 198.18.2.12 tcp dport 50051 reject with tcp reset
\t\tip saddr 198.18.1.2 ip daddr @sources jump sources
\t\tip saddr 198.18.2.96/28 ip daddr 198.18.1.2 tcp dport 80 accept
\t\tip saddr 198.18.2.12 ip daddr 198.18.1.2 tcp dport { 111, 2049 } accept
\t}
\tchain sources {
\t\tip daddr 198.18.2.13 drop
\t\tip daddr 198.18.2.32/28 tcp dport 443 accept
\t\ttcp dport { 443, 50051 } accept
\t\tip daddr 198.18.2.14 tcp dport { 111, 2049 } accept
\t}
}
table ip late {
\tchain later {
\t\ttype filter hook forward priority 10; policy accept;
\t\tip daddr 198.18.2.10 tcp dport 50051 drop
\t}
}
`;

/** Flows the plan does not need, next to the ones the fixes open: other ports, other hosts. */
const UNNEEDED: Flow[] = [
  { from: CONNECTOR, to: '198.18.2.12', transport: 'tcp', port: 50052 },
  { from: CONNECTOR, to: '198.18.2.13', transport: 'tcp', port: 50052 },
  { from: CONNECTOR, to: '198.18.2.13', transport: 'tcp', port: 443 },
  { from: CONNECTOR, to: '198.18.2.32', transport: 'tcp', port: 903 },
  { from: CONNECTOR, to: '198.18.2.48', transport: 'tcp', port: 902 },
  { from: CONNECTOR, to: '198.18.2.14', transport: 'tcp', port: 446 },
  { from: CONNECTOR, to: '198.18.2.14', transport: 'tcp', port: 22 },
  { from: CONNECTOR, to: '198.18.2.53', transport: 'tcp', port: 54 },
  { from: CONNECTOR, to: '198.18.2.10', transport: 'tcp', port: 8080 },
  { from: '198.18.2.97', to: CONNECTOR, transport: 'tcp', port: 444 },
  { from: '198.18.2.112', to: CONNECTOR, transport: 'tcp', port: 443 },
  { from: '198.18.2.13', to: CONNECTOR, transport: 'tcp', port: 11114 },
  { from: '198.18.2.12', to: CONNECTOR, transport: 'tcp', port: 11113 },
  { from: '198.18.2.14', to: CONNECTOR, transport: 'tcp', port: 2049 },
];

const sh = (cmd: string, args: string[], input?: string) =>
  execFileSync(cmd, args, { encoding: 'utf8', input, stdio: ['pipe', 'pipe', 'pipe'] });

interface FixJson {
  where: string;
  chain: string;
  lines: string[];
  notes: string[];
  opens: { from: string; to: string; transport: string; ports: string };
}
interface AuditJson {
  verdicts: {
    flow: { requirement: string; from: { host: string }; to: { host: string } };
    verdict: string;
    required: boolean;
  }[];
  fixes: FixJson[];
}

/**
 * The iptables-save text with every fix's lines put where its `where` says: before line N, or
 * after line N for an append to a chain whose policy drops the flow. Line numbers are the
 * original file's, so every insertion is placed against them.
 */
function applyIptablesFixes(text: string, fixes: readonly FixJson[]): string {
  const lines = text.split('\n');
  const before = new Map<number, string[]>();
  for (const fix of fixes) {
    let at: number;
    const insert = /^insert before line (\d+) /.exec(fix.where);
    const append = /^append to chain \S+ after line (\d+) /.exec(fix.where);
    if (insert) at = Number(insert[1]);
    else if (append) at = Number(append[1]) + 1;
    else throw new Error(`a fix whose place cannot be followed: ${fix.where}`);
    before.set(at, [...(before.get(at) ?? []), ...fix.lines]);
  }
  return lines.flatMap((line, i) => [...(before.get(i + 1) ?? []), line]).join('\n');
}

describe('the fixes of an audit, applied to the kernel, let the blocked flows through and nothing more', () => {
  let lab: RouterLab | undefined;
  let ns: RouterLab['ns'];
  const dir = mkdtempSync(join(tmpdir(), 'portplan-fix-'));
  const inventory = join(dir, 'lab.yaml');
  const inNs = (n: string, cmd: string, ...args: string[]) => (lab as RouterLab).exec(n, cmd, ...args);
  const required = requiredFlows();
  const all = [...required, ...UNNEEDED];
  const inbound = (f: Flow) => f.to === CONNECTOR;
  const key = (f: Flow) => `${f.from} > ${f.to} ${f.port}/${f.transport}`;

  const cleanup = () => {
    lab?.remove();
    rmSync(dir, { recursive: true, force: true });
  };

  const listen = (n: string, flows: Flow[]) => (lab as RouterLab).listen(n, listenItems(flows));

  /** Connect every flow from where its source lives; the keys of those that passed. */
  const passing = (timeoutMs = 600): Set<string> => {
    const run = (n: string, list: Flow[]) =>
      list.length === 0 ? [] : (lab as RouterLab).connect<Flow>(n, list, timeoutMs);
    const results = [
      ...run(
        ns.c,
        all.filter((f) => !inbound(f)),
      ),
      ...run(ns.s, all.filter(inbound)),
    ];
    return new Set(results.filter((f) => f.passed).map(key));
  };

  /** `portplan audit` of the kernel's copy, as JSON. */
  const audit = (ruleset: string, name: string): AuditJson => {
    const file = join(dir, name);
    writeFileSync(file, ruleset);
    const r = portplan(['audit', inventory, '--ruleset', file, '--format', 'json']);
    expect(r.stderr).toBe('');
    return JSON.parse(r.stdout) as AuditJson;
  };

  /** The required flows between addresses, by verdict: what the audit says of the lab's flows. */
  const addressVerdicts = (report: AuditJson) =>
    report.verdicts
      .filter((v) => v.required && /^[\d./-]+$/.test(v.flow.from.host) && /^[\d./-]+$/.test(v.flow.to.host))
      .map((v) => `${v.flow.requirement} ${v.flow.from.host} > ${v.flow.to.host}: ${v.verdict}`);

  const reset = () => {
    inNs(ns.r, 'nft', 'flush', 'ruleset');
  };

  beforeAll(async () => {
    writeFileSync(inventory, INVENTORY);
    process.once('exit', cleanup);
    const sources = new Set(all.flatMap((f) => (inbound(f) ? [f.from] : [f.to])));
    lab = createRouterLab({ client: [`${CONNECTOR}/24`], server: [...sources].map((a) => `${a}/24`) });
    ns = lab.ns;
    await Promise.all([
      listen(
        ns.s,
        all.filter((f) => !inbound(f)),
      ),
      listen(ns.c, all.filter(inbound)),
    ]);
    // With nothing in the way every flow passes: what is blocked below is the rules' doing.
    expect(all.filter((f) => !passing(2000).has(key(f))).map(key)).toEqual([]);
  }, 30_000);
  afterAll(cleanup);

  /** What the fixes must do: pass the required flows blocked before, and open nothing else. */
  const expectFixed = (before: Set<string>, after: Set<string>) => {
    const blockedRequired = required.filter((f) => !before.has(key(f)));
    // The ruleset really blocks some required flows, and leaves some unneeded ones blocked.
    expect(blockedRequired.length).toBeGreaterThan(5);
    expect(UNNEEDED.filter((f) => !before.has(key(f))).length).toBeGreaterThan(8);
    expect(required.filter((f) => !after.has(key(f))).map(key)).toEqual([]);
    expect(
      all.filter((f) => after.has(key(f)) && !before.has(key(f)) && UNNEEDED.includes(f)).map(key),
    ).toEqual([]);
  };

  it('iptables-save: the printed -A lines, put into the file where each fix says, restored with iptables-restore', () => {
    reset();
    sh('ip', ['netns', 'exec', ns.r, 'iptables-restore'], IPTABLES);
    const before = passing();
    const report = audit(sh('ip', ['netns', 'exec', ns.r, 'iptables-save']), 'kernel.rules');
    // The audit reads the kernel's copy: its line numbers are that file's.
    const kernelCopy = sh('ip', ['netns', 'exec', ns.r, 'iptables-save']);
    const fixes = report.fixes.filter((f) => f.lines.length > 0);
    expect(fixes.length).toBeGreaterThan(3);
    // A fix without lines is one for a name iptables cannot match (the notes say so).
    for (const f of report.fixes.filter((f) => f.lines.length === 0)) expect(f.notes.join()).toMatch(/\S/);
    const fixed = applyIptablesFixes(kernelCopy, fixes);
    sh('ip', ['netns', 'exec', ns.r, 'iptables-restore'], fixed);
    expectFixed(before, passing());
    // The audit of the fixed copy agrees: every required flow between addresses is allowed now.
    const again = audit(sh('ip', ['netns', 'exec', ns.r, 'iptables-save']), 'fixed.rules');
    expect(addressVerdicts(again).filter((v) => !v.endsWith(': allowed'))).toEqual([]);
    expect(again.fixes.filter((f) => f.lines.length > 0)).toEqual([]);
  });

  it('nft-json: the printed nft insert / add rule commands, run as they are', () => {
    reset();
    sh('ip', ['netns', 'exec', ns.r, 'nft', '-f', '-'], NFT);
    const before = passing();
    const report = audit(inNs(ns.r, 'nft', '-j', 'list', 'ruleset'), 'kernel.json');
    const commands = report.fixes.flatMap((f) => f.lines);
    expect(commands.length).toBeGreaterThan(3);
    // A later base chain (table ip late) drops what the first accepts: it gets a fix of its own.
    expect(commands.some((c) => c.startsWith("nft 'insert rule ip late later position "))).toBe(true);
    for (const c of commands) {
      expect(c).toMatch(/^nft '(insert|add) rule /);
      inNs(ns.r, 'sh', '-c', c);
    }
    expectFixed(before, passing());
    const again = audit(inNs(ns.r, 'nft', '-j', 'list', 'ruleset'), 'fixed.json');
    expect(addressVerdicts(again).filter((v) => !v.endsWith(': allowed'))).toEqual([]);
    expect(again.fixes.filter((f) => f.lines.length > 0)).toEqual([]);
  });
});
