import { beforeAll, describe, expect, it } from 'vitest';
import { indexEntries } from '../../lib/search/build';
import { createSearchEngine, memoryLoader, type SearchEngine } from '../../lib/search/engine';
import { measureAccuracy } from '../../lib/search/evaluate';
import {
  holdoutCases,
  loadHoldoutKb,
  loadStarterKb,
  notInStarterCases,
  uncoveredCases,
  type HoldoutVersion,
} from '../../scripts/bench/search-holdout-data';

/**
 * Pins the held-out benchmark (npm run bench:search-holdout): held-out pastes over the starter KB
 * plus near-miss distractors, and pastes no entry covers, which must never look like a match.
 */
const cases = holdoutCases();
const uncovered = uncoveredCases();
let engine: SearchEngine;
let ids: Set<string>;

beforeAll(async () => {
  const kb = await loadHoldoutKb();
  ids = new Set(kb.entries.map((e) => e.id));
  engine = createSearchEngine(memoryLoader(indexEntries(kb.entries)));
});

describe('held-out set v2', () => {
  it('has at least 60 labelled pastes, each naming a starter entry, and 20 uncovered ones', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(cases.filter((c) => !ids.has(c.expected) || c.expected.startsWith('DIS_'))).toEqual([]);
    expect(uncovered.length).toBe(20);
  });

  it('ranks the right entry first in at least 95% of the pastes and in the top 3 in all', async () => {
    const report = await measureAccuracy(engine, cases);
    expect(report.top1 / report.cases).toBeGreaterThanOrEqual(0.95);
    expect(report.outcomes.filter((o) => o.rank === null || o.rank > 3).map((o) => o.case.query.slice(0, 60))).toEqual(
      [],
    );
  });

  it('presents none of the uncovered pastes as a confident match', async () => {
    const confident: string[] = [];
    for (const item of uncovered)
      if ((await engine.search(item.query, 5)).confident) confident.push(item.query.slice(0, 60));
    expect(confident).toEqual([]);
  });

  it('is confident on all but a few held-out pastes (measured: 4 of 69 below the line)', async () => {
    let below = 0;
    for (const item of cases) if (!(await engine.search(item.query, 5)).confident) below++;
    expect(below).toBeLessThanOrEqual(4);
  });
});

describe('held-out set v3 (collected before the shared-string rule; see docs/benchmarks/search-holdout.md)', () => {
  const v3 = holdoutCases('v3');
  const uncoveredV3 = uncoveredCases('v3');

  it('ranks the right entry in the top 3 for every paste, first in at least 90%', async () => {
    const report = await measureAccuracy(engine, v3);
    expect(v3.filter((c) => !ids.has(c.expected))).toEqual([]);
    expect(report.top1 / report.cases).toBeGreaterThanOrEqual(0.9);
    expect(report.outcomes.filter((o) => o.rank === null || o.rank > 3).map((o) => o.case.query.slice(0, 60))).toEqual(
      [],
    );
  });

  it('presents none of its uncovered pastes as a confident match (a string several entries share decides nothing)', async () => {
    const confident: string[] = [];
    for (const item of uncoveredV3)
      if ((await engine.search(item.query, 5)).confident) confident.push(item.query.slice(0, 60));
    expect(confident).toEqual([]);
  });
});

/**
 * What a blind held-out set was measured at; each bound is the measured figure, so a regression fails. The `belowLine`
 * bounds were tightened on 2026-12-06 to the figures after the errno wordings (lib/search/errno-wordings.ts: 743 -> 716
 * on v2-v42) and again after an example value replaced in part (signature-match.ts `slotValues`: 739 -> 717 on
 * v2-v44), and again in the twenty-ninth session after an example value quoted in place (`slotValues`' `quoted`: 989
 * -> 968 on v2-v61) and npm's rejected-operation line as boilerplate (uncovered confident 154 -> 149); a comment
 * beside one gives its history before that.
 */
interface Measured {
  title: string;
  top1: number;
  top3: number;
  uncoveredConfident: number;
  belowLine: number;
  /** Labelled pastes presented as a confident match to another entry: the worst answer search can give. */
  wrongConfident: number;
}

/** The same checks for every blind set (v4 onwards), pinned at its own measured figures. */
function describeHoldout(version: HoldoutVersion, at: Measured) {
  describe(`held-out set ${version} (${at.title})`, () => {
    const labelled = holdoutCases(version);
    const uncoveredHere = uncoveredCases(version);
    const pct = (share: number) => `${(share * 100).toFixed(1)}%`;

    it(`ranks the right entry first in at least ${pct(at.top1)} and in the top 3 in at least ${pct(at.top3)}`, async () => {
      const report = await measureAccuracy(engine, labelled);
      expect(labelled.filter((c) => !ids.has(c.expected))).toEqual([]);
      expect(report.top1 / report.cases).toBeGreaterThanOrEqual(at.top1);
      expect(report.top3 / report.cases).toBeGreaterThanOrEqual(at.top3);
    });

    it(`presents at most ${at.uncoveredConfident} of its ${uncoveredHere.length} uncovered pastes as a confident match (the target is 0)`, async () => {
      let confident = 0;
      for (const item of uncoveredHere) if ((await engine.search(item.query, 5)).confident) confident++;
      expect(confident).toBeLessThanOrEqual(at.uncoveredConfident);
    });

    it(`keeps the pastes below the confidence line at ${at.belowLine} of ${labelled.length} or fewer (the target of at most 1 is not met)`, async () => {
      let below = 0;
      for (const item of labelled) if (!(await engine.search(item.query, 5)).confident) below++;
      expect(below).toBeLessThanOrEqual(at.belowLine);
    });

    it(`presents at most ${at.wrongConfident} of its ${labelled.length} pastes as a confident match to another entry`, async () => {
      let wrong = 0;
      for (const item of labelled) {
        const response = await engine.search(item.query, 5);
        if (response.confident && response.results[0]?.id !== item.expected) wrong++;
      }
      expect(wrong).toBeLessThanOrEqual(at.wrongConfident);
    });
  });
}

