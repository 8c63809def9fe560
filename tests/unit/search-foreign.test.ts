import { describe, expect, it } from 'vitest';
import { indexEntries } from '../../lib/search/build';
import { createSearchEngine, memoryLoader } from '../../lib/search/engine';
import {
  foreignCases,
  foreignUncovered,
  loadForeignKb,
  measureForeign,
  type ForeignFigures,
  type ForeignKb,
} from '../../scripts/bench/search-foreign-data';
import { loadHoldoutKb } from '../../scripts/bench/search-holdout-data';

/**
 * Pins `npm run bench:search-foreign`: search on KBs another team wrote, alone and beside the starter KB and its
 * distractors. Each bound is the measured figure, so a regression fails (docs/benchmarks/search-foreign.md).
 */
interface Pinned {
  top1: number;
  top3: number;
  below: number;
  wrong: number;
  claimed: number;
}

function expectAtLeast(f: ForeignFigures, pinned: Pinned): void {
  expect(f.top1 / f.cases).toBeGreaterThanOrEqual(pinned.top1);
  expect(f.top3 / f.cases).toBeGreaterThanOrEqual(pinned.top3);
  expect(f.below).toBeLessThanOrEqual(pinned.below);
  expect(f.wrong).toBeLessThanOrEqual(pinned.wrong);
  expect(f.claimed).toBeLessThanOrEqual(pinned.claimed);
}

function describeForeign(name: ForeignKb, alone: Pinned, beside: Pinned): void {
  describe(`foreign KB ${name}`, () => {
    it('is a valid KB whose pastes each name one of its entries', async () => {
      const ids = new Set((await loadForeignKb(name)).map((e) => e.id));
      expect(ids.size).toBe(20);
      expect(foreignCases(name).filter((c) => !ids.has(c.expected))).toEqual([]);
      expect(foreignUncovered(name).length).toBeGreaterThanOrEqual(50);
    });

    it(`alone: top-1 ≥ ${alone.top1}, at most ${alone.below} below the line, ${alone.claimed} uncovered claimed`, async () => {
      expectAtLeast(await measureForeign(name, await loadForeignKb(name)), alone);
    });

    it(`beside the starter KB: top-1 ≥ ${beside.top1}, at most ${beside.below} below, ${beside.wrong} wrong`, async () => {
      expectAtLeast(await measureForeign(name, await loadForeignKb(name), (await loadHoldoutKb()).entries), beside);
    });
  });
}

// Thirty-ninth session, a string on the line whole and telling enough read as the line's error though the line goes on
// (confidence.ts `wholeSpecificity`): the below-the-line pins of the KBs it moved were lowered (f1-f50: 731 -> 690
// alone, 757 -> 706 beside, no right answer lost); three near misses are claimed more, each a string of the KB's whole
// before another cause: f7's Jaeger `Failed to init storage factory` (beside), f21's Maven `Non-resolvable parent POM`
// and f45's Azure `This request is not authorized to perform this operation` (alone and beside).
// Twentieth session. f1 first measured at a3bab75 (26 below alone, 28 beside), then with a variable's example in an
// error string read as its placeholder (24, 26) and a colon inside parentheses not splitting a chain (22, 23). f2 was
// written after those and first measured at 684f6f4 (35 below alone, 1 wrong; 33 beside), then with the parentheses
// (34, 32) and an identifier string matched only whole (alone: no more confident but wrong).
// Twenty-first session: Maven's `-> [Help 1]` is not a chain's tail: f1 21 below alone, 22 beside. Twenty-second: a
// string that is one ordinary word (`namespace`) or a command (`mount -t nfs`) decides nothing alone: 4 -> 2 claimed
// alone, 5 -> 3 beside.
// Twenty-sixth session: a host under a domain reserved for examples read as a value (example-values.ts): Go's
// `example.com/app` module in `missing go.sum entry`, 21 -> 18 below alone, 22 -> 19 beside.
describeForeign(
  'f1',
  { top1: 1, top3: 1, below: 18, wrong: 0, claimed: 2 },
  { top1: 0.985, top3: 1, below: 18, wrong: 1, claimed: 3 },
);
describeForeign(
  'f2',
  // Twenty-seventh session, `exceeded` an error word (signals.ts): 34 -> 33 below alone, 32 -> 31 beside. Twenty-eighth,
  // prose wrapped at a width read whole (wrapped-lines.ts `softWrappedMessages`): 32 alone, 30 beside (VirtualBox's
  // `VT-x is not available` message over two lines).
  // Twenty-ninth session, more lines tools print around any failure as wrapper lines (boilerplate.ts): claims 3 -> 2
  // alone, 3 -> 2 beside. Thirty-first, a .NET namespace or NuGet id read as a value (example-values.ts): NuGet's
  // `Unable to find package Fabrikam.Common.Telemetry` against the entry's `Contoso.Shared.Logging`, 32 -> 28 alone,
  // 30 -> 26 beside.
  // Thirty-eighth session, the line's own error code the string's (error-numbers.ts `sharesErrorCode`): 26 -> 25 below
  // beside.
  { top1: 0.985, top3: 1, below: 27, wrong: 0, claimed: 2 },
  { top1: 0.97, top3: 0.99, below: 24, wrong: 3, claimed: 2 },
);

// Twenty-first session, written like f1 and f2 and first measured at e0514fe (alone: 97.9 % top-1, 99.3 % top-3, 28
// below, 1 wrong, 17/60 uncovered claimed; beside: 97.1 %, 29 below, 2 wrong, 14/60), then with four changes found on
// it: a string ending with Ansible's `=>` opens, Vault's `Error making API request.` is boilerplate, a quoted sentence is
// a message and a Windows error code a word (alone 98.6 %, 100 %, 28 below, 8/60; beside 97.9 %, 100 %, 29, 7/60).
// Twenty-second session: a Maven coordinate and a path's line and column read as values (alone 28 -> 22 below, beside
// 29 -> 22), and the lone-word and command rules (alone 8 -> 7 claimed). Twenty-fourth: a level at or above error
// behind journald's prefix is an error prefix (HAProxy's `haproxy[771]: [ALERT] …`): 21 below both ways.
// A command typed after a prompt decides nothing (signals.ts `isTyped`): `$ kubectl get challenges -A` no longer made
// the cert-manager entry confident, and the Podman entry's port strings on the ingress table did (1 more wrong).
describeForeign(
  'f3',
  // Twenty-ninth session, more lines tools print around any failure as wrapper lines (boilerplate.ts): claims 7 -> 5
  // alone, 7 -> 7 beside.
  // Thirtieth session, translated and negated-state error words (signals.ts): below 21 -> 20 alone, 21 -> 20 beside.
  // Thirty-eighth session, the line's own error code the string's (error-numbers.ts `sharesErrorCode`): 20 -> 18 below
  // alone.
  // Fortieth session, a tool's announcing line sets no error bar (signals.ts `errorBar`): 1 more claimed alone and
  // beside (Vault's `Code: 503. Errors:` under `Error making API request.`, for a server not initialized), 1 fewer below.
  { top1: 0.978, top3: 1, below: 17, wrong: 2, claimed: 6 },
  { top1: 0.971, top3: 1, below: 19, wrong: 3, claimed: 8 },
);

