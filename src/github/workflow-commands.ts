import { randomUUID } from 'node:crypto';
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

/** A `name<<delimiter` block for GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE. */
export function fileCommandEntry(name: string, value: string): string {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`Unexpected delimiter collision for ${name}`);
  }
  return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
}
