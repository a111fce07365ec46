/**
 * Who may write a plan comment the action trusts: GitHub Apps (github-actions[bot] with the
 * job token) and people with write access (a PAT of a machine user). Anyone else can comment on
 * a pull request in a public repository and must neither forge a reviewed plan nor have their
 * comment taken for the sticky plan comment (which they could then rewrite).
 */
const TRUSTED_ASSOCIATIONS = new Set(['OWNER', 'MEMBER', 'COLLABORATOR']);

export function isTrustedPlanComment(c: {
  authorType: string | undefined;
  authorAssociation: string | undefined;
}): boolean {
  return c.authorType === 'Bot' || TRUSTED_ASSOCIATIONS.has(c.authorAssociation ?? '');
}