// Twenty-first session, written like f3 after f3's four changes and run with and without them (held out): the same,
// line for line. Alone: 98.6 % top-1 (MiniSearch 100 %), 100 % top-3, 27 below, 2 wrong, 9/60 claimed; beside: 98.6 %,
// 24 below, 2 wrong, 9/60. Twenty-second session: a path's line and column read as a value (Bazel's
// `BUILD.bazel:3:11`), alone 27 -> 25 below; the lone-word rule, 25 -> 26 below and 9 -> 8 claimed alone, and beside one
// paste from first to second: Caddy's `caddy run` (one word to search) had made a command line of the paste its match,
// before systemd's `Job for caddy.service failed` line, which a distractor quotes; now that line comes first.
// Twenty-fourth session: a typed `curl … | jq '{status, error, middlewares}'` decides nothing: a wrong answer (Grafana's
// entry) goes below the line instead (27 below alone, 24 beside; 1 and 2 wrong).
describeForeign(
  'f4',
  // Thirty-ninth session, a summary line ordered after its details (summary-lines.ts): beside, a paste whose systemctl
  // `Job for … failed` line the starter KB's systemd distractor took now shows this KB's entry for the detail first.
  // Twenty-ninth session, more lines tools print around any failure as wrapper lines (boilerplate.ts): claims 8 -> 3
  // alone, 9 -> 4 beside; below 27 -> 29 alone, 24 -> 26 beside.
  // Thirtieth session, translated and negated-state error words (signals.ts): below 29 -> 28 alone, 26 -> 25 beside.
  // Thirty-sixth session, Traefik's `Unable to obtain ACME certificate for domains` as a wrapper line (boilerplate.ts):
  // claims 3 -> 1 alone, 4 -> 2 beside; 28 -> 29 below alone, 25 -> 26 beside (a grep of that line alone).
  { top1: 0.99, top3: 1, below: 27, wrong: 1, claimed: 1 },
  { top1: 0.99, top3: 1, below: 26, wrong: 1, claimed: 2 },
);

// Twenty-second session: f5 (written in the twenty-first, held out) first run at 0a34eb8: alone 96.4 % top-1
// (MiniSearch 98.6 %), 100 % top-3, 34 below, 5 wrong, 3/60 claimed; beside 95.7 %, 34 below, 5 wrong, 4/60. Unchanged
// by the coordinate and line:column values; then the lone-word and command rules, found on it (its `namespace`,
// `[Interface]`, `coredns`, `mount -t nfs`): alone 99.3 %, 36 below, 1 wrong, 1/60 claimed.
// Twenty-sixth session: a host under a domain reserved for examples read as a value (example-values.ts): Rancher's
// `rancher.example.com`, 36 -> 35 below alone, 35 -> 34 beside.
describeForeign(
  'f5',
  // Thirtieth session, translated and negated-state error words (signals.ts): below 35 -> 32 alone, 34 -> 32 beside;
  // wrong 3 -> 2 beside. Thirty-fourth: an exit status appended to a chain is not its tail (signals.ts `EXIT_STATUS`):
  // 32 -> 29 below alone, 31 -> 28 beside (rootless Buildah's `processing tar file(…): exit status 1`).
  { top1: 0.99, top3: 1, below: 26, wrong: 1, claimed: 1 },
  { top1: 0.97, top3: 1, below: 26, wrong: 2, claimed: 1 },
);

// Twenty-second session: f6, written blind while the session's three changes were made, run before them (0a34eb8) and
// after: the same, line for line. Beside the starter KB, 9 pastes are confident answers of a starter entry (an Airflow
// DAG's `No module named 'boto3'` answered by the Python entry, Linkerd's expired issuer by the TLS entry): the
// foreign entry is second.
// Twenty-sixth session, a host under a domain reserved for examples read as a value: ZooKeeper's `zk2.example.com`,
// 25 below alone, 24 beside.
describeForeign(
  'f6',
  // Twenty-seventh session, `exceeded` an error word (signals.ts): 25 -> 24 below alone, 24 -> 23 beside. Twenty-ninth,
  // a value quoted in place (signature-match.ts `slotValues`: Nix's store path in `hash mismatch`): 23, 22.
  // Twenty-ninth session, more lines tools print around any failure as wrapper lines (boilerplate.ts): claims 4 -> 3
  // alone, 3 -> 2 beside; below 23 -> 25 alone, 22 -> 24 beside.
  // Thirtieth session, translated and negated-state error words (signals.ts): brew doctor's `not writable` line now
  // outweighs the one path word the Homebrew entry quotes alone (`man8`), which had made that paste confident: below
  // 25 -> 26 alone, 24 -> 25 beside.
  { top1: 1, top3: 1, below: 24, wrong: 0, claimed: 3 },
  { top1: 0.925, top3: 1, below: 23, wrong: 9, claimed: 2 },
);

// Twenty-third session: f7 (written in the twenty-second, held out) first run at d0849e8: alone 99.3 % top-1, 100 %
// top-3, 13 below, 1 wrong, 1/60 claimed; beside 98.6 %, 12 below, 2 wrong (a Knative revision whose image fetch fails
// on an unknown authority, answered by the TLS entry; one whose registry refuses the connection, by the Jaeger entry), 0/60.
// The same after the errno wordings.
describeForeign(
  'f7',
  { top1: 0.99, top3: 1, below: 11, wrong: 1, claimed: 1 },
  { top1: 0.985, top3: 1, below: 11, wrong: 2, claimed: 1 },
);

// Twenty-third session: f8 (written in it, held out) first run at 7f29f6f: alone 100 % top-1, 22 below, 0 wrong, 6/60
// claimed; beside 90.0 %, 22 below, 13 wrong, 6/60: 11 answered by a starter entry or distractor on the problem beneath
// (webpack's missing module by Node's, pytest's by Python's, SAM's by the Docker daemon's, sqlcmd's certificate by the
// TLS entry), 2 Docker Swarm pastes by Node and npm entries. With an example value replaced in part read as a slot: 20
// below both ways, the rest the same. Twenty-fourth session: an apostrophe inside a word opens no quote in an entry's
// string either (example-values.ts `withoutInWordApostrophes`), so webpack's `Can't resolve 'crypto'` quotes its value:
// alone 19 below; beside, 2 of its pastes from Node's entry back to webpack's (11 wrong).
// Twenty-sixth session: a label shouted in capitals weighs as little as a value (signature-index.ts `shoutedLabels`):
// beside, 20 -> 17 below (Proxmox's `cluster not ready - no quorum?` without its `TASK ERROR:`).
describeForeign(
  'f8',
  // Thirty-ninth session, a summary line ordered after its details (summary-lines.ts): beside, a paste whose systemctl
  // `Job for … failed` line the starter KB's systemd distractor took now shows this KB's entry for the detail first.
  // Twenty-seventh session, a long paste's last lines looked up before its middle (signals.ts `queryTerms`): 19 -> 18
  // below alone.
  // Twenty-ninth session, more lines tools print around any failure as wrapper lines (boilerplate.ts): claims 6 -> 1
  // alone, 6 -> 1 beside; below 18 -> 21 alone, 17 -> 20 beside.
  // Thirty-fifth session, a negated verb an error word (signals.ts): below 21 -> 22 alone, 20 -> 21 beside (corosync's `has
  // no active links` now outweighs the entry's `cluster not ready - no quorum?`).
  { top1: 1, top3: 1, below: 22, wrong: 0, claimed: 1 },
  { top1: 0.92, top3: 1, below: 21, wrong: 10, claimed: 1 },
);

