import { signatureTokens, WILDCARD } from './normalize';

/**
 * The texts the C library gives system errors (glibc's `strerror`, plus macOS's own wording where it differs). Every
 * program that fails a system call prints one, often with nothing else: `cp: error writing 'x': No space left on
 * device`, Postgres's `could not write to file …: No space left on device`, Docker's `… no space left on device`. An
 * error string that is only one of them therefore names no tool and no cause: on held-out sets v7, v8, v11 and v12
 * Docker's bare `no space left on device` made six uncovered pastes (Postgres, cp) confident matches for the Docker
 * entry.
 * The list is the C library's, whole, not chosen from those cases. Browser-safe.
 */
const SYSTEM_MESSAGES = [
  'Operation not permitted',
  'No such file or directory',
  'No such process',
  'Interrupted system call',
  'Input/output error',
  'No such device or address',
  'Argument list too long',
  'Exec format error',
  'Bad file descriptor',
  'No child processes',
  'Resource temporarily unavailable',
  'Cannot allocate memory',
  'Permission denied',
  'Bad address',
  'Block device required',
  'Device or resource busy',
  'File exists',
  'Invalid cross-device link',
  'No such device',
  'Not a directory',
  'Is a directory',
  'Invalid argument',
  'Too many open files in system',
  'Too many open files',
  'Inappropriate ioctl for device',
  'Text file busy',
  'File too large',
  'No space left on device',
  'Illegal seek',
  'Read-only file system',
  'Too many links',
  'Broken pipe',
  'Numerical argument out of domain',
  'Numerical result out of range',
  'Resource deadlock avoided',
  'File name too long',
  'No locks available',
  'Function not implemented',
  'Directory not empty',
  'Too many levels of symbolic links',
  'Socket operation on non-socket',
  'Address already in use',
  'Cannot assign requested address',
  'Network is down',
  'Network is unreachable',
  'Software caused connection abort',
  'Connection reset by peer',
  'No buffer space available',
  'Transport endpoint is already connected',
  'Transport endpoint is not connected',
  'Connection timed out',
  'Connection refused',
  'Host is down',
  'No route to host',
  'Operation already in progress',
  'Operation now in progress',
  'Stale file handle',
  'Disk quota exceeded',
  'Operation canceled',
  'Operation not supported',
  'Protocol not supported',
  'Address family not supported by protocol',
  // macOS
  'Operation timed out',
  "Can't assign requested address",
  'Resource busy',
  // The resolver's (glibc's gai_strerror, whole; macOS's own last): `ping`, `curl`, `sudo` and `ssh` end with them alike
  'Address family for hostname not supported',
  'Temporary failure in name resolution',
  'Bad value for ai_flags',
  'Non-recoverable failure in name resolution',
  'ai_family not supported',
  'Memory allocation failure',
  'No address associated with hostname',
  'Name or service not known',
  'Servname not supported for ai_socktype',
  'ai_socktype not supported',
  'System error',
  'Processing request in progress',
  'Request canceled',
  'Request not canceled',
  'All requests done',
  'Interrupted by a signal',
  'Parameter string not correctly encoded',
  'nodename nor servname provided, or not known',
] as const;

/**
 * HTTP's status codes and reason phrases (the IANA registry, RFC 9110 section 15), the same case one layer up: any
 * HTTP client prints `401 Unauthorized` or `404 Not Found`, for a registry, an npm feed or an API alike. On held-out
 * set v17, an npm `E401 … 401 Unauthorized` paste was a confident match for the Kubernetes image-pull entry, whose
 * symptom quoted a bare `401 Unauthorized`. The whole 4xx and 5xx list, each with and without its code.
 */
const HTTP_STATUSES = [
  [400, 'Bad Request'],
  [401, 'Unauthorized'],
  [402, 'Payment Required'],
  [403, 'Forbidden'],
  [404, 'Not Found'],
  [405, 'Method Not Allowed'],
  [406, 'Not Acceptable'],
  [407, 'Proxy Authentication Required'],
  [408, 'Request Timeout'],
  [409, 'Conflict'],
  [410, 'Gone'],
  [411, 'Length Required'],
  [412, 'Precondition Failed'],
  [413, 'Content Too Large'],
  [413, 'Payload Too Large'],
  [414, 'URI Too Long'],
  [415, 'Unsupported Media Type'],
  [416, 'Range Not Satisfiable'],
  [417, 'Expectation Failed'],
  [421, 'Misdirected Request'],
  [422, 'Unprocessable Content'],
  [422, 'Unprocessable Entity'],
  [423, 'Locked'],
  [424, 'Failed Dependency'],
  [425, 'Too Early'],
  [426, 'Upgrade Required'],
  [428, 'Precondition Required'],
  [429, 'Too Many Requests'],
  [431, 'Request Header Fields Too Large'],
  [451, 'Unavailable For Legal Reasons'],
  [500, 'Internal Server Error'],
  [501, 'Not Implemented'],
  [502, 'Bad Gateway'],
  [503, 'Service Unavailable'],
  [504, 'Gateway Timeout'],
  [505, 'HTTP Version Not Supported'],
  [506, 'Variant Also Negotiates'],
  [507, 'Insufficient Storage'],
  [508, 'Loop Detected'],
  [511, 'Network Authentication Required'],
] as const;

const keyOf = (tokens: readonly string[]) => tokens.filter((t) => t !== WILDCARD).join(' ');

// Made on first use, not on import: `kb search` loads this module through the draft offered with no confident match,
// and reading the ~250 messages cold cost about 10 ms of every call's start.
let keys: ReadonlySet<string> | undefined;
const messageKeys = (): ReadonlySet<string> =>
  (keys ??= new Set(
    [...SYSTEM_MESSAGES, ...HTTP_STATUSES.flatMap(([code, phrase]) => [`${code} ${phrase}`, phrase])].map((message) =>
      keyOf(signatureTokens(message)),
    ),
  ));

/** True when an error string, once `...` and stopwords are set aside, is only a system error's text or an HTTP status. */
export function isSystemMessage(text: string): boolean {
  return isSystemMessageTokens(signatureTokens(text));
}

/** {@link isSystemMessage} for a string already read as tokens (`signatureTokens`), as the index builder has it. */
export function isSystemMessageTokens(tokens: readonly string[]): boolean {
  return messageKeys().has(keyOf(tokens));
}
