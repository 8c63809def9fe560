/**
 * Site settings that come from the environment, read in one place so the build, the pages and the
 * `kb` CLI agree. Each is optional: without it the feature that needs it is simply absent.
 *
 * | variable | meaning |
 * |---|---|
 * | `KB_SITE_URL` | public address of the site (`https://kb.example.com`): full links in the CLI, canonical URLs, sitemap |
 * | `KB_REPO_URL` | the content repository (`https://github.com/acme/kb`): "Edit this entry" and feedback links |
 * | `KB_REPO_BRANCH` | branch for edit links; default `main` |
 */
interface SiteConfig {
  /** Site origin and base path without a trailing slash, or null when not set. */
  siteUrl: string | null;
  /** Content repository URL without a trailing slash, or null when not set. */
  repoUrl: string | null;
  repoBranch: string;
}

type Env = Record<string, string | undefined>;

/** Reads the settings from `env`; a value that is not an http(s) URL is ignored rather than trusted. */
export function readSiteConfig(env: Env = process.env): SiteConfig {
  return {
    siteUrl: httpUrl(env.KB_SITE_URL),
    repoUrl: httpUrl(env.KB_REPO_URL),
    repoBranch: env.KB_REPO_BRANCH?.trim() || 'main',
  };
}

function httpUrl(value: string | undefined): string | null {
  if (!value?.trim()) return null;
  try {
    const url = new URL(value.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.toString().replace(/(?<!\/)\/+$/, '');
  } catch {
    return null;
  }
}