// Twenty-fourth session: f9 (written in the twenty-third, held out) first run at b2776db: alone 99.3 % top-1, 100 % top-3,
// 18 below, 1 wrong, 7/60 claimed; beside 93.6 %, 23 below, 6 wrong, 7/60. The same, line for line, after the head's
// value rule (signature-match.ts `headInPlace`) and the entry-side apostrophe fix; then, with an error level behind
// journald's prefix read as one (Patroni's `patroni[18342]: … CRITICAL: system ID mismatch`), 17 below alone, and
// beside, that paste no longer answered by the systemd distractor (5 wrong).
describeForeign(
  'f9',
  // Twenty-ninth session, a value quoted in place (signature-match.ts `slotValues`): 17 -> 16 below alone, 24 -> 23.
  // Twenty-ninth session, more lines tools print around any failure as wrapper lines (boilerplate.ts): claims 7 -> 2
  // alone, 7 -> 2 beside.
  { top1: 0.99, top3: 1, below: 13, wrong: 1, claimed: 2 },
  // 23 below until typed commands decided nothing, 24 after. Top-3 1 until the starter's pull-access entry gained a
  // `match:` example (a private registry's `…/team/api`, thirty-third session): an `oc` paste below the line whose URL
  // holds `api` ranks its entry fourth.
  { top1: 0.94, top3: 0.99, below: 21, wrong: 5, claimed: 2 },
);

// Twenty-fourth session: f10 (written in it, held out) run at b2776db and after the session's three rules, with its
// pattern-heading fix in both (at b2776db its Schema Registry entry, whose patterns' titles say "compatibility", was
// rejected: no solution): alone 99.3 % top-1, 100 % top-3, 17 below, 1 wrong, 10/60 claimed; beside 97.1 %, 21 below,
// 3 wrong, 9/60; line for line the same.
describeForeign(
  'f10',
  // Twenty-seventh session, more tools' wrapper lines (boilerplate.ts: TypeORM's `Error during migration run:`,
  // SonarScanner's closing line): claimed 10 -> 6 alone, 9 -> 5 beside; one TypeORM paste below the line (17 -> 18,
  // 21 -> 22) whose cause, `Unable to open file: … Cannot use import statement outside a module`, its entry did not quote.
  // Thirty-fifth session, a negated verb an error word (signals.ts): below 18 -> 19 alone, 22 -> 23 beside (`Did not find any
  // relations.` now outweighs the entry's `No migrations are pending`).
  // Thirty-eighth session, a string that opens a sentence not held mid-sentence (sentence-start.ts): beside, 23 -> 24
  // below, 3 -> 2 wrong (a Gradle daemon's `Memory cgroup out of memory: Killed process` no longer the host OOM
  // distractor's).
  // Thirty-eighth session, the line's own error code the string's (error-numbers.ts `sharesErrorCode`): 19 -> 18 below
  // alone, 24 -> 23 below beside.
  { top1: 0.99, top3: 1, below: 16, wrong: 0, claimed: 4 },
  { top1: 0.97, top3: 1, below: 16, wrong: 2, claimed: 4 },
);

// Twenty-fourth session: f11 (written in it, held out) run at 7f61593 and with typed commands deciding nothing: alone
// 98.6 % top-1, 99.3 % top-3, 20 below, 0 wrong, 5/60 claimed (Spring Boot's `APPLICATION FAILED TO START` banner and
// Gradle's `Execution failed for task` quoted as errors, matched on other failures' lines); beside 95.0 %, 19 below, 5
// wrong (two missing modules answered by the Python entry, ECS's pull error by the Kubernetes one, Puma's Windows bind
// error by Docker's port entry, a Lambda glibc error by the Azure Functions entry); the same both times.
describeForeign(
  'f11',
  // Twenty-fifth session, Spring Boot's banner a wrapper line (boilerplate.ts): claimed 5 -> 3 both ways; beside, one
  // paste more wrong (95.0 % -> 94.3 %): the banner had put the Spring entry first, and without it the Node entry's
  // Vite string `Error: Port ... is already in use` holds Spring's prose `The port may already be in use`.
  // Twenty-seventh session, apt's `N: Updating from such a repository` a wrapper line: claimed 3 -> 2 both ways.
  // Twenty-eighth, Gradle's `Execution failed for task '…'.` a wrapper line: a paste of that line alone (the duplicate
  // classes task) falls below, 20 -> 21 alone, 19 -> 20 beside.
  // Thirtieth session, translated and negated-state error words (signals.ts): below 21 -> 20 alone, 20 -> 19 beside.
  // Thirty-fifth session, a negated verb an error word (signals.ts): below 20 -> 19 alone, 19 -> 18 beside.
  { top1: 0.985, top3: 0.99, below: 17, wrong: 0, claimed: 2 },
  { top1: 0.94, top3: 0.99, below: 14, wrong: 6, claimed: 2 },
);

// Twenty-fourth session: f12 (written in it; one numeric tag quoted, as kb validate asks) run at 0153b13 (these figures)
// and with a rule that was then dropped (a head element with extra leading words decides nothing): 28 -> 33 below alone,
// 30 -> 35 beside (`Terminating due to java.lang.OutOfMemoryError: …`, .NET's `Unhandled exception. …`).
describeForeign(
  'f12',
  // Twenty-seventh session, `exceeded` an error word (signals.ts): 27 -> 26 below alone, 30 -> 29 beside. Twenty-ninth,
  // a value quoted in place (signature-match.ts `slotValues`: compose's unknown property): 25, 28. Thirty-first, a .NET
  // namespace read as a value (`Microsoft.Extensions.Logging.ILogger` in DI's `Unable to resolve service`): 24, 27.
  // Thirty-fifth session, a negated verb an error word (signals.ts): below 24 -> 23 alone, 27 -> 25 beside. Thirty-
  // seventh, the in-order one-word check (signature-match.ts `holdsOneWord`): Cloudflare's `SSL handshake failed Error
  // code 525` no longer the 522 entry's (3 -> 2 claimed), its `Connection timed out Error code 522` below (24, 26).
  { top1: 0.99, top3: 1, below: 24, wrong: 0, claimed: 2 },
  { top1: 0.985, top3: 0.99, below: 26, wrong: 0, claimed: 2 },
);

// Twenty-fifth session: f13 (written in the twenty-fourth, held out) run at 5eb0ac6: alone 99.3 % top-1, 24 below, 1
// wrong, 10/60 claimed; beside 98.6 %, 23 below, 1 wrong, 9/60. Six of its entries write `NOT this entry: …` items,
// whose strings search took for the entry's own; read as counter items (lib/parse/symptoms.ts): these figures (the
// Flask paste below the line had been confident through the counter string `Working outside of request context.`).
describeForeign(
  'f13',
  // With the tools' wrapper lines (boilerplate.ts: Spring's banner, Node's `TypeError: fetch failed`): claimed 8 -> 5
  // alone, 7 -> 4 beside. 24 and 23 below since an exception's message counts alone (the Flask paste above the line).
  // Twenty-sixth session, shouted labels (signature-index.ts `shoutedLabels`): Helm's `cannot re-use a name that is
  // still in use` without its `INSTALLATION FAILED:` above the line, 24 -> 22 below alone, 23 -> 22 beside.
  // Twenty-ninth session, more lines tools print around any failure as wrapper lines (boilerplate.ts): claims 5 -> 4
  // alone, 4 -> 4 beside.
  { top1: 1, top3: 1, below: 14, wrong: 0, claimed: 3 },
  { top1: 0.99, top3: 1, below: 13, wrong: 0, claimed: 3 },
);

