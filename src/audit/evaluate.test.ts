// The evaluator on rulesets built by hand: first match, jumps, RETURN, goto, negation, states,
// unknown matches, policies and nftables' several base chains on one hook.
import { describe, expect, it } from 'vitest';
import { addressBlock } from '../common/address.js';
import { evaluate, type FlowQuery, flowVerdict } from './evaluate.js';
import type { Action, Chain, Match, ModelRule, Ruleset, ValueSet } from './model.js';

const FILE = 'rules.txt';
let line = 0;
const rule = (match: Match, action: Action): ModelRule => ({
  match,
  action,
  origin: { file: FILE, line: ++line, text: `rule ${line}` },
});
const addr = (s: string, negate = false): ValueSet => {
  const kind = s.includes('/') ? 'cidr' : s.includes('-') ? 'range' : 'ip';
  const b = addressBlock(s, kind) as NonNullable<ReturnType<typeof addressBlock>>;
  return { family: b.family, intervals: [{ lo: b.first, hi: b.last }], ...(negate ? { negate } : {}) };
};
const ports = (...ps: (number | [number, number])[]): ValueSet => ({
  intervals: ps.map((p) =>
    Array.isArray(p) ? { lo: BigInt(p[0]), hi: BigInt(p[1]) } : { lo: BigInt(p), hi: BigInt(p) },
  ),
});
const tcp = { protocols: { names: ['tcp'] } };
const chain = (name: string, rules: ModelRule[], policy?: 'accept' | 'drop'): Chain => ({
  name,
  rules,
  ...(policy
    ? { policy: { verdict: policy, origin: { file: FILE, text: `:${name} ${policy.toUpperCase()}` } } }
    : {}),
});
const ruleset = (hooks: Ruleset['hooks'], chains: Chain[] = []): Ruleset => ({
  format: 'test',
  file: FILE,
  hooks,
  chains: new Map(chains.map((c) => [c.name, c])),
  unreadable: [],
  stateful: true,
});
const query = (src: string, dst: string, ...ps: (number | [number, number])[]): FlowQuery => {
  const s = addressBlock(src, src.includes('/') ? 'cidr' : 'ip') as NonNullable<
    ReturnType<typeof addressBlock>
  >;
  const d = addressBlock(dst, dst.includes('/') ? 'cidr' : 'ip') as NonNullable<
    ReturnType<typeof addressBlock>
  >;
  return {
    family: s.family,
    src: { lo: s.first, hi: s.last },
    dst: { lo: d.first, hi: d.last },
    protocol: 'tcp',
    ports: ps.map((p) =>
      Array.isArray(p) ? { lo: BigInt(p[0]), hi: BigInt(p[1]) } : { lo: BigInt(p), hi: BigInt(p) },
    ),
  };
};

