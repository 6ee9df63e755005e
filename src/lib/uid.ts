let counter = 0;

/** A page-unique id for elements a component renders more than once (tooltips, labels). */
export function nextUid(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter.toString(36)}`;
}