// Measured at the end of the sixth session (the colon rule, the starter KB's added wordings, generic lines out of its
// error strings, ERESOLVE's 'While resolving:' for 'Found: react@...'): v4 96.9% top-1, 100% top-3, 16 below the line,
// 0 uncovered confident, 1 confident but wrong; v5 95.6%, 99.1%, 24, 1, 2; v6 97.3%, 99.6%, 25, 1, 2; v7 97.4%, 99.1%,
// 28, 1, 0; v8 96.5%, 99.1%, 30, 1, 1; v9 (unseen until measured after the generic lines) 96.9%, 99.1%, 27, 1, 3.
// At the session start: v4 20 below, 2 wrong; v5 29, 5; v6 30, 7, 3 uncovered confident; v7 94.3%, 36 below, 4 wrong;
// v8 93.5%, 36, 6; v9 94.3%, 35, 7, 4 uncovered confident.
describeHoldout('v4', {
  title: '161 pastes, 39 uncovered; written by someone who never saw the engine, measured before the v4 rules',
  top1: 0.975,
  top3: 0.993,
  uncoveredConfident: 0,
  belowLine: 11, // 10 before the in-order one-word check (thirty-seventh session)
  wrongConfident: 1,
});
describeHoldout('v5', {
  title: '227 pastes, 51 uncovered; written blind on 2026-12-04, design data since the fifth session',
  top1: 0.964,
  top3: 0.99,
  uncoveredConfident: 1,
  belowLine: 14, // 13 before the in-order one-word check (thirty-seventh session)
  wrongConfident: 2,
});
describeHoldout('v6', {
  title: '224 pastes, 52 uncovered; written blind on 2026-12-04 during the fifth session, first run after its changes',
  top1: 0.977,
  top3: 0.995,
  uncoveredConfident: 1,
  belowLine: 14, // 13 before the sentence-opening check (thirty-eighth session); 12 before the in-order one-word check (thirty-seventh session)
  wrongConfident: 0, // 1 until the sentence-opening check (thirty-eighth session)
});
describeHoldout('v7', {
  title: '230 pastes, 53 uncovered; written blind on 2026-12-04 from the entries at the sixth session start',
  top1: 0.978,
  top3: 0.99,
  uncoveredConfident: 0,
  belowLine: 18, // 17 before the in-order one-word check (thirty-seventh session)
  wrongConfident: 0,
});
// Sixteenth session: the image-pull entry quotes the kubelet event as dockershim nodes print it, which takes back the
// kubelet events the Docker entry answered confidently (v2-v23: confident but wrong 29 -> 19) and, on its words, puts the
// image-pull entry first on one paste per set of v8, v21 and v23 that no string holds (GHCR's bare `denied`, a BuildKit
// `COPY --from`, a compose pull): below the line either way, the Docker entry second. v8 top-1 223 -> 222, wrong 1 -> 0.
// Seventeenth session: containerd's `: unknown` no longer stands as the chain's tail. It lifts three pastes above the
// line (v12, v24) and makes one of v8's uncovered confident: kubelet's `exec: "/entrypoint.sh": stat /entrypoint.sh: no
// such file or directory: unknown` (the file is missing), taken by the CRLF distractor, as the same line without the
// suffix already was.
describeHoldout('v8', {
  title:
    '230 pastes, 54 uncovered; written blind on 2026-12-04 from the entries before the sixth session added wordings',
  top1: 0.965,
  top3: 0.991,
  uncoveredConfident: 1,
  belowLine: 14, // 13 before the in-order one-word check (thirty-seventh session)
  wrongConfident: 0,
});
describeHoldout('v9', {
  title:
    '229 pastes, 54 uncovered; written blind on 2026-12-04 from the entries before generic lines left their strings',
  top1: 0.978,
  top3: 0.991,
  uncoveredConfident: 0,
  belowLine: 12, // 11 before the in-order one-word check (thirty-seventh session)
  wrongConfident: 2,
});
// Seventh session: v10 measured first at 2be0a57 (95.7% top-1, 99.6% top-3, 27 below, 5 wrong, 1 uncovered confident),
// then after the one-word rule (lib/search/signature-match.ts `oneWord`), which also took v9 from 3 wrong to 2.
// Eighth session: its one uncovered confident paste (apt-get's `Temporary failure resolving …` taken for npm's
// `While resolving: ...`) led to the `error-string-weak` warning and to that string written as prose: a content
// fix found on this set, so v10's uncovered figure is no longer blind for that case.
describeHoldout('v10', {
  title: '232 pastes, 54 uncovered; written blind on 2026-12-04 from the entries at the seventh session start',
  top1: 0.969,
  top3: 0.995,
  uncoveredConfident: 0,
  belowLine: 14, // 13 before the sentence-opening check (thirty-eighth session); 12 before the in-order one-word check (thirty-seventh session)
  wrongConfident: 1, // 2 until the sentence-opening check (thirty-eighth session)
});
// Eighth session: v11 written blind from the entries at a4244ce (after the `error-string-weak` content fix) and first
// run with no change after it: 98.3% top-1, 99.6% top-3, 27 below, 1 wrong, 2 uncovered confident (both a bare
// `No space left on device` outside Docker, taken for DOCKER_NO_SPACE_001).
// Ninth session: a structured line's message fields read as lines (lib/search/message-fields.ts, designed on v2-v9's
// Ansible pastes) lifted v10 27 -> 25 and v11 27 -> 24 below the line, nothing else changed.
describeHoldout('v11', {
  title: '235 pastes, 57 uncovered; written blind on 2026-12-04 from the entries at the eighth session',
  top1: 0.987,
  top3: 0.995,
  uncoveredConfident: 0,
  belowLine: 11, // 10 before the in-order one-word check (thirty-seventh session)
  wrongConfident: 1,
});
// Ninth session: v12 written blind from the entries at d5733e9 and first run after the message-fields reading
// (11b1652), which was designed on v2-v9 before v12 existed: 95.7% top-1, 100% top-3, 27 below (31 without it),
// 2 wrong, 2 uncovered confident (a bare `No space left on device` from Postgres and from cp, taken for
// DOCKER_NO_SPACE_001, as in v11).
describeHoldout('v12', {
  title: '234 pastes, 56 uncovered; written blind on 2026-12-04 from the entries at the ninth session start',
  top1: 0.97,
  top3: 1,
  uncoveredConfident: 0,
  belowLine: 14,
  wrongConfident: 0, // 1 until the sentence-opening check (thirty-eighth session)
});
// Ninth session: v13 written blind from the entries at 23bf27a with a prompt that named no weakness, and run once on
// d5733e9 (before the message-fields reading) and once after it: 95.7% top-1, 99.6% top-3, below 24 -> 19, 3 wrong,
// 1 uncovered confident (TypeScript's TS7016 `Could not find a declaration file for module` taken for
// NODE_CANNOT_FIND_MODULE_001) both times.
describeHoldout('v13', {
  title: '235 pastes, 56 uncovered; written blind on 2026-12-04 from the entries at 23bf27a',
  top1: 0.974,
  top3: 0.995,
  uncoveredConfident: 0,
  belowLine: 9,
  wrongConfident: 3,
});
// Eleventh session: v14 written blind from the entries at 7bb1aab (during the tenth session) with the same prompt as
// v13, kept unread and unrun until now, and run once with no change to the ranking: 97.5% top-1, 99.2% top-3, 19 below,
// 2 wrong, 1 uncovered confident (an ssh `Load key "….ppk": invalid format` before `Permission denied (publickey)`,
// taken for GIT_PUBLICKEY_DENIED_001).
describeHoldout('v14', {
  title: '237 pastes, 57 uncovered; written blind on 2026-12-04 from the entries at 7bb1aab, first run with no change',
  top1: 0.978,
  top3: 0.991,
  uncoveredConfident: 1,
  belowLine: 7, // 6 before the in-order one-word check (thirty-seventh session); 5 until the typed-command rule (signals.ts `isTyped`): `docker run --memory 256m` typed, no longer the OOMKilled entry's match
  wrongConfident: 2,
});
// Eleventh session, after v14's first run: a string that is only a system error's text (Docker's bare `no space left
// on device`) no longer makes a match confident on its own (lib/search/system-messages.ts), and the starter entry says
// the daemon's line instead. Uncovered confident: v7 1 -> 0, v8 1 -> 0, v11 2 -> 0, v12 2 -> 0 (Postgres and cp); below
// the line: v4 15 -> 16, v5 23 -> 24, v6 24 -> 26, v7 and v8 28 -> 29, v9 24 -> 25, v11 24 -> 25, v12 27 -> 28, v13
// 19 -> 20, v14 19 -> 20 (Docker pastes that matched only that text); v3 top-1 30 -> 29. The pins above are after it.
// Eleventh session: v15 written blind from the entries at cb99593 (before the system-message rule) by a session that
// read only the entries, the distractors and the format, ran once before the rule (cb99593: 98.7% top-1, 100% top-3,
// 20 below, 1 wrong, 0 uncovered confident) and once after it (22 below: two Docker pastes whose error is a bare
// `no space left on device`; nothing else changed).
describeHoldout('v15', {
  title: '238 pastes, 58 uncovered; written blind on 2026-12-04 from the entries at cb99593, measured before and after',
  top1: 0.991,
  top3: 1,
  uncoveredConfident: 0,
  belowLine: 8, // 7 before the in-order one-word check (thirty-seventh session)
  wrongConfident: 1,
});
// Twelfth session, second rule: of the entries that carry a shared string, the one whose title names it (the crash-loop
// entry for `CrashLoopBackOff`) is a confident match on it, ranked after confident matches on own strings and never
// above a better-scoring entry that is not confident (query.ts `worse`). Designed on v2-v15: below the line 278 -> 251,
// top-1, wrong and uncovered confident unchanged. v16, already measured once for the first rule: 20 -> 18 below,
// nothing else changed. The pins are after both rules.
// Twelfth session: a tool's boilerplate alone (git's `Please make sure you have the correct access rights`) decides
// nothing (lib/search/boilerplate.ts), and a line with no error word holds the error when it holds nearly all of a long,
// telling string (confidence.ts `holdsTellingString`); designed on v2-v15 (below the line 293 -> 278 in all, no more
// wrong or uncovered confident; the pins above are after it). v16 was written blind from the entries at 53ea2e3 while
// the rules were built, by a session that read only the entries, the distractors and the format, and run once before
// them (98.6% top-1, 99.7% top-3, 22 below, 2 wrong, 0 uncovered confident) and once after (20 below, nothing else changed).
describeHoldout('v16', {
  title: '286 pastes, 94 uncovered; written blind on 2026-12-04 from the entries at 53ea2e3, measured before and after',
  top1: 0.986,
  top3: 0.996,
  uncoveredConfident: 0,
  belowLine: 8,
  wrongConfident: 2,
});
// Twelfth session: v17 written blind from the entries at 133953d (after the session's three ranking rules) by a session
// that read only the entries, the distractors and the format. Its first runs: at the session's start (803315f) 99.0%
// top-1, 30 below, 0 wrong, 4 uncovered confident; at 133953d 99.0% top-1, 100% top-3, 24 below, 0 wrong, 4 uncovered.
// One of the four (an npm `E401 … 401 Unauthorized`, taken for the image-pull entry's bare `401 Unauthorized`) led to
// HTTP statuses joining the system messages (lib/search/system-messages.ts) and that bare string written as prose:
// 4 -> 3 uncovered confident here, so v17's uncovered figure is no longer blind for that case; on v2-v16 it moved top-1
// v6 218 -> 219, v12 224 -> 226 and v13 226 -> 227, nothing else.
describeHoldout('v17', {
  title:
    '310 pastes, 93 uncovered; written blind on 2026-12-04 from the entries at 133953d, after the rules it measures',
  top1: 0.996,
  top3: 1,
  uncoveredConfident: 2,
  belowLine: 9, // 8 before the in-order one-word check (thirty-seventh session); 16 until the nineteenth session's translated sudo wording took a French line
  wrongConfident: 0,
});
// Thirteenth session: a line that is the head of a chained string, whole, with no word of its own and none of the
// string's last element, is that string's error in fewer words (signature-match.ts `headAlone`: newer sudo's
// `sudo: unable to resolve host db03`, Node's `Error: listen EADDRINUSE :::3000`), unless another entry's string has
// the same head. Designed on v2-v17: below the line v4 15 -> 14, v6 23 -> 22, v7 24 -> 23, v8 26 -> 25, v11 22 -> 19,
// v12 24 -> 22, v13 17 -> 16, v14 16 -> 15, v17 24 -> 21 (pins above); top-1, wrong and uncovered confident unchanged.
// v18, written blind in the twelfth session from the entries at db66ed9 and kept unrun until then, measured before
// (fb86670) and after: the same figures both times, below.
describeHoldout('v18', {
  title: '346 pastes, 92 uncovered; written blind on 2026-12-04 from the entries at db66ed9, measured before and after',
  top1: 0.976,
  top3: 0.994,
  uncoveredConfident: 1,
  // 16 -> 17 in the thirty-sixth session: a command with no option quoted in a symptom (`git pull`) decides nothing
  // alone, so IntelliJ's `Git Pull Failed` balloon, wrong before (the merge-conflict entry), is below the line, first.
  belowLine: 17,
  wrongConfident: 3,
});
// Thirteenth session, second rule: a line that holds nearly all of a long, telling string with its last element holds
// that error whatever follows on the line (confidence.ts `tailAgrees`, with `holdsTellingString`). Designed on
// v2-v18: below the line v7 23 -> 22, v8 25 -> 24, v9 20 -> 18, v12 22 -> 21, v13 16 -> 15, v14 15 -> 14, v15 17 -> 16,
// v17 21 -> 20, v18 27 -> 26; top-1 v7 224 -> 225, v13 227 -> 228, v15 235 -> 236 (pins above); no more wrong or
// uncovered confident. v19, written blind in this session from the entries (content/ unchanged since 5b730b2) by a
// session that read only the entries, the distractors and the format, measured before the rule (7066399) and after:
// 24 below instead of 26, nothing else changed.
// Seventeenth session: the disk entry's two lines on Docker's GetImageBlob and tar-extraction failures (prose beside its
// `match:` patterns) put it second on a `docker logs` paste whose only telling part is `/usr/bin/env: 'bash\r'`, and
// the CRLF distractor fourth: top-3 344 -> 343. Reading `\r` as CRLF (5baab94) puts the distractor first on it: 344.
describeHoldout('v19', {
  title: '345 pastes, 88 uncovered; written blind on 2026-12-05 from the entries at 5b730b2, measured before and after',
  top1: 0.982,
  top3: 0.997,
  uncoveredConfident: 0,
  belowLine: 14, // 13 before the in-order one-word check (thirty-seventh session)
  wrongConfident: 1,
});
// Fourteenth session: ssh's `Host key verification failed.` and git's `error: failed to push some refs to '...'` join
// the boilerplate (lib/search/boilerplate.ts), and a boilerplate string no longer adds to its entry's score (it names no
// error, so an entry that quotes it must not outrank one that keeps it as prose); the starter KB quotes those lines as
// prose, and DOCKER_DAEMON_NOT_RUNNING_001 quotes systemd's `Failed to start docker.service - …` instead of
// `docker.service: Failed with result 'exit-code'.`, which any unit prints. Aimed at the starter KB alone (below);
// here, v2-v19: top-1 4,000 -> 3,998 (v7 225 -> 224, v10 224 -> 223: a host-key paste and a near tie, both below the
// line either way), top-3 v4 161 -> 160 (a CRLF paste 3rd -> 4th on a near tie), below the line 320 -> 321 and wrong
// confident 28 -> 27 (v19: a systemd paste the Docker entry took wrongly is below the line now), uncovered confident
// 11 -> 11.
// v20, written blind in the thirteenth session (content/ as at 5b730b2, unchanged until this session) and kept unrun,
// measured at 37d7412 and after these changes: the same on every figure (330/336 first, 335 in the top 3, 35 below,
// 1 wrong, 3/92 uncovered confident); against the starter KB alone, 17 -> 7 of its 188 pastes no starter entry answers.
describeHoldout('v20', {
  title: '336 pastes, 92 uncovered; written blind on 2026-12-05 from the entries at 5b730b2, measured before and after',
  top1: 0.988,
  top3: 1,
  uncoveredConfident: 2,
  belowLine: 16, // 15 before the in-order one-word check (thirty-seventh session)
  wrongConfident: 1,
});
// Fourteenth session, second part: `too` is a word (normalize.ts); NPM_EACCES_GLOBAL_001 recognises its own denied
// steps by a `match:` pattern on the lib/node_modules path instead of quoting Node's `Error: EACCES: permission
// denied, mkdir '…'`, which any program denied a mkdir prints, and SSH_KEY_PERMISSIONS_001 its `Permissions … are too
// open` line by a pattern rather than a string of three plain words. v2-v20: top-1 4,328 -> 4,330, below the line 356 -> 353,
// wrong confident 28 -> 27, uncovered confident 14 -> 12 (Node's denied `open` of a log file, twice, no longer the ssh
// key-mode entry's `are too open`); the starter KB alone 86 -> 52 of 2,474. v21, written blind in this session from the
// entries at 5b730b2, measured before (02453b1) and after: the same on the held-out KB (352/355 first, all in the top
// 3, 23 below, 0 wrong, 6/152 uncovered confident), 12 -> 9 of 270 against the starter KB alone.
// Third part, designed with v21 in view (its starter-KB-alone misses were read), so v21's 6 -> 4 uncovered confident
// (npm's ENOTEMPTY under lib/node_modules, `ping`'s resolver failure) is not a blind figure: v22 measures it.
describeHoldout('v21', {
  title:
    '355 pastes, 152 uncovered; written blind on 2026-12-05 from the entries at 5b730b2, measured before and after',
  // 354 -> 353 in the sixteenth session (see v8).
  top1: 0.994,
  top3: 1,
  uncoveredConfident: 2,
  belowLine: 10,
  wrongConfident: 0,
});

