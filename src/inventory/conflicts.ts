// One host in two roles that cannot share it: two connectors, a data source on a connector, a vCenter on two platforms.
import { addressKey, classifyAddress, isIp } from '../common/address.js';
import { describeValue, formatPath, type Locate, type Path } from '../common/yaml-source.js';
import type { Problem } from '../errors.js';

/** An address as written at one place of the inventory. */
interface Place {
  path: Path;
  address: string;
  /** The host's one spelling (see `hostKey`). */
  key: string;
}

/** A host's one spelling: `addressKey`, with a /32, /128 or one-address range read as that address. */
function hostKey(address: string): string | undefined {
  // Most hosts are IPv4 addresses, already in their one spelling: 100,000 of them are checked at once.
  if (!address.includes('/') && !address.includes('-') && !address.includes(':') && isIp(address))
    return address;
  const c = classifyAddress(address);
  if ('error' in c) return undefined;
  const key = addressKey(address, c.kind);
  if (c.kind === 'cidr') {
    const [ip = '', bits] = key.split('/');
    if (bits === '128' || (bits === '32' && !ip.includes(':'))) return ip;
  }
  if (c.kind === 'range') {
    const [first, last] = key.split('-');
    if (first === last) return first;
  }
  return key;
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
  const key = hostKey(address);
  return key === undefined ? undefined : { path: [...path, field], address, key };
}

/** Every address of a list field, e.g. the `esxi` of one vCenter. */
function places(record: unknown, path: Path, field: string): Place[] {
  if (!isRecord(record)) return [];
  return list(record[field]).flatMap((address, i) => {
    const key = typeof address === 'string' ? hostKey(address) : undefined;
    return key === undefined ? [] : [{ path: [...path, field, i], address: address as string, key }];
  });
}

/**
 * Addresses given to two roles that cannot share one host, each reported at the second place and
 * naming the first: two connectors with one address; a data source at a connector's address; one
 * vCenter or ESXi host under two platforms; one Oracle host as both Linux and Windows. Roles that
 * may share a host (one server for DNS and NTP, an Oracle and an SQL Server database on one
 * machine, a physical server that is also an Oracle host) are not compared. Takes the inventory as
 * parsed, before or after validation: malformed parts are skipped, so that these problems are
 * reported together with the schema's.
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
  const platforms = new Map<string, { place: Place; platform: string }>();
  for (const [i, v] of list(sources.vmware).entries()) {
    const path = ['sources', 'vmware', i];
    const platform = isRecord(v) && typeof v.platform === 'string' ? v.platform : 'on-prem';
    const vcenter = place(v, path, 'vcenter');
    for (const [p, what] of [
      ...(vcenter ? [[vcenter, 'vCenter'] as const] : []),
      ...places(v, path, 'esxi').map((p) => [p, 'ESXi host'] as const),
    ]) {
      hosts.push(p);
      const first = platforms.get(p.key);
      if (!first) platforms.set(p.key, { place: p, platform });
      else if (first.platform !== platform) {
        report(
          p,
          `${describeValue(p.address)} is also listed with platform ${first.platform} (${where(first.place)}); one ${what} runs on one platform: list it once, with its own platform`,
        );
      }
    }
  }
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
  const oses = new Map<string, { place: Place; os: string }>();
  for (const [i, o] of list(sources.oracle).entries()) {
    const p = place(o, ['sources', 'oracle', i], 'host');
    if (!p) continue;
    hosts.push(p);
    const os = isRecord(o) && typeof o.os === 'string' ? o.os : undefined;
    if (os === undefined) continue;
    const first = oses.get(p.key);
    if (!first) oses.set(p.key, { place: p, os });
    else if (first.os !== os) {
      report(
        p,
        `${describeValue(p.address)} is also listed with os ${first.os} (${where(first.place)}); one Oracle host runs one OS: list it once, with its own os`,
      );
    }
  }

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
