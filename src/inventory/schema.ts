// The inventory format: the user's own environment, as a zod schema (also exported as JSON Schema).
import { closest, distance } from 'fastest-levenshtein';
import * as z from 'zod';
import { type AddressKind, classifyAddress, isIp } from '../common/address.js';
import { describeValue } from '../common/yaml-source.js';
import { AWS_REGIONS } from './aws-regions.js';

const KIND_NAMES: Record<AddressKind, string> = {
  ip: 'an IP address',
  cidr: 'a CIDR',
  range: 'a range',
  hostname: 'a hostname',
  'fqdn-pattern': 'an FQDN pattern',
  any: '"any"',
};

/**
 * The characters an address can have, as a JSON Schema `pattern` for editors: zod's check
 * (classifyAddress) is the rule, this only lets an editor flag `vc01; rm -rf /` as it is typed.
 * IPv6 addresses may start with ":" (`::1`, `::/0`); only CIDRs have "/".
 */
export const ADDRESS_PATTERN = '^[0-9A-Za-z:][0-9A-Za-z.:/-]*$';
export const HOST_PATTERN = '^[0-9A-Za-z:][0-9A-Za-z.:-]*$';
export const IP_PATTERN = '^[0-9A-Fa-f:][0-9A-Fa-f.:]*$';

function addressField(
  what: string,
  accept: (kind: AddressKind) => boolean,
  expected: string,
  pattern: string,
) {
  return z
    .string({ error: `expected ${expected}` })
    .describe(what)
    .superRefine((s, ctx) => {
      const c = classifyAddress(s);
      if ('error' in c) {
        // Say what this field takes (one host, or any address), unless the value was nearly right.
        const generic = c.error.startsWith('expected ');
        ctx.addIssue({
          code: 'custom',
          message: generic ? `expected ${expected}, got ${describeValue(s)}` : c.error,
        });
      } else if (!accept(c.kind)) {
        ctx.addIssue({
          code: 'custom',
          message: `expected ${expected}, got ${KIND_NAMES[c.kind]} ${JSON.stringify(s)}`,
        });
      }
    })
    .meta({ pattern });
}

const REGION_EXPECTED = 'expected an AWS region such as us-west-2';
const REGION_PATTERN = /^[a-z]{2,4}(-[a-z]+)+-[0-9]+$/;

/** `; did you mean "us-west-2"?` for a near miss of a known region (`us-wset-2`, `US-WEST-2` lower-cased), else nothing. */
function regionHint(region: string): string {
  const best = closest(region, AWS_REGIONS as string[]);
  return distance(region, best) <= 3 ? `; did you mean "${best}"?` : '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An IP address, CIDR, range (first-last) or hostname. */
const anyAddress = (what: string) =>
  addressField(what, () => true, 'an IP address, CIDR, range (first-last) or hostname', ADDRESS_PATTERN);
/** One machine: an IP address or a hostname. */
const oneHost = (what: string) =>
  addressField(
    what,
    (k) => k === 'ip' || k === 'hostname',
    'one host (an IP address or a hostname)',
    HOST_PATTERN,
  );

const LABEL_EXPECTED =
  'expected a name of letters, digits, ".", "_" and "-" (at most 63, starting with a letter or digit)';
const label = z
  .string({ error: LABEL_EXPECTED })
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/, { error: LABEL_EXPECTED })
  .describe('A short label used in plans and rule names');

const connector = z
  .strictObject({
    name: label,
    address: oneHost('Address of the connector VM'),
  })
  .describe('A SaaS Connector VM');

const services = z
  .strictObject({
    dns: z
      .array(
        z
          .string()
          .describe('IP address of a DNS server')
          .refine((s) => isIp(s), {
            error: (issue) =>
              `expected the IP address of a DNS server (a name cannot be resolved before DNS works), got ${describeValue(issue.input)}`,
          })
          .meta({ pattern: IP_PATTERN }),
      )
      .min(1)
      .optional()
      .describe('Internal DNS servers; default 8.8.8.8'),
    ntp: z
      .array(oneHost('An NTP server'))
      .min(1)
      .optional()
      .describe('Internal NTP servers; default time.google.com'),
    supportChannelPort: z
      .literal([22, 443])
      .default(22)
      .describe('Port of the support channel to rt.cohesity.com: 22 (default) or 443'),
    chronycMonitoring: z
      .boolean()
      .default(false)
      .describe('Also open 323/udp so chronyc can monitor and steer chrony remotely'),
  })
  .describe('Choices for the services every connector uses');

const vmware = z
  .strictObject({
    name: label.optional(),
    vcenter: oneHost('vCenter Server').optional(),
    esxi: z
      .array(anyAddress('ESXi host(s)'))
      .default([])
      .describe('ESXi hosts: addresses, CIDRs, ranges, names'),
    platform: z
      .enum(['on-prem', 'vmc', 'avs'])
      .default('on-prem')
      .describe('on-prem, vmc (VMware Cloud on AWS) or avs (Azure VMware Solution)'),
  })
  .superRefine(
    (v, ctx) => {
      if (v.vcenter === undefined && Array.isArray(v.esxi) && v.esxi.length === 0) {
        ctx.addIssue({ code: 'custom', message: 'expected a vcenter, esxi hosts, or both' });
      }
    },
    // Also when another field of the entry is wrong, so every problem is reported at once.
    { when: (payload) => isRecord(payload.value) },
  )
  .describe('A vCenter and/or ESXi hosts');

