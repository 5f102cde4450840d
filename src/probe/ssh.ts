// SSH: the server's identification string (RFC 4253 §4.2), the support channel's proof on 22.
import { exchangeTcp, printable, unanswered } from './_banner.js';
import type { Prober } from './_prober.js';

/**
 * RFC 4253 §4.2: both sides send `SSH-protoversion-softwareversion SP comments CR LF` on connect,
 * so the client's line goes out at once, as OpenSSH's does; a service that is not SSH often
 * answers it (an HTTP server with `400 Bad Request`), which is better evidence than silence.
 */
const IDENTIFICATION = 'SSH-2.0-portplan_check\r\n';

/** An identification line: the server MAY send other lines first, none of which begins `SSH-`. */
const SSH_LINE = /(?:^|\n)(SSH-([^-\r\n]*)-([^ \r\n]*)[^\r\n]*)\r?\n/;

export const ssh: Prober = {
  name: 'ssh',
  transports: ['tcp'],
  async probe(target, _options, { signal }) {
    const exchanged = await exchangeTcp(
      target,
      signal,
      IDENTIFICATION,
      (data) => SSH_LINE.test(data.toString('latin1')),
      8192,
    );
    if ('result' in exchanged) return exchanged.result;
    const { reading, latencyMs } = exchanged;
    const line = SSH_LINE.exec(reading.data.toString('latin1'));
    if (line?.[1] !== undefined) {
      const [, banner, protocol = '', software = ''] = line;
      // RFC 4253 §5.1: `1.99` is a server that speaks both versions, so SSH-2 as well.
      if (protocol === '2.0' || protocol === '1.99')
        return {
          outcome: 'ok',
          evidence: { banner: printable(Buffer.from(banner, 'latin1'), 255), software, latencyMs },
        };
      return {
        outcome: 'unexpected-service',
        evidence: {
          banner: printable(Buffer.from(banner, 'latin1')),
          detail: 'an SSH server without SSH-2',
        },
      };
    }
    // A listener that accepts and then says nothing (or closes) is not SSH: sshd always speaks first
    // in the exchange, so silence until the timeout is no lost packet to retry but a wrong service.
    return unanswered(reading, latencyMs, {
      reset: `the connection was reset before an SSH banner${said(reading.data)}`,
      closed: 'connected, but the service closed the connection without an SSH banner',
      silent: 'connected, but no SSH banner',
      other: 'not an SSH identification string',
      resetFirst: true,
      showOnReset: false,
    });
  },
};

function said(data: Buffer): string {
  return data.length > 0 ? ` (it had sent ${printable(data)})` : '';
}
