import { registryAvailable, startLocalRegistry, type LocalRegistry } from './local-registry.js';
import { podmanAvailable, podmanSandbox, type PodmanSandbox } from './podman-env.js';

/** A real registry on loopback and a podman sandbox that trusts it (plain HTTP). */
export interface PodmanRegistry {
  registry: LocalRegistry;
  sandbox: PodmanSandbox;
  /** Removes the sandbox and stops the registry. */
  stop(): Promise<void>;
}

/** podman, busybox-static (for the build context), docker-registry and htpasswd are installed. */
export function podmanRegistryAvailable(): boolean {
  return podmanAvailable() && registryAvailable();
}

export async function startPodmanRegistry(): Promise<PodmanRegistry> {
  const registry = await startLocalRegistry();
  const sandbox = podmanSandbox(registry.host);
  return {
    registry,
    sandbox,
    async stop() {
      sandbox.cleanup();
      await registry.stop();
    },
  };
}
