// Arguments of the few types the infra tree takes from providers other than hashicorp/aws, written
// out by hand from their documentation (the AWS schema in test/infra/schema covers aws_* only).
import type { SchemaBlock } from './tree.js';

/** hashicorp/random ~> 3.7 */
export const OTHER_PROVIDER_TYPES: Record<string, { provider: string; schema: SchemaBlock }> = {
  random_password: {
    provider: 'hashicorp/random',
    schema: {
      args: ['keepers', 'length', 'lower', 'min_lower', 'min_numeric', 'min_special', 'min_upper', 'numeric', 'override_special', 'special', 'upper'],
      required: ['length'],
    },
  },
};
