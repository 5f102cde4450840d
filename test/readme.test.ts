// The README's pasted outputs are what the commands print today.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { portplan } from './cli.js';

/** `$ portplan ARGS` lines in README code blocks, with the output pasted under them. */
function examples(): { args: string[]; output: string }[] {
  const found: { args: string[]; output: string }[] = [];
  let current: { args: string[]; lines: string[] } | undefined;
  let inBlock = false;
  const close = () => {
    if (current) found.push({ args: current.args, output: current.lines.join('\n') });
    current = undefined;
  };
  for (const line of readFileSync('README.md', 'utf8').split('\n')) {
    if (line.startsWith('```')) {
      close();
      inBlock = !inBlock;
    } else if (inBlock && line.startsWith('$ ')) {
      close();
      const m = /^\$ portplan (.*)$/.exec(line);
      // Commands with shell syntax or files made by hand (site.yaml, newer.md) are shown, not rerun.
      if (m?.[1] && !/[#>|]/.test(m[1]) && /examples\/|^catalog --/.test(m[1])) {
        current = { args: m[1].split(' '), lines: [] };
      }
    } else if (current) current.lines.push(line);
  }
  return found;
}

describe('README', () => {
  const cases = examples();

  it('shows at least the plan and catalog examples', () => {
    expect(cases.length).toBeGreaterThanOrEqual(4);
  });

  it.each(cases.map((c) => [c.args.join(' '), c] as const))(
    'portplan %s prints what the README shows',
    (_, c) => {
      const r = portplan(c.args);
      // An audit that finds blocked flows exits 1, as the README says next to it.
      expect(r.status).toBe(c.args[0] === 'audit' ? 1 : 0);
      expect(r.stdout.trimEnd()).toBe(c.output.trimEnd());
    },
  );

  it('starts with the quick start npm start prints', () => {
    const readme = readFileSync('README.md', 'utf8');
    const shown = /`npm start` prints \(first lines\):\n\n```\n([\s\S]*?)\n…\n```/.exec(readme)?.[1];
    expect(shown).toBeDefined();
    const r = portplan(['plan', 'examples/small.yaml', '--rules', '--format', 'table']);
    expect(r.stdout.startsWith(`${shown}\n`)).toBe(true);
  });
});
