/**
 * One system error, several wordings. The C library names each errno, and glibc, macOS (and the BSDs), musl (Alpine's
 * C library, so most small containers) and libuv (Node) name some of them differently: the ssh that fails with
 * `Connection timed out` on Debian fails with `Operation timed out` on a Mac or in an Alpine container. An entry quotes
 * what its author's terminal printed; the reader's may be another system's. So before a text is read as words, each
 * other library's wording becomes glibc's, in entries and pastes alike (normalize.ts), and `Operation timed out` finds
 * the entry that quotes `Connection timed out`.
 *
 * The table is the libraries' own (musl's `__strerror.h`, macOS's `strerror`, libuv's `uv_strerror`), not chosen from
 * pastes, with two kinds of wording left out: those that are common words of other messages (musl's `Out of memory`
 * for ENOMEM is also the kernel's OOM killer and every runtime's heap error; `I/O error`, `Quota exceeded`, `Not a tty`)
 * and those glibc shares. Browser-safe.
 */
const WORDINGS: ReadonlyArray<readonly [other: string, glibc: string, notAfter?: string]> = [
  // ETIMEDOUT: macOS, the BSDs, musl
  ['Operation timed out', 'Connection timed out'],
  // EADDRINUSE: musl
  ['Address in use', 'Address already in use'],
  // EADDRNOTAVAIL: musl, libuv
  ['Address not available', 'Cannot assign requested address'],
  // EMFILE: musl
  ['No file descriptors available', 'Too many open files'],
  // EHOSTUNREACH: musl, libuv
  ['Host is unreachable', 'No route to host'],
  // ENETUNREACH: musl
  ['Network unreachable', 'Network is unreachable'],
  // EBUSY: macOS, musl, libuv (`resource busy or locked`); not inside glibc's own `Device or resource busy`
  ['Resource busy', 'Device or resource busy', 'or '],
  // ELOOP: musl; libuv
  ['Symbolic link loop', 'Too many levels of symbolic links'],
  ['Too many symbolic links encountered', 'Too many levels of symbolic links'],
  // ENAMETOOLONG: musl
  ['Filename too long', 'File name too long'],
  // EDEADLK: musl, macOS
  ['Resource deadlock would occur', 'Resource deadlock avoided'],
  // ENOTCONN: musl; macOS, libuv
  ['Socket not connected', 'Transport endpoint is not connected'],
  ['Socket is not connected', 'Transport endpoint is not connected'],
  // EXDEV: musl, macOS
  ['Cross-device link', 'Invalid cross-device link', 'Invalid '],
];

const GLIBC = new Map(WORDINGS.map(([other, glibc]) => [other.toLowerCase(), glibc]));

// One pass over the text: an alternation of fixed phrases (none holds a regex character), each bounded by non-letters
// and, where glibc's own wording ends with it, not after glibc's first words, so it runs in linear time.
const OTHER_WORDING = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${WORDINGS.map(([other, , notAfter]) => (notAfter ? `(?<!${notAfter})` : '') + other).join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);

/** The text with every other C library's wording of a system error written as glibc's. */
export function glibcWording(text: string): string {
  return text.replace(OTHER_WORDING, (found) => GLIBC.get(found.toLowerCase()) ?? found);
}
