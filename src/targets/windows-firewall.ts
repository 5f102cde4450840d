// Windows Firewall: PowerShell `New-NetFirewallRule` lines for the Windows data sources that accept
// the connector's flows, one section per host, all in one group so one command removes them.
import { formatBlock } from '../common/address.js';
import type { FlowEnd, Rule } from '../plan/types.js';
import { type Endpoint, endpointText, type FirewallRule, type FirewallTarget } from './_firewall.js';

/** The display group every rule joins: `Remove-NetFirewallRule -Group 'portplan'` removes them all. */
export const WINDOWS_GROUP = 'portplan';

/**
 * Roles whose hosts run Windows: a Hyper-V host and its guests (the 5986 row is WinRM), SQL Server
 * hosts, and physical servers, whose OS the inventory does not give (the lines are for those that
 * run Windows). Oracle hosts say theirs (`os`).
 */
const WINDOWS_ROLES = new Set(['hyperv-host', 'hyperv-guest', 'mssql', 'physical']);

/** Whether a plan end is a Windows machine this output is applied on. */
export function isWindowsEnd(end: FlowEnd): boolean {
  return WINDOWS_ROLES.has(end.role) || (end.role === 'oracle' && end.os === 'windows');
}

// PowerShell takes these four as single quotes too, inside a single-quoted string as well as at
// its ends (its tokenizer's IsSingleQuote): each is doubled like `'`.
const SINGLE_QUOTES = /['\u2018\u2019\u201a\u201b]/g;
// Line breaks of any kind, and other control characters, which a one-line form must not carry.
const BREAKS = /[\p{Cc}\u2028\u2029]+/gu;

/**
 * `s` as a PowerShell single-quoted (verbatim) string: nothing in it is expanded, and every
 * character PowerShell reads as a single quote is doubled. Control characters become spaces.
 *
 * @example
 * psQuote("Cohesity's cloud") // "'Cohesity''s cloud'"
 */
export function psQuote(s: string): string {
  return `'${s.replace(BREAKS, ' ').replace(SINGLE_QUOTES, (q) => q + q)}'`;
}

/** Text for a `#` comment: one line, nothing that ends it. */
const commentText = (s: string) => s.replace(BREAKS, ' ');

/** An address as `-LocalAddress`/`-RemoteAddress` take it: an address, a CIDR, or `first-last`. */
function addressOf(e: Endpoint): string | undefined {
  return e.kind === 'block' ? formatBlock(e.block).host : undefined;
}

/** A name part made of letters, digits, `.` and `-` (the inventory's names already are). */
const namePart = (s: string) => s.replace(/[^A-Za-z0-9.-]+/g, '-');

function portsText(r: FirewallRule): string | undefined {
  if (r.anyPort) return undefined;
  const items = [...r.ports.map(String), ...r.portRanges.map(([a, b]) => psQuote(`${a}-${b}`))];
  return items.join(',');
}

/** `50051/tcp`, `11113-11117/tcp`, `any tcp`: the ports in words. */
function portsLabel(r: FirewallRule): string {
  if (r.anyPort) return `any ${r.transport}`;
  return `${[...r.ports, ...r.portRanges.map(([a, b]) => `${a}-${b}`)].join(',')}/${r.transport}`;
}

/** `-LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12'`, without the parts that are "any". */
function ruleLine(r: FirewallRule, host: Endpoint, name: string): string {
  const remote = r.sources.some((e) => e.kind === 'any')
    ? []
    : r.sources.map(addressOf).filter((a) => a !== undefined);
  const local = addressOf(host);
  const ports = portsText(r);
  const proto = r.transport.toUpperCase();
  return [
    'New-NetFirewallRule',
    `-Name ${psQuote(name)}`,
    `-DisplayName ${psQuote(`portplan ${r.id} ${portsLabel(r)}: ${r.purpose}`)}`,
    `-Group ${psQuote(WINDOWS_GROUP)}`,
    '-Direction Inbound',
    `-Protocol ${proto}`,
    ...(ports !== undefined ? [`-LocalPort ${ports}`] : []),
    ...(local !== undefined ? [`-LocalAddress ${psQuote(local)}`] : []),
    ...(remote.length > 0 ? [`-RemoteAddress ${remote.map(psQuote).join(',')}`] : []),
    '-Action Allow',
    '-Profile Any',
    `-Description ${psQuote(r.comment)}`,
  ].join(' ');
}

/**
 * Windows Firewall, as PowerShell: inbound allow rules on each Windows data source for the flows
 * that end on it, under one display group.
 */
export const windowsFirewall: FirewallTarget = {
  name: 'windows-firewall',
  extension: '.ps1',
  summary: 'PowerShell New-NetFirewallRule for the Windows data sources, one group',
  // Address lists only: New-NetFirewallRule takes no host names. Loopback rows are noted, not
  // opened: Windows Firewall does not filter loopback traffic (Microsoft KB 2771908).
  supports: {
    fqdn: false,
    wildcardFqdn: false,
    ipv6: true,
    portRanges: true,
    anyPort: true,
    hostScope: true,
    comments: true,
  },
  covers: () =>
    'the Windows Firewall of each Windows data source (Hyper-V hosts and guests, SQL Server hosts, physical servers, Oracle hosts with os: windows): the flows that end on it, and the rows that stay on it',
  enforcement: () => 'host',
  selects(rule: Rule) {
    if (rule.scope === 'host') return rule.sources.some(isWindowsEnd);
    // Windows Firewall lets every outgoing connection out unless a site changes that: only the
    // flows a Windows host accepts need a rule.
    return rule.direction !== 'in' && rule.destinations.some(isWindowsEnd);
  },
  hostEnd: (end) => (isWindowsEnd(end) ? 'local' : 'skip'),
  *render(input) {
    const group = psQuote(WINDOWS_GROUP);
    for (const line of input.header) yield `# ${commentText(line)}\n`;
    yield '#\n';
    yield '# Run each section on the host it names, in an elevated PowerShell (NetSecurity module,\n';
    yield '# Windows Server 2012 or later). Each rule is named, so running a line twice fails instead of\n';
    yield '# adding a duplicate; sections for an address or a CIDR carry it as -LocalAddress and match\n';
    yield '# only there. Physical servers: the inventory does not give their OS; their sections are for\n';
    yield '# those that run Windows. Linux hosts (and Oracle hosts with os: linux) get nothing here.\n';
    yield '# Outgoing flows from these hosts need no rule while the outbound default stays Allow.\n';
    yield `# Remove every rule of this file: Remove-NetFirewallRule -Group ${group}\n`;

    // One section per Windows host, in the order the rules first name them.
    const hosts = new Map<string, { host: Endpoint; lines: string[] }>();
    for (const r of input.rules) {
      const ends = r.local ? r.sources : r.destinations;
      const used = new Set<string>();
      for (const host of ends) {
        const key = host.kind === 'fqdn' && host.name ? `${host.name} (${host.host})` : endpointText(host);
        let section = hosts.get(key);
        if (!section) {
          section = { host, lines: [] };
          hosts.set(key, section);
        }
        if (r.local) {
          // Loopback is left alone by Windows Firewall (KB 2771908): a rule would change nothing.
          section.lines.push(
            `# ${commentText(`${r.comment} -- ${portsLabel(r)} on this machine only: Windows Firewall does not filter loopback traffic, nothing to open`)}`,
          );
          continue;
        }
        const named = 'name' in host && host.name ? host.name : key;
        let name = `portplan-${r.id}-${namePart(named)}`;
        for (let n = 2; used.has(name); n++) name = `portplan-${r.id}-${namePart(named)}-${n}`;
        used.add(name);
        section.lines.push(ruleLine(r, host, name));
      }
    }
    if (hosts.size === 0) yield '\n# No Windows host accepts a flow of this plan.\n';
    for (const [key, { lines }] of hosts) {
      yield `\n# ${commentText(key)}\n`;
      for (const line of lines) yield `${line}\n`;
    }
  },
};
