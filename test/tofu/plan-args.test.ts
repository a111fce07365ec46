import { describe, expect, it } from 'vitest';
import { Inputs } from '../../src/github/inputs.js';
import { MemoryHost } from '../../src/github/memory-host.js';
import { readPlanArgs } from '../../src/tofu/plan-args.js';

const read = (value: string) => readPlanArgs(new Inputs(new MemoryHost({ 'plan-args': value })));

describe('readPlanArgs', () => {
  it('passes plan options on, one per line', () => {
    expect(read('-target=aws_s3_bucket.site\n-replace=aws_instance.web\n-refresh=false')).toEqual([
      '-target=aws_s3_bucket.site',
      '-replace=aws_instance.web',
      '-refresh=false',
    ]);
    expect(read('')).toEqual([]);
  });

  it('refuses, in one line, the options the action sets itself, in either dash form', () => {
    for (const [arg, why] of [
      ['-out=other.tfplan', /-out is set by the action \(the action saves the plan/],
      ['--json', /-json is set by the action/],
      ['-detailed-exitcode', /-detailed-exitcode is set by the action/],
      ['-input=true', /-input is set by the action/],
      ['-lock-timeout=1m', /use the input lock-timeout/],
      ['-var-file=prod.tfvars', /use the input var-files/],
    ] as const) {
      expect(() => read(`-target=x\n${arg}`)).toThrow(why);
      expect(() => read(arg)).toThrow(new RegExp(`^Input 'plan-args' has value "${arg}": `));
    }
  });
});
