import { z } from 'astro/zod';

/**
 * The schemes a web address in content data may use. Anything else a browser would run or open
 * locally (`javascript:`, `data:`, `file:`) instead of loading a page, so it is refused here.
 */
export const webProtocols = ['https:', 'http:'] as const;

const protocolPattern = new RegExp(`^(${webProtocols.map((p) => p.slice(0, -1)).join('|')})$`);

/**
 * A link to a web page, `https://…` or `http://…`: every URL field of the content schemas uses it.
 * Astro and the checks print the field's path before the message. The value is not repeated:
 * Astro guesses a hint from words in the message, and `javascript:alert(document.domain)` would
 * earn one about browser APIs.
 */
export const httpUrl = z.url({
  protocol: protocolPattern,
  error: `must be a web address starting with ${webProtocols.map((p) => `${p}//`).join(' or ')}`,
});
