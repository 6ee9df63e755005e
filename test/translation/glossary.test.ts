import { describe, expect, it } from 'vitest';
import { parseGlossaryFile, termForms, termsUsed, usesTranslatedTerm, type GlossaryEntry } from '../../src/lib/translation/glossary.ts';

const term = (en: string, zh: string): GlossaryEntry => ({ kind: 'glossary', id: en, file: `content/glossary/${en}.yaml`, label: en, term: { en, 'zh-cn': zh }, texts: [], translations: undefined });
const gpu = term('GPU (graphics processing unit)', 'GPU（图形处理器）');
const gpuMemory = term('GPU memory', '显存');
const flops = term('FLOPS', 'FLOPS（每秒浮点运算次数）');
const tensor = term('tensor', '张量');
const tensorCore = term('Tensor Core', 'Tensor Core（张量核心）');
const network = term('neural network', '神经网络');
const all = [gpu, gpuMemory, flops, tensor, tensorCore, network];
const used = (text: string) => termsUsed(text, all).map((t) => t.term.en);

describe('glossary terms in English text', () => {
  it('finds a term by either part of an entry written with a gloss', () => {
    expect(termForms('GPU (graphics processing unit)')).toEqual(['GPU (graphics processing unit)', 'GPU', 'graphics processing unit']);
    expect(used('Two GPUs are faster.')).toEqual(['GPU (graphics processing unit)']);
  });

  it('finds lower-case terms in any case and in the plural', () => {
    expect(used('Neural networks learn.')).toEqual(['neural network']);
  });

  it('matches names with capitals only in that case, so FLOPs (operations) is not FLOPS (a rate)', () => {
    expect(used('About 15 billion FLOPs per image.')).toEqual([]);
    expect(used('Peak FLOPS are rarely reached.')).toEqual(['FLOPS']);
  });

  it('does not count a term inside a longer term', () => {
    expect(used('The GPU memory is full.')).toEqual(['GPU memory']);
    expect(used('Tensor Cores multiply small matrices.')).toEqual(['Tensor Core']);
  });
});

describe('glossary terms in Chinese text', () => {
  it('accepts the term with or without its gloss, ignoring spaces', () => {
    expect(usesTranslatedTerm('用 GPU 训练', 'GPU（图形处理器）')).toBe(true);
    expect(usesTranslatedTerm('图形处理器很快', 'GPU（图形处理器）')).toBe(true);
    expect(usesTranslatedTerm('租一台云GPU实例', '云 GPU 实例')).toBe(true);
    expect(usesTranslatedTerm('一次喂给它一大批', '批次')).toBe(false);
  });
});

describe('glossary files', () => {
  it('reads the term in every locale, and what its translation status is computed from', () => {
    expect(parseGlossaryFile('content/glossary/batch.yaml', 'term:\n  en: batch\n  zh-cn: 批次\ndefinition:\n  en: x\n  zh-cn: y\n')).toEqual({
      entry: {
        kind: 'glossary',
        id: 'batch',
        file: 'content/glossary/batch.yaml',
        label: 'batch',
        term: { en: 'batch', 'zh-cn': '批次' },
        texts: [
          { en: 'batch', 'zh-cn': '批次' },
          { en: 'x', 'zh-cn': 'y' },
        ],
        translations: undefined,
      },
      errors: [],
    });
  });

  it('accepts a term not translated yet, and names a missing English field where it belongs, by the schema the site builds with', () => {
    expect(parseGlossaryFile('content/glossary/batch.yaml', 'term:\n  en: batch\ndefinition:\n  en: x\n').errors).toEqual([]);
    const [error] = parseGlossaryFile('content/glossary/batch.yaml', 'term:\n  en: batch\ndefinition:\n  zh-cn: y\n').errors;
    expect({ line: error?.line, message: error?.message.en }).toEqual({ line: 3, message: '`definition.en`: Invalid input: expected string, received undefined' });
  });
});
