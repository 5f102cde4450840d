// VMware authd: the `220 VMware Authentication Daemon` greeting an ESXi host sends on 902.
import { exchangeTcp, firstLine, printable, unanswered } from './_banner.js';
import type { Prober } from './_prober.js';

/**
 * authd greets first, FTP-style (a `220` reply code), with one CR LF line such as ESXi's
 * `220 VMware Authentication Daemon Version 1.10: SSL Required, ServerDaemonProtocol:SOAP,
 * MKSDisplayProtocol:VNC , , NFCSSL supported/t`; VMware publishes no specification, so the
 * prefix every known version sends is what is matched (it is also what nmap and Metasploit match).
 */
const GREETING = '220 VMware Authentication Daemon';

export const vmwareAuthd: Prober = {
  name: 'vmware-authd',
  transports: ['tcp'],
  async probe(target, _options, { signal }) {
    const exchanged = await exchangeTcp(target, signal, undefined, (data) => data.includes(0x0a), 1024);
    if ('result' in exchanged) return exchanged.result;
    const { reading, latencyMs } = exchanged;
    const line = firstLine(reading.data);
    if (line?.startsWith(GREETING)) {
      const version = /^220 VMware Authentication Daemon Version ([0-9.]+)/.exec(line)?.[1];
      return {
        outcome: 'ok',
        evidence: {
          banner: printable(Buffer.from(line, 'latin1'), 255),
          ...(version ? { version } : {}),
          latencyMs,
        },
      };
    }
    // authd always speaks first: a listener that stays silent (or closes) is some other service.
    return unanswered(reading, latencyMs, {
      reset: 'the connection was reset before the authd greeting',
      closed: 'connected, but the service closed the connection without a greeting',
      silent: 'connected, but no authd greeting',
      other: 'not the VMware authd greeting',
      resetFirst: true,
    });
  },
};
