import { encodeKeyPart, legacyMarkerKey, markerKey, type MarkerData } from './marker.js';

/** What an environment named `-` is written as: `-` alone is the aggregated comment's part. */
const DASH = '%2D';

/** One sticky comment per (workflow, environment) for `plan`... */
export function planCommentKey(workflow: string | undefined, environment: string): string {
  return `${markerKey([workflow ?? 'tofu'])}:${environment === '-' ? DASH : encodeKeyPart(environment)}`;
}

/** ...and one per workflow for the aggregated comment of `comment`. */
export function aggregateCommentKey(workflow: string | undefined): string {
  return `${markerKey([workflow ?? 'tofu'])}:-`;
}

function decodePart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/**
 * Earlier versions replaced every run of other characters by `-` (so `prod eu` and `prod-eu`
 * shared a key). A comment they wrote under the old form of `key` is still this comment when its
 * marker names this very environment (any marker, for the aggregated comment); its next update
 * writes the new key. Undefined when the old form is the key itself.
 */
export function legacyKeyMatch(
  key: string,
): ((marker: { key: string; data: MarkerData }) => boolean) | undefined {
  const parts = key.split(':');
  if (parts.length !== 2) return undefined;
  const workflow = decodePart(parts[0] as string);
  const aggregate = parts[1] === '-';
  const environment = decodePart(parts[1] as string);
  const legacy = legacyMarkerKey([workflow, aggregate ? '*' : environment]);
  if (legacy === key) return undefined;
  return (marker) => {
    if (marker.key !== legacy) return false;
    if (aggregate) return true;
    const names = Object.keys(marker.data.environments);
    return names.length === 1 && names[0] === environment;
  };
}
