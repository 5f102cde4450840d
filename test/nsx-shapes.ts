// The request shapes of the nsx target's output, as the NSX Policy API documents them.
import { expect } from 'vitest';

/** One request of an nsx output, as JSON.parse reads it. */
export interface NsxRequest {
  method: string;
  path: string;
  body: Record<string, unknown> & { id: string; resource_type: string };
}

// The request shapes the NSX Policy API reference documents (developer.broadcom.com/xapis/
// nsx-t-data-center-rest-api: PatchGroupForDomain, PatchServiceForTenant, PatchGatewayPolicyForDomain,
// PatchGatewayRule), with the limits of their fields.
const PATHS: Readonly<Record<string, RegExp>> = {
  Group: /^\/policy\/api\/v1\/infra\/domains\/(mgw|cgw|default)\/groups\/[A-Za-z0-9_-]+$/,
  Service: /^\/policy\/api\/v1\/infra\/services\/[A-Za-z0-9_-]+$/,
  GatewayPolicy: /^\/policy\/api\/v1\/infra\/domains\/default\/gateway-policies\/[A-Za-z0-9_-]+$/,
  Rule: /^\/policy\/api\/v1\/infra\/domains\/(mgw|cgw|default)\/gateway-policies\/[A-Za-z0-9_-]+\/rules\/[A-Za-z0-9_-]+$/,
};

/** Expects every request to have the shape and limits the NSX Policy API documents, in a working order. */
export function checkShapes(requests: readonly NsxRequest[]): void {
  const made = new Set<string>();
  for (const r of requests) {
    expect(r.method).toBe('PATCH');
    expect(r.path).toMatch(PATHS[r.body.resource_type] as RegExp);
    expect(r.path.endsWith(`/${r.body.id}`)).toBe(true);
    expect(String(r.body.display_name).length).toBeLessThanOrEqual(255);
    made.add(r.path.replace('/policy/api/v1', ''));
    if (r.body.resource_type === 'Service') {
      for (const e of r.body.service_entries as { destination_ports: string[]; l4_protocol: string }[]) {
        expect(['TCP', 'UDP']).toContain(e.l4_protocol);
        const values = e.destination_ports.reduce((n, p) => n + (p.includes('-') ? 2 : 1), 0);
        expect(values).toBeLessThanOrEqual(15);
      }
    }
    if (r.body.resource_type === 'Rule') {
      expect(r.body.action).toBe('ALLOW');
      expect(String(r.body.description).length).toBeLessThanOrEqual(1024);
      // Every group and service a rule names exists: made before it, system-defined, or ANY.
      for (const p of [
        ...(r.body.source_groups as string[]),
        ...(r.body.destination_groups as string[]),
        ...(r.body.services as string[]),
      ])
        expect(
          p === 'ANY' ||
            made.has(p) ||
            /^\/infra\/(domains\/mgw\/groups\/(VCENTER|ESXI)|services\/HTTPS)$/.test(p),
        ).toBe(true);
    }
  }
}
