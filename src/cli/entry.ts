// The process behind bin/portplan.js: real streams in, exit status out.
import { readFileSync } from 'node:fs';
import { main } from './main.js';

/**
 * A reader that stops early (`portplan plan … | head -1`) closes the pipe, and the next write
 * fails with EPIPE. That is the reader's choice, not a failure of portplan: the rest of the output
 * is dropped quietly and the exit status stays the verb's own (0 for a plan, 1 for a catalog diff
 * that found differences). The shell's 141 (killed by SIGPIPE) would fail `set -o pipefail`
 * scripts for how much of the output was read rather than for what portplan found, and would
 * depend on whether the output happened to fit in the pipe's buffer.
 */
function dropOutputOnClosedPipe(stream: NodeJS.WriteStream): (text: string) => void | Promise<void> {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') return;
    // Any other failure to write (a full disk) means the output is incomplete: say so, exit 2.
    if (stream !== process.stderr)
      process.stderr.write(`portplan: cannot write the output: ${error.message}\n`);
    process.exit(2);
  });
  return (text) => {
    if (stream.destroyed || stream.write(text)) return;
    // A pipe whose reader is behind: resume when it has drained (or closed), so that output is made
    // as fast as it is read rather than queued in memory whole.
    return new Promise((resolve) => {
      const done = () => {
        stream.off('drain', done);
        stream.off('close', done);
        resolve();
      };
      stream.on('drain', done);
      stream.on('close', done);
    });
  };
}

process.exitCode = await main(process.argv.slice(2), {
  stdout: dropOutputOnClosedPipe(process.stdout),
  stderr: dropOutputOnClosedPipe(process.stderr),
  isTTY: process.stdout.isTTY === true,
  width: process.stdout.isTTY ? process.stdout.columns : undefined,
  stdin: () => readFileSync(0, 'utf8'),
});
