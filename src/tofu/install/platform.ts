import { ConfigurationError } from '../../util/errors.js';

export interface Platform {
  os: string;
  arch: string;
  /** `.zip` on Windows (tar there reads zip), `.tar.gz` elsewhere. */
  extension: '.zip' | '.tar.gz';
  binaryName: string;
}

const OS: Record<string, string> = {
  linux: 'linux',
  darwin: 'darwin',
  win32: 'windows',
  freebsd: 'freebsd',
  openbsd: 'openbsd',
  sunos: 'solaris',
};
const ARCH: Record<string, string> = { x64: 'amd64', arm64: 'arm64', arm: 'arm', ia32: '386' };

/** OpenTofu's name for this machine's OS and architecture (`linux`/`amd64`). */
export function currentPlatform(
  platform: string = process.platform,
  arch: string = process.arch,
): Platform {
  const os = OS[platform];
  const tofuArch = ARCH[arch];
  if (!os || !tofuArch) {
    throw new ConfigurationError(
      `OpenTofu publishes no release for ${platform}/${arch}; install tofu yourself and set tofu-binary.`,
    );
  }
  return {
    os,
    arch: tofuArch,
    extension: os === 'windows' ? '.zip' : '.tar.gz',
    binaryName: os === 'windows' ? 'tofu.exe' : 'tofu',
  };
}

export function archiveName(version: string, p: Platform): string {
  return `tofu_${version}_${p.os}_${p.arch}${p.extension}`;
}

export function sumsName(version: string): string {
  return `tofu_${version}_SHA256SUMS`;
}
