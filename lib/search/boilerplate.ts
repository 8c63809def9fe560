import { signatureTokens, WILDCARD } from './normalize';

/**
 * Lines that tools print around an error, whatever the error was: git's `Please make sure you have the correct access
 * rights and the repository exists.` follows a refused key, an unknown host key, a mistyped host and a missing
 * repository alike; npm's `A complete log of this run can be found in:` ends every failure. An error string made
 * only of such a line names no error, however rare its words are in the KB: once a line with no error word could hold
 * a telling string (confidence.ts `holdsTellingString`), git's line made six uncovered pastes of held-out sets v9,
 * v10, v13 and v15 (a DNS failure, a reset connection, a missing repository) confident matches for the publickey entry.
 * The list is the tools' own text, not chosen from those pastes; `...` stands for a value (a path, a unit, a
 * command). The last fourteen lines (GitLab Runner's to GitHub Actions' cancellation) are ones other teams quoted as
 * their entry's error, found where near misses matched them (twenty-seventh session: f1-f18 alone 93 -> 81 uncovered
 * pastes confident, 2 more below the line, v2-v56 and f19 unchanged; twenty-eighth, GitHub Actions' and Terraform's: f21
 * 4 -> 2, nothing else moved). Gradle's `Execution failed for task '…'.` was kept out until four teams had quoted it
 * (f11, f18, f21, f22): a task that fails for one reason names it (`:app:checkDebugDuplicateClasses`), but most fail for
 * many (`:app:mergeDexDebug`, `:app:processDebugResources`), and near misses in other tasks were claimed: f18, f21 and
 * f22 alone 15 -> 9 claimed, 2 more below (f11's and f21's pastes of the task line alone), v2-v57 unchanged. apt's two
 * closing lines and GitHub Actions' `Error: The operation was canceled.` came from f23: 3 -> 1 claimed alone, 2 -> 0
 * beside, nothing else moved on v2-v60 or f1-f22. Twenty-ninth session: npm's rejected-operation lines (EACCES and
 * EPERM alike: v2-v61 154 -> 149 unanswered pastes confident), then systemd's, pip's, setuptools', node-gyp's, GitLab
 * Runner's artifact headers, Gradle's and the Android plugin's, Bazel's, Fluent Bit's, pytest's, Elasticsearch's,
 * Apache's, Ansible's, libvirt's, Salt's, Boundary's, Wrangler's, Vercel's, gcloud's, the OpenTelemetry Collector's,
 * Tomcat's and dbt's, each quoted by another team as its entry's error (f1-f25 alone 99 -> 69 claimed, 502 -> 509 below:
 * pastes of Fluent Bit's, the Collector's, Salt's and Wrangler's line alone; v2-v63 line for line the same; held out:
 * v64 and f26, the same); then Maven's goal line (f15 7 -> 3; held out: v65 and f27, the same). Thirty-fourth session:
 * a bare `exit code: 1`, which f36's apk entry quoted for its Docker build's last line and which pip's failed steps and
 * GitLab's jobs print too, earlier than their own error (f36 3 wrong -> 0, 1 more below; v2-v74 and f1-f35 line for line
 * the same; held out: v75 and f37, the same). Thirty-sixth session: webpack's, Jenkins', Heroku's, Elasticsearch's,
 * GitLab Runner's and Traefik's, quoted by other teams as their entry's error (f1-f42 alone 116 -> 110 claimed, 623 ->
 * 625 below, 10 -> 9 wrong; v2-v80 line for line the same; held out: v81 and f43, the same). Two were tried and left
 * out: systemctl's `Job for … failed because the control process exited with error code.` is the starter's own systemd
 * distractor's error (252 of its pastes went below the line), and the JVM's `Error occurred during initialization of
 * VM` let a Windows entry's `System error … has occurred.` take that line from the heap entry (f41: 3 pastes wrong).
 * Browser-safe.
 */
