import type { Element, ElementContent } from 'hast';

/** A hast text node; serialisers escape its value. */
export const text = (value: string): ElementContent => ({ type: 'text', value });

/** A hast element. */
export const el = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });
