// @custom-elements-manifest/analyzer: the manifest of <news-timeline>, written to dist/ by the build.
// package.json's "customElements" names it by hand: `packagejson: false` stops the analyzer from
// rewriting package.json whenever it runs with another --outdir (as scripts/readme-api.mjs does).
export default {
  globs: ['src/**/*.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
};
