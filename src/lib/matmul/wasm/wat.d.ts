// WebAssembly text compiled to bytes at build time by scripts/vite-plugin-wat.mjs.
declare module '*.wat' {
  const bytes: Uint8Array<ArrayBuffer>;
  export default bytes;
}
declare module '*.wat?shared' {
  const bytes: Uint8Array<ArrayBuffer>;
  export default bytes;
}
declare module '*.wat?relaxed' {
  const bytes: Uint8Array<ArrayBuffer>;
  export default bytes;
}
declare module '*.wat?shared&relaxed' {
  const bytes: Uint8Array<ArrayBuffer>;
  export default bytes;
}
