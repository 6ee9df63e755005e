/**
 * The components article MDX may use, and the only names it may write with a capital letter. The
 * article page (src/pages/[...locale]/index.astro) maps exactly these names to components — its map
 * is typed against this list — and the mdx-safety check refuses any other name.
 */
export const articleComponentNames = ['Aside', 'Cite', 'Demo', 'Derived', 'FactCheck', 'Figure', 'Term'] as const;

export type ArticleComponentName = (typeof articleComponentNames)[number];

export function isArticleComponent(name: string): name is ArticleComponentName {
  return (articleComponentNames as readonly string[]).includes(name);
}
