import { parseEntryFile } from '../../lib/content/entry';
import type { EntryModel } from '../../lib/content/model';
import { indexEntries } from '../../lib/search/build';
import { createSearchEngine, memoryLoader, type SearchEngine } from '../../lib/search/engine';
import { body, entryFile, frontmatter } from './factories';

/** What a test says about an entry; everything else comes from the shared factories. */
export interface EntrySpec {
  id: string;
  title: string;
  tldr?: string;
  category?: string;
  tags?: string[];
  technologies?: string[];
  /** Symptom items as Markdown; backticked parts are the exact error strings. */
  symptoms: string[];
  /** Extra sections after the solution (Markdown). */
  rest?: string;
}

/** Builds an entry model through the real frontmatter schema and body parser. */
export function makeEntry(spec: EntrySpec): EntryModel {
  const fm = frontmatter({
    kb_id: spec.id,
    category: spec.category ?? 'devops',
    tags: spec.tags ?? [],
    technologies: spec.technologies ?? ['docker'],
  });
  const text = body({
    title: `# ${spec.title}`,
    summary: `> **TL;DR**: ${spec.tldr ?? 'see below'}\n> **Fix Time**: ~5 min | **Platform**: Linux`,
    symptoms: `## 🔍 This Is Your Problem If:\n\n${spec.symptoms.map((s) => `- [ ] ${s}`).join('\n')}`,
    rest: spec.rest ?? '',
  });
  const parsed = parseEntryFile(`${spec.id}.md`, entryFile(fm, text));
  if (!parsed.entry) throw new Error(`factory entry ${spec.id} did not parse: ${JSON.stringify(parsed.diagnostics)}`);
  return parsed.entry;
}

/** A small KB of look-alike entries, the kind that trips a naive search. */
export function sampleEntries(): EntryModel[] {
  return [
    makeEntry({
      id: 'DOCKER_EXEC_FORMAT_001',
      title: 'Docker exec format error — wrong architecture',
      tldr: 'Container fails with `exec format error` → rebuild with `--platform`',
      tags: ['docker', 'arm64'],
      symptoms: ['Container exits right after `docker run`', 'Log contains `exec /usr/bin/... : exec format error`'],
    }),
    makeEntry({
      id: 'DOCKER_SOCKET_001',
      title: 'Docker permission denied on the socket',
      tags: ['docker', 'permissions'],
      symptoms: [
        '`docker ps` prints `permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock`',
      ],
    }),
    makeEntry({
      id: 'NPM_EACCES_001',
      title: 'npm EACCES on global install',
      tags: ['npm', 'permissions'],
      technologies: ['npm', 'nodejs'],
      symptoms: [
        '`npm ERR! code EACCES`',
        "`Error: EACCES: permission denied, mkdir '/usr/local/lib/node_modules/<package>'`",
      ],
    }),
    makeEntry({
      id: 'K8S_IMAGE_PULL_001',
      title: 'Kubernetes ImagePullBackOff',
      category: 'kubernetes',
      tags: ['kubernetes'],
      technologies: ['kubernetes'],
      symptoms: [
        'Pod status `ImagePullBackOff` or `ErrImagePull`',
        'Events show `Failed to pull image "...": rpc error: code = NotFound`',
      ],
    }),
    makeEntry({
      id: 'NODE_EADDRINUSE_001',
      title: 'Node.js listen EADDRINUSE',
      tags: ['nodejs', 'ports'],
      technologies: ['nodejs'],
      symptoms: ['`Error: listen EADDRINUSE: address already in use :::3000`'],
    }),
  ];
}

/**
 * Three unrelated entries, each with one string of its own: beside the entry a test is about, they give its words the
 * weights a KB gives them (in a KB of one entry every word is rare).
 */
export function unrelatedEntries(): EntryModel[] {
  return ['Disk full: no space left', 'Login failure after retry', 'Build failed: exit 1'].map((text, i) =>
    makeEntry({ id: `OTHER_00${i + 1}`, title: text, symptoms: [`\`${text}\``] }),
  );
}

/** An engine over entries, served from memory like the CLI does. */
export function engineFor(entries: EntryModel[], options: Parameters<typeof indexEntries>[1] = {}): SearchEngine {
  return createSearchEngine(memoryLoader(indexEntries(entries, options)));
}
