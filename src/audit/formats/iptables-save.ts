// iptables-save / ip6tables-save output (and iptables-restore input, the same format, including
// portplan's own render output with its IPv6 part on `#6 ` lines) compiled into the ruleset model.
import { addressBlock, classifyAddress } from '../../common/address.js';
import {
  type Action,
  ALL_ADDRESSES,
  ALL_PORTS,
  type Chain,
  type Hook,
  type Interval,
  type Match,
  type ModelRule,
  type Origin,
  type Ruleset,
  type RulesetFormat,
  type ValueSet,
} from '../model.js';

/** The filter table's built-in chains and the hooks they stand at. */
const BUILT_IN: Readonly<Record<string, Hook>> = { INPUT: 'input', OUTPUT: 'output', FORWARD: 'forward' };

/** Where portplan's iptables target puts the IPv6 part: ip6tables-restore reads it without the prefix. */
const IPV6_PREFIX = '#6 ';

/** How long an origin's text may be before it is cut. */
const TEXT_MAX = 240;

/**
 * Targets that match and go on to the next rule (iptables-extensions(8): they return XT_CONTINUE).
 * Every other target that is not a chain of the table is unknown: the audit does not guess its verdict.
 */
const NON_TERMINATING = new Set([
  'LOG',
  'NFLOG',
  'ULOG',
  'AUDIT',
  'MARK',
  'CONNMARK',
  'CT',
  'NOTRACK',
  'TRACE',
  'CLASSIFY',
  'DSCP',
  'TOS',
  'TTL',
  'HL',
  'ECN',
  'TCPMSS',
  'TCPOPTSTRIP',
  'SECMARK',
  'CONNSECMARK',
  'IDLETIMER',
  'LED',
  'CHECKSUM',
  'TEE',
  'SET',
  'HMARK',
  'RATEEST',
]);

/** Protocol numbers iptables-save may print instead of names (`-p 6`). */
const PROTOCOL_NUMBERS: Readonly<Record<string, string>> = {
  '0': 'all',
  '1': 'icmp',
  '6': 'tcp',
  '17': 'udp',
  '58': 'ipv6-icmp',
  '132': 'sctp',
};

/** Matches whose options this parser reads; the options it does not know stay in words. */
const KNOWN_MODULES = new Set(['tcp', 'udp', 'multiport', 'iprange', 'conntrack', 'state', 'set', 'comment']);

/** One argument as iptables-restore splits a line, and whether it was quoted (then never an option). */
interface Token {
  readonly text: string;
  readonly quoted: boolean;
}

/**
 * A line split as iptables-restore does (xshared.c add_param_to_argv): spaces separate arguments,
 * `"` opens a quoted argument, inside it `\` takes the next character as it is, and the closing
 * `"` ends the argument. iptables-save writes comments that way.
 */
export function tokenize(line: string): Token[] | { error: string } {
  // Most lines quote nothing (only comments are quoted): split them whole, not a character at a time.
  if (!line.includes('"')) {
    const out: Token[] = [];
    for (const text of line.split(/[ \t]+/)) if (text) out.push({ text, quoted: false });
    return out;
  }
  const tokens: Token[] = [];
  let text = '';
  let quoted = false;
  let open = false;
  let started = false;
  const end = () => {
    if (started) tokens.push({ text, quoted });
    text = '';
    quoted = false;
    started = false;
  };
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (open) {
      if (c === '\\' && i + 1 < line.length) {
        text += line[++i];
      } else if (c === '"') {
        open = false;
        end();
      } else text += c;
    } else if (c === '"') {
      open = true;
      quoted = true;
      started = true;
    } else if (c === ' ' || c === '\t') {
      end();
    } else {
      text += c;
      started = true;
    }
  }
  if (open) return { error: 'a quote is not closed' };
  end();
  return tokens;
}

