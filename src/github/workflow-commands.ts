import type { AnnotationProps } from './host.js';

// The runner's protocol: workflow commands on stdout and environment files.
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions

function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const PROPERTY_NAMES: Record<keyof AnnotationProps, string> = {
  title: 'title',
  file: 'file',
  startLine: 'line',
  endLine: 'endLine',
  startColumn: 'col',
  endColumn: 'endColumn',
};

export function workflowCommand(
  command: string,
  message: string,
  props: AnnotationProps = {},
): string {
  const pairs = (Object.keys(PROPERTY_NAMES) as (keyof AnnotationProps)[])
    .filter((key) => props[key] !== undefined && props[key] !== '')
    .map((key) => `${PROPERTY_NAMES[key]}=${escapeProperty(String(props[key]))}`);
  const head = pairs.length ? `::${command} ${pairs.join(',')}::` : `::${command}::`;
  return `${head}${escapeData(message)}`;
}

/**
 * A random UUID-shaped token. Not node:crypto: loading it costs about 5 ms of every start-up.
 * A delimiter needs no secrecy: the collision check in fileCommandEntry is what guarantees
 * that a value cannot end its block early (V8 seeds Math.random from the OS).
 */
function randomToken(): string {
  const hex = (bits: number) =>
    Math.floor(Math.random() * 2 ** bits)
      .toString(16)
      .padStart(bits / 4, '0');
  return `${hex(32)}-${hex(16)}-4${hex(12)}-${(8 + Math.floor(Math.random() * 4)).toString(16)}${hex(12)}-${hex(24)}${hex(24)}`;
}

/** A `name<<delimiter` block for GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE. */
export function fileCommandEntry(name: string, value: string): string {
  const delimiter = `ghadelimiter_${randomToken()}`;
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`Unexpected delimiter collision for ${name}`);
  }
  return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
}
