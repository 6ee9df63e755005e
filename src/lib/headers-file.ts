/**
 * The `_headers` file that Netlify and Cloudflare Pages read: a path pattern on its own line
 * (`*` matches any run of characters, slashes included), then its headers indented below it as
 * `Name: value`, and `#` comments. Every rule whose pattern matches a path applies; a header set
 * by several rules gets their values joined with `, `, as those hosts do.
 */
export interface HeaderRule {
  pattern: string;
  /** 1-based line of the pattern, for messages. */
  line: number;
  headers: [name: string, value: string][];
}

export class HeadersFileError extends Error {
  override name = 'HeadersFileError';
}

/** Parses a `_headers` file; bad input throws a `HeadersFileError` naming `file:line`. */
export function parseHeadersFile(text: string, file = '_headers'): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const content = raw.trim();
    if (content === '' || content.startsWith('#')) return;
    const fail = (message: string) => {
      throw new HeadersFileError(`${file}:${line}: ${message}: ${content}`);
    };
    if (!/^\s/.test(raw)) {
      if (!content.startsWith('/')) fail('a path pattern starts with /');
      rules.push({ pattern: content, line, headers: [] });
      return;
    }
    const rule = rules.at(-1);
    if (!rule) return fail('a header comes before any path pattern');
    const colon = content.indexOf(':');
    if (colon <= 0) return fail('a header line is "Name: value"');
    const name = content.slice(0, colon).trim();
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) return fail(`"${name}" is not a header name`);
    rule.headers.push([name, content.slice(colon + 1).trim()]);
  });
  return rules;
}

function patternRegExp(pattern: string): RegExp {
  const literal = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${literal.join('.*')}$`);
}

/** The headers every matching rule sets for `pathname` (a site path, base already removed). */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules) {
    if (!patternRegExp(rule.pattern).test(pathname)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const previous = headers.get(key);
      headers.set(key, previous === undefined ? value : `${previous}, ${value}`);
    }
  }
  return headers;
}
