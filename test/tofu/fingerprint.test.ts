import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/tofu/canonical-json.js';
import { changeSet, SENSITIVE_MARKER, UNKNOWN_MARKER } from '../../src/tofu/change-set.js';
import { fingerprintOf, fingerprintPlan } from '../../src/tofu/fingerprint.js';
import { generatePlan } from '../fixtures/generate-plan.js';
import { corpusDir, corpusPlans, readPlan } from '../fixtures/plan-files.js';
import { random } from '../fixtures/random.js';
import {
  allActionsPlan as base,
  reorder,
  resourceChange as change,
  type Json,
} from '../fixtures/plan-edits.js';

describe('fingerprintPlan', () => {
  const reference = fingerprintPlan(base());

  it('is sha256 of the change set, the same whether streamed or built', () => {
    expect(reference).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(fingerprintOf(changeSet(base()))).toBe(reference);
    for (const name of ['sensitive', 'format-0.1', 'format-0.2', 'errored']) {
      const { json } = readPlan(name);
      expect(fingerprintPlan(json)).toBe(fingerprintOf(changeSet(json)));
    }
    const { plan } = generatePlan(400);
    expect(fingerprintPlan(plan)).toBe(fingerprintOf(changeSet(plan)));
  });

  it('is node:crypto SHA-256 of the canonical text, small change sets (hashed in JavaScript) and large ones alike', () => {
    const expected = (json: unknown) => {
      const set = changeSet(json);
      const hash = createHash('sha256').update('tofu-aws-action/changeset/v1\n');
      for (const entry of set.resources) hash.update(`R${canonicalJson(entry)}\n`);
      for (const entry of set.outputs) hash.update(`O${canonicalJson(entry)}\n`);
      return `sha256:${hash.digest('hex')}`;
    };
    for (const name of ['all-actions', 'sensitive', 'format-0.1', 'errored']) {
      const { json } = readPlan(name);
      expect(fingerprintPlan(json), name).toBe(expected(json));
    }
    // From a few entries (JavaScript) across the switch to node:crypto, to many chunks.
    for (const size of [1, 20, 100, 130, 400, 1200]) {
      const { plan } = generatePlan(size);
      expect(fingerprintPlan(plan), `${size} changes`).toBe(expected(plan));
      expect(fingerprintOf(changeSet(plan)), `${size} changes`).toBe(expected(plan));
    }
  });

  it('hashes entries larger than its buffer, and multi-byte text across buffer ends', () => {
    const { plan } = generatePlan(300);
    const changes = plan.resource_changes as Json[];
    (changes[3] as Json).change.after.big = 'x'.repeat(200_000);
    (changes[8] as Json).change.after.wide = '€😀'.repeat(30_000);
    for (let i = 10; i < changes.length; i += 3) {
      const after = (changes[i] as Json).change.after as Json | null;
      if (after) after.name = `é-${'€'.repeat(i % 97)}-${i}`;
    }
    const set = changeSet(plan);
    const hash = createHash('sha256').update('tofu-aws-action/changeset/v1\n');
    for (const entry of set.resources) hash.update(`R${canonicalJson(entry)}\n`);
    for (const entry of set.outputs) hash.update(`O${canonicalJson(entry)}\n`);
    const expected = `sha256:${hash.digest('hex')}`;
    expect(fingerprintPlan(plan)).toBe(expected);
    expect(fingerprintOf(set)).toBe(expected);
  });

  it('does not change for refresh noise', () => {
    const noisy = base();
    noisy.timestamp = '2030-01-01T00:00:00Z';
    noisy.terraform_version = '1.10.0';
    noisy.prior_state = {
      values: { root_module: { resources: [{ address: 'x', values: { a: 1 } }] } },
    };
    noisy.resource_drift = [];
    noisy.relevant_attributes = [{ resource: 'aws_instance.web', attribute: ['ami'] }];
    noisy.configuration = { root_module: {} };
    change(noisy, 'aws_instance.web').change.before.ami = 'ami-000';
    change(noisy, 'aws_instance.web').action_reason = 'replace_by_request';
    change(noisy, 'aws_vpc.main').change.after.cidr_block = '10.9.0.0/16'; // a plain no-op
    noisy.resource_changes.reverse();
    expect(fingerprintPlan(noisy)).toBe(reference);
    expect(fingerprintPlan(reorder(noisy))).toBe(reference);
  });

  it('changes when an after value, an action, an address, a move, an import or an output changes', () => {
    const variants: ((plan: Json) => void)[] = [
      (p) => (change(p, 'aws_instance.web').change.after.ami = 'ami-333'),
      (p) => (change(p, 'aws_s3_bucket.logs').change.after.tags.Team = 'data'),
      (p) => (change(p, 'aws_s3_bucket.logs').change.after_unknown.tags = { Team: true }),
      (p) => (change(p, 'aws_instance.worker').change.actions = ['delete', 'create']),
      (p) => (change(p, 'aws_iam_role.legacy').address = 'aws_iam_role.legacy2'),
      (p) =>
        (change(p, 'aws_cloudwatch_log_group.app').previous_address = 'aws_cloudwatch_log_group.x'),
      (p) => (change(p, 'aws_ecr_repository.app').change.importing.id = 'other'),
      (p) => (change(p, 'aws_vpc.main').change.actions = ['update']),
      (p) => (p.output_changes.bucket_name.after = 'other-bucket'),
      (p) => (p.output_changes.vpc_id.actions = ['update']),
      (p) => (p.resource_changes as Json[]).shift(),
    ];
    const seen = new Map([[reference, -1]]);
    variants.forEach((variant, index) => {
      const plan = base();
      variant(plan);
      const fingerprint = fingerprintPlan(plan);
      expect(seen.get(fingerprint), `variant ${index}`).toBeUndefined();
      seen.set(fingerprint, index);
    });
  });

  it('puts markers for unknown and sensitive values and holds no secret', () => {
    const { json } = readPlan('sensitive');
    const set = changeSet(json);
    const cache = set.resources.find(
      (r) => r.address === 'aws_elasticache_replication_group.cache',
    );
    expect(cache?.after).toMatchObject({
      auth_token: SENSITIVE_MARKER,
      id: UNKNOWN_MARKER,
      primary_endpoint_address: UNKNOWN_MARKER,
      tags: { Secret: SENSITIVE_MARKER },
      description: 'cache',
    });
    const text = JSON.stringify(set);
    for (const secret of ['Sup3r-Secret', 'valkey-auth-token', 'MIIEvQ', 'tag-value-marked']) {
      expect(text).not.toContain(secret);
    }
    expect(set.outputs.find((o) => o.name === 'database_url')?.after).toBe(SENSITIVE_MARKER);
  });

  it('does not change when only a sensitive value changes (secrets are not hashed)', () => {
    const { json } = readPlan('sensitive');
    const other = structuredClone(json) as Json;
    change(other, 'aws_db_instance.main').change.after.password = 'another-password';
    expect(fingerprintPlan(other)).toBe(fingerprintPlan(json));
  });

  it('sorts keys by code unit, integer-like keys included', () => {
    expect(canonicalJson({ b: 1, 10: 2, a: { 2: 0, 1: 0 } })).toBe(
      '{"10":2,"a":{"1":0,"2":0},"b":1}',
    );
  });

  it('streams the same hash as the built change set for any values, keys and marks', () => {
    const next = random(11);
    const keyPool = [
      'a',
      'b',
      'arn',
      'id',
      'tags',
      '10',
      '9',
      '0',
      '-x',
      '__proto__',
      'Z',
      'é',
      '😀',
      '',
    ];
    const leaf = (): unknown =>
      [null, true, 0, -1.5, 'text', 'q"uote\\', 'é😀', '\ud800', 1e21][next(9)];
    const value = (depth: number): unknown => {
      if (depth > 3 || next(3) === 0) return leaf();
      if (next(2) === 0) return Array.from({ length: next(4) }, () => value(depth + 1));
      // Keys in sorted order mostly (as in plan JSON), sometimes not.
      const keys = [
        ...new Set(Array.from({ length: next(5) }, () => keyPool[next(keyPool.length)] as string)),
      ];
      if (next(3) > 0) keys.sort();
      const out: Json = {};
      for (const key of keys)
        Object.defineProperty(out, key, {
          value: value(depth + 1),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      return out;
    };
    /** A mark shaped like the value (or not), true here and there. */
    const mark = (of: unknown, depth: number): unknown => {
      if (next(6) === 0) return true;
      if (depth > 3 || next(5) === 0) return next(2) === 0 ? false : {};
      if (Array.isArray(of)) return of.map((item) => mark(item, depth + 1));
      const out: Json = {};
      const keys = of !== null && typeof of === 'object' ? Object.keys(of) : [];
      if (next(3) === 0) keys.push(keyPool[next(keyPool.length)] as string);
      for (const key of keys)
        if (next(2) === 0)
          Object.defineProperty(out, key, {
            value: mark((of as Json)?.[key], depth + 1),
            enumerable: true,
            writable: true,
            configurable: true,
          });
      return out;
    };
    for (let round = 0; round < 300; round++) {
      const resource_changes = Array.from({ length: 1 + next(6) }, (_, i) => {
        const after = next(8) === 0 ? null : value(0);
        return {
          address: `r.n${next(4)}${i}`,
          mode: 'managed',
          change: {
            actions: [['create'], ['update'], ['delete', 'create'], ['no-op']][next(4)],
            after,
            after_unknown: mark(after, 0),
            after_sensitive: mark(after, 0),
            ...(next(5) === 0 ? { importing: next(2) === 0 ? { id: 'x' } : {} } : {}),
          },
          ...(next(5) === 0 ? { previous_address: `r.old${i}` } : {}),
          ...(next(9) === 0 ? { deposed: 'dead0001' } : {}),
        };
      });
      const plan = { format_version: '1.2', resource_changes };
      expect(fingerprintPlan(plan), JSON.stringify(plan)).toBe(fingerprintOf(changeSet(plan)));
    }
  });
});

if (!existsSync(corpusDir)) console.log(`skipping real plans: ${corpusDir} is absent`);

describe.skipIf(!existsSync(corpusDir))('fingerprints of real plans', () => {
  it('stream and build the same; drift does not count', () => {
    for (const plan of corpusPlans()) {
      const json = JSON.parse(readFileSync(plan.jsonFile, 'utf8')) as Json;
      const fingerprint = fingerprintPlan(json);
      expect(fingerprintOf(changeSet(json)), plan.name).toBe(fingerprint);
      delete json.resource_drift;
      delete json.prior_state;
      expect(fingerprintPlan(json), plan.name).toBe(fingerprint);
    }
  });
});
