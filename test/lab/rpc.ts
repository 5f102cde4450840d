// rpcbind and an NFS server (nfs-ganesha, Debian's user-space one) for prober tests, in a lab namespace,
// each with a private /run so they never meet the host's rpcbind or each other.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../paths.js';
import { type Lab, waitForListener } from './lab.js';
import { waitForTcp } from './peers.js';

/**
 * rpcbind in the foreground (`-f`) in the server namespace, answering on 111 (TCP and UDP, every
 * address). It insists on /run/rpcbind.sock and /run/rpcbind.lock, so it runs under a tmpfs on
 * /run: `ip netns exec` gives each command its own mount namespace, so the tmpfs is seen by
 * rpcbind (and by an NFS server joined to it, see `startNfsServer`) alone.
 *
 * `denyAll` puts a hosts.deny of `rpcbind: ALL` (TCP wrappers, which Debian's rpcbind is built
 * with) over /etc/hosts.deny in that namespace: rpcbind then answers every remote call with
 * AUTH_ERROR, as a hardened portmapper does. Returns rpcbind's pid.
 */
export async function startRpcbind(
  lab: Lab,
  dir: string,
  options: { denyAll?: boolean } = {},
): Promise<number> {
  const steps = ['mount -t tmpfs tmpfs /run'];
  if (options.denyAll) {
    const deny = join(dir, 'hosts.deny');
    writeFileSync(deny, 'rpcbind: ALL\n');
    steps.push(`mount --bind ${deny} /etc/hosts.deny`);
  }
  steps.push('exec rpcbind -f');
  const child = lab.start(lab.server, 'sh', ['-c', steps.join(' && ')]);
  await waitForListener(lab, lab.server, 111);
  if (child.pid === undefined) throw new Error('rpcbind did not start');
  return child.pid;
}

export interface NfsServer {
  /** NFS versions to offer (`Protocols`): 3, 4 or both. */
  versions: (3 | 4)[];
}

/**
 * nfs-ganesha in the foreground (`-F`), exporting an empty directory of `dir` read-only, and
 * registering with the rpcbind whose pid is `rpcbind`: it joins rpcbind's mount namespace
 * (`nsenter --mount`) to reach its /run/rpcbind.sock. Its log, pid file and NFSv4 recovery
 * state are in `dir`; no grace period, no lock manager, no quotas. It listens on 2049 of every
 * address (ganesha 4.3 binds its IPv6 socket to the wildcard whatever `Bind_addr` says), so
 * nothing else in that namespace can have 2049.
 *
 * The kernel's NFS server would be the first choice, but this sandbox's kernel has no nfsd;
 * ganesha is a real NFS server that speaks the same RPC on the wire.
 */
export async function startNfsServer(
  lab: Lab,
  dir: string,
  rpcbind: number,
  server: NfsServer,
): Promise<void> {
  const home = join(dir, `ganesha-${lab.server}`);
  mkdirSync(join(home, 'export'), { recursive: true });
  mkdirSync(join(home, 'recovery'), { recursive: true });
  const config = join(home, 'ganesha.conf');
  writeFileSync(
    config,
    `NFS_CORE_PARAM {
  Protocols = ${server.versions.join(', ')};
  NFS_Port = 2049;
  Enable_NLM = false;
  Enable_RQUOTA = false;
}
NFSv4 { Graceless = true; RecoveryBackend = fs; RecoveryRoot = ${join(home, 'recovery')}; }
EXPORT {
  Export_Id = 1; Path = ${join(home, 'export')}; Pseudo = /export;
  Access_Type = RO; Squash = root_squash;
  FSAL { Name = VFS; }
}
`,
  );
  lab.start(lab.server, 'nsenter', [
    `--mount=/proc/${rpcbind}/ns/mnt`,
    'ganesha.nfsd',
    '-F',
    '-f',
    config,
    '-L',
    join(home, 'ganesha.log'),
    '-p',
    join(home, 'ganesha.pid'),
    '-N',
    'NIV_WARN',
  ]);
  await waitForListener(lab, lab.server, 2049);
  // ganesha listens before it has registered every program: wait for NFS in rpcbind's table.
  for (let i = 0; i < 100; i++) {
    if (/\b100003\b/.test(lab.exec(lab.server, 'rpcinfo', ['-p', '127.0.0.1']))) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('ganesha did not register NFS with rpcbind after 5 s');
}

/** The stand-in `portplan listen` answers RPC calls with (`serveStandIn`), on `ports` of `address`. */
export async function startRpcStandIn(lab: Lab, address: string, ports: number[]): Promise<void> {
  lab.start(lab.server, process.execPath, [
    join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
    join(ROOT, 'test/lab/rpc-stand-in.ts'),
    address,
    ...ports.map(String),
  ]);
  for (const port of ports) await waitForTcp(lab, address, port);
}