describe('evaluate', () => {
  const users = chain('PORTPLAN', [
    rule({ ...tcp, dst: addr('10.30.0.0/28'), dport: ports(443, 902) }, { kind: 'accept' }),
    rule({ dst: addr('10.30.0.5') }, { kind: 'return' }),
    rule({ ...tcp, dport: ports([11113, 11117]) }, { kind: 'accept' }),
  ]);
  const rs = ruleset(
    {
      forward: [
        chain(
          'FORWARD',
          [
            rule({ states: { names: ['established', 'related'] } }, { kind: 'accept' }),
            rule({ src: addr('10.99.0.0/24', true) }, { kind: 'jump', chain: 'PORTPLAN' }),
            rule({ ...tcp, dport: ports(22) }, { kind: 'continue' }),
            rule(
              { ...tcp, dport: ports(445), unknown: ['-m set --match-set admins src'] },
              { kind: 'accept' },
            ),
          ],
          'drop',
        ),
      ],
    },
    [users],
  );

  it('follows jumps and decides each part of a flow by the first rule that matches it', () => {
    const v = flowVerdict(evaluate(rs, 'forward', query('10.20.0.11', '10.30.0.3', 443, 902)));
    expect(v.verdict).toBe('allowed');
    // The user chain's accept (its rules were made first: lines 1-3), not the ESTABLISHED rule
    // (line 4), which never decides a NEW connection.
    expect(v.deciding.map((o) => o.line)).toEqual([1]);
  });

  it('comes back from RETURN and meets the policy, and says which ports of a flow are blocked', () => {
    const back = flowVerdict(evaluate(rs, 'forward', query('10.20.0.11', '10.30.0.5', 80)));
    expect(back.verdict).toBe('blocked');
    expect(back.deciding.map((o) => o.text)).toEqual([':FORWARD DROP']);
    const partial = flowVerdict(evaluate(rs, 'forward', query('10.20.0.11', '10.40.0.1', [11110, 11120])));
    expect(partial.verdict).toBe('partial');
    expect(partial.notAllowed.map((d) => [d.piece.port.lo, d.piece.port.hi])).toEqual([
      [11110n, 11112n],
      [11118n, 11120n],
    ]);
  });

  it('honours negation: the clients are never sent to the user chain', () => {
    const v = flowVerdict(evaluate(rs, 'forward', query('10.99.0.7', '10.30.0.3', 443)));
    expect(v.verdict).toBe('blocked');
  });

  it('says what a verdict depends on instead of guessing', () => {
    const v = flowVerdict(evaluate(rs, 'forward', query('10.20.0.11', '10.50.0.1', 445)));
    expect(v.verdict).toBe('depends-on');
    expect(v.dependsOn).toEqual(['-m set --match-set admins src']);
    const mixed = flowVerdict(evaluate(rs, 'forward', query('10.20.0.11', '10.50.0.1', 445, 446)));
    expect(mixed.verdict).toBe('partial');
  });

  it('splits a range of sources by the rules that cut it', () => {
    const v = evaluate(rs, 'forward', query('10.99.0.0/23', '10.30.0.3', 443));
    const byVerdict = v.map((d) => [d.verdict, d.piece.src.hi - d.piece.src.lo + 1n]);
    expect(byVerdict).toContainEqual(['blocked', 256n]);
    expect(byVerdict).toContainEqual(['allowed', 256n]);
  });

  it('goes to a chain with goto and, when it falls through, returns to the caller of the caller', () => {
    const inner = chain('INNER', [rule({ ...tcp, dport: ports(80) }, { kind: 'accept' })]);
    const outer = chain('OUTER', [rule({}, { kind: 'goto', chain: 'INNER' }), rule({}, { kind: 'accept' })]);
    const g = ruleset({ input: [chain('INPUT', [rule({}, { kind: 'jump', chain: 'OUTER' })], 'drop')] }, [
      inner,
      outer,
    ]);
    expect(flowVerdict(evaluate(g, 'input', query('10.0.0.1', '10.0.0.2', 80))).verdict).toBe('allowed');
    // Not the accept after the goto: INNER falls through back to INPUT, whose policy drops.
    expect(flowVerdict(evaluate(g, 'input', query('10.0.0.1', '10.0.0.2', 81))).verdict).toBe('blocked');
  });

  it('runs every base chain of a hook: an accept ends one, a drop in any is final (nftables)', () => {
    const two = ruleset({
      input: [
        chain('first', [rule({ ...tcp, dport: ports(22) }, { kind: 'accept' })], 'accept'),
        chain('second', [rule({ ...tcp, dport: ports(22) }, { kind: 'drop' })], 'accept'),
      ],
    });
    const v = flowVerdict(evaluate(two, 'input', query('10.0.0.1', '10.0.0.2', 22, 23)));
    expect(v.verdict).toBe('partial');
    expect(v.notAllowed.map((d) => d.piece.port.lo)).toEqual([22n]);
  });

  it('passes a flow at a hook the ruleset does not filter, and says so', () => {
    const v = flowVerdict(evaluate(rs, 'input', query('10.0.0.1', '10.0.0.2', 22)));
    expect(v.verdict).toBe('allowed');
    expect(v.deciding[0]?.text).toBe('no input chain: the ruleset does not filter there');
  });

  it('calls a jump to an undefined chain, or a loop, a doubt', () => {
    const loop = chain('LOOP', [rule({}, { kind: 'jump', chain: 'LOOP' })]);
    const bad = ruleset(
      {
        input: [
          chain(
            'INPUT',
            [
              rule({ ...tcp, dport: ports(1) }, { kind: 'jump', chain: 'NOPE' }),
              rule({}, { kind: 'jump', chain: 'LOOP' }),
            ],
            'drop',
          ),
        ],
      },
      [loop],
    );
    expect(flowVerdict(evaluate(bad, 'input', query('10.0.0.1', '10.0.0.2', 1))).dependsOn).toEqual([
      'chain NOPE, which the ruleset does not define',
    ]);
    expect(flowVerdict(evaluate(bad, 'input', query('10.0.0.1', '10.0.0.2', 2))).dependsOn[0]).toMatch(
      /a loop/,
    );
  });
});