// Twenty-fifth session: f14 (written in it, held out) run at 5eb0ac6, with counter items and with an exception's class
// matched by its message alone: the same each time.
describeForeign(
  'f14',
  // With the tools' wrapper lines (boilerplate.ts: Kafka's and Xcode's): claimed 6 -> 4 alone, 5 -> 3 beside; one
  // Kafka paste below the line (17 -> 18, 18 -> 19) that only the wrapper had made confident.
  // Thirty-fifth session, a negated verb an error word (signals.ts): below 18 -> 17 alone, 19 -> 18 beside.
  { top1: 0.99, top3: 1, below: 17, wrong: 0, claimed: 4 },
  { top1: 0.99, top3: 1, below: 18, wrong: 0, claimed: 3 },
);

// Twenty-fifth session: f15 (written in it, held out) run before and after the session's tools' wrapper lines
// (boilerplate.ts): the same both times; 12 of its 60 near misses claimed, the most of any foreign KB, each through a
// wrapper its author quoted (Maven's `Failed to execute goal`, Kestrel's logger header, pip's compiler exit line).
describeForeign(
  'f15',
  // Twenty-seventh session, Kestrel's logger header and `Unable to start Kestrel.` wrapper lines: claimed 12 -> 10
  // alone, 11 -> 9 beside. Twenty-eighth, prose wrapped at a width read whole (wrapped-lines.ts): 23 -> 22 below both
  // ways.
  // Twenty-ninth session, more lines tools print around any failure as wrapper lines (boilerplate.ts): claims 10 -> 7
  // alone, 9 -> 7 beside; then Maven's goal line (`Failed to execute goal … (…) on project …`, which its Surefire entry
  // quoted), 7 -> 3 both ways (compiler and test failures under the same goal line).
  { top1: 0.985, top3: 1, below: 20, wrong: 0, claimed: 3 },
  { top1: 0.975, top3: 1, below: 20, wrong: 1, claimed: 3 },
);

// Twenty-sixth session: f16 (written in the twenty-fifth, held out) run at b3c20be and with shouted labels: the same
// both times. Terraform's `Error: Cycle: …` pastes fall below the line: its entry wrote the cycle's resources as
// `aws_security_group..., aws_security_group...`, and the reader's are other resources.
describeForeign(
  'f16',
  { top1: 1, top3: 1, below: 27, wrong: 0, claimed: 2 },
  { top1: 0.985, top3: 1, below: 28, wrong: 0, claimed: 2 },
);

// Twenty-sixth session: f17 (written in it, held out) run at c9a872e and with a host under a domain reserved for
// examples read as a value: the same both times. Its 3 claims, each through a line the tool prints for other failures
// too: `field is immutable` (a Service's clusterIP), apt's `N: Updating from such a repository can't be done securely`
// (a missing key) and systemd's `Job for nginx.service failed` (a taken port).
describeForeign(
  'f17',
  // Twenty-seventh session: apt's `N:` line a wrapper (claimed 3 -> 2 both ways; one end-of-life excerpt lost it and
  // fell below) and apt's `E:` an error level (noise.ts: 2 excerpts above the line): 17 -> 16 below alone, 18 -> 17.
  // Thirtieth session, translated and negated-state error words (signals.ts): below 16 -> 14 alone, 17 -> 15 beside.
  // Thirty-fifth session, a negated verb an error word (signals.ts): below 14 -> 13 alone, 15 -> 14 beside.
  { top1: 0.99, top3: 1, below: 13, wrong: 0, claimed: 2 },
  { top1: 0.99, top3: 0.99, below: 14, wrong: 0, claimed: 2 },
);

// Twenty-seventh session: f18 (written in the twenty-sixth, held out) run at 7ecb897: alone 97.9 % top-1, 19 below,
// 0 wrong, 12/60 claimed; beside 97.9 %, 21 below, 1 wrong, 12/60. Its claims came through lines its authors quoted
// that tools print for other failures too: Gradle's `Execution failed for task '…'` (a duplicate class, R8), GitLab
// Runner's `ERROR: Job failed: exit code 1`, nginx -t's `test failed`, SQL Server's `Msg 9002, Level 17, State 2`
// header (Msg 1105 and 9001 are other errors; a four-digit code reads as an id).
describeForeign(
  'f18',
  // With the session's wrapper lines (boilerplate.ts): claimed 12 -> 10 both ways (GitLab Runner's, nginx -t's), then
  // 8 with SQL Server's `Msg …, Level …, State …, Line …` header one of them. `exceeded` an error word (signals.ts):
  // CircleCI's `Too long with no output (exceeded 10m0s): context deadline exceeded` read as the error it is, 2 more
  // first (99.3 % both ways), 19 -> 17 below alone, 21 -> 19 beside. Twenty-eighth, prose wrapped at a width read
  // whole (wrapped-lines.ts): 16 alone, 18 beside. Gradle's `Execution failed for task '…'.` a wrapper line: claimed
  // 8 -> 5 both ways (the 64K entry had claimed other tasks' failures: duplicate classes, R8, Kotlin's JVM target).
  // Twenty-ninth session, more lines tools print around any failure as wrapper lines (boilerplate.ts): claims 5 -> 2
  // alone, 5 -> 2 beside. Thirty-first, a placeholder glued into a word read with the word (`openssl-sys
  // v__OPENSSL_SYS_VERSION__` against `v0.9.103`): 16 -> 13 below alone, 18 -> 15 beside.
  // Thirty-eighth session, the line's own error code the string's (error-numbers.ts `sharesErrorCode`): 13 -> 12 below
  // alone, 15 -> 14 below beside.
  { top1: 0.99, top3: 1, below: 12, wrong: 0, claimed: 2 },
  { top1: 0.99, top3: 1, below: 14, wrong: 1, claimed: 2 },
);

// Twenty-seventh session: f19 (written in it, held out) run at 7ecb897 and with the session's wrapper lines and apt's
// `E:`: the same both times.
describeForeign(
  'f19',
  // Thirty-ninth session, a summary line ordered after its details (summary-lines.ts): beside, a paste whose systemctl
  // `Job for … failed` line the starter KB's systemd distractor took now shows this KB's entry for the detail first.
  { top1: 1, top3: 1, below: 14, wrong: 0, claimed: 2 },
  { top1: 1, top3: 1, below: 14, wrong: 0, claimed: 1 },
);

// Twenty-seventh session: f20 (written in it, held out) run at eadc7e8 and with `exceeded` as an error word and a
// paste's last lines looked up before its middle: the same both times.
describeForeign(
  'f20',
  // Twenty-eighth session, nginx's request context set aside in an entry's string too (noise.ts): 24 -> 21 below
  // alone, 23 -> 20 beside (the string wrote it `client: ..., server: ...`, which the noise rule missed).
  // Twenty-ninth session, the JVM's `Exception in thread "main"` and `Caused by:` read as a prefix (noise.ts): 20, 19.
  // Twenty-ninth session, more lines tools print around any failure as wrapper lines (boilerplate.ts): claims 5 -> 4
  // alone, 5 -> 4 beside.
  // Thirty-sixth session, git's `! [remote rejected]` marker alone as a wrapper line (its GitHub entry quotes it beside
  // the scope message): claims 4 -> 2 both ways (pushes refused for other reasons).
  { top1: 1, top3: 1, below: 19, wrong: 0, claimed: 2 },
  { top1: 0.985, top3: 1, below: 17, wrong: 1, claimed: 2 },
);

