// Run probes: bounded concurrency within the file-descriptor limit, a timeout per attempt, a retry
// for silence, a global deadline. Probers only probe; timing, retries and limits live here alone.
import { readFileSync } from 'node:fs';
import type { ProbeResult } from '../probe/_outcome.js';
import type { ProbeOptions, Prober, ProbeTarget } from '../probe/_prober.js';

/** One probe to run; `key` is the caller's, handed back with the result. */
export interface ProbeTask<K> {
  readonly key: K;
  readonly prober: Prober;
  readonly target: ProbeTarget;
  readonly query?: string;
  /** The proxy this probe goes through, when one applies to its destination. */
  readonly proxy?: ProbeOptions['proxy'];
}

export interface ScheduleOptions {
  /** Probes in flight at once; lowered to what the file-descriptor limit allows. */
  concurrency?: number;
  /** How long one attempt may wait for an answer. */
  timeoutMs: number;
  /** Further attempts after silence (`filtered`, `open|filtered`): a lost packet is not a firewall. */
  retries: number;
  /** Milliseconds from the start after which no probe starts and those in flight stop. */
  deadlineMs?: number;
  /** PEM certificates of private CAs every TLS probe trusts (`--ca-file`). */
  ca?: readonly string[];
}

/** A task's result, with how many attempts it took and how long, in the order the tasks came. */
export interface Scheduled<K> {
  readonly task: ProbeTask<K>;
  readonly result: ProbeResult;
  readonly attempts: number;
  readonly elapsedMs: number;
}

/** The process's limit on open files (`ulimit -n`), from /proc; a conservative guess elsewhere. */
export function openFileLimit(): number {
  try {
    const limits = readFileSync('/proc/self/limits', 'utf8');
    const soft = /^Max open files\s+(\d+|unlimited)/m.exec(limits)?.[1];
    if (soft === 'unlimited') return 1 << 20;
    if (soft) return Number(soft);
  } catch {
    // Not Linux: fall through.
  }
  return 1024;
}

/**
 * Probes in flight at once: each holds one socket (a TLS probe no more), and some descriptors are
 * the process's own (standard streams, the output file, node's internals), so half the limit is
 * left free. Never EMFILE, whatever `--concurrency` asks for.
 */
export function safeConcurrency(requested: number, limit = openFileLimit()): number {
  return Math.max(1, Math.min(requested, Math.floor((limit - 32) / 2)));
}

const SILENT = new Set(['filtered', 'open|filtered']);
/** Outcomes a cut-short wait can produce: silence, or a half-heard exchange. */
const UNDECIDED = new Set(['filtered', 'open|filtered', 'unexpected-service', 'tls-failed']);

/**
 * Run every task; resolves with all results in task order, or, given `onResult`, hands each to it
 * as it finishes and keeps none (memory then grows with the probes in flight, not with the tasks:
 * `tasks` may be a generator). A prober that throws is a bug or a misconfiguration, and rejects
 * the whole run.
 *
 * @example
 * const results = await runProbes(tasks, { timeoutMs: 2000, retries: 1 });
 */
export async function runProbes<K>(
  tasks: Iterable<ProbeTask<K>>,
  options: ScheduleOptions,
  onResult?: (done: Scheduled<K>) => void,
): Promise<Scheduled<K>[]> {
  const deadline = new AbortController();
  // The attempts in flight, stopped together when the deadline passes: one controller per attempt
  // rather than AbortSignal.any of two, which costs thousands of attempts measurable CPU.
  const inFlight = new Set<AbortController>();
  const deadlineTimer =
    options.deadlineMs === undefined
      ? undefined
      : setTimeout(() => {
          deadline.abort();
          for (const c of inFlight) c.abort();
        }, options.deadlineMs);
  const results: Scheduled<K>[] = [];
  const iterator = tasks[Symbol.iterator]();
  let index = 0;
  const next = (): { task: ProbeTask<K>; at: number } | undefined => {
    const item = iterator.next();
    return item.done ? undefined : { task: item.value, at: index++ };
  };

  // Round trips of recent TCP connections (answered SYNs), to tell silence from a slow answer.
  // Kept in arrival order (to forget the oldest) and sorted (to read a percentile without sorting
  // on every attempt: thousands of attempts each sorting 512 numbers was work on the hot path).
  const rtts: number[] = [];
  const sorted: number[] = [];
  const at = (ms: number) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] as number) < ms) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const learn = (ms: number) => {
    rtts.push(ms);
    sorted.splice(at(ms), 0, ms);
    if (rtts.length > 512) sorted.splice(at(rtts.shift() as number), 1);
  };
  /**
   * How long a SYN may go unanswered before the attempt is called filtered: three times the 95th
   * percentile of the round trips seen, plus 50 ms, between 150 ms and the attempt's timeout (as
   * nmap adapts its wait to the round trips it measures); none until 16 are known (connectTcp asks again).
   */
  const connectTimeout = (): number | undefined => {
    if (sorted.length < 16) return undefined;
    const p95 = sorted[Math.floor(sorted.length * 0.95)] as number;
    return Math.min(options.timeoutMs, Math.max(150, 3 * p95 + 50));
  };

  async function attempt(task: ProbeTask<K>): Promise<ProbeResult> {
    const controller = new AbortController();
    // The abort waits for setImmediate: after a busy stretch, expired timers run before the I/O that
    // arrived meanwhile, and an answer that is already here must count.
    const timer = setTimeout(() => setImmediate(() => controller.abort()), options.timeoutMs);
    if (deadline.signal.aborted) controller.abort();
    inFlight.add(controller);
    const { signal } = controller;
    const probeOptions: ProbeOptions = {
      timeoutMs: options.timeoutMs,
      ...(task.query ? { query: task.query } : {}),
      ...(options.ca ? { ca: options.ca } : {}),
      ...(task.proxy ? { proxy: task.proxy } : {}),
    };
    try {
      const target = { ...task.target, onConnect: learn, connectTimeoutMs: connectTimeout };
      return await task.prober.probe(target, probeOptions, { signal });
    } finally {
      clearTimeout(timer);
      inFlight.delete(controller);
    }
  }

  async function worker(): Promise<void> {
    for (let item = next(); item; item = next()) {
      const begun = performance.now();
      let result: ProbeResult;
      let attempts = 0;
      if (deadline.signal.aborted) {
        result = {
          outcome: 'skipped',
          evidence: { detail: 'the deadline passed before this probe could run', deadline: true },
        };
      } else {
        do {
          attempts++;
          result = await attempt(item.task);
        } while (SILENT.has(result.outcome) && attempts <= options.retries && !deadline.signal.aborted);
        // A probe the deadline stopped while it waited proves nothing: not silence (which needs the
        // retry), not a wrong service. What had answered by then stands.
        if (deadline.signal.aborted && UNDECIDED.has(result.outcome)) {
          result = {
            outcome: 'skipped',
            evidence: {
              ...result.evidence,
              detail: 'the deadline passed while this probe waited for an answer',
              deadline: true,
            },
          };
        }
      }
      const done: Scheduled<K> = { task: item.task, result, attempts, elapsedMs: performance.now() - begun };
      if (onResult) onResult(done);
      else results[item.at] = done;
    }
  }

  try {
    const workers = Array.from({ length: safeConcurrency(options.concurrency ?? 256) }, () => worker());
    await Promise.all(workers);
  } finally {
    if (deadlineTimer) clearTimeout(deadlineTimer);
  }
  return results;
}
