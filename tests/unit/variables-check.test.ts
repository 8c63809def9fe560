import { describe, expect, it } from 'vitest';
import { frontmatterSchema } from '../../lib/content/schema';
import { checkVariableDeclarations } from '../../lib/variables/check';

/** Frontmatter through the real schema, with the given `variables:` map. */
function declared(variables: Record<string, unknown>) {
  return frontmatterSchema.parse({
    kb_id: 'CROSS_DOCKER_001',
    category: 'devops',
    platform: 'linux',
    technologies: ['docker'],
    complexity: 2,
    criticality: 'low',
    created: '2026-02-17',
    variables,
  }).variables;
}
const lines: Record<string, number> = { IMAGE_NAME: 12, PORT: 15, FILE: 18 };
const declLine = (name: string) => lines[name] ?? 1;

describe('checkVariableDeclarations', () => {
  it('reports nothing when every declaration is used and every pattern compiles', () => {
    expect(
      checkVariableDeclarations(declared({ IMAGE_NAME: { pattern: '^[a-z/]+$' } }), ['IMAGE_NAME', 'PORT'], declLine),
    ).toEqual([]);
  });

  it('warns about a declared variable that is never used, at its declaration', () => {
    expect(checkVariableDeclarations(declared({ PORT: { description: 'Port' } }), ['IMAGE_NAME'], declLine)).toEqual([
      {
        line: 15,
        column: 1,
        severity: 'warning',
        code: 'variable-unused',
        message: 'variable PORT is declared but __PORT__ appears nowhere in the body',
        hint: 'write __PORT__ where the value goes in a command, or remove variables.PORT',
      },
    ]);
  });

  it('says where a declared variable sits inside an upper-case identifier, which keeps it code', () => {
    const text = 'line one\n\n```bash\nexport LOGGING__PORT__DEFAULT=1  # 🖍️ VAR\n```\n';
    const [diagnostic] = checkVariableDeclarations(declared({ PORT: {} }), [], declLine, text);
    expect(diagnostic).toMatchObject({
      line: 15,
      code: 'variable-unused',
      message:
        'variable PORT is declared but __PORT__ appears only inside LOGGING__PORT__DEFAULT (line 4), an upper-case identifier, which stays code',
    });
    expect(diagnostic.hint).toContain('LOGGING-__PORT__DEFAULT');
    // Elsewhere in a word, it is a placeholder and used: the body's variables list it, so nothing is reported.
    expect(checkVariableDeclarations(declared({ PORT: {} }), ['PORT'], declLine, 'php__PORT__-fpm')).toEqual([]);
  });

  it('finds the identifier in linear time on a long run of capitals', () => {
    const text = `${'A'.repeat(200_000)}__PORT`;
    const started = performance.now();
    const [diagnostic] = checkVariableDeclarations(declared({ PORT: {} }), [], declLine, text);
    expect(diagnostic.message).toContain('appears nowhere');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('explains that a language macro can never be a variable', () => {
    const [diagnostic] = checkVariableDeclarations(declared({ FILE: {} }), [], declLine);
    expect(diagnostic).toMatchObject({ line: 18, code: 'variable-unused' });
    expect(diagnostic.hint).toMatch(/language macro/);
  });

  it('reports a pattern that does not compile as an error, and every problem in one run', () => {
    const found = checkVariableDeclarations(
      declared({ IMAGE_NAME: { pattern: '([a-z]+' }, PORT: { pattern: '[0-9' } }),
      ['IMAGE_NAME'],
      declLine,
    );
    expect(found.map((d) => [d.line, d.severity, d.code])).toEqual([
      [12, 'error', 'variable-pattern'],
      [15, 'warning', 'variable-unused'],
      [15, 'error', 'variable-pattern'],
    ]);
    expect(found[0].message).toMatch(/^variables\.IMAGE_NAME\.pattern is not a valid regular expression: /);
    expect(found[0].hint).toMatch(/single quotes/);
  });
});
