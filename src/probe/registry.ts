// The one list of probers: which application protocol each catalog `app` is checked with.
import type { App } from '../catalog/schema.js';
import type { Prober } from './_prober.js';
import { chronyc } from './chronyc.js';
import { dns } from './dns.js';
import { grpc } from './grpc.js';
import { http } from './http.js';
import { https } from './https.js';
import { mssql } from './mssql.js';
import { nfs } from './nfs.js';
import { ntp } from './ntp.js';
import { portmapper } from './portmapper.js';
import { smb } from './smb.js';
import { ssh } from './ssh.js';
import { tcp } from './tcp.js';
import { vmwareAuthd } from './vmware-authd.js';
import { winrm } from './winrm.js';

/** Every prober. Adding one is a file and a line here. */
export const PROBERS: readonly Prober[] = [
  tcp,
  dns,
  ntp,
  chronyc,
  ssh,
  vmwareAuthd,
  http,
  https,
  grpc,
  portmapper,
  nfs,
  smb,
  mssql,
  winrm,
];

/** The prober for an application protocol; plain TCP where none speaks it yet. */
export function proberFor(app: App, transport: 'tcp' | 'udp'): Prober | undefined {
  return (
    PROBERS.find((p) => p.name === app && p.transports.includes(transport)) ??
    (transport === 'tcp' ? tcp : undefined)
  );
}
