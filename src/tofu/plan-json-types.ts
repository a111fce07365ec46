/**
 * The shape of `tofu show -json <planfile>` (format_version 0.1 through 1.2), as far as this
 * project reads it. Every field is optional: old format versions lack many of them, and the
 * parser checks what it uses.
 */
export interface RawPlan {
  format_version?: string;
  terraform_version?: string;
  variables?: Record<string, { value?: unknown } | undefined>;
  planned_values?: RawValues;
  resource_drift?: RawResourceChange[];
  resource_changes?: RawResourceChange[];
  output_changes?: Record<string, RawChange | undefined>;
  prior_state?: { values?: RawValues };
  configuration?: RawConfiguration;
  relevant_attributes?: unknown;
  checks?: unknown;
  timestamp?: string;
  errored?: boolean;
  complete?: boolean;
  applyable?: boolean;
}

export interface RawValues {
  outputs?: Record<string, { sensitive?: boolean; value?: unknown } | undefined>;
  root_module?: RawModuleValues;
}

export interface RawModuleValues {
  resources?: RawModuleResource[];
  child_modules?: RawModuleValues[];
}

export interface RawModuleResource {
  address?: string;
  values?: unknown;
  sensitive_values?: unknown;
}

export interface RawConfiguration {
  root_module?: {
    outputs?: Record<string, { sensitive?: boolean } | undefined>;
    variables?: Record<string, { sensitive?: boolean } | undefined>;
  };
}

export interface RawResourceChange {
  address?: string;
  previous_address?: string;
  module_address?: string;
  mode?: string;
  type?: string;
  name?: string;
  index?: unknown;
  provider_name?: string;
  deposed?: string;
  change?: RawChange;
  action_reason?: string;
}

export interface RawChange {
  actions?: string[];
  before?: unknown;
  after?: unknown;
  after_unknown?: unknown;
  before_sensitive?: unknown;
  after_sensitive?: unknown;
  replace_paths?: unknown[];
  importing?: { id?: string; identity?: unknown } | null;
  generated_config?: string;
}
