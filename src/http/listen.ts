import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Listens on host:port (port 0 picks a free one); returns the base URL, e.g. http://127.0.0.1:4000. */
export async function listen(httpServer: Server, host: string, port: number): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, () => resolve());
  });
  const address = httpServer.address() as AddressInfo;
  // A wildcard address is no place to connect to: the loopback stands for it.
  const reachable = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  return `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${address.port}`;
}
