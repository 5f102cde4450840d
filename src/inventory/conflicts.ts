// One host in two roles that cannot share it: two connectors, a data source on a connector, a vCenter on two platforms.
import {
  type AddressBlock,
  type AddressKind,
  addressBlock,
  addressKey,
  classifyAddress,
  compareBlocks,
  isIp,
} from '../common/address.js';
import { describeValue, formatPath, type Locate, type Path } from '../common/yaml-source.js';
import type { Problem } from '../errors.js';

/** An address as written at one place of the inventory. */
interface Place {
  path: Path;
  address: string;
  /** The host's one spelling (see `hostKey`). */
  key: string;
  kind: AddressKind;
}

/** A host's one spelling: `addressKey`, with a /32, /128 or one-address range read as that address. */
function hostKey(address: string): { key: string; kind: AddressKind } | undefined {
  // Most hosts are IPv4 addresses, already in their one spelling: 100,000 of them are checked at once.
  if (!address.includes('/') && !address.includes('-') && !address.includes(':') && isIp(address))
    return { key: address, kind: 'ip' };
  const c = classifyAddress(address);
  if ('error' in c) return undefined;
  const key = addressKey(address, c.kind);
  if (c.kind === 'cidr') {
    const [ip = '', bits] = key.split('/');
    if (bits === '128' || (bits === '32' && !ip.includes(':'))) return { key: ip, kind: c.kind };
  }
  if (c.kind === 'range') {
    const [first, last] = key.split('-');
    if (first === last) return { key: first ?? key, kind: c.kind };
  }
  return { key, kind: c.kind };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The place of `record[field]` when it is an address. */
function place(record: unknown, path: Path, field: string): Place | undefined {
  if (!isRecord(record)) return undefined;
  const address = record[field];
  if (typeof address !== 'string') return undefined;
  const host = hostKey(address);
  return host === undefined ? undefined : { path: [...path, field], address, ...host };
}

/** Every address of a list field, e.g. the `esxi` of one vCenter. */
function places(record: unknown, path: Path, field: string): Place[] {
  if (!isRecord(record)) return [];
  return list(record[field]).flatMap((address, i) => {
    const host = typeof address === 'string' ? hostKey(address) : undefined;
    return host === undefined ? [] : [{ path: [...path, field, i], address: address as string, ...host }];
  });
}

/** A place given to one of several roles that exclude each other, e.g. a platform or an OS. */
interface Claim {
  place: Place;
  /** The role, e.g. `on-prem` or `linux`: two claims of different roles must not share an address. */
  role: string;
}

const SAME = 'is also listed';

/** How a block stands to another one it overlaps, for the message. */
function relation(block: AddressBlock, other: Claim, otherBlock: AddressBlock): string {
  const theirs = describeValue(other.place.address);
  if (block.first === otherBlock.first && block.last === otherBlock.last) return SAME;
  if (otherBlock.first <= block.first && block.last <= otherBlock.last) return `is inside ${theirs}, listed`;
  if (block.first <= otherBlock.first && otherBlock.last <= block.last) return `contains ${theirs}, listed`;
  return `overlaps ${theirs}, listed`;
}

/**
 * Calls `conflict` once for each claim that shares an address with an earlier claim of another role:
 * hostnames when they are spelt alike, addresses, CIDRs and ranges when their blocks overlap.
 * One sort and one sweep, keeping for each role the block that reaches furthest: if any earlier
 * block of a role overlaps the next one, that one does, so 100,000 hosts are never compared in pairs.
 */
function overlappingRoles(
  claims: readonly Claim[],
  conflict: (claim: Claim, first: Claim, how: string) => void,
): void {
  const names = new Map<string, Claim>();
  const blocks: { claim: Claim; block: AddressBlock }[] = [];
  for (const claim of claims) {
    const block = addressBlock(claim.place.address, claim.place.kind);
    if (block) {
      blocks.push({ claim, block });
      continue;
    }
    const first = names.get(claim.place.key);
    if (!first) names.set(claim.place.key, claim);
    else if (first.role !== claim.role) conflict(claim, first, SAME);
  }
  // Stable: blocks that start together stay in file order, so the later one is reported.
  blocks.sort((a, b) => compareBlocks(a.block, b.block));
  let family = 0;
  let furthest = new Map<string, { claim: Claim; block: AddressBlock }>();
  for (const item of blocks) {
    const { claim, block } = item;
    if (block.family !== family) {
      family = block.family;
      furthest = new Map();
    }
    for (const [role, other] of furthest) {
      if (role !== claim.role && other.block.last >= block.first) {
        // One problem per host: the other role it meets first is enough to act on.
        conflict(claim, other.claim, relation(block, other.claim, other.block));
        break;
      }
    }
    const mine = furthest.get(claim.role);
    if (!mine || block.last > mine.block.last) furthest.set(claim.role, item);
  }
}

/**
 * Addresses given to two roles that cannot share one host, each reported at the second place (in
 * address order for overlapping blocks) and naming the first: two connectors with one address; a data source at a connector's address; one
 * vCenter or ESXi host under two platforms; one Oracle host as both Linux and Windows. Platforms and
 * OSes are compared by overlap (an ESXi host under vmc inside another vCenter's on-prem CIDR), the
 * rest by host. Roles that may share a host (one server for DNS and NTP, an Oracle and an SQL
 * Server database on one machine, a physical server that is also an Oracle host) are not compared.
 * Takes the inventory as parsed, before or after validation: malformed parts are skipped, so that
 * these problems are reported together with the schema's.
 */
export function addressConflicts(raw: unknown, file: string, locate: Locate): Problem[] {
  if (!isRecord(raw)) return [];
  const problems: Problem[] = [];
  const where = (p: Place): string => {
    const at = locate(p.path);
    return at ? `${formatPath(p.path)}, ${file}:${at.line}:${at.column}` : formatPath(p.path);
  };
  const report = (p: Place, message: string) =>
    problems.push({ file, position: locate(p.path), field: formatPath(p.path), message });

  const connectors = new Map<string, { place: Place; name: unknown }>();
  for (const [i, c] of list(raw.connectors).entries()) {
    const p = place(c, ['connectors', i], 'address');
    if (!p) continue;
    const first = connectors.get(p.key);
    if (first) {
      report(
        p,
        `${describeValue(p.address)} is also the address of connector ${connectorName(first.name)} (${where(first.place)}); each connector needs an address of its own`,
      );
    } else connectors.set(p.key, { place: p, name: isRecord(c) ? c.name : undefined });
  }

  const sources = isRecord(raw.sources) ? raw.sources : {};
  const hosts: Place[] = [];
  const platforms: Claim[] = [];
  for (const [i, v] of list(sources.vmware).entries()) {
    const path = ['sources', 'vmware', i];
    const role = isRecord(v) && typeof v.platform === 'string' ? v.platform : 'on-prem';
    const vcenter = place(v, path, 'vcenter');
    for (const p of [...(vcenter ? [vcenter] : []), ...places(v, path, 'esxi')]) {
      hosts.push(p);
      platforms.push({ place: p, role });
    }
  }
  overlappingRoles(platforms, (claim, first, how) => {
    const what = claim.place.path.includes('vcenter') ? 'vCenter' : 'ESXi host';
    report(
      claim.place,
      `${describeValue(claim.place.address)} ${how} with platform ${first.role} (${where(first.place)}); one ${what} runs on one platform: ${how === SAME ? 'list it once, with its own platform' : 'list each address under one platform only'}`,
    );
  });
  for (const [i, h] of list(sources.hyperv).entries()) {
    const path = ['sources', 'hyperv', i];
    const host = place(h, path, 'host');
    hosts.push(...(host ? [host] : []), ...places(h, path, 'guests'));
  }
  for (const workload of ['physical', 'mssql', 'nas']) {
    for (const [i, s] of list(sources[workload]).entries()) {
      const p = place(s, ['sources', workload, i], 'host');
      if (p) hosts.push(p);
    }
  }
  const oses: Claim[] = [];
  for (const [i, o] of list(sources.oracle).entries()) {
    const p = place(o, ['sources', 'oracle', i], 'host');
    if (!p) continue;
    hosts.push(p);
    if (isRecord(o) && typeof o.os === 'string') oses.push({ place: p, role: o.os });
  }
  overlappingRoles(oses, (claim, first, how) => {
    report(
      claim.place,
      `${describeValue(claim.place.address)} ${how} with os ${first.role} (${where(first.place)}); one Oracle host runs one OS: ${how === SAME ? 'list it once, with its own os' : 'list each address under one os only'}`,
    );
  });

  // A data-source CIDR or range that merely contains a connector is allowed: connectors sit in the
  // server or ESXi subnets they protect, and a /24 written around one would take eight CIDRs. The
  // block stands for the hosts in it, as it does for the router in it; only the exact address says
  // the connector itself is a data source.
  for (const p of hosts) {
    const connector = connectors.get(p.key);
    if (connector) {
      report(
        p,
        `${describeValue(p.address)} is the address of connector ${connectorName(connector.name)} (${where(connector.place)}); a data source cannot be at a connector's address`,
      );
    }
  }
  return problems;
}

function connectorName(name: unknown): string {
  return typeof name === 'string' ? describeValue(name) : '(unnamed)';
}