// Fifteenth session: an author's values of four shapes read as `...` (lib/search/example-values.ts: a name with a digit
// after a hyphen, a relative file path, a `{key: value}` map, a login at a host). v2-v21: top-1 4,682 -> 4,700, below
// the line 376 -> 339, wrong confident 27 and uncovered confident 16 unchanged, starter KB alone 26 unchanged; the
// figures above are pinned at it. Then Docker's network-driver wrapper (`Error response from daemon: driver failed
// programming external connectivity on endpoint …`) is boilerplate, and the port entry writes it as prose: uncovered
// confident 16 -> 13 (an iptables chain missing after a firewalld reload, v19-v21), starter KB alone 26 -> 23, below the
// line 339 -> 340 (v5: Docker for Mac's `… Error starting userland proxy: Bind for 0.0.0.0:80: unexpected error (Failure
// EADDRINUSE)`, a wording the entry's strings do not hold). Then nginx's request context closing an error-log line
// (`, client: …, server: …, request: "…", host: "…"`) is noise (noise.ts): below the line 340 -> 333 (the socket() and
// open() lines of the too-many-open-files entry, v8-v21), nothing else moved. Then real wordings four starter entries
// lacked (git's `! [rejected] … (fetch first)`, ssh's `Offending RSA/ED25519 key`, Docker 29's `… the docker API at …`
// for the socket and daemon entries, docker-compose v1's `Couldn't connect to Docker daemon`): 333 -> 315, the git
// cherry-pick paste of v7 below it instead (its `error: could not apply` line's share moved from 0.40 to 0.399 with the
// KB's word counts). v22, written blind in this session, measures all four:

// v22, written blind in the fifteenth session from the entries at 9a401ac (none of this session's changes) and kept
// unrun until they were done: at b8683d0 (before the fourteenth session's third and fourth parts) 347/359 first, 358 in
// the top 3, 58 below the line, 4 wrong, 2/158 uncovered confident, 7/271 against the starter KB alone; at 9a401ac
// 347, 358, 59, 4, 2, 4; after this session's four changes 349, 358, 52, 4, 1, 3 (the value shapes: 347 -> 349 first,
// 59 -> 55 below; the wrapper: uncovered 2 -> 1, starter KB alone 4 -> 3; nginx's context: nothing; the wordings:
// 55 -> 52 below). Then, with v22 read, six more real wordings (python -m's `…: No module named …`, macOS Go's
// `x509: “…” certificate is not trusted`, old OpenSSH's `bad permissions: ignore key: …`, PostgreSQL's `out of file
// descriptors`, npm 6's `checkPermissions Missing write access`, git's `you need to resolve your current index first`):
// v2-v22 below the line 367 -> 358 (v22 52 -> 46, no longer a blind figure), v6 top-1 220 -> 219 (a divergent-branches
// paste no string holds, below the line either way, now second behind the merge-conflict entry on its words).
describeHoldout('v22', {
  title:
    '359 pastes, 158 uncovered; written blind on 2026-12-05 from the entries at 9a401ac, measured before and after',
  top1: 0.974,
  top3: 0.997,
  uncoveredConfident: 1,
  belowLine: 31, // 30 before the in-order one-word check (thirty-seventh session); 31 until the typed-command rule (signals.ts `isTyped`), 32 after; 30 since a value quoted in place
  wrongConfident: 4,
});

// v23, written blind from the entries at 7fa2929 (the labelled half in the fifteenth session, the 188 uncovered pastes
// in the sixteenth, arriving at its end), first run in the sixteenth: at 7fa2929 359/382 first (94.0 %), 377 in the top
// 3, 78 below the line, 6 wrong, 3/188 uncovered confident, 3/319 against the starter KB alone; at ae87cf4 (six
// wordings added with v22 read, measured here blind) and at 375b6fb the same but 73 below. Then, with v23 read, real
// wordings the starter entries lacked (not blind on v23's labelled half; a v24 should measure them) and a `match:`
// pattern for systemd's refusal of docker.service: 365 first, 377 in the top 3, 55 below, 5 wrong; then
// the kubelet event as dockershim prints it (see v8): 364 first, 378 in the top 3, 55 below, 4 wrong; then the
// taken-port and sudo wordings: 53 below. The uncovered half, unread, stayed at 3/188 and 3/319 throughout.
describeHoldout('v23', {
  title:
    '382 pastes, 188 uncovered; written blind on 2026-12-05 from the entries at 7fa2929, measured in the next session',
  top1: 0.952,
  top3: 0.989,
  uncoveredConfident: 1, // 2 until the in-order one-word check (thirty-seventh session)
  belowLine: 49, // 47 before the sentence-opening check (thirty-eighth session); 46 before the in-order one-word check (thirty-seventh session); 47 until a negated verb was an error word (thirty-fifth session: GitHub's compare page); 46 until a field's other value (field-values.ts: systemd's `status=203/EXEC` against `status=1/FAILURE`); before, 47 after the typed-command rule (signals.ts `isTyped`), which took a wrong answer below the line; 46 since a value quoted in place
  wrongConfident: 0, // 2 until the sentence-opening check (thirty-eighth session); 4 until the head's value rule (signature-match.ts `headInPlace`)
});

// Seventeenth session. v24, written blind in the sixteenth from the entries at 375b6fb, first run at 375b6fb (329/338
// first, 336 in the top 3, 29 below, 2 wrong) and at 93575e2 (328, 336, 29, 2: the sixteenth session's wordings, blind,
// moved one paste from first to second); then read, and after this session's reading rules and wordings 332, 337, 21, 2.
// v25, written blind in this session from the entries at 93575e2 and run unread there (333/353 first, 348 in the top 3,
// 55 below, 5 wrong) and after this session's changes (333, 349, 50, 5): their blind measure. v24's uncovered half (192,
// written blind from the same copy of the entries at 375b6fb, arriving at this session's end) was run unread at
// 375b6fb, 93575e2 and the session's last commit: 4/192 confident at all three, 6/308 against the starter KB alone.
// v25's uncovered half (190, written blind from the entries at 93575e2, arriving at the session's end) run unread at
// 375b6fb, 93575e2 and the last commit: 5/190 confident at all three, 4/313 against the starter KB alone.
describeHoldout('v24', {
  title:
    '338 pastes, 192 uncovered; written blind on 2026-12-05 from the entries at 375b6fb, measured in the next session',
  top1: 0.982,
  top3: 0.997,
  uncoveredConfident: 1, // 2 until the head's value rule (signature-match.ts `headInPlace`)
  belowLine: 21, // 20 before the sentence-opening check (thirty-eighth session); 19 before the in-order one-word check (thirty-seventh session); 18 until a field's other value (field-values.ts: systemd's `status=203/EXEC` against `status=1/FAILURE`)
  wrongConfident: 0, // 1 until the sentence-opening check (thirty-eighth session)
});
describeHoldout('v25', {
  title:
    '353 pastes, 190 uncovered; written blind on 2026-12-05 from the entries at 93575e2, measured before and after that session',
  top1: 0.946,
  top3: 0.988,
  uncoveredConfident: 1, // 3 until the head's value rule (signature-match.ts `headInPlace`)
  belowLine: 47, // 46 before the sentence-opening check (thirty-eighth session); 45 before the in-order one-word check (thirty-seventh session); 44 until a field's other value (field-values.ts: systemd's `status=203/EXEC` against `status=1/FAILURE`)
  wrongConfident: 0, // 1 until a whole string less telling read as the line's error, thirty-ninth session; 2 until the sentence-opening check (thirty-eighth session); 3 before the head's value rule (signature-match.ts `headInPlace`); pinned at 5 until then
});

// Eighteenth session. v26, written blind in the seventeenth from the entries at 6b7db98 (354 labelled, 196 uncovered),
// first run unread at the eighteenth session's start (b0404af: no ranking change since 6b7db98): 340/354 first, 349 in
// the top 3, 44 below, 1 wrong, 4/196 uncovered confident, 4/323 against the starter KB alone.
describeHoldout('v26', {
  title:
    '354 pastes, 196 uncovered; written blind on 2026-12-05 from the entries at 6b7db98, first run in the next session',
  top1: 0.96,
  top3: 0.985,
  uncoveredConfident: 2, // 3 until a field's other value (field-values.ts, thirty-fourth session)
  belowLine: 39, // 38 before the in-order one-word check (thirty-seventh session); 37 until a field's other value (field-values.ts: systemd's `status=203/EXEC` against `status=1/FAILURE`); before, 38 until translated and negated-state error words (thirtieth session)
  wrongConfident: 1,
});

// v27, written blind in this session by two helper sessions from the entries at b0404af (350 labelled, 193 uncovered),
// run unread at 015a218 and after the foreign-word rule: 349/350 first, 350 in the top 3, 12 below, 0 wrong, 4/193
// uncovered confident both times (MiniSearch on it 83.7 %, within the other sets' range). Then read: ECR's missing
// repository (in v23-v27 alike) led to the quoted-slot rule, after which 3/193.
describeHoldout('v27', {
  title:
    '350 pastes, 193 uncovered; written blind on 2026-12-05 from the entries at b0404af, measured before and after that session',
  top1: 0.997,
  top3: 1,
  uncoveredConfident: 2, // 3 until a shown carriage return counted only whole (twenty-first session)
  belowLine: 10, // 11 until a negated verb was an error word (thirty-fifth session: GitHub's compare page); 10 until npm's `The operation was rejected by your operating system.` (which follows EPERM too) was boilerplate (twenty-ninth session): a paste of that line alone
  wrongConfident: 0,
});

