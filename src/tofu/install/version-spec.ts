/**
 * OpenTofu versions and version constraints: exact versions (`1.9.0`, `v1.10.0-rc1`), the
 * constraint language of `required_version` (`~> 1.9`, `>= 1.8, < 2.0`, `!= 1.9.1`), the
 * partial versions people type into an input (`1.9`, `1.9.x`) and `latest`.
 */

export interface Version {
  major: number;
  minor: number;
  patch: number;
  /** `rc1`, `alpha3`, ... or '' for a release. */
  prerelease: string;
}

type Operator = '=' | '!=' | '>' | '>=' | '<' | '<=' | '~>';

interface Clause {
  op: Operator;
  version: Version;
  /** How many of major.minor.patch were written (for `~>`). */
  parts: number;
}

/** A request for a version: one exact release, or the newest release a constraint allows. */
export type VersionRequest =
  | { kind: 'exact'; version: string }
  | { kind: 'constraint'; text: string; clauses: Clause[] }
  | { kind: 'latest' };

const VERSION_RE = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$/;

export function parseVersion(text: string): Version | undefined {
  const m = VERSION_RE.exec(text.trim());
  if (!m) return undefined;
  return {
    major: Number(m[1]),
    minor: Number(m[2]),
    patch: Number(m[3]),
    prerelease: m[4] ?? '',
  };
}

export function formatVersion(v: Version): string {
  return `${v.major}.${v.minor}.${v.patch}${v.prerelease ? `-${v.prerelease}` : ''}`;
}

function comparePrerelease(a: string, b: string): number {
  if (a === b) return 0;
  if (!a) return 1; // a release sorts after its pre-releases
  if (!b) return -1;
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = /^\d+$/.test(x) ? Number(x) : undefined;
    const ny = /^\d+$/.test(y) ? Number(y) : undefined;
    if (nx !== undefined && ny !== undefined) {
      if (nx !== ny) return nx < ny ? -1 : 1;
    } else if (x !== y) {
      // alpha10 after alpha9: compare the letters, then the trailing number
      const [, lx = x, dx] = /^(\D*)(\d*)$/.exec(x) ?? [];
      const [, ly = y, dy] = /^(\D*)(\d*)$/.exec(y) ?? [];
      if (lx !== ly) return lx < ly ? -1 : 1;
      return Number(dx || 0) < Number(dy || 0) ? -1 : 1;
    }
  }
  return 0;
}

export function compareVersions(a: Version, b: Version): number {
  return (
    Math.sign(a.major - b.major) ||
    Math.sign(a.minor - b.minor) ||
    Math.sign(a.patch - b.patch) ||
    comparePrerelease(a.prerelease, b.prerelease)
  );
}

const CLAUSE_RE = /^(=|!=|>=|<=|>|<|~>)?\s*v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z.-]+))?$/;

function parseClause(text: string): Clause | undefined {
  const m = CLAUSE_RE.exec(text.trim());
  if (!m) return undefined;
  const parts = 1 + (m[3] !== undefined ? 1 : 0) + (m[4] !== undefined ? 1 : 0);
  return {
    op: (m[1] as Operator | undefined) ?? '=',
    version: {
      major: Number(m[2]),
      minor: Number(m[3] ?? 0),
      patch: Number(m[4] ?? 0),
      prerelease: m[5] ?? '',
    },
    parts,
  };
}

/** The `required_version` constraint language; undefined when the text is not one. */
export function parseConstraint(text: string): Clause[] | undefined {
  const pieces = text.split(',').map((p) => p.trim());
  if (pieces.length === 0 || pieces.some((p) => !p)) return undefined;
  const clauses: Clause[] = [];
  for (const piece of pieces) {
    const clause = parseClause(piece);
    if (!clause) return undefined;
    clauses.push(clause);
  }
  return clauses;
}

function clauseAllows(clause: Clause, v: Version): boolean {
  const c = compareVersions(v, clause.version);
  switch (clause.op) {
    case '=':
      return c === 0;
    case '!=':
      return c !== 0;
    case '>':
      return c > 0;
    case '>=':
      return c >= 0;
    case '<':
      return c < 0;
    case '<=':
      return c <= 0;
    case '~>': {
      if (c < 0) return false;
      // ~> 1.9 allows 1.x from 1.9; ~> 1.9.3 allows 1.9.x from 1.9.3; ~> 1 allows 1.x.
      if (clause.parts <= 2) return v.major === clause.version.major;
      return v.major === clause.version.major && v.minor === clause.version.minor;
    }
  }
}

/**
 * True when every clause allows the version. Pre-releases are allowed only when a clause
 * names that exact pre-release (as Terraform and OpenTofu do).
 */
export function satisfies(v: Version, clauses: readonly Clause[]): boolean {
  if (v.prerelease && !clauses.some((c) => c.op === '=' && compareVersions(c.version, v) === 0)) {
    return false;
  }
  return clauses.every((c) => clauseAllows(c, v));
}

/**
 * Reads what a person wrote for a version: `latest`, an exact version, a partial one (`1.9`,
 * `1.9.x`: the newest 1.9 patch), or a constraint. Undefined when it is none of these.
 */
export function parseVersionRequest(text: string): VersionRequest | undefined {
  const value = text.trim();
  if (/^latest$/i.test(value)) return { kind: 'latest' };
  const exact = parseVersion(value);
  if (exact) return { kind: 'exact', version: formatVersion(exact) };
  const partial = /^v?(\d+)(?:\.(\d+))?(?:\.[xX*])?$/.exec(value);
  if (partial && (partial[2] !== undefined || /\.[xX*]$/.test(value))) {
    const major = Number(partial[1]);
    const minor = partial[2] === undefined ? undefined : Number(partial[2]);
    const text = minor === undefined ? `~> ${major}.0` : `~> ${major}.${minor}.0`;
    return { kind: 'constraint', text, clauses: parseConstraint(text) as Clause[] };
  }
  const clauses = parseConstraint(value);
  if (clauses) return { kind: 'constraint', text: value, clauses };
  return undefined;
}

/**
 * A `required_version` value (the constraint language only; a bare version means exactly it).
 */
export function parseRequiredVersion(text: string): VersionRequest | undefined {
  const clauses = parseConstraint(text);
  if (!clauses) return undefined;
  const only = clauses[0];
  if (clauses.length === 1 && only && only.op === '=' && only.parts === 3) {
    return { kind: 'exact', version: formatVersion(only.version) };
  }
  return { kind: 'constraint', text: text.trim(), clauses };
}

/** The newest version the request allows among `available`, or undefined. */
export function pickVersion(
  request: VersionRequest,
  available: readonly string[],
): string | undefined {
  let best: Version | undefined;
  for (const text of available) {
    const v = parseVersion(text);
    if (!v) continue;
    const ok =
      request.kind === 'latest'
        ? !v.prerelease
        : request.kind === 'exact'
          ? formatVersion(v) === request.version
          : satisfies(v, request.clauses);
    if (ok && (!best || compareVersions(v, best) > 0)) best = v;
  }
  return best && formatVersion(best);
}
