/**
 * The fingerprint of a source text: what a translation records about the English it was made
 * from, so its status is computed from the files alone (no git). A timeline entry or glossary term
 * stores it next to its Chinese (`translations: { zh-cn: { source: … } }`); the text itself would
 * double the file. Runs of whitespace count as one space, so re-wrapping a paragraph or a YAML
 * block scalar does not outdate its translation.
 *
 * FNV-1a (64-bit) over the UTF-8 bytes: tiny, deterministic in every realm (no node:crypto, no
 * async Web Crypto) and plenty for telling "changed" from "unchanged"; it is not a security hash.
 */
const OFFSET_BASIS = 0xcbf29ce484222325n;
const PRIME = 0x100000001b3n;
const MASK = (1n << 64n) - 1n;

/** 16 lower-case hex digits; the same for texts that differ only in whitespace. */
export function fingerprint(text: string): string {
  let hash = OFFSET_BASIS;
  for (const byte of new TextEncoder().encode(text.replace(/\s+/g, ' ').trim())) {
    hash = ((hash ^ BigInt(byte)) * PRIME) & MASK;
  }
  return hash.toString(16).padStart(16, '0');
}

/** The shape a stored fingerprint has, for schemas. */
export const FINGERPRINT_PATTERN = /^[0-9a-f]{16}$/;
