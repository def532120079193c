import { AppError } from "./errors";

/** The AppError a function throws; fails the test when it throws nothing or something else. */
export function errorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error("expected an AppError");
}

/** Awaits a promise that must reject with an AppError of this code (and a message matching, if given). */
export async function expectAppError(promise: Promise<unknown>, code: AppError["code"], message?: RegExp): Promise<AppError> {
  let error: unknown;
  try {
    await promise;
  } catch (e) {
    error = e;
  }
  if (!(error instanceof AppError))
    throw new Error(`expected an AppError ${code}, got ${error === undefined ? "no error" : String(error)}`);
  if (error.code !== code) throw new Error(`expected ${code}, got ${error.code}: ${error.message}`);
  if (message && !message.test(error.message)) throw new Error(`"${error.message}" does not match ${message}`);
  return error;
}