// Twenty-eighth session: f21 (written in the twenty-seventh, held out) run at 0c1deb7: alone 100 % top-1, 8 below, 0
// wrong, 4/60 claimed; beside 100 %, 7, 0, 4/60. Two of the claims were wrapper lines its author quoted (GitHub Actions'
// `Error: The process '/usr/bin/git' failed with exit code 128`, terraform init's `Error: Failed to query available
// provider packages`), now in boilerplate.ts: 2 claimed both ways; a paste whose provider message Terraform wrapped over
// three lines then fell below, until prose wrapped at a width was read whole (wrapped-lines.ts). Two more were
// Gradle's `Execution failed for task ':app:…'.`, quoted with a task that fails for many reasons; with that line a
// wrapper too, 1 claimed both ways, and a paste whose AAR metadata issue Gradle wrapped as a numbered item fell below
// until items were read whole.
describeForeign(
  'f21',
  // Twenty-ninth session, more lines tools print around any failure as wrapper lines (boilerplate.ts): claims 1 -> 0
  // alone, 1 -> 0 beside.
  { top1: 1, top3: 1, below: 7, wrong: 0, claimed: 1 },
  { top1: 1, top3: 1, below: 7, wrong: 0, claimed: 1 },
);

// Twenty-eighth session: f22 (written in it, held out) run at 0c1deb7 and with the session's first rules (two wrapper
// lines, wrapped prose): alone 99.3 % top-1, 12 below, 1 wrong, 5/60 claimed; beside 99.3 %, 13, 1, 4/60, the same both
// times. Three of its claims were Gradle's task line (`Execution failed for task ':app:checkDebugAarMetadata'.` quoted
// as the error); with that line a wrapper, 3 alone and 2 beside. Its one wrong answer: Spring's `required a bean of
// type 'com.example.demo.repository.UserRepository' that could not be found.` answered by the GitHub Actions entry's
// `repository not found`, its three words far apart on the line.
describeForeign(
  'f22',
  // Thirtieth session, translated and negated-state error words (signals.ts): below 12 -> 9 alone, 13 -> 10 beside.
  { top1: 0.99, top3: 1, below: 9, wrong: 1, claimed: 3 },
  { top1: 0.99, top3: 1, below: 10, wrong: 1, claimed: 2 },
);

// Twenty-eighth session: f23 (written in it, held out) run at 0c1deb7 and with the session's rules, Gradle's task line
// and wrapped items among them: alone 100 % top-1, 25 below, 0 wrong, 3/60 claimed; beside 98.6 %, 24, 2, 2/60, the
// same both times. Then, read: its nginx entry wrote the request context after the error with `...` for its values
// (`…, client: ..., server: ..., request: ...`), which the noise rule that sets that context aside on a pasted line did
// not take (noise.ts); fixed, 25 -> 20 below alone, 24 -> 19 beside. Two of its claims went through apt's `E:
// Sub-process /usr/bin/dpkg returned an error code (1)` and GitHub Actions' `Error: The operation was canceled.`,
// quoted by its authors as their entries' errors; with both wrapper lines (boilerplate.ts), 3 -> 1 alone, 2 -> 0
// beside. The one left is Postgres's `ERROR:  out of memory` for the entry's `out of shared memory`.
describeForeign(
  'f23',
  // Twenty-ninth session, the JVM's `Exception in thread "main"` and `Caused by:` read as a prefix (noise.ts): 20 -> 17
  // below alone, 19 -> 16 beside (`Caused by: java.lang.NoSuchMethodError: …` against the entry's uncaught form).
  // Thirty-sixth session, a command with no option quoted in a symptom decides nothing alone (`bundle install`): 17 -> 18
  // below alone, 16 -> 17 beside (a BuildKit log whose only match was that command).
  { top1: 1, top3: 1, below: 15, wrong: 0, claimed: 1 },
  { top1: 0.985, top3: 1, below: 15, wrong: 2, claimed: 0 },
);

// Twenty-ninth session: f24 (written in the twenty-eighth, held out) run at 141c7ff and with the session's first two
// rules (the JVM's lead-in, npm's rejected operation): alone 99.3 % top-1, 26 below, 0 wrong, 5/60 claimed; beside
// 97.9 %, 28, 2, 4/60, the same both times. Then read: Gradle's `Plugin [id: 'com.google.devtools.ksp'] was not found`
// against the author's `'org.springframework.boot', version: '3.3.0'` led to a value quoted in place
// (signature-match.ts `slotValues`): 24 below alone, 25 beside.
describeForeign(
  'f24',
  // Thirtieth session, translated and negated-state error words (signals.ts): below 24 -> 23 alone, 25 -> 24 beside.
  // Thirty-fifth session, a negated verb an error word (signals.ts): below 23 -> 21 alone, 24 -> 22 beside. Thirty-
  // seventh, a negated string not held without a negation (signature-match.ts `negationLost`): git's `src refspec …
  // matches more than one` no longer the `does not match any` entry's, 5 -> 4 claimed alone, 4 -> 3 beside.
  { top1: 0.99, top3: 1, below: 20, wrong: 0, claimed: 4 },
  { top1: 0.975, top3: 0.99, below: 21, wrong: 2, claimed: 3 },
);

// Twenty-ninth session: f25 (written in it, held out from its three rules) run at 141c7ff and with them: alone 98.6 %
// top-1, 17 below, 0 wrong, 4/60 claimed; beside 95.7 %, 22, 4, 5/60, the same both times. Beside the starter KB, GitLab
// CI's `Cannot connect to the Docker daemon at tcp://docker:2375.` goes to the starter's daemon entry.
describeForeign(
  'f25',
  // Twenty-ninth session, more lines tools print around any failure as wrapper lines (boilerplate.ts): claims 4 -> 2
  // alone, 5 -> 3 beside.
  // Thirtieth session, translated and negated-state error words (signals.ts): below 17 -> 16 alone, 22 -> 21 beside.
  { top1: 0.985, top3: 0.99, below: 16, wrong: 0, claimed: 2 },
  { top1: 0.955, top3: 0.985, below: 21, wrong: 4, claimed: 3 },
);

// Twenty-ninth session: f26 (written in it, held out from its wrapper lines) run at da06079 and with them: alone 99.3 %
// top-1, 99.3 % top-3, 4 below, 0 wrong, 4/60 claimed; beside 98.6 %, 4, 1, 4/60, the same both times. Its one paste out
// of the top 3 is Rust's async-nats `RequestError { kind: NoResponders, source: None }`, one camel-case word for the
// entry's `no responders`.
describeForeign(
  'f26',
  { top1: 0.99, top3: 0.99, below: 4, wrong: 0, claimed: 4 },
  { top1: 0.985, top3: 0.99, below: 4, wrong: 1, claimed: 4 },
);

// Twenty-ninth session: f27 (written in it, held out from Maven's goal line) run at 99d2d04 and with it: alone 100 %
// top-1, 100 % top-3, 16 below, 0 wrong, 2/60 claimed; beside 99.3 %, 16, 1, 2/60, the same both times.
describeForeign(
  'f27',
  // Thirty-fifth session, a negated verb an error word (signals.ts): below 16 -> 15 both ways.
  { top1: 1, top3: 1, below: 15, wrong: 0, claimed: 2 },
  { top1: 0.99, top3: 1, below: 14, wrong: 1, claimed: 2 },
);