const BOILERPLATE = [
  // git
  'Please make sure you have the correct access rights and the repository exists.',
  'fatal: Could not read from remote repository.',
  // after any refused push: a protected branch, an existing tag, a missing branch as much as a non-fast-forward
  "error: failed to push some refs to '...'",
  "hint: See the 'Note about fast-forwards' in 'git push --help' for details.",
  // ssh: its closing line after any failed host-key check, an unknown key as much as a changed one (against the starter
  // KB alone, a first clone from an unknown host was a confident match for the changed-key entry)
  'Host key verification failed.',
  // npm, yarn, pnpm
  'npm ERR! A complete log of this run can be found in:',
  'npm error A complete log of this run can be found in:',
  'npm ERR! This is probably not a problem with npm. There is likely additional logging output above.',
  'npm ERR! Failed at the ... script.',
  // after a refused file operation of any kind: a root-owned global folder (EACCES) as much as a file Windows has locked
  // (EPERM), with the two lines npm goes on with
  'The operation was rejected by your operating system.',
  "It's possible that the file was already in use (by a text editor or antivirus),",
  'or that you lack permissions to access it.',
  'npm error Lifecycle script ... failed with error:',
  'info Visit https://yarnpkg.com/en/docs/cli/run for documentation about this command.',
  'error Command failed with exit code ...',
  'ELIFECYCLE Command failed with exit code ...',
  // Docker
  "See 'docker ... --help'.",
  // its network driver's wrapper, around a taken port as much as a missing iptables chain or a firewalld reload
  'Error response from daemon: driver failed programming external connectivity on endpoint ... (...):',
  "Run 'docker COMMAND --help' for more information",
  'ERROR: failed to solve: process ... did not complete successfully: exit code: ...',
  // a process's generic failure status alone, as BuildKit and pip end a failed step with it (a missing package as much
  // as a failed test or a removed module); a status with a meaning of its own (126 not executable, 127 not found, 128+n
  // killed by signal n: kubectl's `Exit Code: 137`) is not it
  'exit code: 1',
  // systemd
  'See "systemctl status ..." and "journalctl -xeu ..." for details.',
  "See system logs and 'systemctl status ...' for details.",
  "....service: Failed with result 'exit-code'.",
  'Active: failed (Result: exit-code) since ...; ... ago',
  'Hint: Some lines were ellipsized, use -l to show in full.',
  // Python and pip
  'Traceback (most recent call last):',
  'During handling of the above exception, another exception occurred:',
  'The above exception was the direct cause of the following exception:',
  'note: This error originates from a subprocess, and is likely not a problem with pip.',
  'error: subprocess-exited-with-error',
  '[notice] A new release of pip is available: ... -> ...',
  '[notice] To update, run: pip install --upgrade pip',
  // pip's headers over any failed build step (a missing compiler or header as much as a setup.py that raised)
  '× Getting requirements to build wheel did not run successfully.',
  '× python setup.py egg_info did not run successfully.',
  '× Building wheel for ... (pyproject.toml) did not run successfully.',
  '× pip subprocess to install build dependencies did not run successfully.',
  '× Encountered error while generating package metadata.',
  'error: metadata-generation-failed',
  // Node.js
  "Emitted 'error' event on ... instance at:",
  '(Use `node --trace-warnings ...` to show where the warning was created)',
  // kubectl
  "Use 'kubectl describe pod/... -n ...' to see all of the containers in this pod.",
  'Defaulted container ... out of: ...',
  // the scheduler's closing clause after any FailedScheduling reason (taints, free ports, affinity as much as cpu)
  'preemption: ... nodes are available: ... No preemption victims found for incoming pod.',
  'preemption: ... nodes are available: ... Preemption is not helpful for scheduling.',
  // HashiCorp Vault's CLI, before every failed API call (a sealed server as much as a missing route or a bad token)
  'Error making API request.',
  // curl
  'More details here: https://curl.se/docs/sslcerts.html',
  'curl failed to verify the legitimacy of the server and therefore could not establish a secure connection to it. To learn more about this situation and how to fix it, please visit the web page mentioned above.',
  // Maven, Gradle
  '[ERROR] Re-run Maven using the -X switch to enable full debug logging.',
  '[ERROR] -> [Help 1]',
  // Maven's goal line over any failed plugin run: which plugin is the build's, its cause follows the colon
  'Failed to execute goal ... (...) on project ...',
  'Run with --stacktrace option to get the stack trace.',
  // Gradle's header over any failed build (a duplicate class as much as a failed test or a missing SDK)
  'FAILURE: Build failed with an exception.',
  // Spring Boot's banner over any failed start (a taken port as much as a bean cycle or a missing bean)
  'APPLICATION FAILED TO START',
  // Kafka's last line after any fatal startup error (a cluster id mismatch as much as a locked log directory)
  'Exiting Kafka due to fatal exception during startup. (kafka.Kafka$)',
  // Xcode's line after any failed build script (a sandboxed rsync as much as CocoaPods' out-of-sync manifest)
  'Command PhaseScriptExecution failed with a nonzero exit code',
  // Node's fetch (undici) over any network failure: the cause follows (a DNS miss as much as a refused or timed-out connection)
  'TypeError: fetch failed',
  // GitLab Runner's last line after any failed job (an artifact too large as much as a failed test)
  'ERROR: Job failed: exit code ...',
  // nginx -t's last line after any bad directive (an unresolved upstream as much as a misplaced proxy_pass)
  'nginx: configuration file ... test failed',
  // apt's notice after any repository it refused (a missing key, an expired one, an end-of-life release)
  "N: Updating from such a repository can't be done securely, and is therefore disabled by default.",
  // TypeORM's CLI before any failed migration, SonarScanner's after any failed analysis
  'Error during migration run:',
  'ERROR: Error during SonarScanner execution',
  // ASP.NET Core's log category and line over any failed start (a missing certificate as much as a taken port)
  'crit: Microsoft.AspNetCore.Server.Kestrel[...]',
  'Unable to start Kestrel.',
  // SQL Server's header over every message it returns (a full log as much as a full filegroup or a missing object)
  'Msg ..., Level ..., State ..., Line ...',
  // GitHub Actions' toolkit after any failed process (a private submodule as much as a missing commit or a bad ref)
  "Error: The process '...' failed with exit code ...",
  // terraform init's header over any provider it could not resolve (a wrong namespace as much as conflicting versions)
  'Error: Failed to query available provider packages',
  // Gradle's line over any failed task; which task is the project's (example-values.ts reads its path as a value)
  "Execution failed for task '...'.",
  // the Android Gradle plugin's line over any resource-linking error (a missing attribute as much as a missing resource)
  'Android resource linking failed',
  // Bazel's closing line after any analysis error (a visibility error as much as a missing target or a cycle)
  "ERROR: Analysis of target '...' failed; build aborted: Analysis of target '...' failed",
  "ERROR: Analysis of target '...' failed; build aborted",
  // Fluent Bit's retry line after any failed flush of an output (a rejected document as much as a refused connection)
  "[ warn] [engine] failed to flush chunk '...', retry in ... seconds: task_id=..., input=... > output=... (out_id=...)",
  // Gradle's header over any failed configuration phase (a plugin not found as much as a JDK mismatch or a script error)
  "A problem occurred configuring root project '...'.",
  "A problem occurred configuring project '...'.",
  "A problem occurred evaluating root project '...'.",
  "A problem occurred evaluating project '...'.",
  // pytest's closing line after any collection error (a missing module as much as a syntax error or a bad fixture)
  'Interrupted: ... error during collection',
  'Interrupted: ... errors during collection',
  // Elasticsearch's header over any failed bootstrap check (vm.max_map_count as much as memory lock or file limits)
  'bootstrap checks failed. You must address the points described in the following [...] lines before starting Elasticsearch.',
  // Apache's last line after any failed bind (a taken port as much as a denied one or an address it cannot assign)
  'no listening sockets available, shutting down',
  'AH00015: Unable to open logs',
  // apachectl's last line after any configuration error
  "Action 'configtest' failed.",
  // Apache's header over any configuration syntax error (a module not loaded as much as a missing certificate file)
  'AH00526: Syntax error on line ... of ...:',
  // Ansible's pointer into the playbook, under any task error
  "The error appears to be in '...': line ..., column ..., but may",
  'be elsewhere in the file depending on the exact syntax problem.',
  // setuptools' and distutils' line after any failed compiler run (a missing header as much as an out-of-memory kill)
  "error: command '...' failed with exit code ...",
  // libvirt's header over any failed domain start (an inactive network as much as a missing disk or KVM)
  "error: Failed to start domain '...'",
  // Salt's closing line after any failed state or unreachable minion
  'ERROR: Minions returned with non-zero exit code',
  // Boundary's and Wrangler's headers over any failed API call
  'Error from controller when performing authorize-session action against given target',
  'A request to the Cloudflare API (...) failed.',
  // Vercel's line after any failed build command
  'Error: Command "..." exited with ...',
  // gcloud's header over any failed API request (a quota as much as a permission or a stockout)
  'ERROR: (...) Could not fetch resource:',
  // the OpenTelemetry Collector's retry line after any failed export (a refused connection as much as a bad credential)
  'Exporting failed. Will retry the request after interval.',
  // Tomcat's wrapper over any connector that failed to start (a taken port as much as a bad keystore)
  'org.apache.catalina.LifecycleException: Protocol handler initialization failed',
  // dbt's header over any runtime error (a missing profile as much as a failed connection)
  'Runtime Error',
  // GitLab Runner's step header in every job that keeps artifacts, whatever then fails
  'Uploading artifacts for successful job',
  'Uploading artifacts for failed job',
  'Uploading artifacts...',
  // node-gyp's closing lines after any failed build (a missing Python as much as a compiler error or a failed download)
  'gyp ERR! command ...',
  'gyp ERR! cwd ...',
  'gyp ERR! node -v ...',
  'gyp ERR! node-gyp -v ...',
  'gyp ERR! not ok',
  // apt's closing lines after any failed package script or unpack (an overwritten file as much as a failed postinst)
  'E: Sub-process /usr/bin/dpkg returned an error code (...)',
  'Errors were encountered while processing:',
  // GitHub Actions' last line of any step cancelled (a lost runner as much as fail-fast or a cancelled run)
  'Error: The operation was canceled.',
  // webpack's header over any loader's error (a missing Sass binding as much as a syntax error in the file)
  'Module build failed (from ...):',
  // Jenkins' last line of any failed build
  'Finished: FAILURE',
  // Heroku's lines after any failed build (a missing buildpack as much as a failed dependency install)
  'remote:  !     Push rejected, failed to compile ... app.',
  'remote:  !     Push failed',
  // Elasticsearch's last line after any failed start (a bootstrap check as much as a bad setting or a locked path)
  'ERROR: Elasticsearch did not exit normally - check the logs at ...',
  // GitLab Runner's progress line in every job that clones its repository
  'Fetching changes with git depth set to ...',
  // Traefik's header over any certificate it could not obtain (a failed challenge as much as a rate limit)
  'Unable to obtain ACME certificate for domains',
  // git's marker before any ref the server refused; the reason follows in parentheses (f20's GitHub entry quoted it
  // alone; later in the thirty-sixth session: f1-f44 alone 110 -> 108 claimed, nothing else moved; held out: v83, f45)
  '! [remote rejected] ... -> ... (...)',
  // GitHub Actions' last line of any failed `run:` step, and Jenkins' after any failed `sh` step: the step's own error is
  // above it (fortieth session, with a paste's error bar, signals.ts `weighLines`)
  'Error: Process completed with exit code ...',
  'ERROR: script returned exit code ...',
] as const;

