// `portplan listen` proves an inbound flow end to end: listeners in the connector's namespace, and
// `portplan check --from ora01` run on the Oracle host's side.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT, createLab, type Lab, SERVER, waitForListener } from './lab/lab.js';
import { CLI } from './paths.js';

describe('portplan listen', () => {
  let lab: Lab;
  const dir = mkdtempSync(join(tmpdir(), 'portplan-listen-'));
  const inventory = join(dir, 'site.yaml');
  beforeAll(() => {
    lab = createLab(0);
    writeFileSync(
      inventory,
      `cloud: { region: us-west-2 }
connectors: [{ name: sc-01, address: ${SERVER} }]
services: { dns: [${SERVER}] }
sources:
  oracle:
    - { name: ora01, host: ${CLIENT}, os: linux }
    - { name: ora02, host: 198.18.0.77, os: windows }
`,
    );
  });
  /** `portplan listen FILE --as sc-01` in the connector's namespace for 4 s: its output, and its exit status. */
  function listen(file: string): { exited: Promise<number | null>; out: { stdout: string; stderr: string } } {
    const listener = spawn(
      'ip',
      [
        'netns',
        'exec',
        lab.server,
        process.execPath,
        CLI,
        'listen',
        file,
        '--as',
        'sc-01',
        '--duration',
        '4',
        '--format',
        'json',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const out = { stdout: '', stderr: '' };
    listener.stdout.on('data', (d) => {
      out.stdout += d;
    });
    listener.stderr.on('data', (d) => {
      out.stderr += d;
    });
    return { exited: new Promise((resolve) => listener.on('close', resolve)), out };
  }

  afterAll(() => {
    lab?.remove();
    rmSync(dir, { recursive: true, force: true });
  });

  it('opens the ports flows into the connector need, hears the Oracle host, and says who it did not hear', async () => {
    const { exited, out } = listen(inventory);
    try {
      await waitForListener(lab, lab.server, 2049);
      await waitForListener(lab, lab.server, 11117);
      let check: string;
      try {
        check = lab.exec(lab.client, process.execPath, [
          CLI,
          'check',
          inventory,
          '--from',
          'ora01',
          '--format',
          'json',
          '--timeout',
          '500',
        ]);
      } catch (error) {
        check = (error as { stdout: string }).stdout;
      }
      const mine = (
        JSON.parse(check).results as { flow: { requirement: string }; port: number; outcome: string }[]
      ).filter((r) => r.flow.requirement === 'oracle-linux-to-connector');
      expect(mine.map((r) => [r.port, r.outcome])).toEqual([
        [111, 'ok'],
        [2049, 'ok'],
      ]);
    } finally {
      expect(await exited).toBe(1);
    }
    const report = JSON.parse(out.stdout) as {
      opened: { port: number; transport: string; address: string; error?: string }[];
      expected: { source: { name?: string }; port: number; heard: boolean; requirements: string[] }[];
    };
    expect(report.opened.map((o) => `${o.port}/${o.transport}`)).toEqual([
      '111/tcp',
      '2049/tcp',
      '11113/tcp',
      '11117/tcp',
    ]);
    expect(report.opened.every((o) => o.address === SERVER && !o.error)).toBe(true);
    expect(report.expected.map((e) => [e.source.name, e.port, e.heard])).toEqual([
      ['ora01', 111, true],
      ['ora01', 2049, true],
      ['ora02', 11113, false],
      ['ora02', 11117, false],
    ]);
    expect(out.stderr).toContain(`heard ${CLIENT} on 2049/tcp: oracle-linux-to-connector\n`);
    expect(out.stderr).toContain(`listening on ${SERVER} 111/tcp\n`);
  });

  it('answers HTTP on 80 and TLS then HTTP on 443, so that check proves the agent-upgrade flows from a client', async () => {
    const site = join(dir, 'clients.yaml');
    writeFileSync(
      site,
      `cloud: { region: us-west-2 }
connectors: [{ name: sc-01, address: ${SERVER} }]
services: { dns: [${SERVER}] }
clients: [${CLIENT}/32]
sources:
  physical: [{ host: 198.18.0.77 }]
`,
    );
    const { exited, out } = listen(site);
    await waitForListener(lab, lab.server, 443);
    await waitForListener(lab, lab.server, 80);
    const check = JSON.parse(
      lab.exec(
        lab.client,
        process.execPath,
        [CLI, 'check', site, '--from', `${CLIENT}/32`, '--format', 'json', '--timeout', '1000'],
        undefined,
        true,
      ),
    ).results as {
      flow: { requirement: string };
      port: number;
      app: string;
      outcome: string;
      evidence: Record<string, unknown>;
    }[];
    const upgrades = check.filter((r) => r.flow.requirement === 'agent-upgrade-from-client');
    expect(upgrades.map((r) => [r.port, r.app, r.outcome])).toEqual([
      [80, 'http', 'ok'],
      [443, 'https', 'ok'],
    ]);
    expect(upgrades[1]?.evidence.selfSigned).toBe(true);
    expect(await exited).toBe(0);
    const report = JSON.parse(out.stdout) as { expected: { port: number; heard: boolean }[] };
    expect(report.expected.map((e) => [e.port, e.heard])).toEqual([
      [80, true],
      [443, true],
    ]);
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`stops on ${signal} within a second: who was heard, who was not, every port closed`, async () => {
      const listener = spawn(
        'ip',
        ['netns', 'exec', lab.server, process.execPath, CLI, 'listen', inventory, '--as', 'sc-01'],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
      const out = { stdout: '', stderr: '' };
      listener.stdout.on('data', (d) => {
        out.stdout += d;
      });
      const exited = new Promise<number | null>((resolve) => listener.on('close', resolve));
      listener.stderr.on('data', (d) => {
        out.stderr += d;
      });
      const said = async (text: string) => {
        for (let i = 0; !out.stderr.includes(text); i++) {
          if (i > 250) throw new Error(`listen did not say ${JSON.stringify(text)} in 5 s: ${out.stderr}`);
          await new Promise((r) => setTimeout(r, 20));
        }
      };
      let holder: ReturnType<Lab['start']> | undefined;
      try {
        await said(`listening on ${SERVER} 11117/tcp\n`);
        await said(`listening on ${SERVER} 2049/tcp\n`);
        // A client that connects and holds the connection open: it must not keep the listener alive.
        holder = lab.start(lab.client, process.execPath, [
          '-e',
          `require('node:net').connect(2049, '${SERVER}').on('error', () => {}).on('close', () => process.exit())`,
        ]);
        await said(`heard ${CLIENT} on 2049/tcp: oracle-linux-to-connector\n`);
        const sent = Date.now();
        process.kill(listener.pid as number, signal);
        const status = await exited;
        expect(Date.now() - sent).toBeLessThan(1000);
        expect(status).toBe(1);
      } finally {
        if (listener.exitCode === null) listener.kill('SIGKILL');
        if (holder?.pid && holder.exitCode === null) holder.kill('SIGKILL');
      }
      expect(out.stderr).toContain(
        `stopped by ${signal}\nheard from: ora01 (${CLIENT}) on 2049/tcp\nnot heard from: ora01 (${CLIENT}) on 111/tcp; ora02 (198.18.0.77) on 11113/tcp, 11117/tcp\n`,
      );
      const report = JSON.parse(out.stdout) as {
        passed: boolean;
        expected: { port: number; heard: boolean }[];
      };
      expect([report.passed, report.expected.map((e) => [e.port, e.heard])]).toEqual([
        false,
        [
          [111, false],
          [2049, true],
          [11113, false],
          [11117, false],
        ],
      ]);
      expect(lab.exec(lab.server, 'ss', ['-Hlnt']).trim()).toBe('');
    });
  }

  it('says which port it could not open, and why', async () => {
    lab.start(lab.server, process.execPath, [
      '-e',
      `require('node:net').createServer().listen(2049, '${SERVER}')`,
    ]);
    await waitForListener(lab, lab.server, 2049);
    let out: { stdout: string; stderr: string; status: number };
    try {
      lab.exec(lab.server, process.execPath, [
        CLI,
        'listen',
        inventory,
        '--as',
        'sc-01',
        '--duration',
        '0.3',
        '--format',
        'json',
      ]);
      out = { stdout: '', stderr: '', status: 0 };
    } catch (error) {
      out = error as { stdout: string; stderr: string; status: number };
    }
    expect(out.status).toBe(1);
    expect(out.stderr).toContain(`portplan: could not open 2049/tcp on ${SERVER}: EADDRINUSE\n`);
  });
});
