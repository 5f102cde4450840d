// render --target squid end to end: goldens for both examples, each checked by `squid -k parse` in a
// config of its own (pid, logs and cache in a temp dir: no system state touched).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { coverDomains, squid } from '../src/targets/squid.js';
import { portplan } from './cli.js';
import { ROOT } from './paths.js';
import { squidParse as parseIn, SQUID } from './squid.js';

const dir = mkdtempSync(join(tmpdir(), 'portplan-squid-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const squidParse = (text: string, name: string) => parseIn(text, dir, name);
const golden = (name: string) => join(ROOT, 'test/golden/render/squid', name);

describe.each(['small', 'large'])('portplan render examples/%s.yaml --target squid', (example) => {
  const r = portplan(['render', `examples/${example}.yaml`, '--target', 'squid']);

  it('matches its golden', () => {
    expect(r.status).toBe(0);
    if (process.env.UPDATE_GOLDENS === '1') writeFileSync(golden(`${example}.conf`), r.stdout);
    expect(r.stdout).toBe(readFileSync(golden(`${example}.conf`), 'utf8'));
  });

  it.skipIf(!existsSync(SQUID))('passes squid -k parse with no warning', () => {
    const { status, messages } = squidParse(r.stdout, `${example}.conf`);
    expect(messages).not.toMatch(/WARNING|ERROR|FATAL/i);
    expect(status).toBe(0);
    expect(r.stdout).toMatch(/^http_access allow pp_CONNECT pp_r001_src pp_r001_dst pp_r001_port$/m);
  });
});

describe('squid', () => {
  it('keeps no dstdomain entry that another of the acl covers', () => {
    expect(coverDomains(['b.a.com', '.a.com', 'a.com', 'x.com', 'x.com', '.c.b.a.com'])).toEqual([
      '.a.com',
      'x.com',
    ]);
  });

  it.skipIf(!existsSync(SQUID))('fails squid -k parse where the entries overlap (the check can fail)', () => {
    const { messages } = squidParse('acl x dstdomain .a.com b.a.com\nhttp_access allow x\n', 'bad.conf');
    expect(messages).toMatch(/WARNING: 'b.a.com' is a subdomain of '.a.com'/);
  });

  it('keeps hostile comments on their line and refuses a host that is no domain', () => {
    const rule = {
      id: 'r001',
      direction: 'out' as const,
      local: false,
      transport: 'tcp' as const,
      ports: [443],
      portRanges: [],
      anyPort: false,
      sources: [{ kind: 'any' as const }],
      destinations: [{ kind: 'fqdn' as const, host: 'helios.cohesity.com' }],
      requirements: ['r'],
      refs: [],
      workloads: [],
      purpose: 'p',
      apps: ['https' as const],
      comment: 'r001 x\nhttp_access allow all\r\u2028',
    };
    const render = (r: typeof rule, header: string[]) =>
      [
        ...squid.render({ rules: [r], omitted: [], header, options: { chainMode: 'host', region: 'x' } }),
      ].join('');
    const out = render(rule, ['a\nhttp_access allow all']);
    expect(out.split('\n').filter((l) => l.startsWith('http_access'))).toEqual([
      'http_access allow pp_CONNECT pp_r001_src pp_r001_dst pp_r001_port',
    ]);
    expect(() =>
      render({ ...rule, destinations: [{ kind: 'fqdn', host: 'a.com all\nhttp_access allow all' }] }, []),
    ).toThrow(/not a domain name/);
  });
});
