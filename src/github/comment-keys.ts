import { markerKey } from './marker.js';

/** One sticky comment per (workflow, environment) for `plan`... */
export function planCommentKey(workflow: string | undefined, environment: string): string {
  return markerKey([workflow ?? 'tofu', environment]);
}

/** ...and one per workflow for the aggregated comment of `comment`. */
export function aggregateCommentKey(workflow: string | undefined): string {
  return markerKey([workflow ?? 'tofu', '*']);
}
