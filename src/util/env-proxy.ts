import { Agent as HttpAgent, type AgentOptions } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';

/**
 * HTTP(S)_PROXY / NO_PROXY for the requests this action makes itself (the runner's OIDC token
 * service, the AWS SDK's STS client). Self-hosted runners behind a proxy set these variables for
 * every step; neither node:http nor the AWS SDK reads them. Node's own proxy support (the
 * agents' `proxyEnv` option, Node 22.21 / 24.5 and later) does the tunnelling: CONNECT for
 * https, absolute-form requests for http, NO_PROXY honoured.
 */

type Env = Readonly<Record<string, string | undefined>>;

const PROXY_VARS = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'] as const;
const PASSED_VARS = [...PROXY_VARS, 'NO_PROXY', 'no_proxy'] as const;

export interface ProxyAgents {
  httpAgent: HttpAgent;
  httpsAgent: HttpsAgent;
  /** host:port of the proxy (no credentials), for the log. */
  proxyHost: string;
  /** False when the proxy is not an http(s) URL: Node then ignores it and connects directly. */
  usable: boolean;
}

/** `proxy.corp:3128` → `http://proxy.corp:3128`, as curl reads a proxy without a scheme. */
function withScheme(value: string): string {
  return /^[a-z][a-z\d+.-]*:\/\//i.test(value) ? value : `http://${value}`;
}

/** The configured proxy URL (HTTPS first), or undefined. */
export function proxyFromEnv(env: Env): string | undefined {
  for (const name of PROXY_VARS) if (env[name]) return env[name];
  return undefined;
}

/** Whether this Node tunnels through `proxyEnv` (v24.5+, v22.21+); older ones ignore it. */
export function nodeSupportsProxyEnv(version: string = process.versions.node): boolean {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return major > 24 || (major === 24 && minor >= 5) || (major === 22 && minor >= 21);
}

/** Agents that go through the environment's proxy, or undefined when none is configured. */
export function proxyAgents(env: Env): ProxyAgents | undefined {
  const proxy = proxyFromEnv(env);
  if (!proxy) return undefined;
  // Only proxies Node can use are passed on: it throws on some malformed URLs.
  const proxyEnv: Record<string, string> = {};
  for (const name of PASSED_VARS) {
    const value = env[name];
    if (!value) continue;
    if (name === 'NO_PROXY' || name === 'no_proxy') proxyEnv[name] = value;
    else if (httpProxyUrl(value)) proxyEnv[name] = withScheme(value);
  }
  // `proxyEnv` is newer than the installed @types/node.
  const options: AgentOptions & { proxyEnv: Record<string, string> } = {
    keepAlive: true,
    proxyEnv,
  };
  const url = httpProxyUrl(proxy);
  return {
    httpAgent: new HttpAgent(options),
    httpsAgent: new HttpsAgent(options),
    proxyHost: url?.host ?? '(not an http(s) URL)',
    usable: url !== undefined,
  };
}

/** The proxy as an http:// or https:// URL, or undefined. */
function httpProxyUrl(value: string): URL | undefined {
  try {
    const url = new URL(withScheme(value));
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}
