// @custom-elements-manifest/analyzer: the manifest of <news-timeline>, written to dist/ by the build.
// package.json's "customElements" names it by hand: `packagejson: false` stops the analyzer from
// rewriting package.json whenever it runs with another --outdir (as scripts/readme-api.mjs does).

/** `src/timeline/news-timeline.ts` (or `/src/….js`) → `dist/timeline/news-timeline.js`: the package ships dist/, not src/. */
const shipped = (path) => path.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');

/**
 * The manifest describes what users of the package use: the modules that define or register a custom
 * element, their public members, and exports that point into those modules. The analyzer reads every
 * module of src/ (layout, extraction, controllers), which tools that read the manifest have no use for.
 */
export function publicElementsOnly(manifest) {
  const isElementModule = (m) =>
    (m.declarations ?? []).some((d) => d.customElement) ||
    (m.exports ?? []).some((e) => e.kind === 'custom-element-definition');
  const modules = manifest.modules.filter(isElementModule);
  const kept = new Set(modules.map((m) => shipped(m.path)));
  // `export { NewsTimeline }` of an imported class comes out as declared in the re-exporting module.
  const declaredIn = new Map();
  for (const m of modules) for (const d of m.declarations ?? []) declaredIn.set(d.name, shipped(m.path));
  for (const m of modules) {
    m.path = shipped(m.path);
    m.declarations = (m.declarations ?? [])
      .filter((d) => d.customElement)
      .map((d) => ({ ...d, members: (d.members ?? []).filter((x) => x.privacy !== 'private') }));
    m.exports = (m.exports ?? [])
      .map((e) => {
        const module = shipped(e.declaration.module ?? m.path);
        const home = module === shipped(m.path) ? (declaredIn.get(e.declaration.name) ?? module) : module;
        return { ...e, declaration: { ...e.declaration, module: home } };
      })
      .filter((e) => kept.has(e.declaration.module));
  }
  manifest.modules = modules;
  return manifest;
}

export default {
  globs: ['src/**/*.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  plugins: [
    {
      name: 'public-elements-only',
      packageLinkPhase({ customElementsManifest }) {
        publicElementsOnly(customElementsManifest);
      },
    },
  ],
};
