import { fileURLToPath } from 'node:url';
import { isLocale, type Locale } from '../i18n/locales.ts';

/** `<root>/content/article/<locale>/<NN-slug>.mdx`; root is the folder the translation tooling reads. */
const articleFile = /^(.*)[\\/]content[\\/]article[\\/]([^\\/]+)[\\/]([^\\/]+)\.mdx$/;

/** Where an article section file sits: its project root, locale and section name (`03-matmul`); undefined for any other file. */
export function articleFileAt(fileURL: URL | undefined): { root: string; locale: Locale; section: string } | undefined {
  if (!fileURL) return undefined;
  const match = articleFile.exec(fileURLToPath(fileURL));
  const [, root, locale, section] = match ?? [];
  return root !== undefined && section !== undefined && isLocale(locale) ? { root, locale, section } : undefined;
}
