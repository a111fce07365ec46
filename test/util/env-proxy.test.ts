import { createServer, get, type Agent } from 'node:http';
import { get as httpsGet } from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { nodeSupportsProxyEnv, proxyAgents, proxyFromEnv } from '../../src/util/env-proxy.js';
import { startProxyPeer, type ProxyPeer } from '../peers/http-proxy-peer.js';

let proxy: ProxyPeer;
let target: ReturnType<typeof createServer>;
let targetUrl: string;
beforeAll(async () => {
  proxy = await startProxyPeer();
  target = createServer((req, res) => res.end(`hello from ${req.url}`));
  await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
  targetUrl = `http://127.0.0.1:${(target.address() as AddressInfo).port}`;
});
afterAll(async () => {
  target.closeAllConnections();
  await new Promise((resolve) => target.close(resolve));
  await proxy.close();
});
beforeEach(() => {
  proxy.requests.length = 0;
});

function fetchText(url: string, agent: Agent): Promise<string> {
  return new Promise((resolve, reject) => {
    const send = url.startsWith('https:') ? httpsGet : get;
    send(url, { agent }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (c: string) => (body += c));
      res.on('end', () => resolve(body));
    }).on('error', reject);
  });
}

describe('the environment proxy', () => {
  it('is read from HTTPS_PROXY first, then HTTP_PROXY, either case', () => {
    expect(proxyFromEnv({})).toBeUndefined();
    expect(proxyFromEnv({ http_proxy: 'http://b:3128' })).toBe('http://b:3128');
    expect(proxyFromEnv({ HTTP_PROXY: 'http://b:3128', https_proxy: 'http://a:3128' })).toBe(
      'http://a:3128',
    );
    expect(proxyAgents({ NO_PROXY: '*' })).toBeUndefined();
  });

  it('names the proxy without its credentials', () => {
    expect(proxyAgents({ HTTPS_PROXY: 'http://user:secret@proxy.corp:3128' })?.proxyHost).toBe(
      'proxy.corp:3128',
    );
  });

  it('knows which Node versions tunnel through proxyEnv', () => {
    expect(nodeSupportsProxyEnv('24.5.0')).toBe(true);
    expect(nodeSupportsProxyEnv('24.21.0')).toBe(true);
    expect(nodeSupportsProxyEnv('22.21.0')).toBe(true);
    expect(nodeSupportsProxyEnv('24.4.1')).toBe(false);
    expect(nodeSupportsProxyEnv('20.19.0')).toBe(false);
    expect(nodeSupportsProxyEnv()).toBe(true);
  });

  it('sends plain http through the proxy in absolute form', async () => {
    const agents = proxyAgents({ HTTP_PROXY: proxy.url })!;
    expect(await fetchText(`${targetUrl}/x`, agents.httpAgent)).toBe('hello from /x');
    expect(proxy.requests).toEqual([`GET ${targetUrl}/x`]);
  });

  it('tunnels https with CONNECT', async () => {
    const agents = proxyAgents({ HTTPS_PROXY: proxy.url })!;
    // The proxy refuses localhost; without the proxy this would be a refused loopback port.
    const error = await fetchText('https://localhost:1/', agents.httpsAgent).catch(
      (e: unknown) => e,
    );
    expect((error as { code?: string }).code).toBe('ERR_PROXY_TUNNEL');
    expect(proxy.requests).toEqual(['CONNECT localhost:1']);
  });

  it('reads a proxy without a scheme as http://, and flags one Node cannot use', async () => {
    const bare = proxyAgents({ HTTP_PROXY: new URL(proxy.url).host })!;
    expect(bare.usable).toBe(true);
    expect(await fetchText(`${targetUrl}/bare`, bare.httpAgent)).toBe('hello from /bare');
    expect(proxy.requests).toEqual([`GET ${targetUrl}/bare`]);
    expect(proxyAgents({ HTTPS_PROXY: 'socks5://proxy.corp:1080' })?.usable).toBe(false);
    expect(proxyAgents({ HTTPS_PROXY: 'http://[not a host' })?.usable).toBe(false);
  });

  it('goes direct to hosts in NO_PROXY', async () => {
    const agents = proxyAgents({ HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' })!;
    expect(await fetchText(`${targetUrl}/direct`, agents.httpAgent)).toBe('hello from /direct');
    expect(proxy.requests).toEqual([]);
  });
});
