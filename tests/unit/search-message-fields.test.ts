import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKb } from '../../lib/content/kb';
import { indexEntries } from '../../lib/search/build';
import { createSearchEngine, memoryLoader, type SearchEngine } from '../../lib/search/engine';
import { MAX_MESSAGE_LINES, messageLines as read } from '../../lib/search/message-fields';
import { weighLines } from '../../lib/search/signals';

/** The texts of the lines read out of `line`. */
const messageLines = (line: string) => read(line).map((l) => l.text);

describe('messageLines', () => {
  it('leaves a line without a message field as it is', () => {
    for (const line of [
      'Error: listen EADDRINUSE: address already in use :::8080',
      'Error: secret "db-credentials" not found',
      '{"changed": false, "cmd": ["/usr/bin/python3", "-m", "pip"]}',
      String.raw`open C:\Users\nick\app\node_modules: Access is denied`,
    ])
      expect(messageLines(line)).toEqual([line]);
  });

  it("reads an Ansible result's msg as the lines ssh printed, after the wrapper", () => {
    const line = String.raw`fatal: [web-03]: UNREACHABLE! => {"changed": false, "msg": "Failed to connect to the host via ssh: @@@@\r\n@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @\r\nHost key verification failed.", "unreachable": true}`;
    expect(messageLines(line)).toEqual([
      'fatal: [web-03]: UNREACHABLE! => {"changed": false, , "unreachable": true}',
      'Failed to connect to the host via ssh: @@@@',
      '@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @',
      'Host key verification failed.',
    ]);
  });

  it('unescapes JSON: quotes, backslashes, \\u escapes; keys are matched without regard to case', () => {
    expect(messageLines(String.raw`{"Message":"See \"systemctl status caddy.service\" \u2014 C:\\temp"}`)).toEqual([
      '{}',
      'See "systemctl status caddy.service" — C:\\temp',
    ]);
  });

  it("takes a Docker json-file log's log field and a cut line's unclosed value", () => {
    expect(messageLines(String.raw`{"log":"exec /app/server: exec format error\n","stream":"stderr"}`)).toEqual([
      '{,"stream":"stderr"}',
      'exec /app/server: exec format error',
    ]);
    expect(messageLines(String.raw`{"level":50,"msg":"connect ECONNREFUSED 10.0.0.4:5432\nat TCPConnectWrap`)).toEqual([
      '{"level":50,',
      'connect ECONNREFUSED 10.0.0.4:5432',
      'at TCPConnectWrap',
    ]);
  });

  it(`keeps at most ${MAX_MESSAGE_LINES} message lines from one line, the rest joined on the last`, () => {
    const lines = messageLines(`{"msg":"${Array.from({ length: 50 }, (_, i) => `line ${i}`).join(String.raw`\n`)}"}`);
    expect(lines).toHaveLength(MAX_MESSAGE_LINES + 1);
    expect(lines.at(-1)).toBe(Array.from({ length: 31 }, (_, i) => `line ${i + 19}`).join(' '));
  });

  it('says which lines a field or a log level names an error: an error field, then a level, otherwise nothing', () => {
    expect(
      read(String.raw`{"level":"info","msg":"started","error":"listen tcp :9090: bind: address already in use"}`),
    ).toEqual([
      { text: '{"level":"info",,}', said: null },
      { text: 'started', said: null },
      { text: 'listen tcp :9090: bind: address already in use', said: 'error' },
    ]);
    expect(read('{"level":50,"msg":"server failed to start"}').map((l) => l.said)).toEqual([null, 'level']);
    expect(read('{"severity":"ERROR","message":"a"}').map((l) => l.said)).toEqual([null, 'level']);
    expect(read('plain line').map((l) => l.said)).toEqual([null]);
  });

  it("reads an error object's system fields (code, errno, syscall …) each alone, after the message", () => {
    const line = String.raw`{"level":60,"hostname":"api-7c9f","err":{"type":"Error","message":"listen EACCES: permission denied 0.0.0.0:80","code":"EACCES","errno":-13,"syscall":"listen","port":80},"msg":"boot failed"}`;
    expect(messageLines(line)).toEqual([
      '{"level":60, ,"err":{"type":"Error",, , , , },}',
      'listen EACCES: permission denied 0.0.0.0:80',
      'boot failed',
      '"hostname":"api-7c9f"',
      '"code":"EACCES"',
      '"errno":-13',
      '"syscall":"listen"',
      '"port":80',
    ]);
    const weights = weighLines(line).map((l) => [l.text, l.weight]);
    expect(weights.filter(([text]) => String(text).startsWith('"code"'))).toEqual([['"code":"EACCES"', 0.05]]);
  });

  it('numbers every message line with the line of the paste it came from', () => {
    const paste = `TASK [app : Start] ***\n${String.raw`fatal: [db01]: FAILED! => {"msg": "Error connecting: Error while fetching server API version\nsecond"}`}`;
    expect(weighLines(paste).map((l) => [l.line, l.text])).toEqual([
      [0, 'TASK [app : Start] ***'],
      [1, 'fatal: [db01]: FAILED! => {}'],
      [1, 'Error connecting: Error while fetching server API version'],
      [1, 'second'],
    ]);
  });
});

