// The portplan entry point: find the verb, load it on demand, run it; the one place errors are caught.
import { InputError, PortplanError } from '../errors.js';
import { type Command, type Io, nearest, portplanVersion } from './_io.js';

/** The verbs, loaded only when used so that `portplan --version` stays fast. */
const COMMANDS: Record<string, () => Promise<{ command: Command }>> = {
  plan: () => import('./plan.js'),
  render: () => import('./render.js'),
  check: () => import('./check.js'),
  audit: () => import('./audit.js'),
  diagram: () => import('./diagram.js'),
  report: () => import('./report.js'),
  listen: () => import('./listen.js'),
  catalog: () => import('./catalog.js'),
  schema: () => import('./schema.js'),
  init: () => import('./init.js'),
};

async function help(): Promise<string> {
  const lines = [
    'portplan: the firewall openings a Cohesity SaaS Connector needs, planned from your inventory',
    '',
  ];
  lines.push('Usage: portplan <command> [options]', '', 'Commands:');
  for (const [name, load] of Object.entries(COMMANDS)) {
    const { command } = await load();
    lines.push(`  ${name.padEnd(9)} ${command.summary}`);
  }
  lines.push('', 'Run "portplan <command> --help" for a command\'s options.');
  lines.push('Exit status: 0 fine, 1 some flow failed or is blocked, 2 usage or input error.');
  return `${lines.join('\n')}\n`;
}

/** Run the CLI with `argv` (without node and script); returns the exit status. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [verb, ...rest] = argv;
  try {
    if (verb === '--version' || verb === '-V' || verb === '-v' || verb === 'version') {
      io.stdout(`${portplanVersion()}\n`);
      return 0;
    }
    // Without a verb nothing was asked for: the usage is an error message, like any other usage error.
    if (verb === undefined) {
      io.stderr(await help());
      return 2;
    }
    if (verb === '--help' || verb === '-h' || verb === 'help') {
      const target = verb === 'help' ? rest[0] : undefined;
      if (target === undefined) {
        io.stdout(await help());
        return 0;
      }
      const load = COMMANDS[target];
      if (!load) return unknownCommand(target, io);
      io.stdout(`${(await load()).command.usage}\n`);
      return 0;
    }
    const load = COMMANDS[verb];
    if (!load) return unknownCommand(verb, io);
    const { command } = await load();
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(`${command.usage}\n`);
      return 0;
    }
    return await command.run(rest, io);
  } catch (error) {
    // Each problem line starts with its file:line:column, so that editors and terminals link every one.
    if (error instanceof InputError) {
      io.stderr(`${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof PortplanError) {
      io.stderr(`portplan: ${error.message}\n`);
      return error.exitCode;
    }
    io.stderr(
      `portplan: internal error (a bug; please report it, with the lines below; NODE_OPTIONS=--enable-source-maps shows source lines):\n${(error as Error).stack ?? String(error)}\n`,
    );
    return 70;
  }
}

function unknownCommand(verb: string, io: Io): number {
  const guess = nearest(verb, Object.keys(COMMANDS));
  io.stderr(
    `portplan: unknown command "${verb}"; ${guess ? `did you mean "${guess}"? ` : ''}expected one of: ${Object.keys(COMMANDS).join(', ')}\n`,
  );
  return 2;
}