/** Words a log prefixes any line with (`fatal:`, `npm ERR!`, `remote:`): they neither make nor break a match. */
const PREFIX_WORDS = new Set(signatureTokens('fatal error ERR npm remote warning hint note info'));

// Set aside on the lines too, so pip's `error: subprocess-exited-with-error` is its two other words on both sides. Read
// on first use, not on import (see system-messages.ts).
let phrases: readonly (readonly string[])[] | undefined;
const boilerplatePhrases = () =>
  (phrases ??= BOILERPLATE.map((line) => signatureTokens(line).filter((t) => !PREFIX_WORDS.has(t))));
let longestPhrase: number | undefined;
const longestPhraseWords = () => (longestPhrase ??= Math.max(...boilerplatePhrases().map((phrase) => phrase.length)));

/**
 * True when an error string, once `...`, stopwords and log prefixes are set aside, is only (part of) one of the
 * {@link BOILERPLATE} lines: its words come in the line's order, and any other word stands in one of the line's `...`.
 */
export function isBoilerplate(text: string): boolean {
  return isBoilerplateTokens(signatureTokens(text));
}

/** {@link isBoilerplate} for a string already read as tokens (`signatureTokens`), as the index builder has it. */
export function isBoilerplateTokens(tokens: readonly string[]): boolean {
  const words = tokens.filter((t) => t !== WILDCARD && !PREFIX_WORDS.has(t));
  return words.length > 0 && boilerplatePhrases().some((phrase) => fitsPhrase(words, phrase));
}

