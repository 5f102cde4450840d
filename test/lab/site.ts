// The site the namespace-router proofs share: a connector on one side of the router, every kind
// of data source on the other (lab addresses), and the plan's required flows between addresses.
import { builtinCatalog } from '../../src/catalog/read.js';
import { hostAddresses } from '../../src/common/address.js';
import { loadInventory } from '../../src/inventory/load.js';
import { planInventory } from '../../src/plan/plan.js';

/** The connector's address, in the router lab's client namespace. */
export const CONNECTOR = '198.18.1.2';

/** The inventory: every source behind the router, in 198.18.2.0/24. */
export const INVENTORY = `cloud: { region: us-west-2 }
connectors: [{ name: sc-01, address: ${CONNECTOR} }]
services: { dns: [198.18.2.53], ntp: [198.18.2.123] }
clients: [198.18.2.96/28]
sources:
  vmware: [{ name: vc01, vcenter: 198.18.2.20, esxi: [198.18.2.32/28] }]
  physical: [{ name: web01, host: 198.18.2.10 }]
  oracle: [{ name: ora01, host: 198.18.2.12, os: linux }]
  mssql: [{ name: sql01, host: 198.18.2.13 }]
  nas: [{ name: nas01, host: 198.18.2.14, protocols: [nfs, smb, snapshot-api] }]
`;

/** One connection to make: `passed` is what the kernel did with it. */
export interface Flow {
  from: string;
  to: string;
  transport: 'tcp' | 'udp';
  port: number;
  passed?: boolean;
}

/** One address a flow end stands for in the lab: the address, or a CIDR's or range's first host. */
const addressOf = (host: string, kind: string) =>
  kind === 'ip'
    ? host
    : kind === 'cidr' || kind === 'range'
      ? hostAddresses(host, kind, 1).addresses[0]
      : undefined;

/** Every required flow of the INVENTORY's plan between addresses, port by port (a range by its ends). */
export function requiredFlows(): Flow[] {
  const plan = planInventory(builtinCatalog(), loadInventory(INVENTORY, 'lab.yaml'));
  return plan.flows.flatMap((f) => {
    if (f.scope !== 'network' || f.ports === 'any') return [];
    const from = addressOf(f.from.host, f.from.kind);
    const to = addressOf(f.to.host, f.to.kind);
    if (!from || !to) return [];
    return [...f.ports, ...(f.portRanges ?? []).flat()].map((port) => ({
      from,
      to,
      transport: f.transport,
      port,
    }));
  });
}
