/**
 * Value formats for the built-in variable types. Each checker returns `null` when the value is
 * valid, otherwise a short sentence saying what is wrong; the empty value is never passed in.
 */
export type FormatCheck = (value: string) => string | null;

const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?`;
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9A-Fa-f]{32,}';
/** The Docker/OCI reference grammar (distribution/reference): `[host[:port]/]path[:tag][@digest]`. */
const IMAGE_REFERENCE = new RegExp(
  `^((?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*)(?::[\\w][\\w.-]{0,127})?(?:@${DIGEST})?$`,
);

/** A Docker image reference such as `myorg/api:1.4.2` or `ghcr.io/org/app@sha256:…`. */
export const checkImageReference: FormatCheck = (value) => {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return 'Leave out the scheme: an image reference has no `https://`.';
  const match = IMAGE_REFERENCE.exec(value);
  if (match && !/[A-Z]/.test(pathPart(match[1]))) {
    return match[1].length > 255 ? 'The repository name is longer than 255 characters.' : null;
  }
  if (IMAGE_REFERENCE.test(value.toLowerCase())) return 'Use lower-case letters in the repository name.';
  return 'Not a Docker image reference.';
};

/** The repository path of a name: Docker reads the first component as a registry only if it has `.` or `:` or is `localhost`. */
function pathPart(name: string): string {
  const slash = name.indexOf('/');
  if (slash < 0) return name;
  const first = name.slice(0, slash);
  return /[.:[]/.test(first) || first === 'localhost' ? name.slice(slash + 1) : name;
}

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** A DNS-1123 label (Kubernetes namespace): at most 63 lower-case letters, digits and `-`. */
export const checkDnsLabel: FormatCheck = (value) => {
  if (value.length > 63) return `Too long: ${value.length} characters, at most 63.`;
  if (/[A-Z]/.test(value)) return 'Use lower-case letters only.';
  return DNS_LABEL.test(value) ? null : 'Use letters, digits and `-`, starting and ending with a letter or digit.';
};

/** A DNS-1123 subdomain (most Kubernetes object names): dot-separated labels, at most 253 characters. */
export const checkDnsSubdomain: FormatCheck = (value) => {
  if (value.length > 253) return `Too long: ${value.length} characters, at most 253.`;
  if (/[A-Z]/.test(value)) return 'Use lower-case letters only.';
  return value.split('.').every((label) => DNS_LABEL.test(label))
    ? null
    : 'Use letters, digits, `-` and `.`, starting and ending with a letter or digit.';
};

/** A TCP/UDP port: a whole number from 1 to 65535. */
export const checkPort: FormatCheck = (value) => {
  if (!/^[0-9]+$/.test(value)) return 'Use digits only.';
  const port = Number(value);
  return port >= 1 && port <= 65535 && !/^0/.test(value) ? null : 'Use a number from 1 to 65535.';
};

/** A user name as Unix and most services accept it. */
export const checkUserName: FormatCheck = (value) => {
  if (value.length > 32) return `Too long: ${value.length} characters, at most 32.`;
  return /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(value)
    ? null
    : 'Use letters, digits, `_`, `.` and `-`, starting with a letter or `_`.';
};

/** An npm package name: `lodash` or `@scope/name`, lower-case, URL-safe, at most 214 characters. */
export const checkNpmPackage: FormatCheck = (value) => {
  if (value.length > 214) return `Too long: ${value.length} characters, at most 214.`;
  if (/[A-Z]/.test(value)) return 'npm package names are lower-case.';
  if (/^(?:@[^/]+\/)?[._]/.test(value)) return 'A package name cannot start with `.` or `_`.';
  if (/^@[^/]+\/[^/]+@/.test(value) || /^[^@][^@]*@/.test(value)) return 'Leave out the version: type the name only.';
  return /^(?:@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/.test(value) ? null : 'Not an npm package name.';
};

const HOST_NAME =
  /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

/** `host` or `host:port`, where host is a DNS name, an IPv4 address or a bracketed IPv6 address. */
export const checkHostPort: FormatCheck = (value) => {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return 'Leave out the scheme: type `host` or `host:port`, no `https://`.';
  if (value.includes('/')) return 'Type the host only, without a path.';
  const { host, port } = splitHostPort(value);
  if (host === null) return 'Put an IPv6 address in brackets: `[::1]:5000`.';
  if (port !== null && checkPort(port) !== null) return 'The port must be a number from 1 to 65535.';
  if (host.startsWith('['))
    return /^\[[0-9A-Fa-f:.]+\]$/.test(host) && host.includes(':') ? null : 'Not an IPv6 address.';
  if (/^[0-9.]+$/.test(host)) {
    const parts = host.split('.');
    return parts.length === 4 && parts.every((p) => /^[0-9]{1,3}$/.test(p) && Number(p) <= 255)
      ? null
      : 'Not an IPv4 address.';
  }
  return HOST_NAME.test(host) ? null : 'Not a host name: use letters, digits, `-` and `.`.';
};

function splitHostPort(value: string): { host: string | null; port: string | null } {
  if (value.startsWith('[')) {
    const end = value.indexOf(']');
    if (end < 0) return { host: '', port: null };
    const rest = value.slice(end + 1);
    return { host: value.slice(0, end + 1), port: rest === '' ? null : rest.startsWith(':') ? rest.slice(1) : '' };
  }
  const colons = value.split(':').length - 1;
  if (colons > 1) return { host: null, port: null };
  if (colons === 0) return { host: value, port: null };
  const at = value.indexOf(':');
  return { host: value.slice(0, at), port: value.slice(at + 1) };
}
