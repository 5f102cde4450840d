// Plain sockets for the firewall traffic proof, run inside a lab namespace:
//   flows.mjs listen '[{"transport":"tcp","port":443,"address":…}, …]'   answer "ok"
//   flows.mjs connect '[{"from":…,"to":…,"transport":…,"port":…}, …]' TIMEOUT_MS
//     (a flow may name its source port, `sport`; else the kernel picks one)
// connect prints one JSON array: each flow with `passed` (an answer came back before the timeout).
import { createSocket } from 'node:dgram';
import { connect, createServer } from 'node:net';

const [mode, json, timeout = '600'] = process.argv.slice(2);
const items = JSON.parse(json ?? '[]');

if (mode === 'listen') {
  let pending = items.length;
  const ready = () => {
    if (--pending === 0) process.stdout.write('ready\n');
  };
  for (const { transport, port, address } of items) {
    if (transport === 'tcp') {
      createServer((s) => {
        s.on('error', () => {});
        s.end('ok');
      }).listen(port, '::', ready);
    } else {
      // Bound to the address asked for, so the answer comes from it (a stateful firewall lets
      // back only replies from the address the request went to).
      const udp = createSocket(address.includes(':') ? 'udp6' : 'udp4');
      udp.on('message', (_m, r) => udp.send('ok', r.port, r.address));
      udp.bind(port, address, ready);
    }
  }
  if (items.length === 0) process.stdout.write('ready\n');
} else {
  const one = (f) =>
    new Promise((resolve) => {
      const done = (passed) => {
        clearTimeout(timer);
        resolve({ ...f, passed });
      };
      let close = () => {};
      const timer = setTimeout(() => {
        close();
        resolve({ ...f, passed: false });
      }, Number(timeout));
      if (f.transport === 'tcp') {
        const s = connect({ host: f.to, port: f.port, localAddress: f.from, localPort: f.sport });
        close = () => s.destroy();
        s.on('data', () => {
          s.destroy();
          done(true);
        });
        s.on('error', () => {});
      } else {
        const u = createSocket(f.to.includes(':') ? 'udp6' : 'udp4');
        close = () => u.close();
        u.on('message', () => {
          u.close();
          done(true);
        });
        u.bind(f.sport ?? 0, f.from, () => u.send('hi', f.port, f.to));
      }
    });
  Promise.all(items.map(one)).then((r) => process.stdout.write(`${JSON.stringify(r)}\n`));
}