const hyperv = z
  .strictObject({
    name: label.optional(),
    host: anyAddress('Standalone Hyper-V or SCVMM server'),
    guests: z
      .array(anyAddress('Guest VM(s)'))
      .default([])
      .describe('Guest VMs the agent recovers files into'),
  })
  .describe('A standalone Hyper-V or SCVMM server');

const physical = z
  .strictObject({ name: label.optional(), host: anyAddress('Physical Windows or Linux server(s)') })
  .describe('A physical server with the Cohesity agent');

const oracle = z
  .strictObject({
    name: label.optional(),
    host: anyAddress('Oracle server(s)'),
    os: z.enum(['linux', 'windows']).describe('Decides which ports the host opens towards the connector'),
  })
  .describe('An Oracle database server');

const mssql = z
  .strictObject({ name: label.optional(), host: anyAddress('SQL Server host(s)') })
  .describe('A Microsoft SQL Server host');

const nas = z
  .strictObject({
    name: label.optional(),
    host: anyAddress('NAS server'),
    protocols: z
      .array(z.enum(['nfs', 'smb', 'snapshot-api']))
      .min(1)
      .describe('nfs (2049+111), smb (445), snapshot-api (443, NetApp/Isilon/Pure and similar)'),
  })
  .describe('A NAS server');

export const inventorySchema = z
  .strictObject({
    cloud: z
      .strictObject({
        region: z
          .string({ error: REGION_EXPECTED })
          .regex(REGION_PATTERN, {
            error: (issue) =>
              `${REGION_EXPECTED}, got ${describeValue(issue.input)}${regionHint(String(issue.input).toLowerCase())}`,
          })
          .describe('AWS region of the tenant: fills *.s3.{region}.amazonaws.com')
          // The known regions as suggestions an editor completes; regionUnlisted accepts others.
          .meta({ examples: [...AWS_REGIONS] }),
        regionUnlisted: z
          .boolean()
          .optional()
          .describe(
            'true accepts a region missing from the AWS regions portplan knows (one opened after this release)',
          ),
      })
      .superRefine(
        (cloud, ctx) => {
          const { region } = cloud;
          if (typeof region !== 'string' || cloud.regionUnlisted === true) return;
          if (AWS_REGIONS.includes(region) || !REGION_PATTERN.test(region)) return;
          const message = region.startsWith('cn-')
            ? `${describeValue(region)} is an AWS China region: S3 there is *.s3.${region}.amazonaws.com.cn, which the vendor's data-path row (*.s3.<region>.amazonaws.com) does not cover, so the plan would open names the connector does not use; regionUnlisted: true under cloud accepts it anyway, at your own risk`
            : `${describeValue(region)} is not an AWS region portplan knows${regionHint(region)} (for a region newer than portplan, add regionUnlisted: true under cloud)`;
          ctx.addIssue({ code: 'custom', path: ['region'], message });
        },
        // Also when another field of cloud is wrong, so every problem is reported at once.
        { when: (payload) => isRecord(payload.value) },
      )
      .describe('Where the DataProtect as a Service tenant lives'),
    connectors: z
      .array(connector)
      .min(1)
      .superRefine(
        (connectors, ctx) => {
          const first = new Map<string, number>();
          for (const [i, c] of connectors.entries()) {
            const name: unknown = isRecord(c) ? c.name : undefined;
            if (typeof name !== 'string') continue;
            const earlier = first.get(name);
            if (earlier === undefined) first.set(name, i);
            else {
              ctx.addIssue({
                code: 'custom',
                path: [i, 'name'],
                message: `duplicate connector name "${name}" (first used by connectors[${earlier}])`,
              });
            }
          }
        },
        // Also when another connector is wrong, so every problem is reported at once.
        { when: (payload) => Array.isArray(payload.value) },
      )
      .describe('The SaaS Connector VMs'),
    services: services.prefault({}),
    clients: z
      .array(anyAddress('Where the UI is used from'))
      .default([])
      .describe('Where the UI is used to upgrade agents from'),
    sources: z
      .strictObject({
        vmware: z.array(vmware).default([]),
        hyperv: z.array(hyperv).default([]),
        physical: z.array(physical).default([]),
        oracle: z.array(oracle).default([]),
        mssql: z.array(mssql).default([]),
        nas: z.array(nas).default([]),
      })
      .prefault({})
      .describe('The data sources the connectors protect'),
  })
  .describe('A portplan inventory: the connectors and what they protect');

export type Inventory = z.output<typeof inventorySchema>;

/** JSON Schema (draft 2020-12) of the inventory, for editors. */
export function inventoryJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(inventorySchema, { io: 'input', unrepresentable: 'any' }),
    title: 'portplan inventory',
  };
}
