// squid's own check of a generated file: `squid -k parse` of a minimal forward-proxy config that
// includes it, with pid, logs and cache in a temp dir (no system state touched).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SQUID = '/usr/sbin/squid';

/** `squid -k parse` of a config that includes `text` (written to `dir/name`): its status and messages. */
export function squidParse(
  text: string,
  dir: string,
  name: string,
): { status: number | null; messages: string } {
  const file = join(dir, name);
  const config = join(dir, `${name}.squid.conf`);
  writeFileSync(file, text);
  writeFileSync(
    config,
    [
      'http_port 127.0.0.1:3128',
      `include ${file}`,
      'http_access deny all',
      'cache deny all',
      'access_log none',
      `cache_log ${join(dir, 'cache.log')}`,
      `pid_filename ${join(dir, 'squid.pid')}`,
      `coredump_dir ${dir}`,
      'netdb_filename none',
      '',
    ].join('\n'),
  );
  const r = spawnSync(SQUID, ['-k', 'parse', '-f', config], { encoding: 'utf8' });
  return { status: r.status, messages: `${r.stdout}${r.stderr}` };
}
