// The catalog format: one requirement per row of the vendor's tables, as a zod schema and its types.
import * as z from 'zod';
import { classifyAddress, isFqdnPattern, isIp, placeholders } from '../common/address.js';
import { describeValue } from '../common/yaml-source.js';

/** Sections of the vendor document, as the code calls them. */
export const WORKLOADS = [
  'management',
  'vmware',
  'hyperv',
  'vmc',
  'avs',
  'physical',
  'oracle',
  'mssql',
  'nas',
] as const;
export type Workload = (typeof WORKLOADS)[number];

/** Kinds of data source an inventory lists under `sources`. */
export const SOURCE_KINDS = ['vmware', 'hyperv', 'physical', 'oracle', 'mssql', 'nas'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Roles an inventory fills with hosts. */
export const ROLES = [
  'connector',
  'vcenter',
  'esxi',
  'hyperv-host',
  'hyperv-guest',
  'physical',
  'oracle',
  'mssql',
  'nas',
  'client',
  'dns',
  'ntp',
] as const;
export type Role = (typeof ROLES)[number];

/** Application protocols a prober can speak (or plain `tcp`/`udp` when only reachability can be checked). */
export const APPS = [
  'https',
  'http',
  'dns',
  'ntp',
  'chronyc',
  'ssh',
  'vmware-authd',
  'grpc',
  'winrm',
  'nfs',
  'portmapper',
  'smb',
  'mssql',
  'tcp',
  'udp',
] as const;
export type App = (typeof APPS)[number];

/** Inventory settings a catalog may hinge on. */
export const PORT_SETTINGS = ['supportChannelPort'] as const;
export const FLAG_SETTINGS = ['chronycMonitoring'] as const;

const PLACEHOLDERS = ['region'];

const PORT_EXPECTED = 'expected a port number 1-65535';
const port = z
  .int({ error: PORT_EXPECTED })
  .min(1, { error: PORT_EXPECTED })
  .max(65535, { error: PORT_EXPECTED });
const PORT_ITEM_EXPECTED = 'expected a port number (1-65535) or a range "first-last"';
const portItem = z.union([port, z.string().regex(/^[0-9]{1,5}-[0-9]{1,5}$/, { error: PORT_ITEM_EXPECTED })], {
  error: PORT_ITEM_EXPECTED,
});
const ports = z.union([z.literal('any'), z.array(portItem).min(1)], {
  error: 'expected "any" or a list of ports and ranges',
});

/**
 * What a one-line text field may not hold: C0 and C1 controls (a newline, an ANSI escape), the
 * Unicode line separators, and the bidi controls that make text display otherwise than it reads.
 * Later stages put these strings into iptables comments and PowerShell descriptions.
 */
const CONTROL_CHARACTERS = String.raw`\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069`;
const CONTROL_CHARACTER = new RegExp(`[${CONTROL_CHARACTERS}]`);

/** Free text (a purpose, a note): one line of printable text. */
const text = z
  .string()
  .min(1)
  .superRefine((s, ctx) => {
    const at = s.search(CONTROL_CHARACTER);
    if (at < 0) return;
    const code = s.charCodeAt(at).toString(16).toUpperCase().padStart(4, '0');
    // A folded scalar written `>` keeps its final newline; `>-` is the one-line form.
    const got =
      at === s.length - 1 && code === '000A'
        ? 'a line break at the end (write ">-", not ">" or "|")'
        : `U+${code} at character ${at + 1}`;
    ctx.addIssue({
      code: 'custom',
      message: `expected one line of text without control characters, got ${got}`,
    });
  })
  // The same rule for editors; a folded scalar (`>-`) is one line, a literal one (`|`) is not.
  .meta({ pattern: `^[^${CONTROL_CHARACTERS}]*$` });

const literalEndpoint = z.string().superRefine((s, ctx) => {
  if ((ROLES as readonly string[]).includes(s) || s === 'any' || isIp(s)) return;
  if (!isFqdnPattern(s)) {
    ctx.addIssue({
      code: 'custom',
      message: `expected a role (${ROLES.join(', ')}), "any", an IP address or an FQDN pattern, got ${describeValue(s)}`,
    });
    return;
  }
  for (const p of placeholders(s)) {
    if (!PLACEHOLDERS.includes(p)) {
      ctx.addIssue({ code: 'custom', message: `unknown placeholder {${p}}; expected one of: {region}` });
    }
  }
});

const defaultHost = z.string().superRefine((s, ctx) => {
  const c = classifyAddress(s);
  if ('error' in c) ctx.addIssue({ code: 'custom', message: c.error });
});

const replaceableEndpoint = z.strictObject({
  role: z.enum(['dns', 'ntp']),
  /** Hosts used when the inventory names none of its own. */
  default: z.array(defaultHost).min(1),
});

const endpoint = z.union([literalEndpoint, replaceableEndpoint], {
  error: 'expected a role, "any", an IP address, an FQDN pattern, or { role, default }',
});

const ref = z.strictObject({
  /** Heading path of the section in the vendor document, e.g. "Virtual Machines > VMware". */
  section: text,
  /** 1-based number of the table in the document. */
  table: z.int().min(1),
  /** 1-based row within that table. */
  row: z.int().min(1),
});

const condition = z.strictObject({
  platform: z.enum(['on-prem', 'vmc', 'avs']).optional(),
  os: z.enum(['linux', 'windows']).optional(),
  nasProtocol: z.enum(['nfs', 'smb', 'snapshot-api']).optional(),
});

const optionalPorts = z.strictObject({
  ports: z.array(port).min(1),
  app: z.enum(APPS).optional(),
  when: z.enum(FLAG_SETTINGS),
  purpose: text,
});

const choice = z.strictObject({
  setting: z.enum(PORT_SETTINGS),
  alternatives: z.array(port).min(1),
});

export const requirementSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'expected a kebab-case id' }),
  workload: z.enum(WORKLOADS),
  from: z.array(endpoint).min(1),
  to: z.array(endpoint).min(1),
  ports,
  /** Ports the inventory may pick instead of `ports` (e.g. `22 or 443`). */
  choice: choice.optional(),
  /** Ports opened only when an inventory flag asks for them. */
  optional: z.array(optionalPorts).optional(),
  transport: z.enum(['tcp', 'udp', 'both']),
  app: z.enum(APPS),
  /** Per-port application protocol where a row mixes them (NFS 2049 with portmapper 111). */
  portApps: z.record(z.string().regex(/^[0-9]+$/), z.enum(APPS)).optional(),
  scope: z.enum(['network', 'host']),
  /**
   * Wildcard destination (as written in `to`) → a name that answers for it, which `check` probes
   * in its stead (`*.s3.{region}.amazonaws.com` → `s3.{region}.amazonaws.com`). Ours, not the vendor's.
   */
  samples: z.record(z.string(), z.string()).optional(),
  /** Conditions on the data source the row applies to. */
  when: condition.optional(),
  /** Planned only when the inventory has a data source of one of these kinds (agent upgrades need agents). */
  onlyWith: z.array(z.enum(SOURCE_KINDS)).min(1).optional(),
  /** VMware Cloud on AWS: which NSX gateway the rule belongs on. */
  gateway: z.enum(['management', 'compute']).optional(),
  /** Where the rule is configured, in words, when that is not the user's own firewall. */
  platformNote: text.optional(),
  /** How portplan reads a row the document leaves unclear. */
  interpretation: text.optional(),
  purpose: text,
  ref,
});

export const catalogSchema = z.strictObject({
  schema: z.literal('portplan/catalog'),
  version: z.literal(1),
  name: text,
  /** The document the catalog was taken from. */
  source: text,
  requirements: z.array(requirementSchema).min(1),
});

export type Requirement = z.output<typeof requirementSchema>;
export type Catalog = z.output<typeof catalogSchema>;
export type Endpoint = z.output<typeof endpoint>;
export type Ref = z.output<typeof ref>;
export type PortItem = z.output<typeof portItem>;
export type Condition = z.output<typeof condition>;

/** JSON Schema (draft 2020-12) of a catalog file, for editors. */
export function catalogJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(catalogSchema, { io: 'input', unrepresentable: 'any' }),
    title: 'portplan catalog',
  };
}