// v28, written blind in this session by two helper sessions from the entries at b0404af (350 labelled, 196 uncovered)
// and run unread at b0404af, at e732d9c (the foreign-word and quoted-slot rules) and after this session's wordings:
// 343/350 first, 350 in the top 3, 24 below, 2 wrong at all three; uncovered 8/196 confident at b0404af, 7 after the
// rules (starter KB alone 10 -> 8 of 322). 6 since Kubernetes' preemption clause is boilerplate (twenty-first session).
describeHoldout('v28', {
  title:
    '350 pastes, 196 uncovered; written blind on 2026-12-05 from the entries at b0404af, measured before and after that session',
  top1: 0.98,
  top3: 1,
  uncoveredConfident: 5, // 6 until the in-order one-word check (thirty-seventh session)
  belowLine: 21, // 20 before the in-order one-word check (thirty-seventh session); 24 until `insufficient` read as an error word (twenty-first session); 21 until translated and negated-state error words (thirtieth session)
  wrongConfident: 2,
});

// v29, written blind in this session by two helper sessions from the entries at 1968173 (this session's wordings
// included; 350 labelled, 197 uncovered), run unread at cdc0df4 and after the OOMKilling wording: 340/350 first, 348 in
// the top 3, 25 below, 2 wrong, 1/197 uncovered confident both times (starter KB alone 1/323).
describeHoldout('v29', {
  title:
    '350 pastes, 197 uncovered; written blind on 2026-12-05 from the entries at 1968173, measured before and after a wording',
  top1: 0.971,
  top3: 0.994,
  uncoveredConfident: 0, // 1 until a field's other value (field-values.ts, thirty-fourth session)
  belowLine: 22,
  wrongConfident: 2,
});

// Nineteenth session: run first, unread, at 7866b04 (98.3 % top-1, 99.7 % top-3, 21 below, 2 wrong, 5/194 uncovered
// confident); then the starter entries quoted git's and sudo's own translations of their headline messages (five of
// the 21 below were translated git and sudo lines).
describeHoldout('v30', {
  title:
    '350 pastes, 194 uncovered; written blind on 2026-12-05 from the entries at b54489e, measured before and after translated wordings',
  top1: 0.985,
  top3: 1,
  uncoveredConfident: 2, // 3 until the in-order one-word check (thirty-seventh session); 4 until a field's other value (field-values.ts, thirty-fourth session)
  belowLine: 15, // 14 before the sentence-opening check (thirty-eighth session); 13 before the in-order one-word check (thirty-seventh session)
  wrongConfident: 0, // 1 until the sentence-opening check (thirty-eighth session)
});

// Nineteenth session, written blind from the entries at 7866b04 (before the translated wordings) and run there first:
// 95.7 % top-1, 98.6 % top-3, 32 below, 1 wrong, 2/195 uncovered confident. After them (000d957): six fewer below.
describeHoldout('v31', {
  title:
    '350 pastes, 195 uncovered; written blind on 2026-12-05 from the entries at 7866b04, measured before and after translated wordings',
  top1: 0.968,
  top3: 0.991,
  uncoveredConfident: 1, // 2 until the in-order one-word check (thirty-seventh session)
  belowLine: 25, // 24 before the sentence-opening check (thirty-eighth session); 23 before the in-order one-word check (thirty-seventh session)
  wrongConfident: 0, // 1 until the sentence-opening check (thirty-eighth session)
});

// Nineteenth session, written blind from the entries at 000d957 and run first at 6843d01, then with the wrapped-message
// reading (lib/search/wrapped-lines.ts): the same figures both times.
describeHoldout('v32', {
  title:
    '350 pastes, 195 uncovered; written blind on 2026-12-05 from the entries at 000d957, measured before and after the wrapped-message reading',
  top1: 0.971,
  top3: 0.997,
  uncoveredConfident: 1,
  belowLine: 24, // 23 before the sentence-opening check (thirty-eighth session)
  wrongConfident: 0, // 1 until the sentence-opening check (thirty-eighth session)
});

// Nineteenth session, written blind from the entries at 000d957 and run first at 0439c68, then with the same-line
// ordering of confident matches (a pattern counts like its example matched in full): the same figures both times.
describeHoldout('v33', {
  title:
    '350 pastes, 195 uncovered; written blind on 2026-12-05 from the entries at 000d957, measured before and after the same-line ordering',
  top1: 0.954,
  top3: 0.98,
  uncoveredConfident: 2,
  belowLine: 28, // 27 before the sentence-opening check (thirty-eighth session); 26 before the in-order one-word check (thirty-seventh session); 27 until the twenty-eighth session's wrapped prose (wrapped-lines.ts `softWrappedMessages`)
  wrongConfident: 1, // 2 until the sentence-opening check (thirty-eighth session)
});

// Nineteenth session, written blind from the entries at 45f3e5b and run first at c49152f (97.4 % top-1, 99.1 % top-3,
// 29 below, 1 wrong, 3/196 uncovered confident), then with two wordings (Java's FileNotFoundException for too many open
// files, IntelliJ's rejected push): one fewer below.
describeHoldout('v34', {
  title:
    '350 pastes, 196 uncovered; written blind on 2026-12-05 from the entries at 45f3e5b, measured before and after two wordings',
  top1: 0.974,
  top3: 0.991,
  uncoveredConfident: 0, // 1 until a field's other value (field-values.ts, thirty-fourth session); before, 3 before the twenty-first session's preemption clause and carriage-return rules
  belowLine: 29, // 28 before the sentence-opening check (thirty-eighth session); 27 before the in-order one-word check (thirty-seventh session)
  wrongConfident: 0, // 1 until the sentence-opening check (thirty-eighth session)
});

// Twentieth session, written blind in the nineteenth from the entries at 13dcb45 and run first at 65b0af3 (97.4 % top-1,
// 98.9 % top-3, 29 below, 1 wrong, 1/195 uncovered confident), then with `offending` as an error word: the same.
describeHoldout('v35', {
  title:
    '350 pastes, 195 uncovered; written blind on 2026-12-05 from the entries at 13dcb45, measured before and after one error word',
  top1: 0.974,
  top3: 0.988,
  uncoveredConfident: 0, // 1 until the head's value rule (signature-match.ts `headInPlace`)
  belowLine: 29, // 28 before the sentence-opening check (thirty-eighth session); 27 before the in-order one-word check (thirty-seventh session); 28 after the head's value rule (signature-match.ts `headInPlace`: crun's `exec container process` before the path); 27 since a value quoted in place
  wrongConfident: 0, // 1 until the sentence-opening check (thirty-eighth session)
});

// Twentieth session, written blind from the entries at 65b0af3 and run first at 65b0af3 and 7ba6923 (98.0 % top-1,
// 99.7 % top-3, 22 below, 2 wrong, 1/194 uncovered confident both times), then with a JSON error object's fields read
// as frames: the same, and none of its pastes no starter entry answers confident on the starter KB alone (was 1).
describeHoldout('v36', {
  title:
    '350 pastes, 194 uncovered; written blind on 2026-12-05 from the entries at 65b0af3, measured before and after two rules',
  top1: 0.98,
  top3: 0.997,
  uncoveredConfident: 0, // 1 until a field's other value (field-values.ts, thirty-fourth session)
  belowLine: 21, // 20 before the sentence-opening check (thirty-eighth session); 19 before the in-order one-word check (thirty-seventh session)
  wrongConfident: 1, // 2 until the sentence-opening check (thirty-eighth session)
});

// Twentieth session, written blind from the entries at 7ba6923 and run first at 684f6f4 (98.0 % top-1, 99.4 % top-3,
// 19 below, 1 wrong, 3/195 uncovered confident), then with a colon inside parentheses not splitting a chain and an
// identifier string matched only whole: the same.
describeHoldout('v37', {
  title:
    '350 pastes, 195 uncovered; written blind on 2026-12-05 from the entries at 7ba6923, measured before and after two rules',
  top1: 0.98,
  top3: 0.994,
  uncoveredConfident: 0, // 1 until a field's other value (field-values.ts, thirty-fourth session); before, 3 until the preemption clause weighed little at the end of a whole line (twenty-first session)
  belowLine: 21, // 20 before the sentence-opening check (thirty-eighth session); 19 before the in-order one-word check (thirty-seventh session); 18 until a field's other value (field-values.ts: systemd's `status=203/EXEC` against `status=1/FAILURE`)
  wrongConfident: 0, // 1 until the sentence-opening check (thirty-eighth session)
});

// Twenty-first session, written blind in the twentieth from the entries at 684f6f4 and run first at 0602730 (98.6 %
// top-1, 99.4 % top-3, 20 below, 1 wrong, 9/196 uncovered confident), then with Kubernetes' preemption clause as
// boilerplate and the cpu entry quoting it only after its reason: the same. Read after that; then 6 with a shown
// carriage return counting only whole and the clause weighing little at the end of a whole line.
describeHoldout('v38', {
  title:
    '350 pastes, 196 uncovered; written blind on 2026-12-06 from the entries at 684f6f4, measured before and after one wording',
  top1: 0.985,
  top3: 0.994,
  uncoveredConfident: 5, // 6 until a field's other value (field-values.ts, thirty-fourth session)
  belowLine: 21, // 20 before the sentence-opening check (thirty-eighth session); 19 before the in-order one-word check (thirty-seventh session); 18 until a field's other value (field-values.ts: systemd's `status=203/EXEC` against `status=1/FAILURE`)
  wrongConfident: 0, // 1 until the sentence-opening check (thirty-eighth session)
});

// Twenty-first session, written blind from the entries at 0602730 and run first at b6b094b (99.1 % top-1, 99.7 % top-3,
// 8 below, 1 wrong, 2/197 uncovered confident, 1/323 on the starter KB alone), then with a shown carriage return
// counting only whole: 1/197 (held out). Read after that.
describeHoldout('v39', {
  title:
    '350 pastes, 197 uncovered; written blind on 2026-12-06 from the entries at 0602730, measured before and after one rule',
  top1: 0.991,
  top3: 0.997,
  uncoveredConfident: 0, // 1 until a field's other value (field-values.ts, thirty-fourth session)
  belowLine: 8, // 7 before the sentence-opening check (thirty-eighth session); 8 until translated and negated-state error words (thirtieth session)
  wrongConfident: 0, // 1 until the sentence-opening check (thirty-eighth session)
});