// Thirtieth session: f28 (written in the twenty-ninth, held out from translated error words) run at ca60ee0 and with
// them: alone 99.3 % top-1, 99.3 % top-3, 6 below, 0 wrong, 7/60 claimed; beside 98.6 %, 8, 1, 5/60, the same both
// times. Its one paste out of the top 3 is apt's `Could not open lock file … (30: Read-only file system)`, which the
// Gradle lock entry takes; beside, a journal of Postgres on a read-only disk goes to the starter's systemd distractor.
describeForeign(
  'f28',
  // Thirtieth session, an errno in parentheses kept in a chain's tail (signals.ts): apt's read-only lock file line
  // ranks the ext4 entry 3rd alone (6th before) and 2nd beside (7th): top-3 99.3 % -> 100 % both ways.
  // Thirty-sixth session, GitLab Runner's `Fetching changes with git depth set to …` as a wrapper line: 7 -> 6 alone.
  { top1: 0.99, top3: 1, below: 6, wrong: 0, claimed: 6 },
  { top1: 0.985, top3: 1, below: 7, wrong: 1, claimed: 5 },
);

// Thirtieth session: f29 (written in it, held out from negated states as error words) run at ca60ee0, with translated
// error words and with negated states: alone 99.3 % top-1, 100 % top-3, 10 below, 1 wrong, 2/60 claimed; beside the
// same, all three times.
describeForeign(
  'f29',
  // Thirty-sixth session, Jenkins' `Finished: FAILURE` as a wrapper line: its wrong answer (a Jenkins entry quoting it)
  // goes below the line and its claim goes, both ways: 100 % top-1, 11 below, 0 wrong, 1/60.
  // Thirty-eighth session, the line's own error code the string's (error-numbers.ts `sharesErrorCode`): 11 -> 10 below
  // alone, 11 -> 10 below beside.
  { top1: 1, top3: 1, below: 10, wrong: 0, claimed: 1 },
  { top1: 1, top3: 1, below: 10, wrong: 0, claimed: 1 },
);

// Thirtieth session: f30 (written in it, held out from an errno in parentheses kept in a chain's tail) run at e77c7dd
// and with it: alone 100 % top-1, 100 % top-3, 9 below, 0 wrong, 3/60 claimed; beside 99.3 %, 6 below, 1 wrong, 1/60,
// the same both times.
describeForeign(
  'f30',
  // Thirty-ninth session, a summary line ordered after its details (summary-lines.ts): beside, a paste whose systemctl
  // `Job for … failed` line the starter KB's systemd distractor took now shows this KB's entry for the detail first.
  // Thirty-seventh session, a negated string not held without a negation: an ansible-galaxy excerpt no longer the role
  // entry's (`was not found in …` against `you can use --ignore-errors`), 3 -> 2 claimed alone.
  { top1: 1, top3: 1, below: 9, wrong: 0, claimed: 2 },
  { top1: 1, top3: 1, below: 6, wrong: 0, claimed: 1 },
);

// Thirty-first session: f31 (written in the thirtieth, held out from a placeholder glued into a word) run at 5841ad3:
// alone 99.3 % top-1, 100 % top-3, 13 below, 0 wrong, 1/60 claimed; beside 100 %, 14 below, 0 wrong, 0/60. With the
// rule, ld.gold's `cannot find -lboost_system` against the entry's `cannot find -l__LIB_NAME__` rose above the line: 12
// below alone, 13 beside.
describeForeign(
  'f31',
  { top1: 0.99, top3: 1, below: 12, wrong: 0, claimed: 1 },
  { top1: 1, top3: 1, below: 13, wrong: 0, claimed: 0 },
);

// Thirty-first session: f32 (written in it, held out from a .NET namespace read as a value) run at 1a35819 and with
// it: alone 100 % top-1, 100 % top-3, 9 below, 0 wrong, 0/60 claimed; beside 99.3 %, 6 below, 1 wrong (`kubectl get
// nodes` showing NotReady goes to the starter's taint distractor), 0/60; the same both times.
describeForeign(
  'f32',
  { top1: 1, top3: 1, below: 9, wrong: 0, claimed: 0 },
  { top1: 0.99, top3: 1, below: 6, wrong: 1, claimed: 0 },
);

// Thirty-second session: f33 (written in the thirty-first, held out from a named placeholder read as one value) run at
// c48cbcb and with it: alone 100 % top-1, 100 % top-3, 4 below, 0 wrong, 5/60 claimed; beside 99.3 %, 4 below, 0
// wrong, 5/60; the same both times. Three of the claims are its Maven entry's `Could not find
// __GROUP_ID__:__ARTIFACT_ID__:.`, which any `could not find` line holds (CMake's find_package, Docker's address pools,
// Maven's missing artifact); a fourth is Maven's `must be unique` warning for its `… is missing. @ line …, column …`.
describeForeign(
  'f33',
  // Thirty-fifth session, a negated verb an error word (signals.ts): below 4 -> 3 both ways.
  { top1: 1, top3: 1, below: 3, wrong: 0, claimed: 5 },
  { top1: 0.99, top3: 1, below: 3, wrong: 0, claimed: 5 },
);

// Thirty-second session: f34 (written in it, held out from an address against a path) run at 28df307 and with it:
// alone 100 % top-1, 100 % top-3, 6 below, 0 wrong, 0/60 claimed; beside 99.3 %, 7 below, 1 wrong (pnpm's
// `SELF_SIGNED_CERT_IN_CHAIN` warning goes to the starter's unknown-authority entry), 0/60; the same both times.
describeForeign(
  'f34',
  { top1: 1, top3: 1, below: 4, wrong: 0, claimed: 0 },
  { top1: 0.99, top3: 1, below: 4, wrong: 1, claimed: 0 },
);

// Thirty-third session: f35 (written in the thirty-second, held out from the pull-access entry's `match:` pattern) run
// at 332b88b and with it: alone 99.3 % top-1, 100 % top-3, 9 below, 1 wrong (Testcontainers' `Could not find a valid
// Docker environment`, client API too old, answered by the Gradle entry), 1/60 claimed (Gradle's `Could not find method
// implementation()` for the entry's `compile()`); beside 97.9 %, 12 below, 2 wrong (a runner's `no space left on device`
// answered by the starter's Docker disk entry), 2/60; the same both times.
describeForeign(
  'f35',
  { top1: 0.99, top3: 1, below: 9, wrong: 1, claimed: 1 },
  { top1: 0.97, top3: 1, below: 12, wrong: 2, claimed: 2 },
);

// Thirty-fourth session: f36 (written in the thirty-second, held out from a field's other value) run at 8382be4 and
// with it: alone 97.9 % top-1, 100 % top-3, 4 below, 7/60 claimed, 3 wrong, each through the apk entry's bare
// `exit code: 1` (its Docker build's last line), which pip's `│ exit code: 1` and GitLab's job line hold too, earlier
// than their own error; beside 96.4 %, 3 below, 5 wrong, 4/60 claimed. The field rule moved one uncovered paste beside
// the starter KB (a unit whose binary is missing, `status=203/EXEC`: no longer the exit-1 distractor's), nothing else.
// Then a bare `exit code: 1` became boilerplate (boilerplate.ts): the 3 wrong answers right, alone 100 % top-1, 5 below
// (GitLab's job line now below, its own entry first), 0 wrong; beside 98.6 %, 4 below, 2 wrong.
describeForeign(
  'f36',
  // Thirty-ninth session, a summary line ordered after its details (summary-lines.ts): beside, a paste whose systemctl
  // `Job for … failed` line the starter KB's systemd distractor took now shows this KB's entry for the detail first.
  { top1: 1, top3: 1, below: 5, wrong: 0, claimed: 7 },
  { top1: 0.99, top3: 1, below: 4, wrong: 1, claimed: 4 },
);

