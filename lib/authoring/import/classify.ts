import { SHELL_LANGS } from '../../content/shell-langs';

/**
 * Words that say a line reports a failure. Generic on purpose (the words tools print), not a list
 * of known errors: the importer must work on posts about errors nobody here has seen.
 */
const ERROR_WORDS =
  /\berr!|\b(errors?|exception|fatal|fail(ed|ure)?|denied|refused|cannot|can't|could not|couldn't|unable to|not found|no such|panic|traceback|timed? ?out|invalid|unauthori[sz]ed|forbidden|killed|segmentation fault|backoff|unreachable)\b/i;

/** First words of command lines: common CLIs and shell builtins that start a command. */
const COMMAND_START =
  /^\s*(\$ |> |PS> |sudo|docker|podman|kubectl|helm|git|npm|npx|yarn|pnpm|node|pip3?|python3?|curl|wget|ssh|scp|systemctl|journalctl|apt(-get)?|yum|dnf|brew|export|cd|ls|cat|echo|chmod|chown|mkdir|rm|cp|mv|gcloud|aws|az|terraform|make|go|cargo|java|mvn|gradle|openssl|set|source|kill|ps|grep|tail|sed|awk|find|xargs|env|uname|which|whoami|New-|Get-|Set-|Remove-)(\s|$)/;

const OUTPUT_LANGS = new Set(['', 'text', 'txt', 'log', 'output', 'plaintext', 'console']);

/** What a code block in a post is: the error it shows, commands to run, a config file, or other output. */
type BlockKind = 'error' | 'command' | 'config' | 'output';

/** True when a line reads like an error message rather than a command or prose. */
export function isErrorLine(line: string): boolean {
  const text = line.trim();
  return text.length >= 6 && text.length <= 300 && ERROR_WORDS.test(text) && !isCommandLine(text);
}

/** Tools prefix their own messages with their name: `npm ERR! …`, `git error: …` are output, not commands. */
const TOOL_MESSAGE = /^\s*[\w.-]+:?\s+(ERR!|(ERROR|Error|error|WARN|warning|fatal|FATAL)\b)/;

/** True when a line starts like a shell command. */
export function isCommandLine(line: string): boolean {
  return COMMAND_START.test(line) && !TOOL_MESSAGE.test(line);
}

/** Technology slugs named by the commands a block runs, for posts without tags. */
const TOOL_TECHNOLOGY: Record<string, string> = {
  docker: 'docker',
  podman: 'podman',
  kubectl: 'kubernetes',
  helm: 'helm',
  git: 'git',
  npm: 'npm',
  npx: 'npm',
  yarn: 'yarn',
  pnpm: 'pnpm',
  pip: 'python',
  pip3: 'python',
  python: 'python',
  python3: 'python',
  ssh: 'ssh',
  systemctl: 'systemd',
  journalctl: 'systemd',
  gcloud: 'gcp',
  aws: 'aws',
  az: 'azure',
  terraform: 'terraform',
  openssl: 'openssl',
  go: 'go',
  cargo: 'rust',
  mvn: 'maven',
  gradle: 'gradle',
};

/** Technologies of the commands in a block, in order of first use. */
export function technologiesIn(code: string): string[] {
  const found = code
    .split('\n')
    .filter(isCommandLine)
    .map(
      (l) =>
        TOOL_TECHNOLOGY[
          l
            .trim()
            .replace(/^(\$|sudo)\s+/, '')
            .split(/\s/)[0]
        ],
    );
  return [...new Set(found.filter(Boolean))];
}

/** Classifies a fenced block from its language and lines. */
export function classifyBlock(code: string, lang: string): BlockKind {
  const lines = code.split('\n').filter((l) => l.trim() && !/^\s*(#|\/\/)/.test(l));
  if (lines.length === 0) return 'output';
  const commands = lines.filter(isCommandLine).length;
  const errors = lines.filter(isErrorLine).length;
  if (errors > 0 && commands === 0) return 'error';
  if (commands > 0 || SHELL_LANGS.has(lang)) return 'command';
  return OUTPUT_LANGS.has(lang) ? 'output' : 'config';
}
