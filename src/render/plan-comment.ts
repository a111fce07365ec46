import { formatMarker, type MarkerData } from '../github/marker.js';
import { codeSpan, escapeText, shorten } from './markdown.js';
import { renderPlanSection, type PlanSectionInput } from './plan-section.js';

/** GitHub rejects an issue comment body over this many characters. */
export const COMMENT_LIMIT = 65_536;
/** What a rendered comment stays under (a margin below the limit). */
export const COMMENT_BUDGET = 65_000;
/** GitHub keeps at most 1 MiB of step summary per step. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** What a rendered summary stays under, in UTF-8 bytes. */
export const SUMMARY_BUDGET_BYTES = 1_000_000;

export { renderPlanSection, type PlanSectionInput } from './plan-section.js';

export type SectionInput = Omit<PlanSectionInput, 'budget'>;

export interface PlanFooter {
  /** The head commit the plan was made for. */
  sha?: string;
  runUrl?: string;
  fingerprint?: string;
}

export interface PlanCommentInput {
  /** The sticky comment's marker: its key and data, or the line formatMarker made. */
  marker: string | { key: string; data: MarkerData };
  /** A heading above the sections (for a comment with several environments). */
  title?: string;
  /**
   * Sections to render (the budget is shared among them) or already rendered with
   * renderPlanSection (used as they are; the caller chose their budget).
   */
  sections: readonly (SectionInput | string)[];
  footer: PlanFooter;
  /** Characters the comment stays within; default COMMENT_BUDGET. */
  limit?: number;
}

export type PlanSummaryInput = Omit<PlanCommentInput, 'marker' | 'limit'> & {
  /** UTF-8 bytes the summary stays within; default SUMMARY_BUDGET_BYTES. */
  limitBytes?: number;
};

/** One environment's summary in one call: a section plus the footer fields. */
export type SingleSummaryInput = SectionInput &
  PlanFooter & {
    /** Characters of the section (capped so the summary stays under SUMMARY_BUDGET_BYTES). */
    budget?: number;
    limitBytes?: number;
  };

/**
 * The whole PR comment: marker, sections, footer. Under `limit` characters (by default
 * under GitHub's 65,536 with a margin) for any plan size and any number of sections.
 * Sections without a `fullPlanNote` say the whole plan is in the job summary.
 */
export function renderPlanComment(input: PlanCommentInput): string {
  const limit = Math.min(input.limit ?? COMMENT_BUDGET, COMMENT_BUDGET);
  const marker =
    typeof input.marker === 'string'
      ? input.marker
      : formatMarker(input.marker.key, input.marker.data);
  return renderDocument(input, marker, limit, (footer) =>
    footer.runUrl
      ? `The whole plan is in the [job summary](${linkTarget(footer.runUrl)}) of this run.`
      : 'The whole plan is in the job summary of this run.',
  );
}

/** The step summary: the same markdown without the marker, up to 1 MiB (UTF-8 bytes). */
export function renderPlanSummary(given: PlanSummaryInput | SingleSummaryInput): string {
  const input = 'sections' in given ? given : singleSummary(given);
  const limitBytes = Math.min(input.limitBytes ?? SUMMARY_BUDGET_BYTES, SUMMARY_BUDGET_BYTES);
  const note = () => 'The whole plan text is in the plan text file of this run.';
  let limit = limitBytes;
  let text = renderDocument(input, undefined, limit, note);
  // Characters may take up to 3 bytes (box-drawing rules in plan text): shrink until it fits.
  for (let bytes = Buffer.byteLength(text); bytes > limitBytes; bytes = Buffer.byteLength(text)) {
    limit = Math.floor((limit * limitBytes) / bytes) - 1024;
    text = renderDocument(input, undefined, limit, note);
  }
  return text;
}

function singleSummary(input: SingleSummaryInput): PlanSummaryInput {
  const { sha, runUrl, fingerprint, budget, limitBytes, ...section } = input;
  const footer: PlanFooter = { sha, runUrl, fingerprint };
  return {
    sections: [section],
    footer,
    limitBytes: Math.min(limitBytes ?? SUMMARY_BUDGET_BYTES, (budget ?? Infinity) + 2_000),
  };
}

const SEPARATOR = '\n\n---\n\n';

function renderDocument(
  input: PlanSummaryInput,
  marker: string | undefined,
  limit: number,
  defaultNote: (footer: PlanFooter) => string,
): string {
  const head = [marker, input.title ? `## ${escapeText(shorten(input.title, 200))}` : undefined]
    .filter((x): x is string => x !== undefined)
    .join('\n\n');
  const footer = footerLine(input.footer);
  const fixed =
    (head ? head.length + 2 : 0) +
    footer.length +
    2 +
    SEPARATOR.length * Math.max(0, input.sections.length - 1);
  const render = (section: SectionInput | string, budget: number) =>
    typeof section === 'string'
      ? section
      : renderPlanSection({
          ...section,
          budget,
          fullPlanNote: section.fullPlanNote ?? defaultNote(input.footer),
        });
  const budgets = shareBudget(input.sections, limit - fixed, render);
  const body = input.sections.map((s, i) => render(s, budgets[i] as number)).join(SEPARATOR);
  const document = [head, body, footer].filter((x) => x !== '').join('\n\n');
  return document.length <= limit ? document : hardCut(document, limit);
}

/**
 * Budgets per section: each gets an equal share of what is left, smallest first, so that
 * small sections leave their unused room to large ones.
 */
function shareBudget(
  sections: readonly (SectionInput | string)[],
  total: number,
  render: (section: SectionInput | string, budget: number) => string,
): number[] {
  if (sections.length === 1) return [total];
  const wanted = sections.map((s) => render(s, total).length);
  const order = sections
    .map((_, i) => i)
    .sort((a, b) => (wanted[a] as number) - (wanted[b] as number));
  const budgets = new Array<number>(sections.length).fill(0);
  let left = total;
  order.forEach((index, position) => {
    const share = Math.floor(left / (order.length - position));
    const used = Math.min(share, wanted[index] as number);
    budgets[index] = share;
    left -= used;
  });
  return budgets;
}

function footerLine(footer: PlanFooter): string {
  const parts: string[] = [];
  if (footer.sha) parts.push(`Commit ${codeSpan(footer.sha.slice(0, 12))}`);
  if (footer.runUrl) parts.push(`[Workflow run](${linkTarget(footer.runUrl)})`);
  if (footer.fingerprint) parts.push(`Plan fingerprint ${codeSpan(footer.fingerprint)}`);
  return parts.length > 0 ? `<sub>${parts.join(' · ')}</sub>` : '';
}

/** A URL that cannot end the markdown link early. */
function linkTarget(url: string): string {
  return url.replace(
    /[()<>\s]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/** Last resort (very many sections): cut on a line boundary and say so. */
function hardCut(document: string, limit: number): string {
  const note = '\n\n_This comment was cut to fit GitHub’s size limit._';
  const end = document.lastIndexOf('\n', limit - note.length);
  return `${document.slice(0, Math.max(0, end))}${note}`;
}
