import type { VariableDeclaration } from '../content/schema';
import {
  checkDnsLabel,
  checkDnsSubdomain,
  checkHostPort,
  checkImageReference,
  checkNpmPackage,
  checkPort,
  checkUserName,
  type FormatCheck,
} from './formats';

/** The outcome of checking one value; `message` says what is wrong when `ok` is false. */
interface Validation {
  ok: boolean;
  message?: string;
}

/** How a variable's value is described and checked. */
export interface VariableRule {
  /** What a valid value looks like, in words: the field's hint. */
  describe: string;
  /** A sample value: the declared example, else the built-in one, else none. */
  example?: string;
  /** Checks a value. The empty value is always ok: it means "not filled in yet". */
  validate(value: string): Validation;
}

/** What {@link VariableRule.describe} says for a variable without a type or pattern: nothing to check. */
export const ANY_TEXT = 'any text';

/** The built-in value types, chosen from the variable's name. */
type BuiltInType = 'image' | 'dns-label' | 'dns-subdomain' | 'port' | 'user' | 'npm-package' | 'host';

interface BuiltIn {
  describe: string;
  example: string;
  check: FormatCheck;
}

const BUILT_INS: Record<BuiltInType, BuiltIn> = {
  image: {
    describe: 'a Docker image reference: [registry/]name[:tag]',
    example: 'myorg/api:1.4.2',
    check: checkImageReference,
  },
  'dns-label': {
    describe: 'a Kubernetes name: lower-case letters, digits and -, at most 63 characters',
    example: 'my-namespace',
    check: checkDnsLabel,
  },
  'dns-subdomain': {
    describe: 'a Kubernetes name: lower-case letters, digits, - and ., at most 253 characters',
    example: 'my-app',
    check: checkDnsSubdomain,
  },
  port: { describe: 'a port number from 1 to 65535', example: '8080', check: checkPort },
  user: { describe: 'a user name: letters, digits, _, . and -', example: 'deploy', check: checkUserName },
  'npm-package': {
    describe: 'an npm package name, such as lodash or @scope/name',
    example: 'lodash',
    check: checkNpmPackage,
  },
  host: {
    describe: 'a host name or IP address, optionally with :port',
    example: 'registry.example.com:5000',
    check: checkHostPort,
  },
};

const BY_NAME: Readonly<Record<string, BuiltInType>> = {
  IMAGE_NAME: 'image',
  IMAGE: 'image',
  IMAGE_REF: 'image',
  NAMESPACE: 'dns-label',
  POD_NAME: 'dns-subdomain',
  DEPLOYMENT: 'dns-subdomain',
  SECRET_NAME: 'dns-subdomain',
  PORT: 'port',
  USER: 'user',
  PACKAGE: 'npm-package',
  HOST: 'host',
  REGISTRY: 'host',
};

/** The names with a built-in kind (besides the `_PORT` and `_HOST` endings), for the format doc's table and its test. */
export const BUILT_IN_NAMES: readonly string[] = Object.keys(BY_NAME);

/** The built-in type for a variable name (`IMAGE_NAME`, `PORT`, `DB_HOST` …), or null when there is none. */
export function builtInType(name: string): BuiltInType | null {
  if (Object.hasOwn(BY_NAME, name)) return BY_NAME[name];
  if (name.endsWith('_PORT')) return 'port';
  if (name.endsWith('_HOST')) return 'host';
  return null;
}

/**
 * Longest value tested against a declared `pattern`. With patterns of at most quadratic backtracking
 * (`kb validate` rejects worse, see `redos.ts`), a 256-character value is tested in well under a millisecond;
 * a 10,000-character paste is refused at once instead of being tested.
 */
const PATTERN_CHECK_MAX = 256;

/** Longest declared pattern shown in a field's hint; a longer one with an example is described by the example. */
const PATTERN_SHOWN_MAX = 40;

/** A declared `pattern` compiled as the validator and the page use it: anchored, whole value. */
type CompiledPattern = { ok: true; regex: RegExp } | { ok: false; error: string };

/** Compiles a declared pattern, anchored so that it must match the whole value. */
export function compilePattern(pattern: string): CompiledPattern {
  try {
    new RegExp(pattern); // compiled alone first, so `a)|(b` cannot pass by closing the wrapper's group
    return { ok: true, regex: new RegExp(`^(?:${pattern})$`) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The rule for one variable: a declared `pattern` replaces the built-in check (a pattern that does
 * not compile is ignored here; the validator reports it), a declared `example` replaces the built-in one.
 */
export function variableRule(name: string, declaration: VariableDeclaration = {}): VariableRule {
  if (declaration.unusable !== undefined) return refusing(declaration.unusable);
  const type = builtInType(name);
  const builtIn = type === null ? null : BUILT_INS[type];
  const example = declaration.example ?? builtIn?.example;
  const compiled = declaration.pattern === undefined ? null : compilePattern(declaration.pattern);
  if (compiled?.ok) {
    // A long pattern says little to a reader under a field; with an example, the example says it.
    const shown =
      declaration.pattern!.length > PATTERN_SHOWN_MAX && example !== undefined
        ? 'the declared format'
        : declaration.pattern;
    const describe = `a value matching ${shown}${example === undefined ? '' : `, such as ${example}`}`;
    const regex = compiled.regex;
    const test = (v: string) => {
      // Bounded: `kb validate` rejects patterns that backtrack badly, and no value longer than this is ever tested.
      if (v.length > PATTERN_CHECK_MAX)
        return `Too long to check: ${v.length} characters, at most ${PATTERN_CHECK_MAX}.`;
      return regex.test(v) ? null : 'Not the expected format.';
    };
    return { describe, example, validate: (value) => check(value, test, describe) };
  }
  if (builtIn === null) return { describe: ANY_TEXT, example, validate: () => ({ ok: true }) };
  return { describe: builtIn.describe, example, validate: (value) => check(value, builtIn.check, builtIn.describe) };
}

/**
 * The rule of a variable whose meaning is broken: it fails closed. Every value but the empty one is refused with
 * the reason, so a captured or typed value is never accepted unchecked while the declaration is being fixed.
 */
function refusing(reason: string): VariableRule {
  const describe = `a value that can be checked: ${reason}`;
  return {
    describe,
    validate: (value) => (value === '' ? { ok: true } : { ok: false, message: `Not checked, so not used: ${reason}.` }),
  };
}

/**
 * Longest value a format check runs on. Longer values are refused without running the regex, so
 * even a slow pattern that reached the page cannot freeze it: no check sees more than this.
 */
export const MAX_CHECKED_LENGTH = 1000;

function check(value: string, format: FormatCheck, describe: string): Validation {
  if (value === '') return { ok: true };
  if (value.length > MAX_CHECKED_LENGTH) {
    return {
      ok: false,
      message: `Too long: ${value.length} characters, at most ${MAX_CHECKED_LENGTH}. Expected ${describe}.`,
    };
  }
  const problem = format(value);
  return problem === null ? { ok: true } : { ok: false, message: `${problem} Expected ${describe}.` };
}
