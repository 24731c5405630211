/**
 * Where the site's source lives, for the "Redigér denne side" and history links. Configuration, not
 * code: REPO_URL and REPO_BRANCH override it; in GitHub Actions the repository running the build is used.
 */
const env = process.env;
const defaultRepo = 'https://github.com/nationalt-genom-center/genomvejledninger';

export const repoUrl = (
  env.REPO_URL ||
  (env.GITHUB_REPOSITORY
    ? `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}`
    : defaultRepo)
).replace(/\/+$/, '');
export const repoBranch = env.REPO_BRANCH || 'main';

const path = (file: string) => file.split('/').filter(Boolean).map(encodeURIComponent).join('/');

/** GitHub's editor for a file, or the folder listing for a folder (a path ending in "/"). */
export function editUrl(file: string, prefix = ''): string {
  return `${repoUrl}/${file.endsWith('/') ? 'tree' : 'edit'}/${repoBranch}/${path(prefix + file)}`;
}

/** Every commit that touched a file or folder, on GitHub. */
export function historyUrl(file: string, prefix = ''): string {
  return `${repoUrl}/commits/${repoBranch}/${path(prefix + file)}`;
}

export function commitUrl(hash: string): string {
  return `${repoUrl}/commit/${hash}`;
}
