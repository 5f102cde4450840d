// `portplan report`: the golden page for the small example with check and audit results, nothing to
// fetch from a network, hostile text rendered as text, and the page printed by Debian's Chromium.
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinCatalog } from '../src/catalog/read.js';
import { loadInventory } from '../src/inventory/load.js';
import { planInventory } from '../src/plan/plan.js';
import type { Plan } from '../src/plan/types.js';
import { renderReport } from '../src/report/html.js';
import { readAuditReport, readCheckReport } from '../src/report/results.js';
import { portplan } from './cli.js';

const INVENTORY = 'examples/small.yaml';
const CHECK = 'test/fixtures/diagram/check-small.json';
const AUDIT = 'test/fixtures/diagram/audit-small.json';
const HOSTILE = '<script>alert("x")</script> & \']]><!-- <img src=x onerror=alert(1)> "\\" `';

const planOf = (): Plan =>
  planInventory(builtinCatalog(), loadInventory(readFileSync(INVENTORY, 'utf8'), INVENTORY));

const smallReport = (): Promise<string> =>
  renderReport({
    plan: planOf(),
    inventory: INVENTORY,
    check: readCheckReport(readFileSync(CHECK, 'utf8'), CHECK),
    audit: readAuditReport(readFileSync(AUDIT, 'utf8'), AUDIT),
  });

/** Every place in an HTML page that could make a browser fetch something. */
function loads(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/\s(?:src|href|xlink:href|action|poster|srcset|data)\s*=\s*"([^"]*)"/gi))
    if (!m[1]?.startsWith('#')) found.push(m[0]);
  for (const m of html.matchAll(/url\(\s*['"]?([^)'"]*)/gi)) if (!m[1]?.startsWith('#')) found.push(m[0]);
  for (const m of html.matchAll(/<(?:script|link|iframe|object|embed|img|base)\b|@import|@font-face/gi))
    found.push(m[0]);
  // The SVG namespace is a name, not a load.
  for (const m of html.replaceAll('xmlns="http://www.w3.org/2000/svg"', '').matchAll(/https?:\/\/[^\s"<]*/g))
    found.push(m[0]);
  return found;
}

describe('report', () => {
  it('golden: the small example with check and audit results', async () => {
    await expect(await smallReport()).toMatchFileSnapshot('golden/report/small.html');
  });

  it('has every section, the diagram coloured, and fixes linked from their verdicts', async () => {
    const html = await smallReport();
    for (const id of ['summary', 'diagram', 'rules', 'check', 'audit'])
      expect(html).toContain(`<section id="${id}">`);
    expect(html).toMatch(/<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(html).not.toContain('<?xml');
    expect(html).toContain('#2e7d32'); // an edge coloured ok
    expect(html).toContain('#c62828'); // and one failed
    expect(html).toMatch(/<a href="#fix-0">fix 1<\/a>/);
    expect(html).toContain('<li id="fix-0">');
    expect(html).toContain('latencyMs: 1');
    expect(html).toMatch(/@media print \{[\s\S]*break-inside: avoid/);
  });

  it('is self-contained: nothing to load from anywhere', async () => {
    expect(loads(await smallReport())).toEqual([]);
    // The detector finds what it looks for.
    expect(
      loads('<link rel="stylesheet" href="https://x/a.css"><p style="background:url(http://x/b.png)">'),
    ).toHaveLength(5);
  });

  it('renders hostile text from the inventory, catalog, check and audit as text', async () => {
    const plan = planOf();
    const openings = plan.openings.map((o, i) => (i === 0 ? { ...o, purpose: HOSTILE } : o));
    const check = readCheckReport(readFileSync(CHECK, 'utf8'), HOSTILE);
    const audit = readAuditReport(readFileSync(AUDIT, 'utf8'), HOSTILE);
    const checkRows = check.rows.map((r, i) => (i === 0 ? { ...r, evidence: { detail: HOSTILE } } : r));
    const fixes = audit.fixes.map((f, i) => (i === 0 ? { ...f, lines: [HOSTILE], notes: [HOSTILE] } : f));
    const html = await renderReport({
      plan: { ...plan, catalog: { name: HOSTILE, source: HOSTILE }, openings },
      inventory: HOSTILE,
      check: { ...check, rows: checkRows },
      audit: { ...audit, fixes, findings: [{ kind: HOSTILE, message: HOSTILE }] },
    });
    expect(html).not.toMatch(/<script|<img|<!-- /i);
    expect(loads(html)).toEqual([]);
    const escaped = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;]]&gt;&lt;!--';
    // Title, heading, catalog name and source, two file names, purpose, evidence, fix line and note, finding ×2.
    expect(html.split(escaped).length - 1).toBeGreaterThanOrEqual(11);
    writeFileSync(join(mkdtempSync(join(tmpdir(), 'portplan-report-hostile-')), 'hostile.html'), html);
  });

  it('the CLI writes the same page with -o, and prints it without', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'portplan-report-'));
    const out = join(dir, 'report.html');
    const r = portplan(['report', INVENTORY, '--check', CHECK, '--audit', AUDIT, '-o', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(await smallReport());
    const plain = portplan(['report', INVENTORY]);
    expect(plain.status).toBe(0);
    expect(plain.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(plain.stdout).not.toContain('<section id="check">');
  });

  it('refuses a file that is not the results it is given as, writing nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'portplan-report-'));
    const out = join(dir, 'report.html');
    const r = portplan(['report', INVENTORY, '--audit', CHECK, '-o', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`--audit ${CHECK}: not a "portplan audit --format json" output`);
    expect(existsSync(out)).toBe(false);
  });
});

const CHROMIUM = '/usr/bin/chromium';

describe.skipIf(!existsSync(CHROMIUM))('report in Chromium', () => {
  it('opens with no request beyond the file, and prints to PDF (saved under /tmp to look at)', {
    timeout: 90_000,
  }, async () => {
    const { chromium } = await import('playwright-core');
    const dir = mkdtempSync(join(tmpdir(), 'portplan-report-pdf-'));
    const file = join(dir, 'report.html');
    writeFileSync(file, await smallReport());
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      const requests: string[] = [];
      page.on('request', (req) => requests.push(req.url()));
      await page.goto(`file://${file}`);
      expect(requests).toEqual([`file://${file}`]);
      const seen = await page.evaluate(() => ({
        scripts: document.querySelectorAll('script').length,
        edges: document.querySelectorAll('svg g.edge').length,
        rules: document.querySelectorAll('table.rules tbody tr').length,
      }));
      expect(seen.scripts).toBe(0);
      expect(seen.edges).toBeGreaterThan(20);
      expect(seen.rules).toBeGreaterThan(5);
      const png = join(dir, 'report.png');
      await page.screenshot({ path: png, timeout: 20_000 });
      expect(statSync(png).size).toBeGreaterThan(20_000);
      await page.emulateMedia({ media: 'print' });
      const fits = await page.evaluate(() => {
        const svg = document.querySelector('.diagram svg') as SVGSVGElement;
        const nav = getComputedStyle(document.querySelector('nav') as Element).display;
        return { width: svg.getBoundingClientRect().width, page: document.body.clientWidth, nav };
      });
      expect(fits.nav).toBe('none');
      expect(fits.width).toBeLessThanOrEqual(fits.page);
      const pdf = join(dir, 'report.pdf');
      await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
      console.log(`report PNG: ${png}\nreport PDF: ${pdf}`);
    } finally {
      await browser.close();
    }
  });
});
