// Layout of a diagram graph by elkjs's layered algorithm: groups as compound nodes, one port per edge end.
import elkBundled from 'elkjs/lib/elk.bundled.js';
import type { ELK as ElkApi, ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import type { DiagramEdge, DiagramGraph, DiagramNode, Side } from './graph.js';

/** Text metrics for the SVG's monospace font: 12px text, 7.2px a character, 16px a line. */
export const CHAR_WIDTH = 7.2;
export const LINE_HEIGHT = 16;
const PAD = 8;

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface LaidOutNode extends Box {
  readonly node: DiagramNode;
  /** The host-local rules drawn on the node as badges. */
  readonly badges: readonly DiagramEdge[];
}

export interface LaidOutEdge {
  readonly edge: DiagramEdge;
  /** The route from the edge's source to its target, in the direction traffic flows. */
  readonly points: readonly { x: number; y: number }[];
  readonly label: Box;
}

export interface Layout {
  readonly width: number;
  readonly height: number;
  readonly groups: readonly (Box & { label: string })[];
  readonly nodes: readonly LaidOutNode[];
  readonly edges: readonly LaidOutEdge[];
}

// elk's bundle is CommonJS whose module.exports is the constructor; its types describe an ES default export.
const ELK = ((elkBundled as unknown as { default?: unknown }).default ?? elkBundled) as new () => ElkApi;

const RANK: Record<Side, number> = { left: 0, middle: 1, right: 2 };

function textWidth(text: string): number {
  return [...text].length * CHAR_WIDTH;
}

/**
 * Lay a diagram graph out left to right: data sources and services, connectors, the cloud. elk is
 * given every edge from the left column towards the right, whichever way traffic flows (an outbound
 * rule to an ESXi host runs right to left), so that the columns hold; the arrowheads say the rest.
 * Host-local rules are not edges to elk but badges on their node.
 */
export async function layoutDiagram(graph: DiagramGraph): Promise<Layout> {
  const badges = new Map<string, DiagramEdge[]>();
  for (const edge of graph.edges) {
    if (!edge.self) continue;
    const list = badges.get(edge.from) ?? [];
    list.push(edge);
    badges.set(edge.from, list);
  }
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const elkNode = (node: DiagramNode): ElkNode => {
    const lines = [node.label, ...node.detail, ...(badges.get(node.id) ?? []).map(badgeText)];
    return {
      id: node.id,
      width: Math.ceil(Math.max(...lines.map(textWidth)) + 2 * PAD),
      height: lines.length * LINE_HEIGHT + 2 * PAD,
      layoutOptions: { 'elk.portConstraints': 'FIXED_SIDE' },
      ports: [],
    };
  };
  const groupNodes: ElkNode[] = graph.groups.map((g) => ({
    id: `group:${g.id}`,
    labels: [{ text: g.label, width: textWidth(g.label), height: LINE_HEIGHT }],
    layoutOptions: {
      'elk.padding': `[top=${LINE_HEIGHT + 2 * PAD},left=${PAD},bottom=${PAD},right=${PAD}]`,
      'elk.nodeLabels.placement': 'INSIDE V_TOP H_LEFT',
    },
    children: graph.nodes.filter((n) => n.group === g.id).map(elkNode),
  }));
  const elkNodes = new Map<string, ElkNode>();
  for (const g of groupNodes) for (const c of g.children ?? []) elkNodes.set(c.id, c);

  const elkEdges: ElkExtendedEdge[] = [];
  const reversed = new Set<string>();
  for (const edge of graph.edges) {
    if (edge.self) continue;
    const from = byId.get(edge.from);
    const to = byId.get(edge.to);
    if (!from || !to) continue;
    const flip = RANK[from.side] > RANK[to.side];
    if (flip) reversed.add(edge.id);
    const [source, target] = flip ? [edge.to, edge.from] : [edge.from, edge.to];
    const sourcePort = `${edge.id}:out`;
    const targetPort = `${edge.id}:in`;
    elkNodes
      .get(source)
      ?.ports?.push({ id: sourcePort, width: 1, height: 1, layoutOptions: { 'elk.port.side': 'EAST' } });
    elkNodes
      .get(target)
      ?.ports?.push({ id: targetPort, width: 1, height: 1, layoutOptions: { 'elk.port.side': 'WEST' } });
    elkEdges.push({
      id: edge.id,
      sources: [sourcePort],
      targets: [targetPort],
      labels: [{ text: edge.label, width: textWidth(edge.label) + 4, height: LINE_HEIGHT }],
    });
  }

  const elk = new ELK();
  const root: ElkNode = await elk.layout({
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.edgeLabels.placement': 'CENTER',
      'elk.layered.spacing.nodeNodeBetweenLayers': '48',
      'elk.layered.spacing.edgeNodeBetweenLayers': '16',
      'elk.spacing.nodeNode': '16',
      'elk.spacing.edgeLabel': '2',
      'elk.padding': `[top=${PAD},left=${PAD},bottom=${PAD},right=${PAD}]`,
      'elk.json.shapeCoords': 'ROOT',
      'elk.json.edgeCoords': 'ROOT',
    },
    children: groupNodes,
    edges: elkEdges,
  });

  const boxOf = (n: ElkNode): Box => ({
    x: n.x ?? 0,
    y: n.y ?? 0,
    width: n.width ?? 0,
    height: n.height ?? 0,
  });
  const groups: (Box & { label: string })[] = [];
  const nodes: LaidOutNode[] = [];
  for (const g of root.children ?? []) {
    groups.push({ ...boxOf(g), label: g.labels?.[0]?.text ?? '' });
    for (const c of g.children ?? []) {
      const node = byId.get(c.id);
      if (node) nodes.push({ ...boxOf(c), node, badges: badges.get(c.id) ?? [] });
    }
  }
  const edgeById = new Map(graph.edges.map((e) => [e.id, e]));
  const edges: LaidOutEdge[] = [];
  for (const e of (root.edges ?? []) as ElkExtendedEdge[]) {
    const edge = edgeById.get(e.id);
    const section = e.sections?.[0];
    if (!edge || !section) continue;
    const points = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map((p) => ({
      x: p.x,
      y: p.y,
    }));
    if (reversed.has(e.id)) points.reverse();
    const l = e.labels?.[0];
    edges.push({
      edge,
      points,
      label: { x: l?.x ?? 0, y: l?.y ?? 0, width: l?.width ?? 0, height: l?.height ?? 0 },
    });
  }
  return { width: root.width ?? 0, height: root.height ?? 0, groups, nodes, edges };
}

/** The text of a host-local rule's badge on its node. */
export function badgeText(edge: DiagramEdge): string {
  return `\u27f2 ${edge.label} on the host itself`;
}
