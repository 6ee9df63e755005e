import { describe, expect, it } from 'vitest';
import { parseGlossaryFile, termForms, termsUsed, usesTranslatedTerm, type GlossaryEntry } from '../../src/lib/translation/glossary.ts';

const term = (en: string, zh: string): GlossaryEntry => ({ id: en, file: `content/glossary/${en}.yaml`, term: { en, 'zh-cn': zh } });
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
  it('reads the term in every locale', () => {
    expect(parseGlossaryFile('content/glossary/batch.yaml', 'term:\n  en: batch\n  zh-cn: 批次\ndefinition:\n  en: x\n  zh-cn: y\n')).toEqual({
      entry: { id: 'batch', file: 'content/glossary/batch.yaml', term: { en: 'batch', 'zh-cn': '批次' } },
      errors: [],
    });
  });

  it('names each missing field, by the same schema the site builds with', () => {
    expect(parseGlossaryFile('content/glossary/batch.yaml', 'term:\n  en: batch\ndefinition:\n  en: x\n').errors.map((e) => e.message)).toEqual([
      'glossary field `term.zh-cn`: Invalid input: expected string, received undefined',
      'glossary field `definition.zh-cn`: Invalid input: expected string, received undefined',
    ]);
  });
});
