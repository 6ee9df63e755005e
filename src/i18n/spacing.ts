/**
 * The one spacing rule of the Chinese house style that code must apply itself (AutoCorrect checks
 * the written text): a space between a Han character and a Latin letter or digit, as in
 * "3.2 小时" and "1,000 次运算", but none between Han characters, as in "100 万次运算".
 */
const HAN = /\p{Script=Han}/u;
const LATIN_OR_DIGIT = /[A-Za-z0-9]/;

/** Whether a space belongs between two adjacent characters. */
export function needsSpace(before: string | undefined, after: string | undefined): boolean {
  if (before === undefined || after === undefined) return false;
  return (HAN.test(before) && LATIN_OR_DIGIT.test(after)) || (LATIN_OR_DIGIT.test(before) && HAN.test(after));
}

/** `text` with a space at every place the rule asks for one: "3.2小时" → "3.2 小时". */
export function spaceHanSeams(text: string): string {
  const chars = [...text];
  return chars.map((char, i) => (needsSpace(chars[i - 1], char) ? ` ${char}` : char)).join('');
}
