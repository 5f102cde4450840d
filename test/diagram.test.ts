// `portplan diagram`: goldens for every format over both examples, the SVG's structure, hostile text
// rendered as text, DOT checked by Graphviz, and the SVG screenshotted in Debian's Chromium.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinCatalog } from '../src/catalog/read.js';
import { renderDot } from '../src/diagram/dot.js';
import { DIAGRAM_FORMATS } from '../src/diagram/formats.js';
import { type DiagramGraph, diagramGraph } from '../src/diagram/graph.js';
import { renderMermaid } from '../src/diagram/mermaid.js';
import { colourByResults, readResults } from '../src/diagram/results.js';
import { escapeXml, renderSvg } from '../src/diagram/svg.js';
import { loadInventory } from '../src/inventory/load.js';
import { planInventory } from '../src/plan/plan.js';
import { portplan } from './cli.js';

const graphOf = (example: string): DiagramGraph => {
  const file = `examples/${example}.yaml`;
  return diagramGraph(planInventory(builtinCatalog(), loadInventory(readFileSync(file, 'utf8'), file)));
};

const HOSTILE = '<script>alert("x")</script> & \']]><!-- \u0000\u001b[2J \ud800 "\\" # ` |;{}';

/** A small XML well-formedness check: tags balance, attributes are quoted, only the five entities and character references appear, no raw `<` or `&` in text. */
function checkXml(xml: string): { tags: number } {
  const body = xml.replace(/^<\?xml[^?]*\?>\n/, '');
  const stack: string[] = [];
  let tags = 0;
  const token =
    /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|<|&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/gi;
  for (let m = token.exec(body); m; m = token.exec(body)) {
    if (m[0] === '<' || m[0] === '&')
      throw new Error(`stray ${m[0]} at ${m.index}: ${body.slice(m.index, m.index + 40)}`);
    tags++;
    const [, close, name = '', , selfClose] = m;
    if (close) {
      const open = stack.pop();
      if (open !== name) throw new Error(`</${name}> closes <${open}> at ${m.index}`);
    } else if (!selfClose) stack.push(name);
  }
  if (stack.length > 0) throw new Error(`unclosed ${stack.join(', ')}`);
  return { tags };
}

describe('diagram goldens', () => {
  for (const example of ['small', 'large'])
    for (const format of DIAGRAM_FORMATS)
      it(`${example}.${format.name}`, async () => {
        const text = await format.render(graphOf(example));
        await expect(text).toMatchFileSnapshot(`golden/diagram/${example}${format.extension}`);
      });

  it('collapses the large example into groups and keeps the small one host by host', () => {
    expect(graphOf('small').collapsed).toBe(false);
    const large = graphOf('large');
    expect(large.collapsed).toBe(true);
    expect(large.nodes.length).toBeLessThan(40);
    expect(large.nodes.some((n) => n.count > 1)).toBe(true);
  });

  it('the CLI writes the format -o names, and the same as the library', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'portplan-diagram-'));
    const r = portplan(['diagram', 'examples/small.yaml', '-o', join(dir, 'd.dot')]);
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, 'd.dot'), 'utf8')).toBe(renderDot(graphOf('small')));
  });
});

