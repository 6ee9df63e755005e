/**
 * The fixture build is built and served as a GitHub Pages project site: under this path, with no
 * extra headers. package.json's `build:fixture` builds it with the same BASE_PATH.
 */
export const fixtureBase = '/why-gpus/';
