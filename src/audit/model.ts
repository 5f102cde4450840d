// One model for every exported ruleset: ordered first-match chains that remember where each rule
// came from. Every format's parser compiles into it; the evaluator and the findings read only it.

/** Where a rule, a policy or an unreadable line came from: enough for a person to find it. */
export interface Origin {
  /** The ruleset file as named on the command line. */
  readonly file: string;
  /** 1-based line in the file, where the format has lines (iptables-save). */
  readonly line?: number;
  /** The format's own name for it: an nft handle (`handle 12`), a rule name or id, a priority. */
  readonly id?: string;
  /** The rule as written (one line, cut to a readable length). */
  readonly text: string;
}

/** Inclusive bounds of one dimension of a packet: addresses as integers, or ports. */
export interface Interval {
  readonly lo: bigint;
  readonly hi: bigint;
}

/**
 * A set of values of one dimension, as a union of intervals, possibly negated (`! -s 10.0.0.0/8`).
 * `family` says which addresses (4 or 6) an address set holds; ports have none.
 */
export interface ValueSet {
  readonly family?: 4 | 6;
  readonly intervals: readonly Interval[];
  readonly negate?: boolean;
}

/**
 * What a rule matches. An absent dimension matches everything. A match the parser could not read
 * into these dimensions (an ipset's contents, an interface, a security-group reference, a service
 * tag) is kept in `unknown`: whether a flow matches the rule then depends on it, and the verdict says
 * so instead of guessing.
 */
export interface Match {
  readonly src?: ValueSet;
  readonly dst?: ValueSet;
  /** Protocol names in lower case (`tcp`, `udp`, `icmp`); `negate` for `! -p tcp`. */
  readonly protocols?: { readonly names: readonly string[]; readonly negate?: boolean };
  readonly sport?: ValueSet;
  readonly dport?: ValueSet;
  /**
   * Connection states this rule requires (`new`, `established`, `related`, `invalid`, `untracked`),
   * lower case, `negate` for `! --state`. The audit asks about NEW connections: a rule that needs
   * ESTABLISHED never decides one.
   */
  readonly states?: { readonly names: readonly string[]; readonly negate?: boolean };
  /** Matches on what the audit cannot know, each in words: `-i eth0`, `-m set --match-set admins src`. */
  readonly unknown?: readonly string[];
}

/** What a rule does when it matches. */
export type Action =
  | { readonly kind: 'accept' }
  | { readonly kind: 'drop' }
  | { readonly kind: 'reject' }
  /** Matches and goes on to the next rule (LOG, counters, marks). */
  | { readonly kind: 'continue' }
  /** Back to the rule after the jump that led here (or the chain's policy in a built-in chain). */
  | { readonly kind: 'return' }
  | { readonly kind: 'jump'; readonly chain: string }
  | { readonly kind: 'goto'; readonly chain: string }
  /** A target the parser could not read: every flow it could touch depends on it. */
  | { readonly kind: 'unknown'; readonly text: string };

export interface ModelRule {
  readonly match: Match;
  readonly action: Action;
  readonly origin: Origin;
}

/** An ordered list of rules, first match decides. */
export interface Chain {
  readonly name: string;
  readonly rules: readonly ModelRule[];
  /**
   * What happens to a packet that falls off the end: a base chain's policy, with where it was set;
   * absent for a user chain, which returns to its caller.
   */
  readonly policy?: { readonly verdict: 'accept' | 'drop'; readonly origin: Origin };
  /**
   * The one address family a base chain sees (nftables' `ip` and `ip6` tables; iptables' and
   * ip6tables' tables): a flow of the other family passes it by. Absent: both (nftables' inet
   * tables, the cloud formats).
   */
  readonly family?: 4 | 6;
}

/** Where a flow meets the ruleset: into the host (`input`), out of it (`output`), or through it. */
export type Hook = 'input' | 'output' | 'forward';

/**
 * A whole ruleset. A flow at a hook traverses each of the hook's base chains in order (nftables
 * runs every base chain on a hook by priority: an accept ends only that chain, a drop is final;
 * iptables and the cloud formats have one). `chains` holds the chains jumps name.
 */
export interface Ruleset {
  /** The parser's name in the registry (`iptables-save`, `nft-json`, `aws-sg`, `azure-nsg`, `nsx`). */
  readonly format: string;
  readonly file: string;
  readonly hooks: Readonly<Partial<Record<Hook, readonly Chain[]>>>;
  readonly chains: ReadonlyMap<string, Chain>;
  /**
   * Lines or entries the parser could not read, kept with where they are: the verdicts they could
   * touch say "depends on" them, and the report lists them.
   */
  readonly unreadable: readonly { readonly origin: Origin; readonly why: string }[];
  /** Whether the ruleset tracks connections (replies pass): every format here does but raw ACLs. */
  readonly stateful: boolean;
}

/** A ruleset format: detected from the content, parsed into the model. */
export interface RulesetFormat {
  readonly name: string;
  /** One line for help and docs. */
  readonly summary: string;
  /** Whether `text` looks like this format (checked in registry order). */
  detect(text: string): boolean;
  /** The model; never throws for syntax it does not know (that goes to `unreadable`). */
  parse(text: string, file: string): Ruleset;
  /**
   * The part of the ruleset a flow meets, when the export holds several firewalls and the plan
   * says which one a flow crosses (NSX: the Management or Compute Gateway of a VMC flow).
   */
  forFlow?(ruleset: Ruleset, flow: { readonly gateway?: string }): Ruleset;
}

/** A dimension's full range: every port, every address of a family. */
export const ALL_PORTS: Interval = { lo: 0n, hi: 65535n };
export const ALL_ADDRESSES: Record<4 | 6, Interval> = {
  4: { lo: 0n, hi: (1n << 32n) - 1n },
  6: { lo: 0n, hi: (1n << 128n) - 1n },
};
