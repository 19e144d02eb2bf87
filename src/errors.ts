/**
 * Errors a user can act on: a stable `id` for scripts and the API, a message in plain words,
 * the HTTP status and CLI exit code they map to, and the technical cause kept apart.
 */
export class CinemeterError extends Error {
  constructor(
    readonly id: string,
    message: string,
    readonly status: number,
    readonly exitCode: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "CinemeterError";
  }
}

/**
 * Exit codes, one rule for every command: 0 done; 2 bad usage, or input that cannot be read at
 * all (a missing file, one line on stderr naming it); 3 done, but some lines or rows of a batch
 * were bad (each answered in its place by an error object, or listed as a rejected row);
 * 1 an internal error.
 */
export const EXIT = { ok: 0, internal: 1, usage: 2, partial: 3 } as const;

export const errors = {
  usage: (message: string) => new CinemeterError("bad_usage", message, 400, EXIT.usage),
  unreadable: (what: string, why: string, cause?: unknown) =>
    new CinemeterError("unreadable_input", `cannot read ${what}: ${why}`, 400, EXIT.usage, {
      cause,
    }),
  invalidJson: (where: string, why: string) =>
    new CinemeterError("invalid_json", `${where}: not valid JSON (${why})`, 400, EXIT.usage),
  notFound: (what: string) =>
    new CinemeterError("not_found", `${what} does not exist`, 404, EXIT.usage),
  /** A well-formed request whose content breaks a rule (HTTP 422), naming the field. */
  unprocessable: (field: string, why: string) =>
    new CinemeterError("invalid_review", `${field}: ${why}`, 422, EXIT.usage),
  invalidInput: (where: string, why: string) =>
    new CinemeterError("invalid_input", `${where}: ${why}`, 400, EXIT.usage),
};

/** Why a file could not be read, in words (from a Node file-system error). */
export function fileProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file";
    case "EISDIR":
      return "it is a directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
