import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

/**
 * A forward proxy like the one in front of a self-hosted runner (squid and the like): plain
 * http requests in absolute form are forwarded, https goes through CONNECT tunnels. It only
 * ever connects to 127.0.0.1; any other target is recorded and refused (403). Tests aim
 * requests that must be refused at `localhost:1`: refused by the proxy when the proxy is used,
 * and a refused loopback connection when it is not, so nothing ever leaves the machine.
 */
export interface ProxyPeer {
  url: string;
  /** `GET http://127.0.0.1:1234/path` or `CONNECT sts.eu-west-1.amazonaws.com:443`, in order. */
  readonly requests: string[];
  close(): Promise<void>;
}

const TUNNELLED = '127.0.0.1';

export async function startProxyPeer(): Promise<ProxyPeer> {
  const requests: string[] = [];
  const sockets = new Set<Socket>();

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    requests.push(`${req.method} ${req.url}`);
    let target: URL;
    try {
      target = new URL(req.url ?? '');
    } catch {
      res.writeHead(400).end('absolute-form request expected');
      return;
    }
    if (target.hostname !== TUNNELLED) {
      res.writeHead(403).end(`this proxy only reaches ${TUNNELLED}`);
      return;
    }
    const upstream = request(
      target,
      { method: req.method, headers: { ...req.headers, host: target.host } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end('upstream failed'));
    req.pipe(upstream);
  });

  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    requests.push(`CONNECT ${req.url}`);
    const [host = '', port = '443'] = (req.url ?? '').split(/:(?=\d+$)/);
    if (host !== TUNNELLED) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
