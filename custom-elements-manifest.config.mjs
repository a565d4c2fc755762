// Builds custom-elements.json from the elements' JSDoc (npm run build).
// Lit's `static properties` lists private state too ({state: true}); those are
// not attributes a partner can set, so they and other private members are dropped.
export default {
  globs: [
    'src/iop-fit-check.ts',
    'src/crisis-line/iop-crisis-line.ts',
    'src/explainer/iop-explainer.ts',
    'src/check/iop-check.ts',
  ],
  litelement: true,
  plugins: [
    {
      name: 'drop-private-state',
      packageLinkPhase({customElementsManifest}) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            const isPrivate = (name) =>
              declaration.members?.some(
                (m) => m.name === name && (m.privacy === 'private' || m.privacy === 'protected')
              );
            declaration.attributes = declaration.attributes?.filter(
              (a) => !isPrivate(a.fieldName ?? a.name)
            );
            declaration.members = declaration.members?.filter(
              (m) => m.privacy !== 'private' && m.privacy !== 'protected'
            );
          }
        }
      },
    },
  ],
};
