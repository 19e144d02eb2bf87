import { createHash, randomBytes } from "node:crypto";
import { CinemeterError, EXIT } from "../errors.js";
import type { Store } from "../store/db.js";
import {
  addReaderAccount,
  addReaderSession,
  type ReaderAccount,
  readerBy,
  readerCredentials,
  readerOfSession,
  removeReaderSession,
  updateReader,
} from "../store/reader-accounts.repository.js";
import { hashPassword, passwordMatches } from "./password-hash.js";

/** A reader's name: what others never see, but what they sign in with. */
export const NAME_RULE = /^[\p{L}\p{N}][\p{L}\p{N} ._-]{1,38}[\p{L}\p{N}]$/u;
export const MIN_PASSWORD = 10;
export const MAX_PASSWORD = 200;
/** How long a reader stays signed in. */
export const READER_SESSION_DAYS = 30;

/** Why a name and password cannot make an account, or null. */
export function accountProblem(name: string, password: string): string | null {
  if (!NAME_RULE.test(name))
    return "A name is 3 to 40 letters, digits, spaces, dots, dashes or underscores, starting and ending with a letter or digit.";
  if (password.length < MIN_PASSWORD) return `A password has at least ${MIN_PASSWORD} characters.`;
  if (password.length > MAX_PASSWORD) return `A password has at most ${MAX_PASSWORD} characters.`;
  return null;
}

const secret = () => randomBytes(24).toString("base64url");
const sha256 = (value: string) => createHash("sha256").update(value).digest("base64url");

/**
 * Signs a person up: their name and a scrypt hash of their password. Throws a usage error
 * (409 when the name is taken) that the sign-up form shows.
 */
export async function signUp(store: Store, name: string, password: string): Promise<string> {
  const problem = accountProblem(name, password);
  if (problem) throw new CinemeterError("invalid_account", problem, 422, EXIT.usage);
  const id = `r${randomBytes(9).toString("base64url")}`;
  const added = await addReaderAccount(store.db, {
    id,
    name,
    passwordHash: await hashPassword(password),
    createdAt: new Date().toISOString(),
  });
  if (!added)
    throw new CinemeterError("name_taken", "That name is taken; choose another.", 409, EXIT.usage);
  return id;
}

// Checked when no reader has the name, so that a wrong name takes as long as a wrong password.
let decoy: Promise<string> | null = null;

/** The reader a name and password belong to, or null (a wrong name or password alike). */
export async function signIn(store: Store, name: string, password: string): Promise<string | null> {
  const found = await readerCredentials(store.db, name);
  if (!found?.passwordHash) {
    decoy ??= hashPassword(secret());
    await passwordMatches(password, await decoy);
    return null;
  }
  return (await passwordMatches(password, found.passwordHash)) ? found.id : null;
}

/** A new session for a reader: the cookie's value (a random id; only its hash is stored). */
export async function startReaderSession(store: Store, readerId: string, now = Date.now()) {
  const id = secret();
  await addReaderSession(
    store.db,
    {
      idHash: sha256(id),
      readerId,
      csrf: secret(),
      expiresAt: new Date(now + READER_SESSION_DAYS * 86_400_000).toISOString(),
    },
    new Date(now).toISOString(),
  );
  return { id, maxAgeSeconds: READER_SESSION_DAYS * 86_400 };
}

/** The reader signed in by a session cookie's value, with the session's CSRF token, or null. */
export function readerSession(store: Store, id: string, now = Date.now()) {
  return readerOfSession(store.db, sha256(id), new Date(now).toISOString());
}

/** Ends the session a cookie's value names. */
export function endReaderSession(store: Store, id: string) {
  return removeReaderSession(store.db, sha256(id));
}

/** A new API token for the reader (shown once; only its hash is kept), replacing any other. */
export async function newReaderToken(store: Store, readerId: string): Promise<string> {
  const token = `cm_${secret()}`;
  await updateReader(store.db, readerId, { token_hash: sha256(token) });
  return token;
}

/** The reader a bearer token belongs to, or null. */
export function readerOfToken(store: Store, token: string): Promise<ReaderAccount | null> {
  return readerBy(store.db, "token_hash", sha256(token));
}

/** A new key for the reader's private Atom feed, replacing (and so ending) the old address. */
export async function newFeedKey(store: Store, readerId: string): Promise<string> {
  const key = secret();
  await updateReader(store.db, readerId, { feed_key: key });
  return key;
}
