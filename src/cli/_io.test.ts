// emit: output written piece by piece, the next piece made only once standard output took the last.
import { describe, expect, it } from 'vitest';
import { emit, type Io } from './_io.js';

describe('emit to standard output', () => {
  it('makes no more output while the reader is behind, and all of it in order once it catches up', async () => {
    let made = 0;
    function* pieces() {
      for (let i = 0; i < 3; i++) {
        made++;
        yield `piece ${i}\n`;
      }
    }
    const written: string[] = [];
    const waiting: (() => void)[] = [];
    const io: Io = {
      isTTY: false,
      stderr: () => {},
      // A pipe whose reader is behind after every write, as when a plan is piped to a slow program.
      stdout: (text) => {
        written.push(text);
        return new Promise<void>((resolve) => waiting.push(resolve));
      },
    };
    const done = emit(pieces(), undefined, io);
    await Promise.resolve();
    expect({ made, written }).toEqual({ made: 1, written: ['piece 0\n'] });
    while (waiting.length > 0) {
      (waiting.shift() as () => void)();
      await new Promise((resolve) => setImmediate(resolve));
    }
    await done;
    expect({ made, written }).toEqual({ made: 3, written: ['piece 0\n', 'piece 1\n', 'piece 2\n'] });
  });

  it('writes straight on when standard output takes everything at once', async () => {
    const written: string[] = [];
    const io: Io = { isTTY: false, stderr: () => {}, stdout: (text) => void written.push(text) };
    await emit(['a', 'b'], '-', io);
    expect(written).toEqual(['a', 'b']);
  });
});