// Twenty-first session, written blind from the entries at b6b094b and run first at 27df807 (99.1 % top-1, 100 % top-3,
// 14 below, 1 wrong, 3/197 uncovered confident, 3/323 on the starter KB alone), then with the carriage-return rule, the
// preemption clause weighing little at the end of a whole line and the cpu entry's memory line: the same, line for line.
describeHoldout('v40', {
  title:
    '350 pastes, 197 uncovered; written blind on 2026-12-06 from the entries at b6b094b, measured before and after three changes',
  top1: 0.991,
  top3: 1,
  uncoveredConfident: 1, // 2 until the in-order one-word check (thirty-seventh session); 3 until a field's other value (field-values.ts, thirty-fourth session)
  belowLine: 13, // 12 before the sentence-opening check (thirty-eighth session); 14 until `insufficient` read as an error word (read by then)
  wrongConfident: 0, // 1 until the sentence-opening check (thirty-eighth session)
});

// Twenty-first session, written blind from the entries after the session's cpu-entry wordings and run first without
// and then with `insufficient` as an error word: 97.4 % top-1, 99.7 % top-3, 16 below, 1 wrong, 3/200 uncovered
// confident, 3/326 on the starter KB alone, line for line the same.
describeHoldout('v41', {
  title:
    '350 pastes, 200 uncovered; written blind on 2026-12-06 from the entries at the session end, measured before and after one error word',
  top1: 0.974,
  top3: 0.997,
  uncoveredConfident: 0, // 2 until the in-order one-word check (thirty-seventh session); 3 until a field's other value (field-values.ts, thirty-fourth session)
  belowLine: 16, // 15 before the sentence-opening check (thirty-eighth session)
  wrongConfident: 0, // 1 until the sentence-opening check (thirty-eighth session)
});

// Twenty-second session, written blind in the twenty-first from the entries at its end (0a34eb8) and run at 0a34eb8 and
// after the twenty-second session's three rules (a Maven coordinate and a path's line and column are values; a string
// that is one ordinary word or a command decides nothing alone): 97.1 % top-1, 99.4 % top-3, 16 below, 2 wrong, 6/195
// uncovered confident, 4/321 on the starter KB alone, line for line the same.
describeHoldout('v42', {
  title:
    '350 pastes, 195 uncovered; written blind on 2026-12-06 from the entries at 0a34eb8, measured before and after three rules',
  top1: 0.971,
  top3: 0.994,
  uncoveredConfident: 5, // 6 until the in-order one-word check (thirty-seventh session)
  belowLine: 16, // 15 before the sentence-opening check (thirty-eighth session); 16 until translated and negated-state error words (thirtieth session)
  wrongConfident: 1, // 2 until the sentence-opening check (thirty-eighth session)
});

// Twenty-third session, written blind in the twenty-second from the entries at 0a34eb8 and run first at d0849e8 (99.1 %
// top-1, 100 % top-3, 8 below, 1 wrong, 3/195 uncovered confident, 0/321 on the starter KB alone), then with the errno
// wordings, suggested by one of its pastes (macOS's `Operation timed out` for ssh): 7 below, the rest the same.
describeHoldout('v43', {
  title:
    '350 pastes, 195 uncovered; written blind on 2026-12-06 from the entries at 0a34eb8, measured before and after the errno wordings',
  top1: 0.991,
  top3: 1,
  uncoveredConfident: 1, // 2 until the in-order one-word check (thirty-seventh session); 3 until a field's other value (field-values.ts, thirty-fourth session)
  belowLine: 8, // 7 before the sentence-opening check (thirty-eighth session)
  wrongConfident: 0, // 1 until the sentence-opening check (thirty-eighth session)
});

// Twenty-third session, written blind in it from the entries at d0849e8 while the errno wordings were made, and run first
// without them: 98.9 % top-1, 100 % top-3, 17 below, 0 wrong, 3/195 uncovered confident, 3/321 on the starter KB alone;
// with them, 16 below (macOS's `Operation timed out` under an rsync), the rest the same.
describeHoldout('v44', {
  title:
    '350 pastes, 195 uncovered; written blind on 2026-12-06 from the entries at d0849e8, measured without and with the errno wordings',
  top1: 0.985, // 0.988 until the typed-command rule (signals.ts `isTyped`)
  top3: 1,
  uncoveredConfident: 1, // 2 until the in-order one-word check (thirty-seventh session)
  belowLine: 16, // 15 before the sentence-opening check (thirty-eighth session)
  wrongConfident: 0, // 1 until the sentence-opening check (thirty-eighth session); 0 until the typed-command rule (signals.ts `isTyped`): `reason=OOMKilling` typed had made the OOMKilled entry the answer
});

// Twenty-third session, written blind in it from the entries at d0849e8 (after the errno wordings) and run first at
// 7f29f6f: 98.9 % top-1, 100 % top-3, 11 below, 1 wrong, 9/196 uncovered confident, 2/322 on the starter KB alone; then
// with an example value replaced in part read as a slot: the same, line for line.
describeHoldout('v45', {
  title:
    '350 pastes, 196 uncovered; written blind on 2026-12-06 from the entries at d0849e8, measured before and after value slots',
  top1: 0.988,
  top3: 1,
  uncoveredConfident: 6, // 7 until the in-order one-word check (thirty-seventh session); 8 until a field's other value (field-values.ts, thirty-fourth session)
  belowLine: 12, // 11 before the sentence-opening check (thirty-eighth session); 10 before the in-order one-word check (thirty-seventh session); 11 until translated and negated-state error words (thirtieth session)
  wrongConfident: 0, // 1 until the sentence-opening check (thirty-eighth session)
});

// Twenty-fourth session, written blind in the twenty-third from the entries at d0849e8 and run first at b2776db: 98.9 %
// top-1, 100 % top-3, 12 below, 1 wrong, 4/195 uncovered confident, 2/321 on the starter KB alone; then with the
// session's three rules (the head's value, signature-match.ts `headInPlace`; an apostrophe inside a word in an entry's
// string; an error level behind a log's prefixes): the same, line for line.
describeHoldout('v46', {
  title:
    '350 pastes, 195 uncovered; written blind on 2026-12-06 from the entries at d0849e8, measured before and after the head rule',
  top1: 0.988,
  top3: 1,
  uncoveredConfident: 1, // 3 until the in-order one-word check (thirty-seventh session)
  belowLine: 11, // 10 before the sentence-opening check (thirty-eighth session); 12 until translated and negated-state error words (thirtieth session)
  wrongConfident: 0, // 1 until the sentence-opening check (thirty-eighth session)
});

// Twenty-fourth session, written blind in it from the entries at d0849e8 while its three rules were made, and run at
// b2776db (before them) and after them: 99.1 % top-1, 99.7 % top-3, 16 below, 0 wrong, 8/195 uncovered confident, 4/321
// on the starter KB alone, line for line the same.
describeHoldout('v47', {
  title:
    '350 pastes, 195 uncovered; written blind on 2026-12-06 from the entries at d0849e8, measured before and after three rules',
  top1: 0.988, // 0.991 until the typed-command rule (signals.ts `isTyped`)
  top3: 0.997,
  uncoveredConfident: 5, // 7 until the in-order one-word check (thirty-seventh session)
  belowLine: 17, // 16 before the sentence-opening check (thirty-eighth session)
  wrongConfident: 0, // 1 until the sentence-opening check (thirty-eighth session); 0 until the typed-command rule (signals.ts `isTyped`): `reason=OOMKilling` typed had made the OOMKilled entry the answer
});

// Twenty-fourth session, written blind in it from the entries at d0849e8 and run at 7f61593 (97.4 % top-1, 99.1 % top-3,
// 20 below, 1 wrong, 5/195 uncovered confident, 3/321 on the starter KB alone), then with a command typed after a
// prompt deciding nothing (signals.ts `isTyped`): one paste more wrong (`reason=OOMKilling` typed, over the kernel's
// cgroup line), one unanswered error fewer confident (`$ git merge origin/mian`), 1/321 on the starter KB alone.
describeHoldout('v48', {
  title:
    '350 pastes, 195 uncovered; written blind on 2026-12-06 from the entries at d0849e8, measured before and after the typed-command rule',
  top1: 0.971,
  top3: 0.991,
  uncoveredConfident: 3,
  belowLine: 23, // 21 before the sentence-opening check (thirty-eighth session); 20 before the in-order one-word check (thirty-seventh session)
  wrongConfident: 0, // 2 until the sentence-opening check (thirty-eighth session)
});

// Twenty-fourth session, written blind in it from the entries at d0849e8 and run at 0153b13 (this figure) and with a rule
// that was then dropped (a head element with extra leading words decides nothing: 1 wrong -> 0, 14 -> 15 below here,
// but 5 more below on blind f12; docs/benchmarks/search-holdout.md).
describeHoldout('v49', {
  title: '350 pastes, 195 uncovered; written blind on 2026-12-06 from the entries at d0849e8, measured at 0153b13',
  top1: 0.991,
  top3: 0.997,
  uncoveredConfident: 3, // 4 until a field's other value (field-values.ts, thirty-fourth session)
  belowLine: 16, // 15 before the sentence-opening check (thirty-eighth session); 14 before the in-order one-word check (thirty-seventh session)
  wrongConfident: 0, // 1 until the sentence-opening check (thirty-eighth session)
});

// Written blind in the twenty-fourth session from the entries at d0849e8 and run in the twenty-fifth at 5eb0ac6 (these
// figures) and with counter items (lib/parse/symptoms.ts `isCounterSymptom`; no entry here has one), line for line the
// same; then with a chain's whole telling tail deciding alone, a rule dropped on the read sets, also the same.
describeHoldout('v50', {
  title: '350 pastes, 195 uncovered; written blind on 2026-12-06 from the entries at d0849e8, measured at 5eb0ac6',
  top1: 0.982, // 344/350
  top3: 0.997,
  uncoveredConfident: 1, // 2 until a field's other value (field-values.ts, thirty-fourth session)
  belowLine: 17, // 15 before the sentence-opening check (thirty-eighth session)
  wrongConfident: 0, // 2 until the sentence-opening check (thirty-eighth session)
});

// Written blind in the twenty-fifth session by three helper sessions from the entries at d0849e8 and run at 5eb0ac6,
// with counter items and with an exception's class and message matched by the message alone (signature-index.ts
// `isClassHead`): line for line the same each time.
describeHoldout('v51', {
  title:
    '350 pastes, 195 uncovered; written blind on 2026-12-06 from the entries at d0849e8, measured before and after two rules',
  top1: 0.977, // 342/350
  top3: 0.997,
  uncoveredConfident: 2, // 3 until the in-order one-word check (thirty-seventh session)
  belowLine: 28, // 27 before the sentence-opening check (thirty-eighth session); 26 before the in-order one-word check (thirty-seventh session)
  wrongConfident: 0, // 1 until the sentence-opening check (thirty-eighth session)
});

// Written blind in the twenty-fifth session from the entries at d0849e8 and run at e12aaf7 and with tools' wrapper lines
// (boilerplate.ts; no starter entry quotes one): line for line the same.
describeHoldout('v52', {
  title:
    '350 pastes, 195 uncovered; written blind on 2026-12-06 from the entries at d0849e8, measured before and after the wrapper lines',
  top1: 0.971, // 340/350
  top3: 0.997,
  uncoveredConfident: 3, // 4 until the in-order one-word check (thirty-seventh session)
  belowLine: 28, // 27 before the sentence-opening check (thirty-eighth session); 26 before the in-order one-word check (thirty-seventh session)
  wrongConfident: 0, // 1 until the sentence-opening check (thirty-eighth session)
});