/** A table being read: its chains in declaration order, with policies and rules. */
interface TableChain {
  name: string;
  policy?: { verdict: 'accept' | 'drop'; origin: Origin } | { unknown: string; origin: Origin };
  rules: ModelRule[];
}
interface Table {
  name: string;
  family: 4 | 6;
  origin: Origin;
  chains: Map<string, TableChain>;
  /** Rule lines in other tables, which the model leaves out. */
  skipped: number;
  /** Whether a header comment or the `#6 ` prefix said the family (else the addresses may). */
  familySaid: boolean;
}

/** Options whose argument is an address: an IPv6 one makes an unmarked table ip6tables'. */
const ADDRESS_OPTIONS = new Set([
  '-s',
  '-d',
  '--source',
  '--destination',
  '--src',
  '--dst',
  '--src-range',
  '--dst-range',
]);

type Parsed =
  | { ok: true; chain: string; insertAt?: number; match: Match; action: Action; extra?: Match[] }
  | { ok: false; chain?: string; why: string };

/** An address, CIDR or `address/dotted-mask` as iptables-save writes `-s`/`-d`: its interval. */
/** An IPv4 address with an optional prefix length: the common case, read without ipaddr.js. */
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?:\/(\d{1,2}))?$/;

function parseAddress(text: string): { family: 4 | 6; interval: Interval } | undefined {
  // 50,000 rules hold about 100,000 addresses: the general path below parses each as IPv6 first
  // (ipaddr.js), which was most of the time a large ruleset took to read (bench/README.md).
  const v4 = IPV4.exec(text);
  if (v4) {
    const octets = [v4[1], v4[2], v4[3], v4[4]].map(Number);
    const bits = v4[5] === undefined ? 32 : Number(v4[5]);
    if (octets.every((o) => o <= 255) && bits <= 32) {
      const value = BigInt(
        (((octets[0] as number) << 24) |
          ((octets[1] as number) << 16) |
          ((octets[2] as number) << 8) |
          (octets[3] as number)) >>>
          0,
      );
      // iptables masks off host bits (`10.0.0.1/8` is 10.0.0.0/8).
      const size = 1n << BigInt(32 - bits);
      const first = (value / size) * size;
      return { family: 4, interval: { lo: first, hi: first + size - 1n } };
    }
  }
  let s = text;
  const slash = s.indexOf('/');
  if (slash > 0 && s.slice(slash + 1).includes('.')) {
    // A dotted mask: a prefix when its bits are contiguous (iptables-save prints those as /N).
    const mask = addressBlock(s.slice(slash + 1), 'ip');
    if (mask?.family !== 4) return undefined;
    const bits = mask.first.toString(2).padStart(32, '0');
    if (!/^1*0*$/.test(bits)) return undefined;
    s = `${s.slice(0, slash)}/${bits.indexOf('0') < 0 ? 32 : bits.indexOf('0')}`;
  }
  const kind = classifyAddress(s);
  if ('error' in kind) {
    // iptables accepts host bits in a CIDR (`10.0.0.1/8`) and masks them off.
    const [addr = '', bits = ''] = s.split('/');
    const a = classifyAddress(addr);
    if (!('kind' in a) || a.kind !== 'ip' || !/^\d{1,3}$/.test(bits)) return undefined;
    const block = addressBlock(addr, 'ip');
    if (!block) return undefined;
    const width = block.family === 4 ? 32 : 128;
    const n = Number(bits);
    if (n > width) return undefined;
    const size = 1n << BigInt(width - n);
    const first = (block.first / size) * size;
    return { family: block.family, interval: { lo: first, hi: first + size - 1n } };
  }
  if (kind.kind !== 'ip' && kind.kind !== 'cidr' && kind.kind !== 'range') return undefined;
  const block = addressBlock(s, kind.kind);
  return block && { family: block.family, interval: { lo: block.first, hi: block.last } };
}