// Thirty-fourth session: f37 (written in the thirty-third, held out from a bare `exit code: 1` as boilerplate) run
// after the field rule and with it: alone 100 % top-1, 6 below, 0 wrong, 2/60 claimed; beside 100 %, 10 below (four
// CircleCI pastes above the line alone are below it beside), 0 wrong, 2/60; the same both times.
describeForeign(
  'f37',
  { top1: 1, top3: 1, below: 6, wrong: 0, claimed: 2 },
  { top1: 1, top3: 1, below: 10, wrong: 0, claimed: 2 },
);

// Thirty-fourth session: f38 (written in it) run after its two rules and with a third that was dropped (the line must
// hold two of a string's words in order): alone 100 % top-1, 9 below, 0 wrong, 4/60 claimed (two by the Ansible
// entry, two by the Heroku one); beside 100 %, 8 below, 0 wrong, 3/60; the same both times.
describeForeign(
  'f38',
  // Thirty-sixth session, Heroku's `Push failed` as a wrapper line: 4 -> 3 claimed alone, 3 -> 2 beside.
  { top1: 1, top3: 1, below: 9, wrong: 0, claimed: 3 },
  { top1: 1, top3: 1, below: 8, wrong: 0, claimed: 2 },
);

// Thirty-fourth session: f39 (written in it) run before and after an exit status appended to a chain read as no part of
// its tail: alone 100 % top-1, 4 below, 0 wrong, 2/60 claimed; beside 99.3 %, 5 below, 1 wrong, 2/60; the same both
// times.
describeForeign(
  'f39',
  // Thirty-ninth session, a summary line ordered after its details (summary-lines.ts): beside, a paste whose systemctl
  // `Job for … failed` line the starter KB's systemd distractor took now shows this KB's entry for the detail first.
  { top1: 1, top3: 1, below: 4, wrong: 0, claimed: 2 },
  { top1: 1, top3: 1, below: 4, wrong: 0, claimed: 2 },
);

// Thirty-fifth session: f40 (written in the thirty-fourth) run before and after a negated verb read as an error word:
// alone 97.9 % top-1, 11 below, 2 wrong, 2/60 claimed; beside 97.9 %, 12 below, 2 wrong, 1/60; the same both times.
// Then, read, more shell prompts read as prompts (signals.ts `PROMPT`: oh-my-zsh's, macOS's zsh after a virtualenv's
// name): its 2 wrong answers, a `pip install` typed after such a prompt, right (99.3 % top-1 both ways).
describeForeign(
  'f40',
  // Thirty-sixth session, webpack's `Module build failed (from …):` as a wrapper line: 2 -> 1 claimed alone, 1 -> 0
  // beside.
  { top1: 0.99, top3: 1, below: 11, wrong: 0, claimed: 1 },
  { top1: 0.99, top3: 0.99, below: 11, wrong: 0, claimed: 0 },
);

// Thirty-fifth session: f41 (written in it) run before and after more shell prompts read as prompts: alone 99.3 %
// top-1, 12 below, 0 wrong, 7/60 claimed (the JVM's `Error occurred during initialization of VM`, which it prints over
// any failed start, quoted by the heap entry; Windows' `System error 5 has occurred.` held by `System error 1069 has
// occurred.`); beside 97.9 %, 14 below, 2 wrong, 7/60; the same both times. Then, read, an error's number read as the
// error's own (error-numbers.ts): 6 claimed both ways (`System error 5` no longer `System error 1069`'s).
describeForeign(
  'f41',
  // Thirty-ninth session, a summary line ordered after its details (summary-lines.ts): beside, 6 -> 7 claimed: a near
  // miss (nginx's missing certificate) whose `Job for nginx.service failed` line the systemd distractor held now shows
  // the duplicate-server entry, which quotes nginx's `configuration file … test failed` closing line, first.
  { top1: 0.99, top3: 0.99, below: 12, wrong: 0, claimed: 6 },
  { top1: 0.975, top3: 0.99, below: 14, wrong: 2, claimed: 7 },
);

// Thirty-fifth session: f42 (written in it) run before and after an error's number read as the error's own: alone
// 100 % top-1, 11 below, 0 wrong, 3/60 claimed; beside 98.6 %, 13 below, 2 wrong (sshd pastes whose earlier lines the
// systemd distractor and the key-permissions entry hold), 3/60; the same both times.
describeForeign(
  'f42',
  // Thirty-eighth session, the line's own error code the string's (error-numbers.ts `sharesErrorCode`): 11 -> 5 below
  // alone, 13 -> 7 below beside.
  { top1: 1, top3: 1, below: 5, wrong: 0, claimed: 3 },
  { top1: 0.985, top3: 1, below: 7, wrong: 2, claimed: 3 },
);

// Thirty-sixth session: f43 (written in the thirty-fifth) run before and after the session's wrapper lines: alone
// 98.6 % top-1, 20 below, 0 wrong, 4/60 claimed (among them `gunicorn: command not found` held by VS Code's `bash: code:
// command not found`, and `Error: Cannot find module 'express'` by the Node entry's `Error: The module '...'`, whose
// quoted value is all wildcard); beside 97.9 %, 21 below, 0 wrong, 2/60; the same both times.
describeForeign(
  'f43',
  // Then, read, a command with no option read as a command: Vagrant's `vagrant reload` no longer holds its port
  // collision message, 4 -> 3 claimed alone.
  { top1: 0.985, top3: 1, below: 20, wrong: 0, claimed: 3 },
  { top1: 0.975, top3: 0.99, below: 21, wrong: 0, claimed: 2 },
);

// Thirty-sixth session: f44 (written in it) run before and after a command with no option read as a command: alone
// 100 % top-1, 23 below, 0 wrong, 1/60 claimed; beside 100 %, 24 below, 0 wrong, 1/60; the same both times.
describeForeign(
  'f44',
  { top1: 1, top3: 1, below: 22, wrong: 0, claimed: 1 },
  { top1: 1, top3: 1, below: 22, wrong: 0, claimed: 1 },
);

// Thirty-sixth session: f45 (written in it) run before and after git's `! [remote rejected]` marker as boilerplate:
// alone 100 % top-1, 10 below, 0 wrong, 1/60 claimed; beside 100 %, 13 below, 0 wrong, 3/60; the same both times.
describeForeign(
  'f45',
  { top1: 1, top3: 1, below: 9, wrong: 0, claimed: 2 },
  { top1: 1, top3: 1, below: 12, wrong: 0, claimed: 4 },
);

// Thirty-seventh session: f46 (written in the thirty-sixth) run before and after the in-order one-word check: alone
// 98.6 -> 100 % top-1, 9 -> 10 below, 2 -> 0 wrong (two Julia pastes no longer the Cargo entry's), 3/60 claimed; beside
// 100 %, 9 below, 0 wrong, 3/60 claimed, the same both times.
describeForeign(
  'f46',
  // Then a negated string not held without a negation: IBM MQ's `MQRC_CONNECTION_BROKEN` no longer the
  // `MQRC_NOT_AUTHORIZED` entry's, 3 -> 2 claimed both ways.
  { top1: 1, top3: 1, below: 10, wrong: 0, claimed: 2 },
  { top1: 1, top3: 1, below: 9, wrong: 0, claimed: 2 },
);

