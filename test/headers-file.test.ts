import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../src/lib/headers-file.ts';

const file = `# Isolation for the lab's threads
/*
  Cross-Origin-Opener-Policy: same-origin
  Cross-Origin-Embedder-Policy: require-corp

/lab/*
  # The lab's own policy
  Content-Security-Policy: worker-src 'self'
/_astro/*.js
  Cache-Control: public, max-age=31536000, immutable
/*.js
  Cache-Control: no-transform
`;

describe('parseHeadersFile', () => {
  it('reads each path pattern with its indented headers and skips comments and blank lines', () => {
    expect(parseHeadersFile(file)).toEqual([
      { pattern: '/*', line: 2, headers: [['Cross-Origin-Opener-Policy', 'same-origin'], ['Cross-Origin-Embedder-Policy', 'require-corp']] },
      { pattern: '/lab/*', line: 6, headers: [['Content-Security-Policy', "worker-src 'self'"]] },
      { pattern: '/_astro/*.js', line: 9, headers: [['Cache-Control', 'public, max-age=31536000, immutable']] },
      { pattern: '/*.js', line: 11, headers: [['Cache-Control', 'no-transform']] },
    ]);
  });

  it('names file and line for a header before any pattern, a line without a colon, and a pattern without /', () => {
    expect(() => parseHeadersFile('  X-Frame-Options: DENY', 'dist/_headers')).toThrow('dist/_headers:1: a header comes before any path pattern: X-Frame-Options: DENY');
    expect(() => parseHeadersFile('/*\n  X-Frame-Options DENY')).toThrow('_headers:2: a header line is "Name: value": X-Frame-Options DENY');
    expect(() => parseHeadersFile('/*\n  Bad Name: x')).toThrow('_headers:2: "Bad Name" is not a header name');
    expect(() => parseHeadersFile('lab/*\n  X: y')).toThrow('_headers:1: a path pattern starts with /: lab/*');
  });
});

describe('headersFor', () => {
  const rules = parseHeadersFile(file);
  it('applies every rule whose pattern matches, a splat matching across slashes', () => {
    expect(Object.fromEntries(headersFor(rules, '/lab/'))).toEqual({
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
      'content-security-policy': "worker-src 'self'",
    });
  });
  it('joins the values of a header that several rules set', () => {
    expect(headersFor(rules, '/_astro/a/b.js').get('cache-control')).toBe('public, max-age=31536000, immutable, no-transform');
  });
  it('matches a pattern only as a whole path, its dots literal', () => {
    expect(headersFor(rules, '/_astro/style.css').has('cache-control')).toBe(false);
    expect(headersFor(rules, '/labs').has('content-security-policy')).toBe(false);
    expect(headersFor(rules, '/lab/x_js').has('cache-control')).toBe(false);
  });
});
