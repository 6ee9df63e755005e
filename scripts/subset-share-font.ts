// Writes the font subsets the share cards are set in (src/fonts/, committed with their licence
// OFL.txt): Noto Sans CJK SC, Regular and Bold, cut down to the characters the cards show, so the
// repository carries a few dozen kilobytes instead of 40 MB and every machine renders the same
// cards. Run it after changing a page's title or description:
//
//   node scripts/subset-share-font.ts [--from /usr/share/fonts/opentype/noto]
//
// The source is the Debian/Ubuntu package fonts-noto-cjk (`apt-get install fonts-noto-cjk`).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import subsetFont from 'subset-font';
import { shareCardCharacters, shareFonts, type ShareFontWeight } from '../src/node/share-card.ts';
import { siteConfig } from '../src/site.config.ts';

const sources: Record<ShareFontWeight, string> = { 400: 'NotoSansCJK-Regular.ttc', 700: 'NotoSansCJK-Bold.ttc' };
// The collections hold JP, KR, SC, TC, HK in that order (`fc-query` lists them); SC has the
// simplified forms the Chinese cards need.
const simplifiedChineseFace = 2;

/**
 * One face of a TrueType/OpenType collection as a font file of its own: subset-font reads the
 * first face of a collection only. Its table records point into the shared file; the tables are
 * copied behind a new record list, each on a 4-byte boundary as the format requires.
 */
function faceOfCollection(collection: Buffer, index: number): Buffer {
  if (collection.toString('latin1', 0, 4) !== 'ttcf') throw new Error('not a font collection (no ttcf header)');
  const faces = collection.readUInt32BE(8);
  if (index >= faces) throw new Error(`the collection has ${faces} faces, not ${index + 1}`);
  const start = collection.readUInt32BE(12 + 4 * index);
  const tables = collection.readUInt16BE(start + 4);
  const headerLength = 12 + 16 * tables;
  const header = Buffer.from(collection.subarray(start, start + headerLength));
  const bodies: Buffer[] = [];
  let offset = headerLength;
  for (let i = 0; i < tables; i++) {
    const record = 12 + 16 * i;
    const body = collection.subarray(header.readUInt32BE(record + 8), header.readUInt32BE(record + 8) + header.readUInt32BE(record + 12));
    header.writeUInt32BE(offset, record + 8);
    const padded = Buffer.alloc(Math.ceil(body.length / 4) * 4);
    body.copy(padded);
    bodies.push(padded);
    offset += padded.length;
  }
  return Buffer.concat([header, ...bodies]);
}

const { values } = parseArgs({ options: { from: { type: 'string', default: '/usr/share/fonts/opentype/noto' } } });
const characters = shareCardCharacters(siteConfig.site);
for (const [weight, file] of Object.entries(shareFonts)) {
  const text = characters[Number(weight) as ShareFontWeight];
  const face = faceOfCollection(readFileSync(join(values.from, sources[Number(weight) as ShareFontWeight])), simplifiedChineseFace);
  // No layout closure: satori substitutes no glyphs, and the alternates (vertical forms, locale
  // variants) that the substitution tables reach would almost triple the files.
  const subset = await subsetFont(face, text, { targetFormat: 'sfnt', noLayoutClosure: true });
  writeFileSync(file, subset);
  console.log(`${file}: ${[...text].length} characters, ${(subset.length / 1024).toFixed(1)} KB`);
}
