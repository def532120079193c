export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 256;

/** Letters plus at least one digit or symbol, and not a run of one or two characters. */
export function isStrongPassword(password: string): boolean {
  if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) return false;
  const hasLetter = /\p{L}/u.test(password);
  const hasOther = /[\p{N}\p{P}\p{S}]/u.test(password);
  return hasLetter && hasOther && new Set(password).size >= 4;
}
