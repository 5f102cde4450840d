// A network lab for prober tests: two namespaces joined by a veth pair, addresses from 198.18.0.0/15,
// no route out of either, real daemons started inside, everything removed by name and pid afterwards.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { ROOT } from '../paths.js';

/** The client's address, where the probers run. */
export const CLIENT = '198.18.0.1';
/** The server's first address; `serverAddress(n)` gives more on the same link. */
export const SERVER = '198.18.0.2';

/** IPv6 ends of the same link, from the benchmarking range 2001:2::/48 (RFC 5180). */
export const CLIENT6 = '2001:2::1';
export const SERVER6 = '2001:2::2';

export function serverAddress(n: number): string {
  return `198.18.0.${10 + n}`;
}

/** One result as test/lab/run-probes.ts prints it: the probe's outcome, evidence and where it went. */
export interface ProbeRow {
  outcome: string;
  attempts: number;
  address: string;
  port: number;
  evidence: Record<string, unknown>;
}

export interface Lab {
  readonly client: string;
  readonly server: string;
  /** Run a command in a namespace and return its standard output (also on a failing exit, with `failing`). */
  exec(ns: string, command: string, args: string[], input?: string, failing?: boolean): string;
  /** Start a daemon in a namespace; stopped by pid when the lab is removed. */
  start(ns: string, command: string, args: string[]): ChildProcess;
  /** Load an nftables ruleset into a namespace. */
  nft(ns: string, ruleset: string): void;
  /** Run probes from the client namespace (test/lab/run-probes.ts) and return their results. */
  probe<T = ProbeRow>(input: unknown, openFiles?: number): T[];
  /** Remove the namespaces and stop every process started: safe to call more than once. */
  remove(): void;
}

function run(command: string, args: string[], input?: string): string {
  return execFileSync(command, args, { encoding: 'utf8', input, stdio: ['pipe', 'pipe', 'pipe'] });
}

