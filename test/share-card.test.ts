import { describe, expect, it } from 'vitest';
import { sitePages } from '../src/i18n/site-pages.ts';
import { phrases } from '../src/lib/phrase-breaks.ts';
import { cardTree, shareCard, shareCardCharacters, shareCardSvg } from '../src/node/share-card.ts';

const site = 'https://example.org/why-gpus/';
const [article, lab] = sitePages;

describe('share cards', () => {
  it('put the site’s domain above the article’s title, and the site’s name above every other page’s', () => {
    expect(shareCard(article, 'en', site)).toMatchObject({ title: 'Why deep learning needs GPUs', kicker: 'example.org' });
    expect(shareCard(lab, 'zh-cn', site)).toMatchObject({ title: '矩阵乘法实验室：在你的电脑上比较 CPU 和 GPU', kicker: '为什么深度学习需要 GPU' });
  });

  it('ask the font subset for every character a card sets, titles in bold', () => {
    const characters = shareCardCharacters(site);
    expect([...'矩阵乘法实验室：'].filter((char) => !characters[700].includes(char))).toEqual([]);
    expect([...'example.org用浏览器'].filter((char) => !characters[400].includes(char))).toEqual([]);
  });

  it('set a Chinese title as whole phrases, so its lines never split a word, and an English one as text', () => {
    const texts = (card: ReturnType<typeof shareCard>) => JSON.stringify(cardTree(card));
    const zh = shareCard(article, 'zh-cn', site);
    expect(phrases(zh.title, 'zh-cn').length).toBeGreaterThan(1);
    expect(texts(zh)).toContain(JSON.stringify(phrases(zh.title, 'zh-cn').map((phrase) => ({ type: 'div', props: { style: { whiteSpace: 'pre' }, children: [phrase] } }))).slice(1, -1));
    expect(texts(shareCard(article, 'en', site))).toContain(JSON.stringify(['Why deep learning needs GPUs']));
  });

  it('refuse to set a character the font subset lacks, naming the command that adds it', async () => {
    await expect(shareCardSvg({ ...shareCard(lab, 'zh-cn', site), title: '龘' })).rejects.toThrow(/lacks "龘".*npm run fonts:share-cards/);
  });
});
