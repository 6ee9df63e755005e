/**
 * Every interface-string table under src/i18n/strings/, found by file name, so a new table is
 * covered without touching this test: the same keys and placeholders in every locale, no empty
 * message, Chinese house style (AutoCorrect), and no key that the site never uses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import autocorrect from 'autocorrect-node';
import { describe, expect, it } from 'vitest';
import { langTag, localeCodes, sourceLocale } from '../src/i18n/locales.ts';
import { interpolate } from '../src/i18n/translate.ts';

type Table = Readonly<Record<string, string>>;
type Tables = Readonly<Record<string, Table>>;

const root = join(import.meta.dirname, '..');
const stringsDir = join(root, 'src/i18n/strings');
const modules = import.meta.glob<Record<string, unknown>>('../src/i18n/strings/*.ts', { eager: true });

/** An export that holds one table per locale, whatever its name. */
function isLocalizedTables(value: unknown): value is Tables {
  if (typeof value !== 'object' || value === null) return false;
  return JSON.stringify(Object.keys(value).sort()) === JSON.stringify([...localeCodes].sort());
}

const surfaces = Object.entries(modules).map(([path, module]) => ({
  surface: basename(path, '.ts'),
  tables: Object.values(module).filter(isLocalizedTables),
}));

const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

/** Every .ts, .astro and .svelte file under src/, with its text. */
function sourceFiles(dir: string): { path: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|astro|svelte)$/.test(entry.name) ? [{ path: relative(root, path), text: readFileSync(path, 'utf8') }] : [];
  });
}
const sources = sourceFiles(join(root, 'src')).filter((file) => !file.path.startsWith('src/i18n/strings/'));
const quoted = (text: string) => [`'${text}'`, `"${text}"`, `\`${text}\``];

/**
 * Whether a key is used. Literally: a file that imports the table names it in quotes. Or built
 * from a prefix and an id (`t(\`era.${id}\`)`): a file that imports the table builds the prefix,
 * and the rest of the key is a quoted id somewhere in src/, such as an entry of the typed list the
 * ids come from. A key whose id left that list is then reported as dead.
 */
function isUsed(key: string, users: readonly { text: string }[]): boolean {
  if (users.some((file) => quoted(key).some((form) => file.text.includes(form)))) return true;
  return [...key.matchAll(/\./g)].some((dot) => {
    const prefix = key.slice(0, dot.index + 1);
    const id = key.slice(dot.index + 1);
    return users.some((file) => file.text.includes(`\`${prefix}\${`)) && sources.some((file) => quoted(id).some((form) => file.text.includes(form)));
  });
}

it('finds a table of strings in every file of src/i18n/strings/', () => {
  const files = readdirSync(stringsDir).filter((name) => name.endsWith('.ts')).map((name) => basename(name, '.ts'));
  expect(surfaces.map(({ surface }) => surface).sort()).toEqual(files.sort());
  for (const { surface, tables } of surfaces) expect(tables.length, surface).toBeGreaterThan(0);
});

for (const { surface, tables } of surfaces) {
  for (const [index, strings] of tables.entries()) {
    const source = strings[sourceLocale]!;
    const keys = Object.keys(source).sort();
    describe(`the ${surface} strings${tables.length > 1 ? ` (table ${index + 1})` : ''}`, () => {
      it('have the same keys in every locale as in English', () => {
        for (const locale of localeCodes) expect(Object.keys(strings[locale]!).sort(), locale).toEqual(keys);
      });

      it('use the same placeholders in every locale as in English', () => {
        for (const locale of localeCodes) {
          for (const key of keys) expect(placeholders(strings[locale]![key]!), `${locale} ${key}`).toEqual(placeholders(source[key]!));
        }
      });

      it('have no empty message', () => {
        for (const locale of localeCodes) for (const key of keys) expect(strings[locale]![key]!.trim(), `${locale} ${key}`).not.toBe('');
      });

      it('follow the Chinese house style (AutoCorrect), placeholders filled or not', () => {
        for (const locale of localeCodes.filter((code) => langTag(code).startsWith('zh'))) {
          for (const key of keys) {
            const message = strings[locale]![key]!;
            const filled = interpolate(message, Object.fromEntries(placeholders(message).map((name) => [name, 42])));
            for (const text of [message, filled]) expect(autocorrect.format(text), `${locale} ${key}`).toBe(text);
          }
        }
      });

      it('have no key that nothing in src/ uses', () => {
        const users = sources.filter((file) => new RegExp(`i18n/strings/${surface}(\\.ts)?['"]`).test(file.text));
        expect(users.length, 'files that import the table').toBeGreaterThan(0);
        expect(keys.filter((key) => !isUsed(key, users))).toEqual([]);
      });
    });
  }
}