/** `22`, `1000:2000`, `:1023`, `1024:` as an interval (service names are not resolved: undefined). */
function parsePortRange(text: string): Interval | undefined {
  const m = /^(\d{0,5})(?::(\d{0,5}))?$/.exec(text);
  if (!m || (m[1] === '' && m[2] === undefined)) return undefined;
  const lo = m[1] === '' ? 0 : Number(m[1]);
  const hi = m[2] === undefined ? lo : m[2] === '' ? 65535 : Number(m[2]);
  if (lo > 65535 || hi > 65535 || lo > hi) return undefined;
  return { lo: BigInt(lo), hi: BigInt(hi) };
}

function parsePorts(text: string): Interval[] | undefined {
  const out: Interval[] = [];
  for (const part of text.split(',')) {
    const i = parsePortRange(part);
    if (!i) return undefined;
    out.push(i);
  }
  return out;
}

const max = (a: bigint, b: bigint) => (a > b ? a : b);
const min = (a: bigint, b: bigint) => (a < b ? a : b);

/** The sorted, merged intervals of a set, negation taken out within `all`. */
function positive(set: ValueSet, all: Interval): Interval[] {
  const sorted = [...set.intervals].sort((a, b) => (a.lo < b.lo ? -1 : a.lo > b.lo ? 1 : 0));
  const merged: Interval[] = [];
  for (const i of sorted) {
    const last = merged.at(-1);
    if (last && i.lo <= last.hi + 1n) merged[merged.length - 1] = { lo: last.lo, hi: max(i.hi, last.hi) };
    else merged.push(i);
  }
  if (!set.negate) return merged;
  const out: Interval[] = [];
  let at = all.lo;
  for (const m of merged) {
    if (m.lo > at) out.push({ lo: at, hi: m.lo - 1n });
    at = m.hi + 1n;
  }
  if (at <= all.hi) out.push({ lo: at, hi: all.hi });
  return out;
}

/** Several conditions on one dimension, all of which must hold: one set (the single one as written). */
function intersect(sets: ValueSet[], all: Interval, family?: 4 | 6): ValueSet | undefined {
  if (sets.length <= 1) return sets[0];
  let acc = positive(sets[0] as ValueSet, all);
  for (const set of sets.slice(1)) {
    const other = positive(set, all);
    const next: Interval[] = [];
    for (const a of acc)
      for (const b of other) {
        const lo = max(a.lo, b.lo);
        const hi = min(a.hi, b.hi);
        if (lo <= hi) next.push({ lo, hi });
      }
    acc = next;
  }
  return { ...(family ? { family } : {}), intervals: acc };
}

