// squid: an egress allow-list for the connector's HTTP(S) rows to the hosts the catalog names, for
// sites that send the connector through a proxy (acl … dstdomain, http_access allow).
import type { FlowEnd, Rule } from '../plan/types.js';
import { blockCidrs, type Endpoint, type FirewallRule, type FirewallTarget } from './_firewall.js';

const PROXIED = new Set(['https', 'http']);
// Control characters and line separators: a `#` comment is one line.
const BREAKS = /[\p{Cc}\u2028\u2029]+/gu;
const DOMAIN = /^\.?[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?(\.[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?)*$/;

/** A catalog host's `dstdomain` form: lower case, `*.x` as `.x` (x and all its subdomains). */
function domainOf(e: Endpoint): string {
  const raw = e.kind === 'wildcard' ? e.pattern.slice(1) : e.kind === 'fqdn' ? e.host : '';
  const d = raw.toLowerCase().replace(/\.$/, '');
  if (!DOMAIN.test(d)) throw new Error(`squid: not a domain name: ${JSON.stringify(raw)}`);
  return d;
}

/**
 * Domains with none covered by another: squid warns (and may refuse) when one `dstdomain` entry
 * of an acl is a subdomain of another, so `.x` drops `x` and `a.x`, and duplicates go.
 */
export function coverDomains(domains: readonly string[]): string[] {
  const set = [...new Set(domains)];
  const wild = set.filter((d) => d.startsWith('.'));
  const covered = (d: string) => wild.some((w) => w !== d && (d === w.slice(1) || d.endsWith(w)));
  return set.filter((d) => !covered(d)).sort();
}

const sourceText = (e: Endpoint): string[] =>
  e.kind === 'block' ? blockCidrs(e.block) : e.kind === 'any' ? ['all'] : [];

function portItems(r: FirewallRule): string[] {
  return [...r.ports.map(String), ...r.portRanges.map(([a, b]) => `${a}-${b}`)];
}

/** squid's egress allow-list: one group of acls and one `http_access allow` per plan rule. */
export const squid: FirewallTarget = {
  name: 'squid',
  extension: '.conf',
  summary: "squid acls and http_access for the connector's HTTP(S) rows to named hosts",
  supports: {
    fqdn: true,
    wildcardFqdn: true,
    ipv6: true,
    portRanges: true,
    anyPort: false,
    hostScope: false,
    comments: true,
  },
  covers: () =>
    "a forward proxy the connectors go through: their HTTPS (CONNECT) and HTTP rows to the hosts the catalog names; every other row (DNS, NTP, the data sources on the site's network) needs a firewall target",
  enforcement: () => 'connector',
  selects: (rule: Rule) =>
    rule.direction === 'out' &&
    rule.apps.every((a) => PROXIED.has(a)) &&
    rule.destinations.some((e) => e.role === 'fqdn'),
  hostEnd: (end: FlowEnd) => (end.role === 'fqdn' ? undefined : 'skip'),
  *render(input) {
    for (const line of input.header) yield `# ${line.replace(BREAKS, ' ')}\n`;
    yield '#\n';
    yield "# Include this file in squid.conf above the site's own `http_access deny all`, which must come\n";
    yield '# after it: these lines only allow. Check with `squid -k parse`.\n';
    if (input.rules.length === 0) return;
    yield '\nacl pp_CONNECT method CONNECT\n';
    for (const r of input.rules) {
      const id = r.id.replace(/[^A-Za-z0-9_-]/g, '_');
      const sources = [...new Set(r.sources.flatMap(sourceText))];
      const domains = coverDomains(r.destinations.map(domainOf));
      const https = !r.apps || r.apps.includes('https');
      const http = r.apps?.includes('http') ?? false;
      yield `\n# ${r.comment.replace(BREAKS, ' ')}\n`;
      yield `acl pp_${id}_src src ${sources.join(' ')}\n`;
      yield `acl pp_${id}_dst dstdomain ${domains.join(' ')}\n`;
      yield `acl pp_${id}_port port ${portItems(r).join(' ')}\n`;
      if (https) yield `http_access allow pp_CONNECT pp_${id}_src pp_${id}_dst pp_${id}_port\n`;
      if (http) yield `http_access allow !pp_CONNECT pp_${id}_src pp_${id}_dst pp_${id}_port\n`;
    }
  },
};
