// The benchmark's own compiler of bench/generate-ruleset.ts's iptables-save subset into the audit model,
// used only while no iptables-save parser is registered in src/audit/formats/registry.ts.
import type {
  Action,
  Chain,
  Interval,
  Match,
  ModelRule,
  Origin,
  Ruleset,
  ValueSet,
} from '../src/audit/model.js';

const ipv4 = (s: string): bigint => {
  const [a, b, c, d] = s.split('.').map(Number) as [number, number, number, number];
  return BigInt(((a << 24) | (b << 16) | (c << 8) | d) >>> 0);
};

function cidr(s: string): Interval {
  const [address, bits = '32'] = s.split('/');
  const size = 1n << BigInt(32 - Number(bits));
  const lo = (ipv4(address as string) / size) * size;
  return { lo, hi: lo + size - 1n };
}

const range = (s: string, parse: (x: string) => bigint, sep: string): Interval => {
  const [lo, hi = lo] = s.split(sep) as [string, string?];
  return { lo: parse(lo), hi: parse(hi) };
};

/** Words of a rule line, a quoted comment as one word. */
const words = (line: string) =>
  line.includes('"') ? [...line.matchAll(/"[^"]*"|\S+/g)].map((m) => m[0]) : line.split(' ');

/**
 * The generator's rules as the model: `-s/-d` (with `!`), `-p`, `--dport`, `--dports`,
 * `--src-range/--dst-range`, `--ctstate`, `--comment`, `-m set` (kept unknown), targets ACCEPT,
 * DROP, REJECT, LOG, RETURN and user chains. Anything else stops the benchmark: it is no parser.
 */
export function compileIptablesSave(text: string, file: string): Ruleset {
  const chains = new Map<string, { rules: ModelRule[]; policy?: Chain['policy'] }>();
  text.split('\n').forEach((line, i) => {
    const origin: Origin = { file, line: i + 1, text: line.length > 120 ? `${line.slice(0, 117)}...` : line };
    if (line.startsWith(':')) {
      const [name, policy] = line.slice(1).split(' ') as [string, string];
      chains.set(name, {
        rules: [],
        ...(policy === '-' ? {} : { policy: { verdict: policy === 'ACCEPT' ? 'accept' : 'drop', origin } }),
      });
      return;
    }
    if (!line.startsWith('-A ')) return;
    const w = words(line);
    const match: {
      -readonly [K in keyof Match]: Match[K];
    } = {};
    let action: Action | undefined;
    let negate = false;
    const unknown: string[] = [];
    for (let k = 2; k < w.length; k++) {
      const word = w[k] as string;
      const next = () => w[++k] as string;
      const set = (intervals: Interval[]): ValueSet => ({
        family: 4,
        intervals,
        ...(negate ? { negate } : {}),
      });
      switch (word) {
        case '!':
          negate = true;
          continue;
        case '-s':
          match.src = set([cidr(next())]);
          break;
        case '-d':
          match.dst = set([cidr(next())]);
          break;
        case '--src-range':
          match.src = set([range(next(), ipv4, '-')]);
          break;
        case '--dst-range':
          match.dst = set([range(next(), ipv4, '-')]);
          break;
        case '-p':
          match.protocols = { names: [next()] };
          break;
        case '--dport':
        case '--dports':
          match.dport = {
            intervals: next()
              .split(',')
              .map((p) => range(p, BigInt, ':')),
          };
          break;
        case '--ctstate':
          match.states = { names: next().toLowerCase().split(',') };
          break;
        case '--match-set':
          unknown.push(`-m set --match-set ${next()} ${next()}`);
          break;
        case '-m':
        case '--comment':
        case '--reject-with':
        case '--log-prefix':
        case '--log-level':
          next();
          break;
        case '-j': {
          const target = next();
          action =
            target === 'ACCEPT'
              ? { kind: 'accept' }
              : target === 'DROP'
                ? { kind: 'drop' }
                : target === 'REJECT'
                  ? { kind: 'reject' }
                  : target === 'LOG'
                    ? { kind: 'continue' }
                    : target === 'RETURN'
                      ? { kind: 'return' }
                      : { kind: 'jump', chain: target };
          break;
        }
        default:
          throw new Error(`${file}:${i + 1}: the benchmark's compiler does not know ${word}`);
      }
      negate = false;
    }
    if (unknown.length > 0) match.unknown = unknown;
    chains.get(w[1] as string)?.rules.push({ match, action: action ?? { kind: 'continue' }, origin });
  });
  const model = new Map<string, Chain>([...chains].map(([name, c]) => [name, { name, ...c }]));
  const hook = (name: string) => (model.has(name) ? [model.get(name) as Chain] : []);
  return {
    format: 'bench-iptables-save',
    file,
    hooks: { input: hook('INPUT'), output: hook('OUTPUT'), forward: hook('FORWARD') },
    chains: model,
    unreadable: [],
    stateful: true,
  };
}
