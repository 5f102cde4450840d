// The process behind bin/portplan.js: real streams in, exit status out.
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  isTTY: process.stdout.isTTY === true,
});
