// chronyd for prober tests: a config in a temp dir, run in the foreground in a lab namespace, never
// touching the host's clock (-x), its Unix command socket, or its drift and pid files.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lab } from './lab.js';

export interface Chronyd {
  /** The address it serves NTP (123/udp) and, with `cmdallow`, commands (323/udp) on. */
  address: string;
  /** `local stratum N`: serve the local clock as synchronised; without it, chronyd says it is not. */
  localStratum?: number;
  /** Hosts allowed to send monitoring commands (`cmdallow`); none: the command port is closed. */
  cmdallow?: string;
}

/** Write `dir/<name>.conf` and start chronyd with it in the lab's server namespace. */
export function startChronyd(lab: Lab, dir: string, name: string, options: Chronyd): void {
  const file = (ext: string) => join(dir, `${name}.${ext}`);
  const lines = [
    'allow 198.18.0.0/15',
    'port 123',
    `bindaddress ${options.address}`,
    ...(options.localStratum ? [`local stratum ${options.localStratum}`] : []),
    ...(options.cmdallow
      ? ['cmdport 323', `bindcmdaddress ${options.address}`, `cmdallow ${options.cmdallow}`]
      : ['cmdport 0']),
    // "/" turns off the Unix command socket, which would otherwise be the host's /run/chrony.
    'bindcmdaddress /',
    `pidfile ${file('pid')}`,
    `driftfile ${file('drift')}`,
  ];
  writeFileSync(file('conf'), `${lines.join('\n')}\n`);
  // -d: foreground, logging to stderr; -x: never adjust the clock; -u root: no switch to _chrony,
  // which could not write to the test's private temp dir.
  lab.start(lab.server, 'chronyd', ['-d', '-x', '-u', 'root', '-f', file('conf')]);
}
