// A SQL Server stand-in for prober tests, written from MS-TDS (no Debian package runs SQL Server): it
// answers a well-formed PRELOGIN (§2.2.6.5) with a PRELOGIN response and closes on anything else.
import { type Lab, SERVER } from './lab.js';
import { waitForTcp } from './peers.js';

export interface TdsStandIn {
  /** The version it reports, as UL_VERSION's major, minor and build, then US_SUBBUILD. */
  version: [major: number, minor: number, build: number, subbuild: number];
  /** Its B_FENCRYPTION answer: 0 ENCRYPT_OFF, 1 ENCRYPT_ON, 2 ENCRYPT_NOT_SUP, 3 ENCRYPT_REQ. */
  encryption: 0 | 1 | 2 | 3;
}

/**
 * The stand-in's whole program, run in the server namespace by `node -e` (so written as plain,
 * self-contained JavaScript). MS-TDS §3.3.5.1: a server closes the connection when the first
 * packet is not a structurally correct PRELOGIN — type 0x12, a length that holds, option entries
 * within the packet, VERSION first, a terminator — and otherwise answers with a PRELOGIN structure
 * in a tabular result packet (type 0x04). THREADID goes back empty, as SQL Server sends it.
 */
function serveTds(port: number, address: string, options: TdsStandIn): void {
  const net = require('node:net') as typeof import('node:net');
  const respond = (): Buffer => {
    const version = Buffer.alloc(6);
    version.writeUInt8(options.version[0], 0);
    version.writeUInt8(options.version[1], 1);
    version.writeUInt16BE(options.version[2], 2);
    version.writeUInt16BE(options.version[3], 4);
    const entries: [number, Buffer][] = [
      [0x00, version],
      [0x01, Buffer.from([options.encryption])],
      [0x02, Buffer.from([0x00])],
      [0x03, Buffer.alloc(0)],
      [0x04, Buffer.from([0x00])],
    ];
    const table = Buffer.alloc(entries.length * 5 + 1);
    let offset = table.length;
    entries.forEach(([token, data], i) => {
      table.writeUInt8(token, i * 5);
      table.writeUInt16BE(offset, i * 5 + 1);
      table.writeUInt16BE(data.length, i * 5 + 3);
      offset += data.length;
    });
    table.writeUInt8(0xff, entries.length * 5);
    const payload = Buffer.concat([table, ...entries.map(([, data]) => data)]);
    const header = Buffer.from([0x04, 0x01, 0, 0, 0, 0, 1, 0]);
    header.writeUInt16BE(8 + payload.length, 2);
    return Buffer.concat([header, payload]);
  };
  const wellFormed = (packet: Buffer): boolean => {
    const payload = packet.subarray(8);
    let first = true;
    for (let at = 0; at < payload.length; at += 5) {
      const token = payload[at];
      if (token === 0xff) return !first;
      if (at + 5 > payload.length || (first && token !== 0x00)) return false;
      if (payload.readUInt16BE(at + 1) + payload.readUInt16BE(at + 3) > payload.length) return false;
      first = false;
    }
    return false;
  };
  net
    .createServer((socket) => {
      socket.on('error', () => {});
      let data = Buffer.alloc(0);
      socket.on('data', (chunk: Buffer) => {
        data = Buffer.concat([data, chunk]);
        if (data[0] !== 0x12 || (data.length >= 8 && data.readUInt16BE(2) < 8)) return void socket.destroy();
        if (data.length < 8 || data.length < data.readUInt16BE(2)) return;
        const packet = data.subarray(0, data.readUInt16BE(2));
        data = Buffer.alloc(0);
        if (!((packet[1] ?? 0) & 0x01) || !wellFormed(packet)) return void socket.destroy();
        socket.write(respond());
      });
    })
    .listen(port, address);
}

/** Start the stand-in on `address`:`port` in the lab's server namespace; resolves once it listens. */
export async function startTdsStandIn(
  lab: Lab,
  port: number,
  options: TdsStandIn,
  address = SERVER,
): Promise<void> {
  lab.start(lab.server, process.execPath, [
    '-e',
    // A transpiler keeping function names may wrap them in `__name(…)`: defined here as a no-op.
    `var __name = (f) => f; (${serveTds.toString()})(${port}, ${JSON.stringify(address)}, ${JSON.stringify(options)})`,
  ]);
  await waitForTcp(lab, address, port);
}