describe('diagram SVG', () => {
  it('is well-formed; every edge has a label; inbound and outbound look different', async () => {
    const svg = await renderSvg(graphOf('small'));
    expect(checkXml(svg).tags).toBeGreaterThan(100);
    const edges = [...svg.matchAll(/<g class="edge (\w+)[^"]*"[^>]*>([\s\S]*?)<\/g>/g)];
    expect(edges.length).toBeGreaterThan(20);
    const look = new Map<string, string>();
    for (const [, direction, body = ''] of edges) {
      expect(body).toMatch(/<text class="edge-label"[^>]*>\d[^<]*\/(tcp|udp)<\/text>/);
      const path =
        /<path [^>]*stroke="([^"]+)"[^>]*?(?: stroke-dasharray="([^"]+)")? marker-end="url\(#([^)]+)\)"/.exec(
          body,
        );
      expect(path).not.toBeNull();
      look.set(direction ?? '', `${path?.[1]} ${path?.[2]} ${path?.[3]}`);
    }
    expect(look.get('in')).toBeDefined();
    expect(look.get('out')).toBeDefined();
    const [inColour, inDash, inHead] = (look.get('in') ?? '').split(' ');
    const [outColour, outDash, outHead] = (look.get('out') ?? '').split(' ');
    expect(inColour).not.toBe(outColour);
    expect(inDash).not.toBe(outDash);
    expect(inHead).not.toBe(outHead);
    // Host-local rules are badges on their host.
    expect(svg).toMatch(/<g class="badge host-local"[^>]*><title>[^<]*59999\/tcp/);
  });

  it('renders a hostile name as text in every format', async () => {
    const graph = graphOf('small');
    const nodes = graph.nodes as unknown as { label: string }[];
    nodes[0] = { ...nodes[0], label: HOSTILE } as never;
    const svg = await renderSvg(graph);
    checkXml(svg);
    expect(svg).not.toContain('<script');
    expect(svg).toContain(`>${escapeXml(HOSTILE)}</text>`);
    expect(escapeXml(HOSTILE)).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;]]&gt;&lt;!-- \\x00\\x1b[2J \ufffd',
    );
    const mermaid = renderMermaid(graph);
    const label = /n0\["([^\n]*)"\]\n/.exec(mermaid)?.[1]?.split('<br>')[0] ?? '';
    expect(label).not.toMatch(/["<>`#](?!\d+;)/);
    expect(label.startsWith('#60;script#62;alert(#34;x#34;)')).toBe(true);
    const dot = renderDot(graph);
    expect(dot).toContain('label="<script>alert(\\"x\\")</script>');
    if (hasDot) {
      const r = spawnSync('dot', ['-Tsvg'], { input: dot, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      checkXml(r.stdout.replace(/<!DOCTYPE[^>]*>\n?/, '').replace(/<!--[\s\S]*?-->/g, ''));
      expect(r.stdout).toContain('&lt;script&gt;alert(&quot;x&quot;)');
    }
  });
});

const hasDot = spawnSync('dot', ['-V']).status === 0;

describe.skipIf(!hasDot)('diagram DOT through Graphviz', () => {
  it.each(['small', 'large'])('dot -Tsvg reads %s', (example) => {
    const text = renderDot(graphOf(example));
    const out = execFileSync('dot', ['-Tsvg'], { input: text, encoding: 'utf8' });
    expect(out).toContain('</svg>');
    // One Graphviz edge per diagram edge.
    expect(out.match(/class="edge"/g)?.length).toBe(graphOf(example).edges.length);
  });
});

const CHROMIUM = '/usr/bin/chromium';

describe.skipIf(!existsSync(CHROMIUM))('diagram SVG in Chromium', () => {
  it('renders to a PNG (saved under /tmp to look at)', { timeout: 60_000 }, async () => {
    const { chromium } = await import('playwright-core');
    const dir = mkdtempSync(join(tmpdir(), 'portplan-diagram-png-'));
    const svgFile = join(dir, 'small.svg');
    writeFileSync(svgFile, await renderSvg(graphOf('small')));
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
      const page = await browser.newPage();
      await page.goto(`file://${svgFile}`);
      const size = await page.evaluate(() => {
        const svg = document.documentElement;
        return { width: Number(svg.getAttribute('width')), height: Number(svg.getAttribute('height')) };
      });
      // A full-page screenshot of a bare SVG document hangs in this Chromium; a viewport the SVG's size does not.
      await page.setViewportSize({ width: Math.ceil(size.width), height: Math.ceil(size.height) });
      const texts = await page.evaluate(() => [...document.querySelectorAll('text.edge-label')].length);
      expect(texts).toBeGreaterThan(20);
      const png = join(dir, 'small.png');
      await page.screenshot({ path: png, timeout: 20_000 });
      expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
      expect(statSync(png).size).toBeGreaterThan(20_000);
      console.log(`diagram PNG: ${png}`);
    } finally {
      await browser.close();
    }
  });
});

describe('diagram coloured by check and audit results', () => {
  const coloured = (kind: 'check' | 'audit'): DiagramGraph => {
    const graph = graphOf('small');
    const file = `test/fixtures/diagram/${kind}-small.json`;
    colourByResults(graph, readResults(readFileSync(file, 'utf8'), file, kind), `${kind} ${file}`);
    return graph;
  };
  const statusOf = (graph: DiagramGraph, from: string, to: string, label: string) =>
    graph.edges.find((e) => e.from.endsWith(from) && e.to.endsWith(to) && e.label === label)?.status;

  it('matches check results to edges by requirement and from/to hosts', () => {
    // The fixture: sc-01's probes ok, except NTP filtered and the NAS refused; sc-02's skipped.
    const graph = coloured('check');
    expect(statusOf(graph, '10.20.0.11', '10.0.0.53', '53/udp')).toBe('ok');
    expect(statusOf(graph, '10.20.0.11', 'ntp.corp.example', '123/udp')).toBe('fail');
    expect(statusOf(graph, '10.20.0.11', 'netapp01.corp.example', '445/tcp')).toBe('fail');
    expect(statusOf(graph, '10.20.0.12', '10.0.0.53', '53/udp')).toBe('unknown');
    // ESXi flows are probed per address inside 10.30.0.0/28; the edge is to the CIDR.
    expect(statusOf(graph, '10.20.0.11', '10.30.0.0/28', '902/tcp')).toBe('ok');
  });

  it('matches audit verdicts, and draws a legend', async () => {
    const graph = coloured('audit');
    const statuses = new Set(graph.edges.map((e) => e.status));
    expect(statuses).toEqual(new Set(['ok', 'fail', 'unknown', undefined]));
    const svg = await renderSvg(graph);
    checkXml(svg);
    expect(svg).toContain('coloured by audit test/fixtures/diagram/audit-small.json');
    for (const text of ['ok / allowed', 'failed / blocked', 'skipped / depends-on'])
      expect(svg).toContain(`>${text}</text>`);
    expect(svg).toMatch(/<g class="edge out status-fail"[^>]*>[\s\S]*?stroke="#c62828"/);
    await expect(renderDot(graph)).toMatchFileSnapshot('golden/diagram/small-audit.dot');
    await expect(svg).toMatchFileSnapshot('golden/diagram/small-audit.svg');
  });

  it('the CLI takes both, and refuses a file of the wrong kind with status 2', () => {
    const both = portplan([
      'diagram',
      'examples/small.yaml',
      '--format',
      'mermaid',
      '--check',
      'test/fixtures/diagram/check-small.json',
      '--audit',
      'test/fixtures/diagram/audit-small.json',
    ]);
    expect(both.status).toBe(0);
    expect(both.stdout).toContain(
      '%% edges coloured by check test/fixtures/diagram/check-small.json and audit',
    );
    const wrong = portplan([
      'diagram',
      'examples/small.yaml',
      '--check',
      'test/fixtures/diagram/audit-small.json',
    ]);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('not a "portplan check --format json" output');
  });
});