// Written blind in the twenty-fifth session from the entries at d0849e8 and run in the twenty-sixth at b3c20be and with
// shouted labels (signature-index.ts `shoutedLabels`; no starter entry's label moved a paste): line for line the same.
describeHoldout('v53', {
  title:
    '350 pastes, 195 uncovered; written blind on 2026-12-06 from the entries at d0849e8, measured before and after the shouted labels',
  top1: 0.974, // 341/350
  top3: 0.994,
  uncoveredConfident: 1, // 2 until a field's other value (field-values.ts, thirty-fourth session)
  belowLine: 27, // 25 before the sentence-opening check (thirty-eighth session); 24 before the in-order one-word check (thirty-seventh session)
  wrongConfident: 0, // 2 until the sentence-opening check (thirty-eighth session)
});

// Written blind in the twenty-sixth session from the entries at d0849e8 and run at c9a872e and with a host under a domain
// reserved for examples read as a value (example-values.ts; no starter string has one): line for line the same.
describeHoldout('v54', {
  title:
    '350 pastes, 195 uncovered; written blind on 2026-12-06 from the entries at d0849e8, measured before and after the example domains',
  top1: 0.985, // 345/350
  top3: 0.994,
  uncoveredConfident: 5, // 6 until the in-order one-word check (thirty-seventh session)
  belowLine: 13, // 12 before the sentence-opening check (thirty-eighth session)
  wrongConfident: 0, // 1 until the sentence-opening check (thirty-eighth session)
});

// Written blind in the twenty-sixth session from the entries at d0849e8 and run in the twenty-seventh at 7ecb897 and with
// more tools' wrapper lines (boilerplate.ts) and apt's `E:` as an error level (noise.ts): line for line the same.
describeHoldout('v55', {
  title:
    '350 pastes, 195 uncovered; written blind on 2026-12-06 from the entries at d0849e8, measured before and after the wrapper lines',
  top1: 0.98, // 344/350
  top3: 0.997,
  uncoveredConfident: 0, // 1 until the in-order one-word check (thirty-seventh session); 2 until a field's other value (field-values.ts, thirty-fourth session)
  belowLine: 15, // 14 before the sentence-opening check (thirty-eighth session)
  wrongConfident: 0, // 1 until the sentence-opening check (thirty-eighth session)
});

// Written blind in the twenty-seventh session from the entries at d0849e8 (its uncovered set 194: two helper sessions
// wrote one paste twice) and run at 7ecb897 and with the session's rules: line for line the same.
describeHoldout('v56', {
  title:
    '350 pastes, 194 uncovered; written blind on 2026-12-06 from the entries at d0849e8, measured before and after the wrapper lines',
  top1: 0.985, // 345/350
  top3: 1,
  uncoveredConfident: 2, // 3 until a field's other value (field-values.ts, thirty-fourth session)
  belowLine: 10, // 9 before the sentence-opening check (thirty-eighth session)
  wrongConfident: 0, // 1 until the sentence-opening check (thirty-eighth session)
});

// Written blind in the twenty-seventh session from the entries at d0849e8 and run at eadc7e8 and with `exceeded` as an
// error word and a paste's last lines looked up before its middle (signals.ts): line for line the same. Its 9
// uncovered pastes confident are the most of any set since v45: among them a Postgres `too many clients` read as
// Node's `Error: Port ... is already in use` (the `...` took `5432 failed: FATAL: sorry, too many clients`).
describeHoldout('v57', {
  title:
    '350 pastes, 195 uncovered; written blind on 2026-12-06 from the entries at d0849e8, measured before and after two reading rules',
  top1: 0.965, // 339/350
  top3: 0.99,
  uncoveredConfident: 4, // 6 until the in-order one-word check (thirty-seventh session); 7 until a field's other value (field-values.ts, thirty-fourth session)
  belowLine: 20, // 19 before the sentence-opening check (thirty-eighth session); 18 before the in-order one-word check (thirty-seventh session); 19 until the twenty-eighth session's wrapped prose (Terraform's `x509:` message over lines)
  wrongConfident: 0, // 1 until the sentence-opening check (thirty-eighth session)
});

// Written blind in the twenty-seventh session from the entries at d0849e8 and run in the twenty-eighth at 0c1deb7 and
// with two wrapper lines (GitHub Actions', terraform init's; boilerplate.ts) and prose wrapped at a width read whole
// (wrapped-lines.ts `softWrappedMessages`): line for line the same. The one wrong answer is the one of v55-v57 too: a
// node's `OOMKilling` event read as the host's OOM killer.
describeHoldout('v58', {
  title:
    '350 pastes, 193 uncovered; written blind on 2026-12-06 from the entries at d0849e8, measured before and after two wrapper lines and wrapped prose',
  top1: 0.982, // 344/350
  top3: 1,
  uncoveredConfident: 4,
  belowLine: 14, // 13 before the sentence-opening check (thirty-eighth session); 12 before the in-order one-word check (thirty-seventh session); 13 until translated and negated-state error words (thirtieth session)
  wrongConfident: 0, // 1 until the sentence-opening check (thirty-eighth session)
});

// Written blind in the twenty-eighth session from the entries at d0849e8 and run at 0c1deb7 and with the same rules:
// line for line the same.
describeHoldout('v59', {
  title:
    '350 pastes, 194 uncovered; written blind on 2026-12-06 from the entries at d0849e8, measured before and after two wrapper lines and wrapped prose',
  top1: 0.982, // 344/350
  top3: 1,
  uncoveredConfident: 1, // 2 until a field's other value (field-values.ts, thirty-fourth session)
  belowLine: 16, // 15 before the sentence-opening check (thirty-eighth session); 14 before the in-order one-word check (thirty-seventh session)
  wrongConfident: 0, // 1 until the sentence-opening check (thirty-eighth session)
});

// Written blind in the twenty-eighth session from the entries at d0849e8 and run at 0c1deb7 and with all the session's
// rules (Gradle's task line a wrapper, wrapped numbered items among them): line for line the same. Among its 6 uncovered
// confident, psql's `port 5432 failed: FATAL:  sorry, too many clients already` for Node's `Error: Port ... is already
// in use` again (v57 had it too).
describeHoldout('v60', {
  title:
    "350 pastes, 195 uncovered; written blind on 2026-12-06 from the entries at d0849e8, measured before and after the session's rules",
  top1: 0.991, // 347/350
  top3: 1,
  uncoveredConfident: 2, // 3 until the in-order one-word check (thirty-seventh session); 4 until a field's other value (field-values.ts, thirty-fourth session)
  belowLine: 14, // 13 before the sentence-opening check (thirty-eighth session); 12 before the in-order one-word check (thirty-seventh session); 11 until a field's other value (field-values.ts: systemd's `status=203/EXEC` against `status=1/FAILURE`)
  wrongConfident: 0, // 1 until the sentence-opening check (thirty-eighth session)
});

// Written blind in the twenty-eighth session from the entries at d0849e8 and run at 0c1deb7 and with all the session's
// rules (apt's and GitHub Actions' closing lines and nginx's request context in an entry's string among them): line for
// line the same. Its one wrong answer is again a node's `OOMKilling` event read as the host's OOM killer.
describeHoldout('v61', {
  title:
    "350 pastes, 195 uncovered; written blind on 2026-12-06 from the entries at d0849e8, measured before and after the session's rules",
  top1: 0.985, // 345/350
  top3: 1,
  uncoveredConfident: 2, // 3 until a field's other value (field-values.ts, thirty-fourth session)
  belowLine: 8, // 9 until translated and negated-state error words (thirtieth session)
  wrongConfident: 0, // 1 until the sentence-opening check (thirty-eighth session)
});

// Written blind in the twenty-eighth session from the entries at d0849e8 and run in the twenty-ninth at 141c7ff and with
// its rules (the JVM's `Exception in thread "main"` as a prefix, npm's `The operation was rejected by your operating
// system.` a wrapper line, a value quoted in place): 347/350 first, 348 in the top 3, 13 below, 0 wrong both times;
// uncovered 6 -> 5 of 195 confident (Windows' `npm ERR! code EPERM` no longer the global-install entry's), 2 -> 1 on
// the starter KB alone.
describeHoldout('v62', {
  title:
    "350 pastes, 195 uncovered; written blind on 2026-12-06 from the entries at d0849e8, measured before and after the twenty-ninth session's rules",
  top1: 0.99, // 347/350
  top3: 0.994,
  uncoveredConfident: 3, // 4 until a field's other value (field-values.ts, thirty-fourth session)
  belowLine: 13,
  wrongConfident: 0,
});

// Written blind in the twenty-ninth session from the entries at 141c7ff (four helper sessions) and run there and with
// the session's rules: line for line the same. Its one wrong answer is again a node's `OOMKilling` event read as the
// host's OOM killer.
describeHoldout('v63', {
  title:
    "350 pastes, 195 uncovered; written blind on 2026-12-06 from the entries at 141c7ff, measured before and after the twenty-ninth session's rules",
  top1: 0.988, // 346/350
  top3: 1,
  uncoveredConfident: 2,
  belowLine: 10, // 9 before the sentence-opening check (thirty-eighth session)
  wrongConfident: 0, // 1 until the sentence-opening check (thirty-eighth session)
});

// Written blind in the twenty-ninth session from the entries at 141c7ff (the npm entry as rewritten) and run at da06079
// and with the session's later wrapper lines: line for line the same. Its one wrong answer is again a node's `OOMKilling`
// event read as the host's OOM killer.
describeHoldout('v64', {
  title:
    "350 pastes, 194 uncovered; written blind on 2026-12-06 from the entries at 141c7ff, measured before and after the twenty-ninth session's wrapper lines",
  top1: 0.982, // 344/350
  top3: 0.997,
  uncoveredConfident: 0, // 1 until the sentence-opening check (thirty-eighth session); 3 until the in-order one-word check (thirty-seventh session); 4 until a field's other value (field-values.ts, thirty-fourth session)
  belowLine: 16, // 15 before the sentence-opening check (thirty-eighth session); 16 until translated and negated-state error words (thirtieth session)
  wrongConfident: 0, // 1 until the sentence-opening check (thirty-eighth session)
});

// Written blind in the twenty-ninth session from the entries at da06079 and run at 99d2d04 and with Maven's goal line
// as a wrapper line: line for line the same. Its one wrong answer is again a node's `OOMKilling` event.
describeHoldout('v65', {
  title:
    "350 pastes, 194 uncovered; written blind on 2026-12-06 from the entries at da06079, measured before and after the twenty-ninth session's last rule",
  top1: 0.988, // 346/350
  top3: 1,
  uncoveredConfident: 1, // 2 until the in-order one-word check (thirty-seventh session); 3 until a field's other value (field-values.ts, thirty-fourth session)
  belowLine: 9, // 8 before the sentence-opening check (thirty-eighth session); 7 before the in-order one-word check (thirty-seventh session)
  wrongConfident: 0, // 1 until the sentence-opening check (thirty-eighth session)
});