// Thirty-seventh session: f47 (written in the thirty-sixth) run before and after a negated string not held without a
// negation: alone 100 % top-1, 20 below, 0 wrong, 3/60 claimed; beside 98.6 %, 19 below, 2 wrong, 2/60; the same both
// times.
describeForeign(
  'f47',
  // Thirty-ninth session, a summary line ordered after its details (summary-lines.ts): beside, a paste whose systemctl
  // `Job for … failed` line the starter KB's systemd distractor took now shows this KB's entry for the detail first.
  { top1: 1, top3: 1, below: 20, wrong: 0, claimed: 3 },
  { top1: 0.99, top3: 1, below: 19, wrong: 1, claimed: 2 },
);

// Thirty-eighth session: f48 (written in the thirty-seventh) run before and after a string that opens a sentence not
// held mid-sentence: alone 99.3 % top-1, 99.3 % top-3 (robocopy's `ERROR 1272 (0x000004F8)`, the SMB entry not in the
// first ten), 7 below, 0 wrong, 7/60 claimed; beside 98.6 %, 7 below, 0 wrong, 6/60; the same both times.
describeForeign(
  'f48',
  { top1: 0.99, top3: 0.99, below: 6, wrong: 0, claimed: 7 },
  { top1: 0.98, top3: 0.99, below: 5, wrong: 0, claimed: 6 },
);

// Thirty-eighth session: f49 (written in the thirty-seventh) run before and after a line's own error code read as that
// error: alone 100 % top-1, 14 below, 0 wrong, 1/60 claimed (Kinesis's `ExpiredIteratorException` by the throughput
// entry); beside 99.3 %, 15 below, 0 wrong, 1/60; the same both times.
describeForeign(
  'f49',
  { top1: 1, top3: 1, below: 14, wrong: 0, claimed: 1 },
  { top1: 0.99, top3: 1, below: 15, wrong: 0, claimed: 1 },
);

// Thirty-ninth session: f50 (written in the thirty-eighth) run before and after a summary line ordered after its
// details: alone 100 % top-1, 11 below, 0 wrong, 4/60 claimed; beside 99.3 % (ingress-nginx's webhook error, whose
// `x509: certificate signed by unknown authority` tail the starter KB's TLS entry takes), 9 below, 1 wrong, 4/60; the
// same both times.
describeForeign(
  'f50',
  { top1: 1, top3: 1, below: 10, wrong: 0, claimed: 4 },
  { top1: 0.99, top3: 1, below: 8, wrong: 1, claimed: 4 },
);

// Thirty-ninth session: f51 (written in the thirty-eighth) run before and after a whole string less telling read as
// the line's error: alone 98.6 % top-1, 99.3 % top-3 (robocopy's `ERROR 1219 (0x000004C3)`, the `net use` entry
// quoting `System error 1219 has occurred.` not in the first ten), 24 below, 0 wrong, 6/60 claimed; beside 97.9 %, 25
// below, 1 wrong (Python's `No module named pkg_resources`, the starter KB's Python entry first), 6/60; the same both
// times but one near miss beside (a pymongo certificate failure, now confident for the starter KB's TLS entry).
describeForeign(
  'f51',
  { top1: 0.985, top3: 0.99, below: 24, wrong: 0, claimed: 6 },
  { top1: 0.975, top3: 0.985, below: 25, wrong: 1, claimed: 6 },
);

// Fortieth session: f52 (written in the thirty-ninth) run unread with no change to the ranking: alone 100 % top-1, 20
// below, 0 wrong, 3/60 claimed; beside 99.3 %, 18 below, 0 wrong, 3/60.
describeForeign(
  'f52',
  { top1: 1, top3: 1, below: 20, wrong: 0, claimed: 3 },
  { top1: 0.99, top3: 1, below: 18, wrong: 0, claimed: 3 },
);

// Fortieth session: f53 (written in the thirty-ninth) run before and after a tool's announcing line set no error bar
// (signals.ts `errorBar`): alone 99.3 % top-1, 7 -> 5 below, 0 wrong, 0/60 claimed; beside 99.3 %, 7 -> 5 below, 1
// wrong, 0/60. Then read: its one miss, nginx's `nginx: [emerg] unknown directive "stream"` in systemd's journal after
// `Job for nginx.service failed`, led to a level read behind the program's name (noise.ts `PROGRAM_NAME`): 100 % alone,
// 4 below; beside 100 %, 5 below, 0 wrong.
describeForeign(
  'f53',
  { top1: 1, top3: 1, below: 4, wrong: 0, claimed: 0 },
  { top1: 1, top3: 1, below: 5, wrong: 0, claimed: 0 },
);

// Fortieth session: f54 (written there) run before and after a level read behind a program's name: the same, and the
// same as before the session's error bar. Alone 99.3 % top-1, 21 below, 0 wrong, 4/60 claimed; beside 96.4 %, 99.3 %
// top-3 (Task Scheduler's `schtasks` table, tenth), 19 below, 2 wrong (the scheduler's `Too many pods` beside an
// untolerated taint or `Insufficient cpu` in one message: the starter KB's entries first), 4/60.
describeForeign(
  'f54',
  { top1: 0.99, top3: 1, below: 21, wrong: 0, claimed: 4 },
  { top1: 0.96, top3: 0.99, below: 19, wrong: 2, claimed: 4 },
);

describe("another team's entry that quotes its own values", () => {
  it("matches the reader's value where the author wrote a variable's example, and captures it for the commands", async () => {
    // PG_PASSWORD_AUTH_FAILED_001 quotes `FATAL:  password authentication failed for user "app"` and declares
    // DB_USER with the example `app`; its commands use __DB_USER__.
    const engine = createSearchEngine(memoryLoader(indexEntries(await loadForeignKb('f1'))));
    const { confident, results } = await engine.search(
      '2026-12-05 10:11:12.345 UTC [4242] FATAL:  password authentication failed for user "billing_rw"',
      5,
    );
    expect([confident, results[0]?.id, results[0]?.values]).toEqual([
      true,
      'PG_PASSWORD_AUTH_FAILED_001',
      { DB_USER: 'billing_rw' },
    ]);
    expect(results[0]?.url).toContain('DB_USER=billing_rw');
  });
});

describe('a string that is one identifier joined by underscores, in a KB another team wrote', () => {
  it('matches only with all its words: two of `cluster_block_exception` in a pod name and a message are not it', async () => {
    // f2's ES_FLOOD_STAGE_READONLY_001 quotes `cluster_block_exception`; an OpenSearch pod's log holds `cluster` (its
    // name) and `exception` on the line before the real error, which ES_VM_MAX_MAP_COUNT_001 quotes in full.
    const engine = createSearchEngine(memoryLoader(indexEntries(await loadForeignKb('f2'))));
    const paste = [
      '[2026-12-02T16:20:45,118][ERROR][o.o.b.OpenSearchBootstrap] [opensearch-cluster-master-0] node validation exception',
      '[1] bootstrap checks failed',
      '[1]: max virtual memory areas vm.max_map_count [65530] is too low, increase to at least [262144]',
    ].join('\n');
    const { results } = await engine.search(paste, 5);
    expect(results.filter((r) => r.confident).map((r) => r.id)).toEqual(['ES_VM_MAX_MAP_COUNT_001']);
  });
});
