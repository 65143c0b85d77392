/** @example hasHan('FATF 规则') => true; hasHan('FATF') => false */
export function hasHan(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}
