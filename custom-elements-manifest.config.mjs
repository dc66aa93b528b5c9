// Custom Elements Manifest: generated from the JSDoc on each element class.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/schema/**', 'src/content/**', 'src/cdn/**'],
  litelement: true,
  plugins: [
    {
      name: 'attune-drop-unnamed-events',
      // The analyzer also lists `dispatchEvent(new SomeEvent())` calls it cannot name; the
      // `@fires` tags already document every event with its name and detail.
      packageLinkPhase({customElementsManifest}) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
          }
        }
      },
    },
  ],
};
