// A namespace router lab: a client (connector) namespace and a server (sources) namespace, each
// joined by a veth pair to a router namespace that forwards between them, addresses from
// 198.18.0.0/15 (and 2001:2::/48), default routes through the router and nothing else. Named like
// test/lab/lab.ts's labs (`pp<pid><hex>-c`/`-r`/`-s`), so its orphan cleanup finds them; removed by
// name and pid in `remove`, at exit, and when building fails.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { ROOT } from '../paths.js';
import { removeNamespace, removeOrphans } from './lab.js';

const FLOWS_SCRIPT = join(ROOT, 'test/lab/flows.mjs');

const sh = (cmd: string, args: string[], input?: string) =>
  execFileSync(cmd, args, { encoding: 'utf8', input, stdio: ['pipe', 'pipe', 'pipe'] });

export interface RouterLabOptions {
  /** Addresses with their prefix on the client's link (`198.18.1.2/24`). */
  client: readonly string[];
  /** Addresses with their prefix on the server's link. */
  server: readonly string[];
  /** The router's addresses toward the client: the first IPv4 (and IPv6) one is the client's default route. */
  routerClient?: readonly string[];
  /** The router's addresses toward the server: the first IPv4 (and IPv6) one is the server's default route. */
  routerServer?: readonly string[];
  /** IPv6 too: no duplicate address detection, IPv6 default routes and forwarding. */
  ipv6?: boolean;
}

/** One listening socket of test/lab/flows.mjs. */
export interface ListenItem {
  transport: string;
  port: number;
  address: string;
}

export interface RouterLab {
  readonly id: string;
  /** The namespaces: client, router, server. */
  readonly ns: { readonly c: string; readonly r: string; readonly s: string };
  /** Run a command in a namespace (`ip netns exec`) and return its standard output. */
  exec(ns: string, ...args: string[]): string;
  /** The same with `input` on standard input (`nft -f -`, `iptables-restore`). */
  feed(ns: string, input: string, ...args: string[]): string;
  /** Start test/lab/flows.mjs listening in a namespace; resolves once it is ready, stopped by `remove`. */
  listen(ns: string, items: readonly ListenItem[]): Promise<ChildProcess>;
  /** Connect flows with test/lab/flows.mjs from a namespace; each comes back with `passed`. */
  connect<T>(ns: string, flows: readonly unknown[], timeoutMs: number): T[];
  /** Stop the listeners and remove the namespaces by name: safe to call more than once. */
  remove(): void;
}

/** The listening sockets a set of flows needs: TCP on every address, one a port; UDP on each destination. */
export function listenItems(flows: readonly { to: string; transport: string; port: number }[]): ListenItem[] {
  return [
    ...new Map(
      flows.map((f) => [`${f.transport}/${f.port}${f.transport === 'udp' ? f.to : ''}`, f]),
    ).values(),
  ].map((f) => ({ transport: f.transport, port: f.port, address: f.to }));
}

const bare = (a: string) => a.split('/')[0] as string;

/** Build the lab, or remove what was made and throw. */
export function createRouterLab(options: RouterLabOptions): RouterLab {
  const { routerClient = ['198.18.1.1/24'], routerServer = ['198.18.2.1/24'], ipv6 = false } = options;
  removeOrphans();
  const id = `pp${process.pid}${randomBytes(2).toString('hex')}`;
  const ns = { c: `${id}-c`, r: `${id}-r`, s: `${id}-s` };
  const made: string[] = [];
  const children: ChildProcess[] = [];
  const exec = (n: string, ...args: string[]) => sh('ip', ['netns', 'exec', n, ...args]);
  const remove = () => {
    for (const c of children.splice(0)) if (c.pid !== undefined && c.exitCode === null) c.kill('SIGKILL');
    for (const n of made.splice(0)) removeNamespace(n);
  };
  const lab: RouterLab = {
    id,
    ns,
    exec,
    feed: (n, input, ...args) => sh('ip', ['netns', 'exec', n, ...args], input),
    listen(n, items) {
      const child = spawn('ip', [
        'netns',
        'exec',
        n,
        process.execPath,
        FLOWS_SCRIPT,
        'listen',
        JSON.stringify(items),
      ]);
      children.push(child);
      return new Promise<ChildProcess>((resolve, reject) => {
        child.stdout.on('data', (d: Buffer) => d.toString().includes('ready') && resolve(child));
        child.on('exit', (code) => reject(new Error(`listener in ${n} exited ${code}`)));
      });
    },
    connect<T>(n: string, flows: readonly unknown[], timeoutMs: number): T[] {
      return JSON.parse(
        exec(n, process.execPath, FLOWS_SCRIPT, 'connect', JSON.stringify(flows), String(timeoutMs)),
      ) as T[];
    },
    remove,
  };
  process.once('exit', remove);
  try {
    for (const n of Object.values(ns)) {
      sh('ip', ['netns', 'add', n]);
      made.push(n);
      exec(n, 'ip', 'link', 'set', 'lo', 'up');
      // No duplicate address detection: a tentative link-local address delays the first IPv6
      // connections past the connect timeout.
      if (ipv6)
        for (const conf of ['all', 'default'])
          exec(n, 'sysctl', '-q', '-w', `net.ipv6.conf.${conf}.accept_dad=0`);
    }
    for (const side of ['c', 's'] as const)
      sh('ip', [
        'link',
        'add',
        `${id}${side}`,
        'netns',
        ns[side],
        'type',
        'veth',
        'peer',
        'name',
        `${id}r${side}`,
        'netns',
        ns.r,
      ]);
    const addrs: [string, string, readonly string[]][] = [
      [ns.c, `${id}c`, options.client],
      [ns.s, `${id}s`, options.server],
      [ns.r, `${id}rc`, routerClient],
      [ns.r, `${id}rs`, routerServer],
    ];
    for (const [n, dev, list] of addrs) {
      for (const a of list)
        exec(n, 'ip', 'addr', 'add', a, 'dev', dev, ...(a.includes(':') ? ['nodad'] : []));
      exec(n, 'ip', 'link', 'set', dev, 'up');
    }
    for (const [n, gateways] of [
      [ns.c, routerClient],
      [ns.s, routerServer],
    ] as const) {
      const v4 = gateways.find((a) => !a.includes(':'));
      const v6 = gateways.find((a) => a.includes(':'));
      if (v4) exec(n, 'ip', 'route', 'add', 'default', 'via', bare(v4));
      if (ipv6 && v6) exec(n, 'ip', '-6', 'route', 'add', 'default', 'via', bare(v6));
    }
    exec(ns.r, 'sysctl', '-q', '-w', 'net.ipv4.ip_forward=1');
    if (ipv6) exec(ns.r, 'sysctl', '-q', '-w', 'net.ipv6.conf.all.forwarding=1');
  } catch (error) {
    remove();
    throw error;
  }
  return lab;
}
