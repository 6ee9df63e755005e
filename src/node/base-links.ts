import type { HastPluginEntry } from 'satteri';
import { withBase } from '../i18n/locales.ts';

/**
 * Puts the site-absolute links and images written in content (`[lab](/lab/)`, `/#matmul`) under
 * the deployment base, so content stays base-free and a build under `/why-gpus/` still links home.
 */
export function baseLinks(base: string): HastPluginEntry {
  return () => {
    if (withBase('/', base) === '/') return null;
    return {
      name: 'base-links',
      element: {
        filter: ['a', 'img'],
        visit(node, ctx) {
          const key = node.tagName === 'a' ? 'href' : 'src';
          const value = node.properties[key];
          if (typeof value === 'string' && withBase(value, base) !== value) ctx.setProperty(node, key, withBase(value, base));
        },
      },
    };
  };
}