describe('search reads a structured log line as the message it carries', () => {
  let engine: SearchEngine;
  beforeAll(async () => {
    const kb = await loadKb(path.resolve(import.meta.dirname, '../../content'));
    engine = createSearchEngine(memoryLoader(indexEntries(kb.entries)));
  });

  it('an Ansible-wrapped ssh host-key warning is a confident match on its line', async () => {
    const paste = [
      'TASK [Gathering Facts] *********************************************************',
      String.raw`fatal: [db-replica-3]: UNREACHABLE! => {"changed": false, "msg": "Failed to connect to the host via ssh: @@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\r\n@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @\r\n@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\r\nIT IS POSSIBLE THAT SOMEONE IS DOING SOMETHING NASTY!\r\nOffending ED25519 key in /home/ci/.ssh/known_hosts:14\r\nHost key for 10.20.0.13 has changed and you have requested strict checking.\r\nHost key verification failed.", "unreachable": true}`,
    ].join('\n');
    const { results, confident } = await engine.search(paste, 5);
    expect([results[0]?.id, confident, results[0]?.lines]).toEqual(['SSH_HOST_KEY_CHANGED_001', true, [2]]);
  });

  it('a Docker json-file log line gives the port from inside its log field', async () => {
    const paste = String.raw`{"log":"Error: listen EADDRINUSE: address already in use :::8080\n","stream":"stderr","time":"2026-12-04T10:00:00.000000000Z"}`;
    const { results, confident } = await engine.search(paste, 5);
    expect([results[0]?.id, confident, results[0]?.values]).toEqual(['NODE_EADDRINUSE_001', true, { PORT: '8080' }]);
  });

  it("a pino error log's fields are matched and captured from, whichever of the line's messages holds the value", async () => {
    const paste = String.raw`{"level":50,"time":1733306400123,"pid":1,"err":{"type":"Error","message":"listen EADDRINUSE: address already in use :::3000","stack":"Error: listen EADDRINUSE: address already in use :::3000
    at Server.setupListenHandle [as _listen2] (node:net:1908:16)","code":"EADDRINUSE"},"msg":"server failed to start"}`;
    const { results, confident } = await engine.search(paste, 5);
    expect([results[0]?.id, confident, results[0]?.lines, results[0]?.values]).toEqual([
      'NODE_EADDRINUSE_001',
      true,
      [1],
      { PORT: '3000' },
    ]);
  });

  it("an error object's `code` field does not make another tool's entry confident (npm's `npm error code EACCES`)", async () => {
    const paste = String.raw`{"level":50,"time":1764925337123,"pid":41,"err":{"type":"Error","message":"listen EACCES: permission denied 0.0.0.0:443","code":"EACCES","errno":-13,"syscall":"listen","address":"0.0.0.0","port":443},"msg":"listen EACCES: permission denied 0.0.0.0:443"}`;
    const { results, confident } = await engine.search(paste, 5);
    expect(confident).toBe(false);
    expect(results.map((r) => r.id)).toContain('NPM_EACCES_GLOBAL_001');
  });

  it('a value read out of a JSON field is validated as a typed one: a terminal escape inside it is not captured', async () => {
    const line = (repo: string) =>
      `{"level":"error","msg":"docker: Error response from daemon: pull access denied for ${repo}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied."}`;
    const clean = await engine.search(line('acme/billing'), 5);
    expect([clean.results[0]?.id, clean.results[0]?.values]).toEqual([
      'DOCKER_PULL_ACCESS_DENIED_001',
      { IMAGE_REPO: 'acme/billing' },
    ]);
    const hostile = await engine.search(line(String.raw`acme/bil\u001b]0;pwned\u0007ling`), 5);
    expect([hostile.results[0]?.id, hostile.results[0]?.values]).toEqual(['DOCKER_PULL_ACCESS_DENIED_001', {}]);
  });
});