// Written blind in the twenty-ninth session from the entries at 99d2d04 and run in the thirtieth at ca60ee0 and with
// translated error words: 10 below after, 11 before (git's German `! [zurückgewiesen] … (kein Vorspulen)`), the rest
// line for line the same. Its one wrong answer is again a node's `OOMKilling` event.
describeHoldout('v66', {
  title:
    "350 pastes, 195 uncovered; written blind on 2026-12-06 from the entries at 99d2d04, measured before and after the thirtieth session's first rule",
  top1: 0.985, // 345/350
  top3: 0.997,
  uncoveredConfident: 3, // 4 until a field's other value (field-values.ts, thirty-fourth session)
  belowLine: 12, // 11 before the sentence-opening check (thirty-eighth session); 10 before the in-order one-word check (thirty-seventh session)
  wrongConfident: 0, // 1 until the sentence-opening check (thirty-eighth session)
});

// Written blind in the thirtieth session from the same entries and run at ca60ee0, with translated error words and with
// negated states as error words: line for line the same all three times. Its one wrong answer is again a node's
// `OOMKilling` event.
describeHoldout('v67', {
  title:
    "350 pastes, 195 uncovered; written blind on 2026-12-06 from the entries at 99d2d04, measured before and after the thirtieth session's rules",
  top1: 0.974, // 341/350
  top3: 0.991,
  uncoveredConfident: 1,
  belowLine: 16, // 15 before the sentence-opening check (thirty-eighth session); 14 before the in-order one-word check (thirty-seventh session)
  wrongConfident: 0, // 1 until the sentence-opening check (thirty-eighth session)
});

// Written blind in the thirtieth session from the same entries and run at e77c7dd and with an errno in parentheses kept
// in a chain's tail: line for line the same. Its one wrong answer is again a node's `OOMKilling` event.
describeHoldout('v68', {
  title:
    "350 pastes, 195 uncovered; written blind on 2026-12-07 from the entries at 99d2d04, measured before and after the thirtieth session's last rule",
  top1: 0.988, // 346/350
  top3: 0.997,
  uncoveredConfident: 3, // 4 until the in-order one-word check (thirty-seventh session); 5 until a field's other value (field-values.ts, thirty-fourth session)
  belowLine: 13, // 12 before the sentence-opening check (thirty-eighth session); 11 before the in-order one-word check (thirty-seventh session)
  wrongConfident: 0, // 1 until the sentence-opening check (thirty-eighth session)
});

// Written blind in the thirtieth session from the same entries and run in the thirty-first at 5841ad3 and with a
// placeholder glued into a word read with the word: line for line the same. Its one wrong answer is again a node's
// `OOMKilling` event.
describeHoldout('v69', {
  title:
    "350 pastes, 195 uncovered; written blind on 2026-12-07 from the entries at 99d2d04, measured before and after the thirty-first session's rule",
  top1: 0.991, // 347/350
  top3: 1,
  uncoveredConfident: 2, // 3 until a field's other value (field-values.ts, thirty-fourth session)
  belowLine: 9,
  wrongConfident: 0, // 1 until the sentence-opening check (thirty-eighth session)
});

// Written blind in the thirty-first session from the same entries and run at 1a35819 and with a .NET namespace read
// as a value: line for line the same. Its one wrong answer is again a node's `OOMKilling` event; one of its 3
// unanswered confident pastes is again psql's `port 5432 failed: FATAL:  sorry, too many clients already` for Node's
// `Port __PORT__ is already in use`.
describeHoldout('v70', {
  title:
    "350 pastes, 195 uncovered; written blind on 2026-12-07 from the entries at 99d2d04, measured before and after the thirty-first session's second rule",
  top1: 0.991, // 347/350
  top3: 1,
  uncoveredConfident: 1,
  belowLine: 12, // 11 before the sentence-opening check (thirty-eighth session)
  wrongConfident: 0, // 1 until the sentence-opening check (thirty-eighth session)
});

// Written blind in the thirty-first session from the same entries and run in the thirty-second at c48cbcb and with a
// named placeholder read as one value: the same but for one paste on the starter KB alone (a psycopg2 traceback ending
// `port 5432 failed: FATAL: …` no longer Node's `Port __PORT__ is already in use`). Its one wrong answer is again a
// node's `OOMKilling` event.
describeHoldout('v71', {
  title:
    "350 pastes, 194 uncovered; written blind on 2026-12-07 from the entries at 99d2d04, measured before and after the thirty-second session's rule",
  top1: 0.985, // 345/350
  top3: 0.997, // 349/350
  uncoveredConfident: 1, // 2 until the in-order one-word check (thirty-seventh session); 3 until a field's other value (field-values.ts, thirty-fourth session)
  belowLine: 14, // 13 before the sentence-opening check (thirty-eighth session)
  wrongConfident: 0, // 1 until the sentence-opening check (thirty-eighth session)
});

// Written blind in the thirty-second session from the same entries and run there at 28df307 and with an address
// against a path: the same but one unanswered paste (Node's `listen EACCES: permission denied /var/run/storefront/
// api.sock`, no longer the low-port distractor's). Its one wrong answer is again a node's `OOMKilling` event.
describeHoldout('v72', {
  title:
    "350 pastes, 195 uncovered; written blind on 2026-12-07 from the entries at 99d2d04, measured before and after the thirty-second session's second rule",
  top1: 0.988, // 346/350
  top3: 0.997, // 349/350
  uncoveredConfident: 1, // 2 until the in-order one-word check (thirty-seventh session); 3 until a field's other value (field-values.ts, thirty-fourth session)
  belowLine: 13, // 12 before the sentence-opening check (thirty-eighth session); 11 before the in-order one-word check (thirty-seventh session)
  wrongConfident: 0, // 1 until the sentence-opening check (thirty-eighth session)
});

// Written blind in the thirty-second session from the same entries and run in the thirty-third at 332b88b and with
// the pull-access entry's `match:` pattern (a private registry's host and repository): line for line the same. Its one
// wrong answer is again a node's `OOMKilling` event.
describeHoldout('v73', {
  title:
    "350 pastes, 195 uncovered; written blind on 2026-12-07 from the entries at 99d2d04, measured before and after the thirty-third session's pull-access pattern",
  top1: 0.977, // 342/350
  top3: 0.997, // 349/350
  uncoveredConfident: 2, // 3 until a field's other value (field-values.ts, thirty-fourth session)
  belowLine: 22, // 21 before the sentence-opening check (thirty-eighth session); 20 before the in-order one-word check (thirty-seventh session)
  wrongConfident: 0, // 1 until the sentence-opening check (thirty-eighth session)
});

// Written blind in the thirty-second session from the same entries and run in the thirty-fourth at 8382be4 and with a
// field's other value (field-values.ts): line for line the same but one uncovered paste (systemd's `status=203/EXEC`, no
// longer the exit-1 distractor's). Its one wrong answer is again a node's `OOMKilling` event.
describeHoldout('v74', {
  title:
    "350 pastes, 195 uncovered; written blind on 2026-12-07 from the entries at 99d2d04, measured before and after the thirty-fourth session's field rule",
  top1: 0.985, // 345/350
  top3: 1, // 350/350
  uncoveredConfident: 1, // 2 before the field rule
  belowLine: 13, // 12 before the sentence-opening check (thirty-eighth session); 11 before the in-order one-word check (thirty-seventh session)
  wrongConfident: 0, // 1 until the sentence-opening check (thirty-eighth session)
});

// Written blind in the thirty-third session from the same entries and run in the thirty-fourth after the field rule and
// with a bare `exit code: 1` as boilerplate: line for line the same. Its one wrong answer is again a node's OOM kill.
describeHoldout('v75', {
  title:
    "350 pastes, 195 uncovered; written blind on 2026-12-07 from the entries at 99d2d04, measured before and after the thirty-fourth session's exit-code line",
  top1: 0.994, // 348/350
  top3: 0.997, // 349/350
  uncoveredConfident: 3,
  belowLine: 12, // 11 before the sentence-opening check (thirty-eighth session)
  wrongConfident: 0, // 1 until the sentence-opening check (thirty-eighth session)
});

// Written blind in the thirty-fourth session from the same entries and run there after its two rules, and with a third
// that was dropped (the line must hold two of a string's words in the string's order: 1 fewer uncovered confident, 1
// more below here): pinned as landed. Its one wrong answer is again a node's OOM kill.
describeHoldout('v76', {
  title:
    "350 pastes, 200 uncovered; written blind on 2026-12-07 from the entries at 8382be4, measured before and after the thirty-fourth session's dropped rule",
  top1: 0.988, // 346/350
  top3: 1, // 350/350
  uncoveredConfident: 1, // 2 until the in-order one-word check (thirty-seventh session)
  belowLine: 16, // 15 before the in-order one-word check (thirty-seventh session)
  wrongConfident: 0, // 1 until the sentence-opening check (thirty-eighth session)
});

// Written blind in the thirty-fourth session from the same kit as v76 and run there before and after an exit status
// appended to a chain read as no part of its tail: line for line the same.
describeHoldout('v77', {
  title:
    "350 pastes, 200 uncovered; written blind on 2026-12-07 from the entries at 8382be4, measured before and after the thirty-fourth session's exit-status tail",
  top1: 0.977, // 342/350
  top3: 0.997, // 349/350
  uncoveredConfident: 1,
  belowLine: 18, // 17 before the sentence-opening check (thirty-eighth session); 16 before the in-order one-word check (thirty-seventh session)
  wrongConfident: 0, // 1 until the sentence-opening check (thirty-eighth session)
});

// Written blind in the thirty-fourth session from the same kit as v76 and run in the thirty-fifth before and after a
// negated verb read as an error word: line for line the same. Its one wrong answer is again a node's OOM kill.
describeHoldout('v78', {
  title:
    "350 pastes, 200 uncovered; written blind on 2026-12-07 from the entries at 8382be4, measured before and after the thirty-fifth session's negated verbs",
  top1: 0.985, // 345/350
  top3: 1, // 350/350
  uncoveredConfident: 1,
  belowLine: 19, // 18 before the in-order one-word check (thirty-seventh session)
  wrongConfident: 0, // 1 until the sentence-opening check (thirty-eighth session)
});

// Written blind in the thirty-fifth session from the same kit as v76 and run there before and after more shell prompts
// read as prompts (macOS's zsh, oh-my-zsh, a virtualenv's name before one): line for line the same.
describeHoldout('v79', {
  title:
    "350 pastes, 200 uncovered; written blind on 2026-12-07 from the entries at 8382be4, measured before and after the thirty-fifth session's shell prompts",
  top1: 0.98, // 344/350
  top3: 1, // 350/350
  uncoveredConfident: 2, // 3 until the in-order one-word check (thirty-seventh session)
  belowLine: 29, // 28 before the sentence-opening check (thirty-eighth session); 27 before the in-order one-word check (thirty-seventh session)
  wrongConfident: 0, // 1 until the sentence-opening check (thirty-eighth session)
});

