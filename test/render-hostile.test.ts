// Issue 7, "Safety": every firewall target of the registry fed hostile catalog purposes, notes and
// names, inventory names, a hostile inventory file name and header lines (fast-check), rendered the
// way `portplan render` does, and its output checked to parse as the same statements as a render of
// benign text: by the real tools where they run here (iptables-restore, ip6tables-restore and nft in
// a network namespace, squid -k parse), HashiCorp's HCL parser, JSON.parse and the providers'
// shapes, the tree-sitter PowerShell grammar, and the appliance line grammars.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { builtinCatalog } from '../src/catalog/read.js';
import { type Catalog, catalogSchema } from '../src/catalog/schema.js';
import { loadInventory } from '../src/inventory/load.js';
import { aggregateRules } from '../src/plan/aggregate.js';
import { planInventory } from '../src/plan/plan.js';
import {
  type FirewallOptions,
  type FirewallRule,
  type FirewallTarget,
  headerLines,
  prepareFirewall,
} from '../src/targets/_firewall.js';
import { sgDescription } from '../src/targets/aws-sg.js';
import { IPV6_PREFIX } from '../src/targets/iptables.js';
import { FIREWALLS } from '../src/targets/registry.js';
import { parseCiscoAsa, parseFortigate, parsePaloalto, type Statements } from './appliance-grammar.js';
import { portplan } from './cli.js';
import { AWS_SCHEMAS, AZURE_NAME, AZURE_SCHEMAS, DESCRIPTION, DOCUMENT } from './cloud-schemas.js';
import { CATALOG_REFUSES, catalogText, hostileText, inventoryName } from './hostile.js';
import { checkShapes, type NsxRequest } from './nsx-shapes.js';
import { ROOT } from './paths.js';
import { checkPowerShell, WINDOWS_FIREWALL } from './powershell.js';
import { SQUID, squidParse } from './squid.js';
import { hclValue, parseTerraform, resourcesOf, terraformProblems } from './terraform.js';

/** Runs per target; each run renders both modes. Real tools run once per target over all runs. */
const RUNS = 30;

// ---------------------------------------------------------------------------------------------
// The site: a catalog and an inventory whose text is hostile (or benign, for the comparison).

/** The user text of one site: everything in it that reaches a target's output. */
interface SiteText {
  /** One per catalog requirement (each made unique, as the plan merges rows of one purpose). */
  readonly purposes: readonly string[];
  /** One per requirement with a platform note. */
  readonly notes: readonly string[];
  readonly catalogName: string;
  readonly catalogSource: string;
  /** 3 connectors, then 10 data sources. */
  readonly names: readonly string[];
  /** The inventory's file name, as the header names it. */
  readonly file: string;
  /** Header lines a caller adds (any text, control characters included). */
  readonly header: readonly string[];
}

interface Site {
  readonly text: SiteText;
  readonly catalog: Catalog;
  readonly inventory: string;
}

const BUILTIN = builtinCatalog();
const NAMES = 13;

function siteOf(text: SiteText): Site {
  let note = 0;
  const catalog = catalogSchema.parse({
    ...BUILTIN,
    name: text.catalogName,
    source: text.catalogSource,
    requirements: BUILTIN.requirements.map((r, i) => ({
      ...r,
      purpose: `${i} ${text.purposes[i % text.purposes.length]}`,
      ...(r.platformNote ? { platformNote: `${i} ${text.notes[note++ % text.notes.length]}` } : {}),
    })),
  });
  const n = text.names;
  // Every kind of data source and end: IPv4 and IPv6, ranges, host names, VMC and AVS, Windows.
  const inventory = {
    cloud: { region: 'us-west-2' },
    connectors: [
      { name: n[0], address: '10.20.0.11' },
      { name: n[1], address: '2001:db8:20::6' },
      { name: n[2], address: '10.20.0.12' },
    ],
    services: { dns: ['10.0.0.53', '2001:db8::53'], ntp: ['ntp.corp.example'], chronycMonitoring: true },
    clients: ['10.99.1.10-10.99.1.40', '2001:db8:99::/64'],
    sources: {
      vmware: [
        { name: n[3], vcenter: 'vc01.corp.example', esxi: ['10.30.0.0/28', '2001:db8:30::/120'] },
        { name: n[4], vcenter: 'vcenter.sddc-1.vmwarevmc.com', esxi: ['10.2.0.0/26'], platform: 'vmc' },
        { name: n[5], vcenter: '10.60.0.2', esxi: ['10.60.0.16/28'], platform: 'avs' },
      ],
      hyperv: [{ name: n[6], host: '10.40.0.1', guests: ['10.41.0.1-10.41.0.4'] }],
      physical: [
        { name: n[7], host: '10.50.0.5' },
        { name: n[8], host: '2001:db8:50::5' },
      ],
      oracle: [
        { name: n[9], host: 'ora01.corp.example', os: 'linux' },
        { name: n[10], host: '10.70.0.5', os: 'windows' },
      ],
      mssql: [{ name: n[11], host: 'sql01.corp.example' }],
      nas: [{ name: n[12], host: '10.80.0.5', protocols: ['nfs', 'smb', 'snapshot-api'] }],
    },
  };
  // JSON is YAML: the names need no quoting of their own.
  return { text, catalog, inventory: JSON.stringify(inventory) };
}

