export interface SchemaBlock {
  args: string[];
  required?: string[];
  blocks?: Record<string, SchemaBlock & { max1?: boolean; attr?: boolean }>;
}
export const SCHEMA_PATH: string;
export function buildSchema(jsii: { types: Record<string, unknown> }): Record<string, SchemaBlock>;
export function usedTypes(dir?: string): Set<string>;
