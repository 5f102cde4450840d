// The evaluator on rulesets built by hand: first match, jumps, RETURN, goto, negation, states,
// unknown matches, policies and nftables' several base chains on one hook.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addressBlock } from '../common/address.js';
import { evaluate, evaluateLinear, type FlowQuery, flowVerdict } from './evaluate.js';
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

describe('evaluate with its index', () => {
  // Random rulesets over a small space (addresses 0-63, ports 0-31), so that rules overlap, cut
  // boxes and shadow each other often: the indexed evaluator must give exactly the linear one's
  // decisions, box for box and in the same order.
  const span = (max: number) =>
    fc
      // Widths around 16 too: the index files intervals in classes by width, 16 the first bound.
      .tuple(
        fc.integer({ min: 0, max }),
        fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 24 }), fc.constantFrom(15, 16)),
      )
      .map(([lo, w]) => ({ lo: BigInt(lo), hi: BigInt(Math.min(max, lo + w)) }));
  const valueSet = (max: number, family?: 4 | 6) =>
    fc.record(
      {
        intervals: fc.array(span(max), { minLength: 0, maxLength: 3 }),
        negate: fc.boolean(),
        family: fc.constant(family),
      },
      { requiredKeys: ['intervals'] },
    );
  const names = (all: string[]) =>
    fc.record(
      { names: fc.subarray(all, { minLength: 1 }), negate: fc.boolean() },
      { requiredKeys: ['names'] },
    );
  const matchArb: fc.Arbitrary<Match> = fc.record(
    {
      src: fc.oneof(valueSet(63, 4), valueSet(63, 4), valueSet(63, 6)),
      dst: fc.oneof(valueSet(63, 4), valueSet(63, 4), valueSet(63, 6)),
      protocols: names(['tcp', 'udp', 'icmp', 'all']),
      sport: valueSet(65535),
      dport: valueSet(31),
      states: names(['new', 'established', 'related']),
      unknown: fc.constant(['-i eth0']),
    },
    { requiredKeys: [] },
  );
  const actionArb = (chains: string[]): fc.Arbitrary<Action> =>
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom<Action>({ kind: 'accept' }, { kind: 'drop' }) },
      {
        weight: 2,
        arbitrary: fc.constantFrom<Action>({ kind: 'reject' }, { kind: 'continue' }, { kind: 'return' }),
      },
      {
        weight: 3,
        arbitrary: fc.constantFrom(...chains, 'MISSING').map((c) => ({ kind: 'jump', chain: c }) as Action),
      },
      { weight: 1, arbitrary: fc.constantFrom(...chains).map((c) => ({ kind: 'goto', chain: c }) as Action) },
      { weight: 1, arbitrary: fc.constant<Action>({ kind: 'unknown', text: 'TEE' }) },
    );
  const USER = ['A', 'B', 'C'];
  const rulesArb = fc.array(fc.tuple(matchArb, actionArb(USER)), { maxLength: 12 });
  const rulesetArb = fc
    .record({
      base: fc.array(fc.tuple(rulesArb, fc.constantFrom<'accept' | 'drop'>('accept', 'drop')), {
        minLength: 1,
        maxLength: 2,
      }),
      user: fc.tuple(rulesArb, rulesArb, rulesArb),
    })
    .map(({ base, user }) =>
      ruleset(
        {
          forward: base.map(([rules, policy], i) =>
            chain(
              `base${i}`,
              rules.map(([m, a]) => rule(m, a)),
              policy,
            ),
          ),
        },
        user.map((rules, i) =>
          chain(
            USER[i] as string,
            rules.map(([m, a]) => rule(m, a)),
          ),
        ),
      ),
    );
  const queryArb: fc.Arbitrary<FlowQuery> = fc.record({
    family: fc.constantFrom<4 | 6>(4, 4, 4, 6),
    src: span(63),
    dst: span(63),
    protocol: fc.constantFrom<'tcp' | 'udp'>('tcp', 'udp'),
    ports: fc.array(span(31), { maxLength: 3 }),
  });

  it('decides every box exactly as the linear first-match evaluation does', () => {
    let decidedByRule = 0;
    let cut = 0;
    fc.assert(
      fc.property(rulesetArb, fc.array(queryArb, { minLength: 1, maxLength: 8 }), (rs, queries) => {
        for (const q of queries) {
          const linear = evaluateLinear(rs, 'forward', q);
          expect(evaluate(rs, 'forward', q)).toEqual(linear);
          if (linear.some((d) => d.origin.line !== undefined)) decidedByRule++;
          if (linear.length > Math.max(1, q.ports.length)) cut++;
        }
      }),
      { numRuns: 400 },
    );
    // The rulesets are not degenerate: rules, not only policies, decide, and boxes get cut.
    expect(decidedByRule).toBeGreaterThan(300);
    expect(cut).toBeGreaterThan(300);
  });
});
