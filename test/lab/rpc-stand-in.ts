// The RPC stand-in `portplan listen` can put on 111 and 2049, run on its own in a lab namespace:
// `rpc-stand-in.ts ADDRESS PORT...`.
import { createServer } from 'node:net';
import { serveStandIn } from '../../src/probe/_rpc.js';

const [address, ...ports] = process.argv.slice(2);
for (const port of ports) {
  createServer((socket) => {
    socket.on('error', () => {});
    serveStandIn(socket);
  }).listen(Number(port), address);
}
