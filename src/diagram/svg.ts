// The diagram as SVG, drawn from elk's layout; every text escaped.
import { printable } from '../common/printable.js';
import type { DiagramGraph } from './graph.js';
import { badgeText, CHAR_WIDTH, type Layout, LINE_HEIGHT, layoutDiagram } from './layout.js';
import { DIRECTION_LABELS, edgeStyle, NO_RESULT_COLOUR, STATUS_COLOURS, STATUS_LABELS } from './style.js';

/** The text with what XML 1.0 cannot hold at all (lone surrogates, U+FFFE, U+FFFF) as U+FFFD; controls are already shown as text. */
function xmlChars(text: string): string {
  let out = '';
  for (const c of text) {
    const code = c.codePointAt(0) ?? 0;
    const lone = c.length === 1 && code >= 0xd800 && code <= 0xdfff;
    out += lone || code === 0xfffe || code === 0xffff ? '\ufffd' : c;
  }
  return out;
}

/**
 * Text as XML character data or an attribute value: control characters shown as `\xNN` (as
 * everywhere portplan prints input), markup characters as entities, what XML cannot hold as U+FFFD.
 *
 * @example
 * escapeXml('<script>&"') // '&lt;script&gt;&amp;&quot;'
 */
export function escapeXml(text: string): string {
  return xmlChars(printable(text))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const n = (v: number): string => String(Math.round(v * 10) / 10);

const HEADS = {
  filled: 'M0,0 L10,5 L0,10 z',
  open: 'M0,0 L10,5 L0,10',
  diamond: 'M0,5 L5,0 L10,5 L5,10 z',
} as const;

/** Render a laid-out diagram as a standalone SVG document. */
export function renderSvgLayout(graph: DiagramGraph, layout: Layout): string {
  const coloured = graph.coloured !== undefined;
  const legendLines: { colour: string; dash?: string; head: keyof typeof HEADS; text: string }[] = [];
  for (const dir of ['out', 'in', 'lateral'] as const) {
    if (!graph.edges.some((e) => e.direction === dir)) continue;
    const s = edgeStyle({ direction: dir } as never, false);
    legendLines.push({
      colour: coloured ? '#333333' : s.colour,
      dash: s.dash,
      head: s.head,
      text: DIRECTION_LABELS[dir],
    });
  }
  if (coloured) {
    for (const status of ['ok', 'fail', 'unknown'] as const)
      legendLines.push({ colour: STATUS_COLOURS[status], head: 'filled', text: STATUS_LABELS[status] });
    legendLines.push({ colour: NO_RESULT_COLOUR, head: 'filled', text: 'no result given' });
  }
  if (graph.edges.some((e) => e.self))
    legendLines.push({
      colour: '#333333',
      head: 'filled',
      text: '\u27f2 host-local: both ends on one machine',
    });
  const title = coloured ? `coloured by ${graph.coloured?.join(' and ')}` : '';
  const legendRows = legendLines.length + (title ? 1 : 0);
  const legendWidth =
    Math.max(...legendLines.map((l) => [...l.text].length), [...title].length) * CHAR_WIDTH + 60;
  const legendHeight = legendRows * LINE_HEIGHT + 16;
  const width = Math.max(layout.width, legendWidth + 16);
  const height = layout.height + legendHeight + 16;

  const markers = new Map<string, string>();
  const marker = (colour: string, head: keyof typeof HEADS): string => {
    const id = `head-${head}-${colour.slice(1)}`;
    if (!markers.has(id)) {
      const fill = head === 'open' ? 'none' : colour;
      markers.set(
        id,
        `<marker id="${id}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="${HEADS[head]}" fill="${fill}" stroke="${colour}" stroke-width="1.5"/></marker>`,
      );
    }
    return id;
  };

  const out: string[] = [];
  for (const g of layout.groups) {
    out.push(
      `<g class="group"><rect x="${n(g.x)}" y="${n(g.y)}" width="${n(g.width)}" height="${n(g.height)}" rx="6" fill="#f4f6f8" stroke="#c5ccd3"/>`,
      `<text x="${n(g.x + 8)}" y="${n(g.y + 20)}" font-weight="bold">${escapeXml(g.label)}</text></g>`,
    );
  }
  for (const e of layout.edges) {
    const s = edgeStyle(e.edge, coloured);
    const d = e.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${n(p.x)},${n(p.y)}`).join(' ');
    const status = e.edge.status ? ` status-${e.edge.status}` : '';
    out.push(
      `<g class="edge ${e.edge.direction}${status}" data-rules="${escapeXml(e.edge.rules.join(' '))}">`,
      `<title>${escapeXml(`${e.edge.rules.join(', ')} ${e.edge.label} ${e.edge.direction}: ${e.edge.purpose}`)}</title>`,
      `<path d="${d}" fill="none" stroke="${s.colour}" stroke-width="1.6"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''} marker-end="url(#${marker(s.colour, s.head)})"/>`,
      `<rect x="${n(e.label.x)}" y="${n(e.label.y)}" width="${n(e.label.width)}" height="${n(e.label.height)}" fill="#ffffff" fill-opacity="0.85"/>`,
      `<text class="edge-label" x="${n(e.label.x + 2)}" y="${n(e.label.y + 12)}" fill="${s.colour}">${escapeXml(e.edge.label)}</text></g>`,
    );
  }
  for (const node of layout.nodes) {
    const fill = node.node.side === 'middle' ? '#e3edfb' : node.node.side === 'right' ? '#eaf6ec' : '#ffffff';
    out.push(
      `<g class="node ${node.node.side}"><rect x="${n(node.x)}" y="${n(node.y)}" width="${n(node.width)}" height="${n(node.height)}" rx="4" fill="${fill}" stroke="#5b6770"/>`,
    );
    const lines = [node.node.label, ...node.node.detail];
    lines.forEach((line, i) => {
      const weight = i === 0 ? ' font-weight="bold"' : '';
      out.push(
        `<text x="${n(node.x + 8)}" y="${n(node.y + 8 + 12 + i * LINE_HEIGHT)}"${weight}>${escapeXml(line)}</text>`,
      );
    });
    node.badges.forEach((badge, j) => {
      const s = edgeStyle(badge, coloured);
      const y = node.y + 8 + (lines.length + j) * LINE_HEIGHT;
      const status = badge.status ? ` status-${badge.status}` : '';
      out.push(
        `<g class="badge host-local${status}" data-rules="${escapeXml(badge.rules.join(' '))}"><title>${escapeXml(`${badge.rules.join(', ')} ${badge.label}: ${badge.purpose}`)}</title>`,
        `<rect x="${n(node.x + 4)}" y="${n(y)}" width="${n(node.width - 8)}" height="${LINE_HEIGHT}" rx="3" fill="none" stroke="${s.colour}"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`,
        `<text class="edge-label" x="${n(node.x + 8)}" y="${n(y + 12)}" fill="${s.colour}">${escapeXml(badgeText(badge))}</text></g>`,
      );
    });
    out.push('</g>');
  }
  // The legend, below the diagram.
  const ly = layout.height + 8;
  out.push(
    `<g class="legend"><rect x="8" y="${n(ly)}" width="${n(legendWidth)}" height="${n(legendHeight)}" fill="#ffffff" stroke="#c5ccd3"/>`,
  );
  let row = 0;
  if (title) out.push(`<text x="16" y="${n(ly + 20)}" font-weight="bold">${escapeXml(title)}</text>`), row++;
  for (const l of legendLines) {
    const y = ly + 16 + row * LINE_HEIGHT;
    out.push(
      `<path d="M16,${n(y)} L56,${n(y)}" stroke="${l.colour}" stroke-width="1.6"${l.dash ? ` stroke-dasharray="${l.dash}"` : ''} marker-end="url(#${marker(l.colour, l.head)})"/>`,
      `<text x="64" y="${n(y + 4)}">${escapeXml(l.text)}</text>`,
    );
    row++;
  }
  out.push('</g>');

  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" font-family="DejaVu Sans Mono, Menlo, Consolas, monospace" font-size="12">`,
    `<defs>${[...markers.values()].join('')}</defs>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...out,
    '</svg>',
    '',
  ].join('\n');
}

/** Lay the graph out with elk and render it as SVG. */
export async function renderSvg(graph: DiagramGraph): Promise<string> {
  return renderSvgLayout(graph, await layoutDiagram(graph));
}
