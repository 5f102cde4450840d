// Samba's smbd for prober tests: in the foreground in a lab namespace, every directory it writes (locks,
// state, cache, secrets, pid, RPC sockets, logs) in a temp dir, bound to one lab address only.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lab } from './lab.js';
import { waitForTcp } from './peers.js';

export interface Smbd {
  /** The lab address it binds (`interfaces`, `bind interfaces only`). */
  address: string;
  /** More `[global]` lines: `server max protocol = NT1`, `server signing = mandatory`… */
  settings?: string[];
}

/**
 * Write `dir/<name>/smb.conf` and start smbd with it in the lab's server namespace, listening on
 * 445/tcp of `address` only; resolves once it listens.
 */
export async function startSmbd(lab: Lab, dir: string, name: string, options: Smbd): Promise<void> {
  const home = join(dir, name);
  const sub = (d: string) => {
    const path = join(home, d);
    mkdirSync(path, { recursive: true });
    return path;
  };
  const lines = [
    '[global]',
    'server role = standalone server',
    'workgroup = LAB',
    `netbios name = ${name.toUpperCase().slice(0, 15)}`,
    `interfaces = ${options.address}`,
    'bind interfaces only = yes',
    'smb ports = 445',
    'disable netbios = yes',
    // Where the host's own smbd would keep its databases and sockets: all in the temp dir instead.
    `lock directory = ${sub('lock')}`,
    `state directory = ${sub('state')}`,
    `cache directory = ${sub('cache')}`,
    `private dir = ${sub('private')}`,
    `pid directory = ${sub('pid')}`,
    `ncalrpc dir = ${sub('ncalrpc')}`,
    `binddns dir = ${sub('bind-dns')}`,
    `log file = ${join(sub('log'), 'log.%m')}`,
    `passdb backend = tdbsam:${join(home, 'private', 'passdb.tdb')}`,
    'load printers = no',
    'printcap name = /dev/null',
    'disable spoolss = yes',
    ...(options.settings ?? []),
  ];
  const config = join(home, 'smb.conf');
  writeFileSync(config, `${lines.join('\n')}\n`);
  // Not `--no-process-group`: smbd's parent ends by signalling its whole process group (`kill(0,
  // SIGTERM)`), which would then be the test runner's. In a group of its own it keeps its pid, so the
  // lab still stops it by pid.
  lab.start(lab.server, '/usr/sbin/smbd', ['--foreground', '--debug-stdout', '-s', config]);
  await waitForTcp(lab, options.address, 445);
}
