/**
 * Finnish business ID (Y-tunnus): seven digits, a hyphen and a check digit, e.g. `0201256-6`.
 * The check digit is computed with weights 7, 9, 10, 5, 8, 4, 2; a remainder of 1 is never issued.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2] as const;

/** The check digit for the first seven digits, or null when no valid ID can have them. */
export function businessIdCheckDigit(sevenDigits: string): number | null {
  if (!/^\d{7}$/.test(sevenDigits)) return null;
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(sevenDigits[i]), 0);
  const remainder = sum % 11;
  if (remainder === 1) return null;
  return remainder === 0 ? 0 : 11 - remainder;
}

/** Whether the value is a well-formed business ID with a correct check digit. */
export function isValidBusinessId(value: string): boolean {
  const match = /^(\d{7})-(\d)$/.exec(value);
  if (!match) return false;
  return businessIdCheckDigit(match[1]!) === Number(match[2]);
}