/** Whether a process is alive (signal 0 checks without sending anything). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Remove a namespace by name with the processes still inside (a daemon that forked): quiet if already gone. */
export function removeNamespace(ns: string): void {
  try {
    for (const pid of run('ip', ['netns', 'pids', ns]).split('\n').filter(Boolean)) {
      try {
        process.kill(Number(pid), 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    run('ip', ['netns', 'del', ns]);
  } catch {
    // Already removed.
  }
}

/**
 * Remove the namespaces of labs whose test process died before it could (a worker killed by the
 * runner): they are named after that process's pid, so only ours, and only orphans, go. Router
 * labs (test/lab/router.ts) add a `-r` namespace to the client's and server's.
 */
export function removeOrphans(): void {
  for (const line of run('ip', ['netns', 'list']).split('\n')) {
    const m = /^(pp(\d+)[0-9a-f]{4}-[crs])\b/.exec(line);
    if (!m || alive(Number(m[2]))) continue;
    try {
      for (const pid of run('ip', ['netns', 'pids', m[1] as string])
        .split('\n')
        .filter(Boolean)) {
        process.kill(Number(pid), 'SIGKILL');
      }
      run('ip', ['netns', 'del', m[1] as string]);
    } catch {
      // Another run removed it first.
    }
  }
}

/**
 * Build the lab. Names are unique per call (`pp-<pid>-<random>-c`/`-s`), so parallel runs never
 * meet. The server side gets `extra` more addresses (`serverAddress(0…extra-1)`).
 */
export function createLab(extra = 4): Lab {
  removeOrphans();
  const id = `pp${process.pid}${randomBytes(2).toString('hex')}`;
  const client = `${id}-c`;
  const server = `${id}-s`;
  const children: ChildProcess[] = [];
  const made: string[] = [];
  const lab: Lab = {
    client,
    server,
    exec(ns, command, args, input, failing = false) {
      try {
        return run('ip', ['netns', 'exec', ns, command, ...args], input);
      } catch (error) {
        // A command that exits 1 to say "some check failed" still printed its report.
        const e = error as { stdout?: string };
        if (failing && typeof e.stdout === 'string') return e.stdout;
        throw error;
      }
    },
    start(ns, command, args) {
      const child = spawn('ip', ['netns', 'exec', ns, command, ...args], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      children.push(child);
      return child;
    },
    nft(ns, ruleset) {
      run('ip', ['netns', 'exec', ns, 'nft', '-f', '-'], ruleset);
    },
    probe<T = ProbeRow>(input: unknown, openFiles?: number): T[] {
      // The runner under `ulimit -n`, when a test wants to see the scheduler stay within it.
      const node = openFiles
        ? ['sh', '-c', `ulimit -n ${openFiles} && exec "$0" "$@"`, process.execPath]
        : [process.execPath];
      const out = run(
        'ip',
        [
          'netns',
          'exec',
          client,
          ...node,
          join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
          join(ROOT, 'test/lab/run-probes.ts'),
        ],
        JSON.stringify(input),
      );
      return JSON.parse(out) as T[];
    },
    remove() {
      for (const child of children.splice(0)) {
        if (child.pid !== undefined && child.exitCode === null) {
          try {
            process.kill(child.pid, 'SIGTERM');
          } catch {
            // Already gone.
          }
        }
      }
      for (const ns of made.splice(0)) removeNamespace(ns);
    },
  };
  try {
    for (const ns of [client, server]) {
      run('ip', ['netns', 'add', ns]);
      made.push(ns);
      lab.exec(ns, 'ip', ['link', 'set', 'lo', 'up']);
      // No duplicate address detection on the lab's links: IPv6 works at once, not a second or two later.
      lab.exec(ns, 'sysctl', [
        '-q',
        '-w',
        'net.ipv6.conf.all.accept_dad=0',
        'net.ipv6.conf.default.accept_dad=0',
      ]);
    }
    run('ip', [
      'link',
      'add',
      `${id}a`,
      'netns',
      client,
      'type',
      'veth',
      'peer',
      'name',
      `${id}b`,
      'netns',
      server,
    ]);
    lab.exec(client, 'ip', ['addr', 'add', `${CLIENT}/24`, 'dev', `${id}a`]);
    lab.exec(server, 'ip', ['addr', 'add', `${SERVER}/24`, 'dev', `${id}b`]);
    for (let n = 0; n < extra; n++)
      lab.exec(server, 'ip', ['addr', 'add', `${serverAddress(n)}/24`, 'dev', `${id}b`]);
    // nodad: the addresses are usable at once, not after duplicate address detection.
    lab.exec(client, 'ip', ['-6', 'addr', 'add', `${CLIENT6}/64`, 'dev', `${id}a`, 'nodad']);
    lab.exec(server, 'ip', ['-6', 'addr', 'add', `${SERVER6}/64`, 'dev', `${id}b`, 'nodad']);
    lab.exec(client, 'ip', ['link', 'set', `${id}a`, 'up']);
    lab.exec(server, 'ip', ['link', 'set', `${id}b`, 'up']);
    // The link is usable once both ends have carrier and no IPv6 address is still tentative:
    // probes sent before that are lost, and read as filtered.
    for (let i = 0; ; i++) {
      const ready = [
        [client, `${id}a`],
        [server, `${id}b`],
      ].every(([ns, dev]) => {
        const link = lab.exec(ns as string, 'ip', ['-o', 'link', 'show', 'dev', dev as string]);
        const tentative = lab.exec(ns as string, 'ip', [
          '-o',
          '-6',
          'addr',
          'show',
          'dev',
          dev as string,
          'tentative',
        ]);
        return link.includes('LOWER_UP') && tentative.trim() === '';
      });
      if (ready) break;
      if (i > 200) throw new Error('the lab link did not come up in 2 s');
      execFileSync('sleep', ['0.01']);
    }
    // No default route in either namespace: a probe meant for anywhere else fails here.
  } catch (error) {
    lab.remove();
    throw error;
  }
  process.once('exit', () => lab.remove());
  return lab;
}

/** Wait until something listens on `port` (TCP, or UDP with `udp`) in `ns`: daemons take a moment. */
export async function waitForListener(lab: Lab, ns: string, port: number, udp = false): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const out = lab.exec(ns, 'ss', [udp ? '-lnu' : '-lnt', `sport = :${port}`]);
    if (out.split('\n').length > 2) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`nothing listens on ${port}/${udp ? 'udp' : 'tcp'} in ${ns} after 5 s`);
}