// Written blind in the thirty-fifth session from the same kit as v76 and run there before and after an error's number
// read as the error's own (error-numbers.ts): line for line the same. Its one wrong answer is again a node's OOM kill.
describeHoldout('v80', {
  title:
    "350 pastes, 200 uncovered; written blind on 2026-12-07 from the entries at 8382be4, measured before and after the thirty-fifth session's error numbers",
  top1: 0.974, // 341/350
  top3: 0.997, // 349/350
  uncoveredConfident: 2, // 3 until the in-order one-word check (thirty-seventh session)
  belowLine: 19, // 18 before the in-order one-word check (thirty-seventh session)
  wrongConfident: 1,
});

// Written blind in the thirty-fifth session from the same kit as v76 and run in the thirty-sixth before and after its
// wrapper lines (boilerplate.ts: webpack's, Jenkins', Heroku's and others' lines around any failure): line for line
// the same. Its one wrong answer is again a node's OOM kill.
describeHoldout('v81', {
  title:
    "350 pastes, 200 uncovered; written blind on 2026-12-07 from the entries at 8382be4, measured before and after the thirty-sixth session's wrapper lines",
  top1: 0.988, // 346/350
  top3: 0.997, // 349/350
  uncoveredConfident: 1,
  belowLine: 24, // 23 before the sentence-opening check (thirty-eighth session); 22 before the in-order one-word check (thirty-seventh session)
  wrongConfident: 0, // 1 until the sentence-opening check (thirty-eighth session)
});

// Written blind in the thirty-sixth session from the same kit as v76 and run there before and after a command with no
// option read as a command (weak-string-check.ts `isBareCommand`) and the merge-conflict entry's `git status` wording:
// line for line the same. Its one wrong answer is again a node's OOM kill.
describeHoldout('v82', {
  title:
    "350 pastes, 200 uncovered; written blind on 2026-12-07 from the entries at 8382be4, measured before and after the thirty-sixth session's bare commands",
  top1: 0.98, // 343/350; 344 before a tool's announcing line set no error bar (fortieth session: a Docker build's `Host key verification failed.` paste, every line a closing line, now first for the publickey entry, below the line both times)
  top3: 1, // 350/350
  uncoveredConfident: 2, // 3 until the in-order one-word check (thirty-seventh session)
  belowLine: 28, // 27 before the sentence-opening check (thirty-eighth session); 26 before the in-order one-word check (thirty-seventh session)
  wrongConfident: 0, // 1 until the sentence-opening check (thirty-eighth session)
});

// Written blind in the thirty-sixth session from the same kit as v76 with the merge-conflict entry's `git status`
// wording, and run there before and after git's `! [remote rejected]` marker as boilerplate: line for line the same.
describeHoldout('v83', {
  title:
    "350 pastes, 200 uncovered; written blind on 2026-12-07 from the entries at 537aa75, measured before and after the thirty-sixth session's last wrapper line",
  top1: 0.977, // 342/350
  top3: 0.997, // 349/350
  uncoveredConfident: 1, // 2 until the in-order one-word check (thirty-seventh session)
  belowLine: 26, // 25 before the sentence-opening check (thirty-eighth session); 24 before the in-order one-word check (thirty-seventh session)
  wrongConfident: 0, // 1 until the sentence-opening check (thirty-eighth session)
});
describeHoldout('v84', {
  title:
    "350 pastes, 200 uncovered; written blind on 2026-12-07 from the entries of v83, measured before and after the thirty-seventh session's in-order one-word check",
  top1: 0.98, // 343/350
  top3: 0.994, // 348/350
  uncoveredConfident: 1,
  belowLine: 25, // 24 before the sentence-opening check (thirty-eighth session); 23 before the in-order one-word check (a yarn 404 paste)
  wrongConfident: 0, // 1 until the sentence-opening check (thirty-eighth session)
});
describeHoldout('v85', {
  title:
    "350 pastes, 200 uncovered; written blind on 2026-12-07 from the entries of v83, measured before and after the thirty-seventh session's negated strings",
  top1: 0.977, // 342/350
  top3: 0.997, // 349/350
  uncoveredConfident: 2,
  belowLine: 23, // 22 before the sentence-opening check (thirty-eighth session)
  wrongConfident: 0, // 1 until the sentence-opening check (thirty-eighth session)
});
describeHoldout('v86', {
  title:
    "350 pastes, 196 uncovered; written blind on 2026-12-07 from the entries at af7770d, measured before and after the thirty-eighth session's sentence-opening check",
  top1: 0.971, // 340/350
  top3: 0.991, // 347/350
  uncoveredConfident: 0,
  belowLine: 21, // 20 before the sentence-opening check (a node-problem-detector `OOMKilling` line, wrong before)
  wrongConfident: 0, // 1 until the sentence-opening check
});
describeHoldout('v87', {
  title:
    "350 pastes, 199 uncovered; written blind on 2026-12-07 from the entries at af7770d, measured before and after the thirty-eighth session's error-code check",
  top1: 0.977, // 342/350
  top3: 0.994, // 348/350
  uncoveredConfident: 2,
  belowLine: 27,
  wrongConfident: 0,
});
describeHoldout('v88', {
  title:
    "350 pastes, 197 uncovered; written blind on 2026-12-07 from the entries at dae5a16, measured before and after the thirty-ninth session's summary lines",
  top1: 0.98, // 343/350
  top3: 1, // 350/350
  uncoveredConfident: 1,
  belowLine: 24,
  wrongConfident: 0,
});
describeHoldout('v89', {
  title:
    "350 pastes, 197 uncovered; written blind on 2026-12-07 from the entries at dae5a16, measured before and after the thirty-ninth session's whole-string rule",
  top1: 0.974, // 341/350
  top3: 0.994, // 348/350
  uncoveredConfident: 1,
  belowLine: 25,
  wrongConfident: 0,
});
describeHoldout('v90', {
  title:
    '350 pastes, 196 uncovered; written blind on 2026-12-07 from the entries at dae5a16, measured unread in the fortieth session with no change to the ranking',
  top1: 0.977, // 342/350
  top3: 0.994, // 348/350
  uncoveredConfident: 2,
  belowLine: 19,
  wrongConfident: 0,
});
describeHoldout('v91', {
  title:
    "350 pastes, 196 uncovered; written blind on 2026-12-07 from the entries at dae5a16, measured before and after the fortieth session's error bar",
  top1: 0.988, // 346/350
  top3: 1, // 350/350
  uncoveredConfident: 1,
  belowLine: 14, // 15 before a tool's announcing line set no error bar (fortieth session)
  wrongConfident: 0,
});
describeHoldout('v92', {
  title:
    "350 pastes, 195 uncovered; written blind on 2026-12-08 from the entries at dae5a16, measured before and after the fortieth session's level behind a program's name",
  top1: 0.98, // 343/350
  top3: 0.997, // 349/350
  uncoveredConfident: 4,
  belowLine: 20,
  wrongConfident: 0,
});

// Fourteenth session: the same sets against the starter KB alone, the KB a reader starts with. With no distractor to
// take them, the pastes no starter entry answers (each set's uncovered ones and those a distractor answers) were
// confident matches 228 times of 2,286 at 37d7412 (v2-v19): ssh's and git's closing lines, and the Docker entry's
// systemd line that named docker only in the unit's name. After those three changes: 79 (v20, unseen: 17 -> 7 of 188).
// After the second part (`too`, the npm and ssh entries' `match:`): 52 of 2,474 on v2-v20; v21, unseen, 12 -> 9 of 270.
// After the third (the fields Node prints under a system error weigh as frames; a line that is only a string's last
// element decides nothing when that element is a system error's text, the resolver's messages now among them; the npm
// entry's over-broad `npm ERR! path …/lib/node_modules` pattern dropped): 33 of 2,744 on v2-v21. After the fourth (a
// stack frame or such a field behind a log's prefix, docker compose's or journald's, is one too): 26. Twentieth
// session: such fields inside a JSON error object (pino's `"code":"EACCES"`) are read as frames too: 62 -> 50 of 7,488
// on v2-v36 (npm's `npm error code EACCES` had claimed a Node server's listen EACCES logged as JSON). Twenty-first
// session: Kubernetes' preemption clause weighs little at the end of the cpu entry's whole-line strings: 59 -> 54 of
// 8,131 on v2-v38 (a taken host port, anti-affinity, too many pods claimed by the cpu entry). Twenty-ninth session:
// npm's `The operation was rejected by your operating system.` is boilerplate: 80 -> 75 of 15,520 on v2-v61 (Windows'
// EPERM on a locked file claimed by the global-install entry).
const NOT_IN_STARTER_CONFIDENT: Partial<Record<HoldoutVersion, number>> = {
  v2: 0,
  v3: 0,
  v4: 1,
  v5: 1,
  v6: 1,
  v7: 0,
  v8: 0,
  v9: 1,
  v10: 0,
  v11: 0,
  v12: 0,
  v13: 0,
  v14: 1,
  v15: 0,
  v16: 0,
  v17: 4,
  v18: 1,
  v19: 1,
  v20: 1,
  v21: 1,
  v22: 2,
  v23: 2,
  v24: 2,
  v25: 2,
  v26: 2,
  v27: 3,
  v28: 5,
  v29: 0,
  v30: 0,
  v31: 2,
  v32: 1,
  v33: 2,
  v34: 1,
  v35: 0,
  v36: 0,
  v37: 0,
  v38: 5,
  v39: 0,
  v40: 2,
  v41: 1,
  v42: 3,
  v43: 0,
  v44: 3,
  v45: 2,
  v46: 2,
  v47: 2,
  v48: 0,
  v49: 1,
  v50: 1,
  v51: 1,
  v52: 0,
  v53: 0,
  v54: 3,
  v55: 0,
  v56: 0,
  v57: 3,
  v58: 2,
  v59: 2,
  v60: 0,
  v61: 1,
  v62: 1,
  v63: 0,
  v64: 2,
  v65: 1,
  v66: 1,
  v67: 0,
  v68: 2,
  v69: 2,
  v70: 0,
  v71: 2,
  v72: 0,
  v73: 1,
  v74: 0,
  v75: 0,
  v76: 1,
  v77: 0,
  v78: 1,
  v79: 0,
  v80: 2,
  v81: 0,
  v82: 0,
  v83: 0,
  v84: 0,
  v85: 0,
  v86: 1,
  v87: 1,
  v88: 3,
  v89: 0,
  v90: 1,
  v91: 0,
  v92: 1,
};

describe('the starter KB alone, on pastes no starter entry answers', () => {
  let starter: SearchEngine;
  beforeAll(async () => {
    starter = createSearchEngine(memoryLoader(indexEntries(await loadStarterKb())));
  });

  it.each(Object.entries(NOT_IN_STARTER_CONFIDENT) as [HoldoutVersion, number][])(
    'set %s: at most %i presented as a confident match',
    async (version, measured) => {
      let confident = 0;
      for (const item of notInStarterCases(version)) if ((await starter.search(item.query, 1)).confident) confident++;
      expect(confident).toBeLessThanOrEqual(measured);
    },
  );
});