/** What a rule line asks: read option by option, the way iptables parses its arguments. */
function parseRule(tokens: Token[], family: 4 | 6, chains: { has(name: string): boolean }): Parsed {
  const command = tokens[0]?.text;
  const chain = tokens[1]?.text;
  if (!chain || chain.startsWith('-')) return { ok: false, why: `${command} without a chain` };
  let i = 2;
  let insertAt: number | undefined;
  if (command === '-I' || command === '--insert') {
    insertAt = 1;
    if (tokens[i] && /^\d+$/.test(tokens[i]?.text ?? '')) insertAt = Number(tokens[i++]?.text);
  }
  const src: ValueSet[] = [];
  const dst: ValueSet[] = [];
  const dport: ValueSet[] = [];
  const sport: ValueSet[] = [];
  /** `--ports`: either port in the set (the client's source port is ephemeral, so mostly the destination). */
  const eitherPort: ValueSet[] = [];
  let protocols: Match['protocols'];
  let states: { names: string[]; negate?: boolean }[] = [];
  const unknown: string[] = [];
  let never = false;
  let action: Action = { kind: 'continue' };
  let targetWords: string[] | undefined;
  let module = '';
  let moduleWords: string[] | undefined;
  const fail = (why: string): Parsed => ({ ok: false, chain, why });

  /** The arguments of the option at `i`: the tokens up to the next option or `!`. */
  const args = (): string[] => {
    const out: string[] = [];
    while (i < tokens.length) {
      const t = tokens[i] as Token;
      if (!t.quoted && (t.text === '!' || (t.text.startsWith('-') && t.text.length > 1))) break;
      out.push(t.text);
      i++;
    }
    return out;
  };
  const shown = (negate: boolean, option: string, values: string[]) =>
    [
      ...(negate ? ['!'] : []),
      option,
      ...values.map((v) => (/[\s"\\]/.test(v) || v === '' ? JSON.stringify(v) : v)),
    ].join(' ');
  const closeModule = () => {
    if (moduleWords && moduleWords.length > 0) unknown.push(`-m ${module} ${moduleWords.join(' ')}`);
    else if (moduleWords && !KNOWN_MODULES.has(module)) unknown.push(`-m ${module}`);
    moduleWords = undefined;
  };

  while (i < tokens.length) {
    let negate = false;
    if (tokens[i]?.text === '!' && !tokens[i]?.quoted) {
      negate = true;
      i++;
    }
    const option = tokens[i++]?.text;
    if (option === undefined) return fail('`!` at the end of the line');
    const values = args();
    const one = () => (values.length === 1 ? (values[0] as string) : undefined);
    const address = (side: ValueSet[]): string | undefined => {
      const v = one();
      if (v === undefined) return `${option} takes one address`;
      const parts = v.split(',').map(parseAddress);
      if (parts.some((p) => !p)) return `${option} ${v}: not an address or network iptables-save writes`;
      const ok = parts as { family: 4 | 6; interval: Interval }[];
      if (ok.some((p) => p.family !== family))
        return `${option} ${v}: an IPv${family === 4 ? 6 : 4} address in an IPv${family} table`;
      side.push({ family, intervals: ok.map((p) => p.interval), ...(negate ? { negate } : {}) });
      return undefined;
    };
    if (option === '-s' || option === '--source' || option === '--src') {
      const e = address(src);
      if (e) return fail(e);
    } else if (option === '-d' || option === '--destination' || option === '--dst') {
      const e = address(dst);
      if (e) return fail(e);
    } else if (option === '-p' || option === '--protocol') {
      const v = one()?.toLowerCase();
      if (v === undefined) return fail(`${option} takes one protocol`);
      const name = PROTOCOL_NUMBERS[v] ?? (v === 'icmpv6' ? 'ipv6-icmp' : v);
      protocols = { names: [name], ...(negate ? { negate } : {}) };
      module = name;
    } else if (
      option === '-i' ||
      option === '--in-interface' ||
      option === '-o' ||
      option === '--out-interface'
    ) {
      const v = one();
      if (v === undefined) return fail(`${option} takes one interface`);
      // Flows between two hosts never come in or go out on loopback.
      if (v === 'lo' || v === 'lo+') never ||= !negate;
      else unknown.push(shown(negate, option, values));
    } else if (option === '-m' || option === '--match') {
      closeModule();
      const v = one();
      if (v === undefined || negate) return fail(`${option} takes one match name`);
      module = v;
      moduleWords = [];
    } else if (option === '-j' || option === '--jump' || option === '-g' || option === '--goto') {
      closeModule();
      const v = one();
      if (v === undefined || negate) return fail(`${option} takes one target`);
      module = `target ${v}`;
      if (option === '-g' || option === '--goto') {
        if (!chains.has(v)) return fail(`goto ${v}: no such chain in the table`);
        action = { kind: 'goto', chain: v };
      } else if (chains.has(v)) action = { kind: 'jump', chain: v };
      else if (v === 'ACCEPT') action = { kind: 'accept' };
      else if (v === 'DROP') action = { kind: 'drop' };
      else if (v === 'REJECT') action = { kind: 'reject' };
      else if (v === 'RETURN') action = { kind: 'return' };
      else if (NON_TERMINATING.has(v)) action = { kind: 'continue' };
      else {
        targetWords = [v];
        action = { kind: 'unknown', text: v };
      }
    } else if (option === '-c' || option === '--set-counters') {
      // Counters: nothing to do with what the rule matches.
    } else if (option === '-f' || option === '--fragment') {
      unknown.push(shown(negate, option, values));
    } else if (option.startsWith('--') && module.startsWith('target ')) {
      // A target's options (--reject-with, --log-prefix): part of an unknown target's text only.
      targetWords?.push(shown(negate, option, values));
    } else if (option.startsWith('--')) {
      const portsOf = (list: ValueSet[]): string | undefined => {
        const v = one();
        const ps = v === undefined ? undefined : parsePorts(v);
        if (!ps) return `${option} ${values.join(' ')}: not a port, range or list of them`;
        list.push({ intervals: ps, ...(negate ? { negate } : {}) });
        return undefined;
      };
      const range = (side: ValueSet[]): string | undefined => {
        const v = one();
        const [a = '', b = '', extra] = (v ?? '').split('-');
        const from = parseAddress(a);
        const to = parseAddress(b);
        if (
          !from ||
          !to ||
          extra !== undefined ||
          from.family !== to.family ||
          from.interval.lo > to.interval.lo
        )
          return `${option} ${values.join(' ')}: not an address range`;
        if (from.family !== family) return `${option} ${v}: an address of the other family`;
        side.push({
          family,
          intervals: [{ lo: from.interval.lo, hi: to.interval.hi }],
          ...(negate ? { negate } : {}),
        });
        return undefined;
      };
      let error: string | undefined;
      let read = true;
      switch (`${module} ${option}`) {
        case 'tcp --sport':
        case 'tcp --source-port':
        case 'udp --sport':
        case 'udp --source-port':
        case 'multiport --sports':
        case 'multiport --source-ports':
          error = portsOf(sport);
          break;
        case 'tcp --dport':
        case 'tcp --destination-port':
        case 'udp --dport':
        case 'udp --destination-port':
        case 'multiport --dports':
        case 'multiport --destination-ports':
          error = portsOf(dport);
          break;
        case 'multiport --ports':
          error = portsOf(eitherPort);
          break;
        case 'iprange --src-range':
          error = range(src);
          break;
        case 'iprange --dst-range':
          error = range(dst);
          break;
        case 'conntrack --ctstate':
        case 'state --state': {
          const v = one();
          if (v === undefined) error = `${option} takes one list of states`;
          else states.push({ names: v.toLowerCase().split(','), ...(negate ? { negate } : {}) });
          break;
        }
        case 'comment --comment':
          break;
        default:
          read = false;
      }
      if (error) return fail(error);
      if (!read) {
        const words = shown(negate, option, values);
        if (moduleWords) moduleWords.push(words);
        else unknown.push(words);
      }
    } else {
      return fail(`${negate ? '! ' : ''}${option}: not an option iptables-restore takes here`);
    }
  }
  closeModule();
  if (action.kind === 'unknown' && targetWords) action = { kind: 'unknown', text: targetWords.join(' ') };

  // Connection states: the audit asks about NEW connections. DNAT/SNAT are about address
  // translation, which the audit cannot see: a list that decides nothing about NEW depends on it.
  let stateMatch: Match['states'];
  if (states.length > 0) {
    const decides = (s: { names: string[]; negate?: boolean }) =>
      s.names.includes('new') || !s.names.some((n) => n === 'snat' || n === 'dnat');
    for (const s of states.filter((s) => !decides(s)))
      unknown.push(`${s.negate ? '! ' : ''}--ctstate ${s.names.join(',').toUpperCase()}`);
    states = states.filter(decides);
    if (states.length === 1) stateMatch = states[0];
    else if (states.length > 1)
      stateMatch = states.every((s) => s.names.includes('new') !== !!s.negate)
        ? { names: ['new'] }
        : { names: [] };
  }
  const all = ALL_ADDRESSES[family];
  const match: Match = {
    ...(src.length > 0 ? { src: intersect(src, all, family) } : {}),
    ...(dst.length > 0 ? { dst: intersect(dst, all, family) } : {}),
    ...(protocols ? { protocols } : {}),
    ...(sport.length > 0 ? { sport: intersect(sport, ALL_PORTS) } : {}),
    ...(dport.length > 0 ? { dport: intersect(dport, ALL_PORTS) } : {}),
    ...(stateMatch ? { states: stateMatch } : {}),
    ...(unknown.length > 0 ? { unknown } : {}),
  };
  // A loopback interface: the rule matches no flow between hosts, an empty set of destinations.
  const base: Match = never ? { ...match, dst: { family, intervals: [] } } : match;
  if (eitherPort.length === 0) return { ok: true, chain, insertAt, match: base, action };
  // `--ports P`: destination in P, or else source in P. Two rules of one origin say that: the
  // first takes the destinations in P, the second the rest when the source port is in P.
  const p = intersect(eitherPort, ALL_PORTS) as ValueSet;
  if (p.negate) {
    // Neither port in P.
    const notP = { intervals: p.intervals, negate: true };
    return {
      ok: true,
      chain,
      insertAt,
      match: {
        ...base,
        dport: intersect([...dport, notP], ALL_PORTS),
        sport: intersect([...sport, notP], ALL_PORTS),
      },
      action,
    };
  }
  return {
    ok: true,
    chain,
    insertAt,
    match: { ...base, dport: intersect([...dport, p], ALL_PORTS) },
    action,
    extra: [
      {
        ...base,
        dport: intersect([...dport, { intervals: p.intervals, negate: true }], ALL_PORTS),
        sport: intersect([...sport, p], ALL_PORTS),
      },
    ],
  };
}

/** Whether a text is iptables-save output or iptables-restore input. */
function detectIptablesSave(text: string): boolean {
  const head = text.slice(0, 20_000);
  return (
    /^(#6 )?\*(filter|nat|mangle|raw|security)\s*$/m.test(head) &&
    (/^(#6 )?:[A-Za-z0-9_.-]+ (ACCEPT|DROP|-) /m.test(head) || /^(#6 )?-[AI] \S+/m.test(head))
  );
}

/** Parse iptables-save output into the model; what it cannot read goes to `unreadable`. */
export function parseIptablesSave(text: string, file: string): Ruleset {
  const unreadable: { origin: Origin; why: string }[] = [];
  const tables: Table[] = [];
  let table: Table | undefined;
  /** The family the next tables have: ip6tables-save says so in its header comment. */
  let headerFamily: 4 | 6 | undefined;
  const lines = text.split(/\r?\n/);
  const origin = (line: number, raw: string): Origin => ({
    file,
    line,
    text: raw.length > TEXT_MAX ? `${raw.slice(0, TEXT_MAX - 3)}...` : raw,
  });
  // Rule lines are read once the table is committed, when every chain it declares is known.
  // Only the lines are kept until then, not their tokens: a table of 50,000 rules held as tokens
  // until COMMIT kept the collector busy for more than half of the read (bench/README.md).
  let pending: { line: number; raw: string; body: string }[] = [];
  const commit = () => {
    if (!table) return;
    const t = table;
    // No header and no #6: ip6tables-restore input written by hand shows itself by its addresses.
    if (
      !t.familySaid &&
      pending.some(({ body }) => {
        if (!body.includes(':')) return false;
        const tokens = tokenize(body);
        return (
          !('error' in tokens) &&
          tokens.some(
            (x, k) => k > 0 && ADDRESS_OPTIONS.has(tokens[k - 1]?.text ?? '') && x.text.includes(':'),
          )
        );
      })
    )
      t.family = 6;
    for (const { line, raw, body } of pending) {
      const o = origin(line, raw);
      if (t.name !== 'filter') {
        t.skipped++;
        continue;
      }
      const read = tokenize(body);
      const tokens = 'error' in read ? [] : read;
      const error = 'error' in read ? read.error : undefined;
      const hint = error ? /^-[AI]\s+(\S+)/.exec(body)?.[1] : undefined;
      const r: Parsed = error
        ? { ok: false, why: error, ...(hint ? { chain: hint } : {}) }
        : parseRule(tokens, t.family, t.chains);
      const chainName = r.chain;
      let chain = chainName === undefined ? undefined : t.chains.get(chainName);
      if (!chain && chainName !== undefined && BUILT_IN[chainName]) {
        // iptables-restore --noflush input may add to a built-in chain it does not declare.
        chain = { name: chainName, rules: [] };
        t.chains.set(chainName, chain);
      }
      if (!r.ok || !chain) {
        const why = r.ok ? `chain ${chainName}, which the table does not declare` : r.why;
        unreadable.push({ origin: o, why });
        chain?.rules.push({
          match: { unknown: [o.text] },
          action: { kind: 'unknown', text: o.text },
          origin: o,
        });
        continue;
      }
      const rules: ModelRule[] = [r.match, ...(r.extra ?? [])].map((match) => ({
        match,
        action: r.action,
        origin: o,
      }));
      if (r.insertAt !== undefined) chain.rules.splice(r.insertAt - 1, 0, ...rules);
      else chain.rules.push(...rules);
    }
    pending = [];
    if (t.name !== 'filter' && t.skipped > 0)
      unreadable.push({
        origin: t.origin,
        why: `table ${t.name} is not part of the audit, which reads *filter: its ${t.skipped} rule${t.skipped === 1 ? '' : 's'} (address translation, marks, drops before filtering) are not checked`,
      });
    tables.push(t);
    table = undefined;
  };

  lines.forEach((rawLine, index) => {
    const line = index + 1;
    let raw = rawLine.trim();
    let family: 4 | 6 | undefined;
    if (rawLine.startsWith(IPV6_PREFIX)) {
      raw = rawLine.slice(IPV6_PREFIX.length).trim();
      family = 6;
    }
    if (raw === '') return;
    if (raw.startsWith('#')) {
      if (/^# Generated by ip6tables/.test(raw)) headerFamily = 6;
      else if (/^# Generated by iptables/.test(raw)) headerFamily = 4;
      // iptables-nft says when a table holds what it cannot show as iptables rules.
      if (/incompatible/i.test(raw))
        unreadable.push({ origin: origin(line, raw), why: 'iptables-save could not show this table' });
      return;
    }
    if (raw.startsWith('*')) {
      commit();
      table = {
        name: raw.slice(1).trim(),
        family: family ?? headerFamily ?? 4,
        familySaid: (family ?? headerFamily) !== undefined,
        origin: origin(line, raw),
        chains: new Map(),
        skipped: 0,
      };
      return;
    }
    if (!table) {
      unreadable.push({
        origin: origin(line, raw),
        why: 'outside any table (a line starting with * opens one)',
      });
      return;
    }
    if (raw === 'COMMIT') {
      commit();
      return;
    }
    if (raw.startsWith(':')) {
      const m = /^:(\S+)\s+(\S+)(?:\s+\[\d+:\d+\])?$/.exec(raw);
      if (!m) {
        unreadable.push({ origin: origin(line, raw), why: 'a chain line is `:NAME POLICY [packets:bytes]`' });
        return;
      }
      const [, name = '', policy = ''] = m;
      const chain: TableChain = table.chains.get(name) ?? { name, rules: [] };
      if (policy === 'ACCEPT' || policy === 'DROP')
        chain.policy = { verdict: policy === 'ACCEPT' ? 'accept' : 'drop', origin: origin(line, raw) };
      else if (policy !== '-') chain.policy = { unknown: policy, origin: origin(line, raw) };
      table.chains.set(name, chain);
      return;
    }
    // Counters before a rule (`iptables-save -c`): `[packets:bytes] -A ...`.
    const body = raw.replace(/^\[\d+:\d+\]\s*/, '');
    if (/^(?:-A|--append|-I|--insert)(?:\s|$)/.test(body)) {
      pending.push({ line, raw, body });
      return;
    }
    const tokens = tokenize(body);
    if ('error' in tokens) {
      unreadable.push({ origin: origin(line, raw), why: tokens.error });
      return;
    }
    const command = tokens[0]?.text;
    if ((command === '-N' || command === '--new-chain') && tokens[1]) {
      table.chains.set(
        tokens[1].text,
        table.chains.get(tokens[1].text) ?? { name: tokens[1].text, rules: [] },
      );
    } else if ((command === '-P' || command === '--policy') && tokens[1] && tokens[2]) {
      const chain = table.chains.get(tokens[1].text) ?? { name: tokens[1].text, rules: [] };
      const p = tokens[2].text;
      chain.policy =
        p === 'ACCEPT' || p === 'DROP'
          ? { verdict: p === 'ACCEPT' ? 'accept' : 'drop', origin: origin(line, raw) }
          : { unknown: p, origin: origin(line, raw) };
      table.chains.set(chain.name, chain);
    } else {
      unreadable.push({
        origin: origin(line, raw),
        why: 'not a line iptables-save writes (a table, chain, rule or COMMIT)',
      });
    }
  });
  if (table) {
    unreadable.push({
      origin: table.origin,
      why: `table ${table.name} has no COMMIT: iptables-restore would load none of it`,
    });
    commit();
  }
  return buildRuleset(tables, file, unreadable);
}

/** The filter tables as one model: their built-in chains at their hooks, each with its family. */
function buildRuleset(tables: Table[], file: string, unreadable: { origin: Origin; why: string }[]): Ruleset {
  const filters = tables.filter((t) => t.name === 'filter');
  const both = new Set(filters.map((t) => t.family)).size > 1;
  // Both families in one file: the IPv6 chains get a suffix, so jumps find their own family's chain.
  const key = (name: string, family: 4 | 6) => (both && family === 6 ? `${name} (IPv6)` : name);
  const chains = new Map<string, Chain>();
  const hooks: Partial<Record<Hook, Chain[]>> = {};
  for (const t of filters) {
    for (const c of t.chains.values()) {
      const name = key(c.name, t.family);
      const hook = BUILT_IN[c.name];
      let rules = c.rules.map((r) =>
        r.action.kind === 'jump' || r.action.kind === 'goto'
          ? { ...r, action: { ...r.action, chain: key(r.action.chain, t.family) } }
          : r,
      );
      let policy: Chain['policy'];
      if (c.policy && 'verdict' in c.policy) policy = c.policy;
      else if (hook) {
        // No policy this file sets (iptables-restore --noflush input), or one it cannot read: what
        // reaches the end, or returns there, depends on the policy in force.
        const why = c.policy
          ? `the policy ${c.policy.unknown} of ${c.name}`
          : `the policy of ${c.name}, which this file does not set (the one in force stays)`;
        const o: Origin = c.policy?.origin ?? { file, text: `${c.name}: no policy in this file` };
        rules = rules.map((r) =>
          r.action.kind === 'return' ? { ...r, action: { kind: 'unknown', text: `RETURN to ${why}` } } : r,
        );
        rules.push({ match: { unknown: [why] }, action: { kind: 'unknown', text: why }, origin: o });
        if (c.policy) unreadable.push({ origin: o, why: `policy ${c.policy.unknown}: not ACCEPT or DROP` });
      }
      const chain: Chain = {
        name,
        rules,
        ...(policy ? { policy } : {}),
        ...(hook ? { family: t.family } : {}),
      };
      chains.set(name, chain);
      if (hook) hooks[hook] = [...(hooks[hook] ?? []), chain];
    }
  }
  unreadable.sort((a, b) => (a.origin.line ?? 0) - (b.origin.line ?? 0));
  return { format: 'iptables-save', file, hooks, chains, unreadable, stateful: true };
}

export const iptablesSave: RulesetFormat = {
  name: 'iptables-save',
  summary: 'iptables-save / ip6tables-save output (iptables-restore input; #6 lines are the IPv6 part)',
  detect: detectIptablesSave,
  parse: parseIptablesSave,
};