const hostileSite: fc.Arbitrary<Site> = fc
  .record({
    purposes: fc.array(catalogText, { minLength: 1, maxLength: 4 }),
    notes: fc.array(catalogText, { minLength: 1, maxLength: 2 }),
    catalogName: catalogText,
    catalogSource: catalogText,
    names: fc.uniqueArray(inventoryName, {
      minLength: NAMES,
      maxLength: NAMES,
      comparator: (a, b) => a.toLowerCase() === b.toLowerCase(),
    }),
    file: hostileText,
    header: fc.array(hostileText, { minLength: 1, maxLength: 3 }),
  })
  .map(siteOf);

/** The same site in plain words, with as many header lines as `hostile`. */
function benignSite(hostile: Site): Site {
  return siteOf({
    purposes: ['benign purpose'],
    notes: ['benign note'],
    catalogName: 'benign catalog',
    catalogSource: 'benign source',
    names: Array.from({ length: NAMES }, (_, i) => `host${i}`),
    file: 'site.yaml',
    header: hostile.text.header.map(() => 'benign header line'),
  });
}

// ---------------------------------------------------------------------------------------------
// Rendering, as src/cli/render.ts does it.

type Mode = 'host' | 'forward';
const MODES: readonly Mode[] = ['host', 'forward'];

interface Rendered {
  readonly text: string;
  readonly rules: readonly FirewallRule[];
  readonly header: readonly string[];
}

/**
 * `portplan render --target T` of a site: `host` is `--connector FIRST` (host chain mode), `forward`
 * is every connector with `--chain-mode forward`. Undefined where the CLI refuses the combination.
 */
function render(target: FirewallTarget, site: Site, mode: Mode): Rendered | undefined {
  const inventory = loadInventory(site.inventory, site.text.file);
  const connectors = mode === 'host' ? [inventory.connectors[0]?.name as string] : [];
  const plan = planInventory(site.catalog, inventory, { connectors });
  const host = connectors[0];
  const options: FirewallOptions = { chainMode: mode, region: plan.region, ...(host ? { host } : {}) };
  const where = target.enforcement(options);
  if ((where === 'host' || where === 'connector') && !target.selects && !host) return undefined;
  const prepared = prepareFirewall(target, plan, aggregateRules(plan.openings), options, FIREWALLS);
  const info = { version: '0.0.0', inventory: site.text.file, catalog: plan.catalog, connectors };
  const header = [...headerLines(target, info, prepared, options), ...site.text.header];
  const text = [...target.render({ rules: prepared.rules, omitted: prepared.omitted, header, options })].join(
    '',
  );
  return { text, rules: prepared.rules, header };
}

// ---------------------------------------------------------------------------------------------
// What each target's output must parse as.

/** One output to check with a real tool, with what it was rendered from. */
interface Sample {
  readonly rendered: Rendered;
  readonly site: SiteText;
  readonly mode: Mode;
}