/**
 * Where a string's closing boilerplate starts: the first token from which the rest of the string, on its own, is one of
 * the {@link BOILERPLATE} lines (Kubernetes' `0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are
 * available: 3 No preemption victims found for incoming pod.` closes with the scheduler's preemption clause). -1 when
 * it has none, or is nothing else.
 */
export function boilerplateSuffixStart(tokens: readonly string[]): number {
  if (isBoilerplateTokens(tokens)) return -1;
  // A suffix longer than any line with its slots filled cannot be one: trying every start of a long string was
  // quadratic (0.44 s on a 10,000-word string at index time).
  for (let i = Math.max(1, tokens.length - longestPhraseWords() * (SLOT_WORDS.inside + 1)); i < tokens.length; i++) {
    if (tokens[i] === WILDCARD || PREFIX_WORDS.has(tokens[i])) continue;
    if (isBoilerplateTokens(tokens.slice(i))) return tokens.slice(0, i).some((t) => t !== WILDCARD) ? i : -1;
  }
  return -1;
}

/** Share of a line's words a string must hold to be that line: a word or two of it (`exit code`) may be an error's own. */
const MIN_SHARE = 0.6;

/**
 * Words a value may take in a slot (`...`): a unit or a pod name inside a line, one word (an exit code) at its end, so
 * `error Command failed with exit code 1. ENOSPC: no space left on device` is more than yarn's line, not a value in it.
 */
const SLOT_WORDS = { inside: 3, end: 1 } as const;

/**
 * `words` in `phrase`'s order, each a word of it or a value standing in the slot (`...`) where the walk is, holding at
 * least {@link MIN_SHARE} of the phrase's words.
 */
function fitsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  // A line that opens with its slot (systemd's `....service: Failed with result 'exit-code'.`) takes a value first.
  let inSlot = phrase[0] === WILDCARD;
  let at = inSlot ? 1 : 0;
  let inValue = 0;
  let matched = 0;
  for (const word of words) {
    const found = phrase.indexOf(word, at);
    if (found >= 0) {
      at = found + 1;
      inSlot = phrase[at] === WILDCARD;
      if (inSlot) at++;
      inValue = 0;
      matched++;
      continue;
    }
    inValue++;
    if (!inSlot || inValue > (at === phrase.length ? SLOT_WORDS.end : SLOT_WORDS.inside)) return false;
  }
  const size = phrase.filter((t) => t !== WILDCARD).length;
  return matched >= Math.min(2, size) && matched >= MIN_SHARE * size;
}
