import { leadingMarker, type MarkerData } from '../../src/github/marker.js';

/** The data of the marker for `key` that a comment body starts with (tests read comments by key). */
export function markerFor(body: string, key: string): MarkerData | undefined {
  const found = leadingMarker(body);
  return found?.key === key ? found.data : undefined;
}
