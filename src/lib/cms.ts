import { decapConfig } from '../domain/cms-config.ts';
import { repoBranch, repoUrl } from './repository.ts';

/**
 * The web editor's settings, from the same configuration as the edit links (REPO_URL, REPO_BRANCH or the
 * repository running the build). CMS_AUTH_URL is the OAuth client that signs editors in to GitHub
 * (see README, "Webeditoren").
 */
export function cmsConfig(siteUrl: string | undefined): Record<string, unknown> {
  return decapConfig({
    repo: new URL(repoUrl).pathname.replace(/^\/+|\.git$/g, ''),
    branch: repoBranch,
    siteUrl,
    authUrl: process.env.CMS_AUTH_URL || undefined,
  });
}

/** The files of the self-hosted Decap CMS bundle that /admin/ serves: the script, its chunks, wasm and licence. */
export const decapBundleFile = /^(?:\d+\.)?decap-cms\.js$|^[0-9a-f]+\.wasm$|^decap-cms\.js\.LICENSE\.txt$/;