interface Check {
  /** The lines that are comments, left out of the line count. */
  readonly comment?: RegExp;
  /**
   * Parses the output as the target's language, expecting every piece of user text where it
   * belongs in the form the target documents; returns its statements with that text masked, which
   * must equal the benign render's.
   */
  parse(r: Rendered): unknown;
  /** The real tool over every sample of a target at once; throws naming the first it refuses. */
  readonly tool?: (samples: readonly Sample[]) => void;
}

const BREAKS = /[\p{Cc}\u2028\u2029]+/gu;
const TEXT = '<text>';

/** `text` cut to at most `max` UTF-16 units, never between the halves of a surrogate pair. */
function cutUnits(text: string, max: number): string {
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** `text` cut to `max` UTF-16 units, where a target marks the cut with `mark`. */
function isCut(value: string, text: string, max: number, mark: string): boolean {
  if (value.length > max) return false;
  return value === text || (value.endsWith(mark) && text.startsWith(value.slice(0, -mark.length)));
}

/** The arguments iptables-restore takes from a line: blanks split, `"…"` quotes, `\` escapes inside. */
function restoreArgs(line: string): string[] {
  const args: string[] = [];
  let param = '';
  let open = false;
  let escaped = false;
  for (const c of line) {
    if (open) {
      if (escaped) {
        param += c;
        escaped = false;
      } else if (c === '\\') escaped = true;
      else if (c === '"') {
        // A closing quote ends the argument, even an empty one.
        open = false;
        args.push(param);
        param = '';
      } else param += c;
    } else if (c === '"') open = true;
    else if (c !== ' ' && c !== '\t') param += c;
    else if (param !== '') {
      args.push(param);
      param = '';
    }
  }
  if (param !== '') args.push(param);
  return args;
}

/** The iptables comment of `text`: printable ASCII, `?` for the rest, cut to 255 with `...`. */
const iptablesExpected = (text: string) => {
  const t = text.replace(/[^\x20-\x7e]/g, '?');
  return t.length > 255 ? `${t.slice(0, 252)}...` : t;
};
/** The nft comment of `text`: likewise, `"` as `'`, cut to 128. */
const nftExpected = (text: string) => {
  const t = text.replace(/[^\x20-\x7e]/g, '?').replace(/"/g, "'");
  return t.length > 128 ? `${t.slice(0, 125)}...` : t;
};

/** The statement lines of an iptables output, IPv4 then IPv6, each as its arguments. */
function iptablesStatements(text: string): string[][] {
  return text
    .split('\n')
    .filter((l) => l !== '' && (!l.startsWith('#') || l.startsWith(IPV6_PREFIX)))
    .map((l) => restoreArgs(l.startsWith(IPV6_PREFIX) ? l.slice(IPV6_PREFIX.length) : l));
}

const ns = `pphostile${process.pid}${randomBytes(2).toString('hex')}`;
let nsMade = false;
const dir = mkdtempSync(join(tmpdir(), 'portplan-hostile-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  if (nsMade) execFileSync('ip', ['netns', 'del', ns]);
});

/** Runs `script` (sh) inside a network namespace of its own: one process for a whole batch. */
function inNamespace(script: string): string {
  if (!nsMade) {
    execFileSync('ip', ['netns', 'add', ns]);
    nsMade = true;
  }
  return execFileSync('ip', ['netns', 'exec', ns, 'sh', '-ec', script], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** `--comment` values of iptables statements, in order. */
const commentsOf = (statements: readonly string[][]) =>
  statements.flatMap((a) => a.flatMap((x, i) => (a[i - 1] === '--comment' ? [x] : [])));

/**
 * iptables: each sample checked by iptables-restore --test and ip6tables-restore --test, then
 * loaded for real and read back with iptables-save: the same rules, the comments as written.
 */
function iptablesTool(samples: readonly Sample[]): void {
  const script: string[] = [];
  samples.forEach((s, i) => {
    const v6 = s.rendered.text
      .split('\n')
      .filter((l) => l.startsWith(IPV6_PREFIX))
      .map((l) => l.slice(IPV6_PREFIX.length));
    writeFileSync(join(dir, `${i}.v4`), s.rendered.text);
    writeFileSync(join(dir, `${i}.v6`), `${v6.join('\n')}\n`);
    script.push(
      `iptables-restore --test < ${dir}/${i}.v4`,
      `iptables-restore < ${dir}/${i}.v4`,
      `iptables-save -t filter > ${dir}/${i}.v4.saved`,
      ...(v6.length > 0
        ? [
            `ip6tables-restore --test < ${dir}/${i}.v6`,
            `ip6tables-restore < ${dir}/${i}.v6`,
            `ip6tables-save -t filter > ${dir}/${i}.v6.saved`,
          ]
        : []),
    );
  });
  inNamespace(script.join('\n'));
  samples.forEach((s, i) => {
    const written = iptablesStatements(s.rendered.text);
    const saved = ['v4', 'v6']
      .filter((f) => existsSync(join(dir, `${i}.${f}.saved`)))
      .flatMap((f) => iptablesStatements(readFileSync(join(dir, `${i}.${f}.saved`), 'utf8')));
    // iptables-save lists the chains in its own order, each chain's rules in theirs.
    const chains = (st: string[][]) => {
      const out: Record<string, string[]> = {};
      for (const a of st)
        if (a[0] === '-A' && a[1]?.startsWith('PORTPLAN'))
          out[a[1]] = [...(out[a[1]] ?? []), ...commentsOf([a])];
      return out;
    };
    expect(chains(saved), JSON.stringify(s.site)).toEqual(chains(written));
  });
}

/** nftables: each sample checked by nft -c, loaded and listed: the same rules, the comments as written. */
function nftablesTool(samples: readonly Sample[]): void {
  const script: string[] = [];
  samples.forEach((s, i) => {
    writeFileSync(join(dir, `${i}.nft`), s.rendered.text);
    script.push(
      `nft -c -f ${dir}/${i}.nft`,
      `nft -f ${dir}/${i}.nft`,
      `nft list table inet portplan > ${dir}/${i}.nft.saved`,
    );
  });
  inNamespace(script.join('\n'));
  const comments = (text: string) =>
    [...text.matchAll(/ accept comment "([^"]*)"$/gm)].map((m) => m[1]).filter((c) => c !== undefined);
  samples.forEach((s, i) => {
    const listed = readFileSync(join(dir, `${i}.nft.saved`), 'utf8');
    expect(comments(listed), JSON.stringify(s.site)).toEqual(comments(s.rendered.text));
  });
}

/** squid -k parse of a few samples (a second each): no warning, no error. */
function squidTool(samples: readonly Sample[]): void {
  if (!existsSync(SQUID)) return;
  for (const [i, s] of samples.slice(0, 4).entries()) {
    const { status, messages } = squidParse(s.rendered.text, dir, `${i}.conf`);
    expect(messages, JSON.stringify(s.site)).not.toMatch(/WARNING|ERROR|FATAL/i);
    expect(status).toBe(0);
  }
}

/** The HCL resources of a Terraform output with their text arguments masked, after checking them. */
async function terraformStatements(
  r: Rendered,
  schemas: Parameters<typeof terraformProblems>[1],
  described: (body: Record<string, unknown>, comments: readonly string[]) => void,
): Promise<unknown> {
  const parsed = await parseTerraform(r.text);
  expect(terraformProblems(parsed, schemas)).toEqual([]);
  const comments = r.rules.map((x) => x.comment);
  const masked = (body: Record<string, unknown>): Record<string, unknown> => {
    described(body, comments);
    return Object.fromEntries(
      Object.entries(body).map(([k, v]) => [
        k,
        k === 'description' || k === 'name'
          ? TEXT
          : Array.isArray(v)
            ? v.map((x) => (x && typeof x === 'object' ? masked(x as Record<string, unknown>) : x))
            : v,
      ]),
    );
  };
  return Object.fromEntries(
    Object.keys(parsed.resource ?? {}).map((type) => [
      type,
      resourcesOf(parsed, type).map(({ name, body }) => ({ name, body: masked(body) })),
    ]),
  );
}

/** Every string in a parsed document. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

/**
 * A JSON document's header: the input's lines exactly, then the target's own; and no string cut
 * through a character (JSON.stringify writes half of one as a `\ud83d` escape).
 */
function expectDocument(doc: unknown, lines: unknown, r: Rendered): void {
  expect((lines as string[]).slice(0, r.header.length)).toEqual(r.header);
  for (const s of stringsOf(doc)) expect(s).not.toMatch(LONE_SURROGATE);
}

/** Mask every string property named in `keys`, anywhere in `value`. */
function maskKeys(value: unknown, keys: readonly string[]): unknown {
  if (Array.isArray(value)) return value.map((v) => maskKeys(v, keys));
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, keys.includes(k) ? TEXT : maskKeys(v, keys)]),
    );
  return value;
}

/**
 * Statement forms and how many distinct names: names differ with the text, and objects are sorted
 * by name, so the forms are compared as a multiset.
 */
const appliance = (s: Statements) => ({ forms: [...s.forms].sort(), names: new Set(s.names).size });

/** What every target of the registry must parse as; a target missing here fails the test. */
const CHECKS: Readonly<Record<string, Check>> = {
  iptables: {
    comment: new RegExp(`^#(?!${IPV6_PREFIX.slice(1)})`),
    parse(r) {
      const expected = new Set(r.rules.map((x) => iptablesExpected(x.comment)));
      return iptablesStatements(r.text).map((args) => {
        for (const [i, a] of args.entries()) {
          if (args[i - 1] === '--comment') {
            if (args.at(-1) === 'ACCEPT') expect(expected).toContain(a);
          } else expect(a).toMatch(/^[-*:A-Za-z0-9.,/[\]]+$/);
        }
        return args.map((a, i) => (args[i - 1] === '--comment' ? TEXT : a)).join(' ');
      });
    },
    tool: iptablesTool,
  },
  nftables: {
    comment: /^\s*#/,
    parse(r) {
      const expected = new Set([
        ...r.rules.map((x) => nftExpected(x.comment)),
        'replies to flows already accepted',
      ]);
      return r.text
        .split('\n')
        .filter((l) => !/^\s*#/.test(l))
        .map((l) => {
          const m = / comment "([^"]*)"$/.exec(l);
          if (m) expect(expected).toContain(m[1]);
          const rest = m ? l.slice(0, m.index) : l;
          expect(rest).toMatch(/^[-\t a-z0-9_.:,;{}@/"=]*$/);
          return m ? `${rest} comment ${TEXT}` : rest;
        });
    },
    tool: nftablesTool,
  },
  'aws-sg': {
    comment: /^\s*#/,
    parse: (r) =>
      terraformStatements(r, AWS_SCHEMAS, (body, comments) => {
        if (!('description' in body) || 'type' in body) return;
        const d = hclValue(body.description) as string;
        expect(d).toMatch(DESCRIPTION);
        expect(comments.map(sgDescription)).toContain(d);
      }),
  },
  'aws-sg-json': {
    parse(r) {
      const doc = DOCUMENT.parse(JSON.parse(r.text));
      expectDocument(doc, doc.portplan.header, r);
      const descriptions = r.rules.map((x) => sgDescription(x.comment));
      for (const p of [...doc.egress.IpPermissions, ...doc.ingress.IpPermissions])
        for (const peer of [...(p.IpRanges ?? []), ...(p.Ipv6Ranges ?? []), ...(p.PrefixListIds ?? [])])
          expect(descriptions).toContain(peer.Description);
      return maskKeys({ ...doc, portplan: { ...doc.portplan, header: [] } }, ['Description']);
    },
  },
  'azure-nsg': {
    comment: /^\s*#/,
    parse: (r) =>
      terraformStatements(r, AZURE_SCHEMAS, (body, comments) => {
        if (typeof body.name === 'string') expect(body.name).toMatch(AZURE_NAME);
        if (!('description' in body) || 'type' in body) return;
        // At most 140 characters on one line: the comment, line breaks as spaces, cut (never
        // through a surrogate pair); HCL reads every string in Unicode normal form C.
        const expected = comments.map((c) => cutUnits(c.replace(BREAKS, ' '), 140).normalize('NFC'));
        expect(expected).toContain(hclValue(body.description));
      }),
  },
  nsx: {
    parse(r) {
      const doc = JSON.parse(r.text) as { portplan: { header: string[] }; requests: NsxRequest[] };
      expectDocument(doc, doc.portplan.header, r);
      checkShapes(doc.requests);
      const comments = r.rules.map((x) => x.comment);
      for (const q of doc.requests)
        if (q.body.resource_type === 'Rule')
          expect(comments.some((c) => isCut(String(q.body.description), c, 1024, '…'))).toBe(true);
      return maskKeys(doc.requests, ['display_name', 'description', 'notes']);
    },
  },
  paloalto: { comment: /^# /, parse: (r) => appliance(parsePaloalto(r.text)) },
  fortigate: { comment: /^# /, parse: (r) => appliance(parseFortigate(r.text)) },
  'cisco-asa': { comment: /^! /, parse: (r) => appliance(parseCiscoAsa(r.text)) },
  'windows-firewall': {
    comment: /^\s*#/,
    async parse(r) {
      const commands = await checkPowerShell(r.text, WINDOWS_FIREWALL);
      const descriptions = r.rules.map((x) => x.comment.replace(BREAKS, ' '));
      const purposes = r.rules.map((x) => x.purpose.replace(BREAKS, ' '));
      const names = commands.map((c) => c.parameters.get('Name')?.[0]);
      expect(new Set(names).size).toBe(names.length);
      return commands.map((c) => {
        expect(c.name).toBe('New-NetFirewallRule');
        expect(c.parameters.get('Name')?.[0]).toMatch(/^portplan-r\d+-[A-Za-z0-9.-]+$/);
        expect(descriptions).toContain(c.parameters.get('Description')?.[0]);
        const display = String(c.parameters.get('DisplayName')?.[0]);
        expect(purposes.some((p) => display.endsWith(`: ${p}`))).toBe(true);
        const masked = new Map(c.parameters);
        for (const k of ['Name', 'DisplayName', 'Description']) masked.set(k, [TEXT]);
        return [c.name, ...masked];
      });
    },
  },
  squid: {
    comment: /^#/,
    parse(r) {
      const lines = r.text.split('\n').filter((l) => !l.startsWith('#'));
      for (const l of lines)
        expect(l).toMatch(
          /^(?:|acl pp_CONNECT method CONNECT|acl pp_r\d+_src src [0-9a-f.:/ ]+|acl pp_r\d+_src src all|acl pp_r\d+_dst dstdomain [a-z0-9._ -]+|acl pp_r\d+_port port [0-9 -]+|http_access allow !?pp_CONNECT pp_r\d+_src pp_r\d+_dst pp_r\d+_port)$/,
        );
      return lines;
    },
    tool: squidTool,
  },
};

// ---------------------------------------------------------------------------------------------

/**
 * Control characters no output holds raw: none but tab and line feed; JSON targets may keep C1
 * controls and U+2028/U+2029 inside strings, as JSON allows.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it matches
const C0 = /[\u0000-\u0008\u000b-\u001f]/;
/** Half a character: a cut through a surrogate pair. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
const C1_AND_SEPARATORS = /[\u007f-\u009f\u2028\u2029]/;

const statementLines = (text: string, comment: RegExp | undefined) =>
  text.split('\n').filter((l) => !comment?.test(l)).length;

describe.each(FIREWALLS.map((t) => [t.name, t] as const))(
  'render --target %s, hostile text',
  (name, target) => {
    it('has a check of its own syntax here (a new target needs one)', () => {
      expect(Object.keys(CHECKS)).toContain(name);
    });

    it('parses as the statements of benign text: nothing injected, no quote broken', async () => {
      const check = CHECKS[name];
      if (!check) throw new Error(`no check for ${name}`);
      const benign = new Map<string, { rendered: Rendered | undefined; parsed: unknown }>();
      const samples: Sample[] = [];
      await fc.assert(
        fc.asyncProperty(hostileSite, async (site) => {
          for (const mode of MODES) {
            const key = `${mode} ${site.text.header.length}`;
            if (!benign.has(key)) {
              const rendered = render(target, benignSite(site), mode);
              benign.set(key, { rendered, parsed: rendered && (await check.parse(rendered)) });
            }
            const base = benign.get(key);
            const rendered = render(target, site, mode);
            if (!rendered || !base?.rendered) {
              expect(rendered).toBe(base?.rendered);
              continue;
            }
            const text = rendered.text;
            expect(text).not.toMatch(LONE_SURROGATE);
            expect(text).not.toMatch(C0);
            if (target.extension !== '.json') expect(text).not.toMatch(C1_AND_SEPARATORS);
            expect(statementLines(text, check.comment)).toBe(
              statementLines(base.rendered.text, check.comment),
            );
            expect(await check.parse(rendered)).toEqual(base.parsed);
            samples.push({ rendered, site: site.text, mode });
          }
        }),
        // No shrinking: each step renders and parses again, minutes on a busy machine; the
        // counterexample is reported as found.
        { numRuns: RUNS, endOnFailure: true },
      );
      check.tool?.(samples);
    });
  },
);

// ---------------------------------------------------------------------------------------------
// What the inputs themselves refuse: that refusal is the validation for these characters.

describe('the inputs refuse what no output could carry', () => {
  it('the catalog refuses control characters, line separators and bidi controls in its text (exit 2)', () => {
    // The generator above stays within what it accepts; here, what it does not.
    fc.assert(
      fc.property(hostileText, (s) => {
        const ok = catalogSchema.safeParse({
          ...BUILTIN,
          requirements: [{ ...BUILTIN.requirements[0], purpose: s }],
        }).success;
        expect(ok).toBe(!CATALOG_REFUSES.test(s));
      }),
      { numRuns: 200 },
    );
    const bad = ['a\nhttp_access allow all', 'COMMIT\r\n*nat', 'x\u0000y', 'x\u2028y', 'x\u202ey'];
    const catalog = join(dir, 'hostile-catalog.yaml');
    writeFileSync(
      catalog,
      JSON.stringify({
        ...BUILTIN,
        requirements: BUILTIN.requirements.map((r, i) => ({ ...r, purpose: bad[i % bad.length] })),
      }),
    );
    const r = portplan(['render', 'examples/small.yaml', '--target', 'iptables', '--catalog', catalog]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/expected one line of text without control characters, got U\+000A/);
    expect(r.stderr).toMatch(/U\+0000/);
    expect(r.stderr).toMatch(/U\+2028/);
    expect(r.stderr).toMatch(/U\+202E/);
  });

  it('the inventory refuses names that are not labels, and --connector names it does not hold (exit 2)', () => {
    const bad = [
      'a b',
      'x"; -j DROP',
      "x';Remove-Item",
      '$(id)',
      'x\nCOMMIT',
      '-j',
      '.hidden',
      'é',
      'x'.repeat(64),
      '',
    ];
    const file = join(dir, 'hostile-names.yaml');
    writeFileSync(
      file,
      JSON.stringify({
        cloud: { region: 'us-west-2' },
        connectors: bad.map((name, i) => ({ name, address: `10.20.0.${i + 1}` })),
        sources: { physical: bad.map((name, i) => ({ name, host: `10.50.0.${i + 1}` })) },
      }),
    );
    const r = portplan(['render', file, '--target', 'nftables', '--chain-mode', 'forward']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    for (let i = 0; i < bad.length; i++) {
      expect(r.stderr).toContain(`connectors[${i}].name`);
      expect(r.stderr).toContain(`sources.physical[${i}].name`);
    }
    const c = portplan([
      'render',
      'examples/small.yaml',
      '--target',
      'iptables',
      '--connector',
      'x"\nCOMMIT',
    ]);
    expect(c.status).toBe(2);
    expect(c.stdout).toBe('');
  });

  it('a hostile inventory file name stays in the header comment, through the CLI', () => {
    const named = join(dir, 'site\nCOMMIT\n*nat\n-A INPUT -j ACCEPT.yaml');
    writeFileSync(named, readFileSync(join(ROOT, 'examples/small.yaml')));
    const plain = portplan(['render', 'examples/small.yaml', '--target', 'iptables', '--connector', 'sc-01']);
    const r = portplan(['render', named, '--target', 'iptables', '--connector', 'sc-01']);
    expect(r.status).toBe(0);
    const check = CHECKS.iptables as Check;
    expect(statementLines(r.stdout, check.comment)).toBe(statementLines(plain.stdout, check.comment));
    // The header makes its line breaks plain `?`: the name stays on its one comment line.
    expect(r.stdout).toContain(`# inventory: ${dir}/site?COMMIT?*nat?-A INPUT -j ACCEPT.yaml\n`);
  });
});
