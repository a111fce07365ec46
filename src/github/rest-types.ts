/** The shapes of the GitHub REST resources this project reads, as far as it reads them. */

export interface GitHubUser {
  login: string;
  id: number;
  type: string;
}

export interface IssueComment {
  id: number;
  node_id: string;
  url: string;
  html_url: string;
  issue_url: string;
  body: string;
  user: GitHubUser | null;
  created_at: string;
  updated_at: string;
  author_association: string;
}

export interface Label {
  id: number;
  node_id: string;
  url: string;
  name: string;
  color: string;
  description: string | null;
  default: boolean;
}

export interface PullRequestRef {
  label: string;
  ref: string;
  sha: string;
  repo: { full_name: string } | null;
}

export interface PullRequest {
  id: number;
  number: number;
  url: string;
  html_url: string;
  state: 'open' | 'closed';
  title: string;
  user: GitHubUser | null;
  body: string | null;
  labels: Label[];
  draft?: boolean;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  merged_at: string | null;
  merge_commit_sha: string | null;
  head: PullRequestRef;
  base: PullRequestRef;
}
