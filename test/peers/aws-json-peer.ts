import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface AwsJsonPeer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Answers one operation; may be async (a peer that asks another server, e.g. a registry). */
type Handler = (operation: string, input: Record<string, unknown>) => unknown;

/** JSON 1.1 timestamps are epoch seconds. */
function wire(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, v: unknown) {
    const raw = this[key];
    return raw instanceof Date ? raw.getTime() / 1000 : v;
  });
}

/**
 * A local AWS JSON 1.1 endpoint (X-Amz-Target: <prefix>.<Operation>) on 127.0.0.1:0. Errors
 * thrown by the handler with a `name` and `$metadata.httpStatusCode` become the protocol's
 * error answer ({"__type", "message"}), which the SDK turns back into the same exception.
 */
export async function startAwsJsonPeer(
  targetPrefix: string,
  handle: Handler,
): Promise<AwsJsonPeer> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const target = String(req.headers['x-amz-target'] ?? '');
      const operation = target.startsWith(`${targetPrefix}.`)
        ? target.slice(targetPrefix.length + 1)
        : '';
      let status = 200;
      let body: string;
      try {
        const text = Buffer.concat(chunks).toString('utf8');
        if (!operation)
          throw Object.assign(new Error(`unknown target ${target}`), {
            name: 'UnknownOperationException',
            $metadata: { httpStatusCode: 400 },
          });
        body = wire(
          await handle(operation, text ? (JSON.parse(text) as Record<string, unknown>) : {}),
        );
      } catch (error) {
        const e = error as {
          name?: string;
          message?: string;
          $metadata?: { httpStatusCode?: number };
        };
        status = e.$metadata?.httpStatusCode ?? 500;
        body = JSON.stringify({
          __type: e.name ?? 'InternalFailure',
          message: e.message ?? String(error),
        });
      }
      res.writeHead(status, {
        'content-type': 'application/x-amz-json-1.1',
        'x-amzn-requestid': `req-${Date.now()}`,
        'content-length': Buffer.byteLength(body),
      });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
