// Where a rule's documentation is read: a web page for the version that reported the finding, so that the
// link works in code scanning, a pull request and a colleague's editor alike, not only on the machine that
// ran the lint. The address comes from package.json's repository (or homepage); a configuration's
// docsBaseUrl replaces it for forks and private mirrors.
import { packageManifest, type PackageManifest } from "./package-info.js";

const HOSTS: Record<string, (owner: string, repo: string, ref: string) => string> = {
  "github.com": (owner, repo, ref) => `https://github.com/${owner}/${repo}/blob/${ref}/`,
  "gitlab.com": (owner, repo, ref) => `https://gitlab.com/${owner}/${repo}/-/blob/${ref}/`,
  "bitbucket.org": (owner, repo, ref) => `https://bitbucket.org/${owner}/${repo}/src/${ref}/`,
};

// github:owner/repo, owner/repo, git+https://github.com/owner/repo.git, git@github.com:owner/repo.git
const SHORTHAND = /^(?:(github|gitlab|bitbucket):)?([\w.-]+)\/([\w.-]+)$/;
const REPOSITORY_URL = /^(?:git\+)?(?:https?|git|ssh):\/\/(?:[^@/]+@)?([^/:]+)(?::\d+)?\/([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/;
const SCP_STYLE = /^(?:[^@/]+@)?([^/:]+):([\w.-]+)\/([\w.-]+?)(?:\.git)?$/;
const SHORTHAND_HOSTS: Record<string, string> = { github: "github.com", gitlab: "gitlab.com", bitbucket: "bitbucket.org" };

function hostOwnerRepo(url: string): [string, string, string] | null {
  const shorthand = SHORTHAND.exec(url);
  if (shorthand) return [SHORTHAND_HOSTS[shorthand[1] ?? "github"], shorthand[2], shorthand[3]];
  const match = REPOSITORY_URL.exec(url) ?? SCP_STYLE.exec(url);
  return match ? [match[1].toLowerCase(), match[2], match[3]] : null;
}

// trimmed by hand: an anchored /\/+$/ retries from every slash, quadratic in a run of them
function withoutSlashesAround(path: string): string {
  let start = 0;
  let end = path.length;
  while (start < end && path[start] === "/") start++;
  while (end > start && path[end - 1] === "/") end--;
  return path.slice(start, end);
}

function beforeQueryOrFragment(url: string): string {
  const cut = url.search(/[#?]/);
  return cut === -1 ? url : url.slice(0, cut);
}

/** The folder of rule pages for this package's version, from package.json; null when it names no known host. */
export function packageDocsBaseUrl(manifest: PackageManifest = packageManifest()): string | null {
  const repository = typeof manifest.repository === "string" ? { url: manifest.repository } : (manifest.repository ?? {});
  const found = repository.url ? hostOwnerRepo(repository.url) : null;
  const directory = repository.directory ? `${withoutSlashesAround(repository.directory)}/` : "";
  if (found && HOSTS[found[0]]) {
    const [host, owner, repo] = found;
    // the tag of this version: the page describes the rule as this build checks it
    return `${HOSTS[host](owner, repo, `v${manifest.version}`)}${directory}docs/rules/`;
  }
  if (manifest.homepage && /^https?:\/\//.test(manifest.homepage))
    return `${withoutSlashesAround(beforeQueryOrFragment(manifest.homepage))}/docs/rules/`;
  return null;
}

// docs/rules is in the published package, so a CDN serving npm packages always has the page
const registryDocsBaseUrl = (manifest: PackageManifest) => `https://unpkg.com/${manifest.name}@${manifest.version}/docs/rules/`;

let defaultBase: string | undefined;

export function defaultDocsBaseUrl(): string {
  defaultBase ??= packageDocsBaseUrl() ?? registryDocsBaseUrl(packageManifest());
  return defaultBase;
}

/** The page of one rule: `<id>.md` under the configured base, or under the package's own. */
export function ruleDocsUrl(ruleId: string, docsBaseUrl: string = defaultDocsBaseUrl()): string {
  return `${docsBaseUrl.endsWith("/") ? docsBaseUrl : `${docsBaseUrl}/`}${ruleId}.md`;
}

/** A section of the README, next to the rule pages (docs/rules/ → README.md). */
export function readmeUrl(anchor: string, docsBaseUrl: string = defaultDocsBaseUrl()): string {
  const base = docsBaseUrl.endsWith("/") ? docsBaseUrl : `${docsBaseUrl}/`;
  return `${new URL("../../README.md", base).href}#${anchor}`;
}
