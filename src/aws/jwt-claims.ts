/**
 * The claims of the runner's OIDC token, read without verifying the signature: they are only
 * shown to explain a refusal (STS verifies the token itself). The token is a secret; its claims
 * are not (they name the repository, ref, environment and workflow).
 */
export type Claims = Record<string, unknown>;

/** The claims a role's trust policy conditions on, in the order people read them. */
export const EXPLAINED_CLAIMS = [
  'sub',
  'aud',
  'iss',
  'repository',
  'ref',
  'environment',
  'event_name',
  'job_workflow_ref',
] as const;

export function decodeClaims(token: string): Claims | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return claims && typeof claims === 'object' && !Array.isArray(claims)
      ? (claims as Claims)
      : undefined;
  } catch {
    return undefined;
  }
}

export function claimText(claims: Claims, name: string): string | undefined {
  const value = claims[name];
  if (value === undefined || value === null || value === '') return undefined;
  return Array.isArray(value) ? value.join(',') : String(value);
}

/** `sub: repo:org/app:pull_request` lines for the explained claims that are present. */
export function formatClaims(claims: Claims): string[] {
  return EXPLAINED_CLAIMS.flatMap((name) => {
    const value = claimText(claims, name);
    return value === undefined ? [] : [`  ${name}: ${value}`];
  });
}
