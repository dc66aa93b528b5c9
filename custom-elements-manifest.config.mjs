// Custom Elements Manifest: generated from the JSDoc on each element class. Plugins turn it
// into editor data (VS Code custom data, JetBrains web-types), JSX types and Vue types, so hosts get
// completion and type checking for tags, attributes, properties and events.
import {customElementVsCodePlugin} from 'custom-element-vs-code-integration';
import {customElementJetBrainsPlugin} from 'custom-element-jet-brains-integration';
import {customElementJsxPlugin} from 'custom-element-jsx-integration';
import {vueTypesPlugin} from './scripts/vue-types.mjs';
import {readFileSync, writeFileSync} from 'node:fs';

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/schema/**', 'src/content/**', 'src/cdn/**'],
  litelement: true,
  plugins: [
    {
      name: 'attune-help-card-parts',
      // A widget that shows help cards documents `help-*` once; here it becomes one entry per
      // part of the help card's own docs, and the card's tokens it does not list itself are
      // added, so both lists are written in one place.
      packageLinkPhase({customElementsManifest}) {
        const declarations = customElementsManifest.modules.flatMap((mod) => mod.declarations ?? []);
        const card = declarations.find((declaration) => declaration.tagName === 'attune-help-card');
        for (const declaration of declarations) {
          const at = declaration.cssParts?.findIndex((part) => part.name === 'help-*') ?? -1;
          if (at < 0) continue;
          const passedOn = card.cssParts.map(({name, description}) => ({
            name: `help-${name}`,
            description: `Passed on from its help cards: ${description}`,
          }));
          declaration.cssParts.splice(at, 1, ...passedOn);
          const own = new Set(declaration.cssProperties.map((property) => property.name));
          for (const property of card.cssProperties)
            if (!own.has(property.name))
              declaration.cssProperties.push({
                ...property,
                description: `${property.description.replace(/\.$/, '')}: in its help cards`,
              });
        }
      },
    },
    {
      name: 'attune-drop-unnamed-events',
      // The analyzer also lists `dispatchEvent(new SomeEvent())` calls it cannot name; the
      // `@fires` tags already document every event with its name and detail.
      packageLinkPhase({customElementsManifest}) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            if (declaration.events)
              declaration.events = declaration.events.filter((event) => event.name?.startsWith('attune-'));
          }
        }
      },
    },
    {
      name: 'attune-public-api-only',
      // Hosts and designers read the manifest as the public API: #private fields and protected
      // hooks of the base element are implementation, so they stay out of docs and editor data.
      packageLinkPhase({customElementsManifest}) {
        const isPublic = (member) => !member.name.startsWith('#') && !['private', 'protected'].includes(member.privacy);
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            if (declaration.members) declaration.members = declaration.members.filter(isPublic);
          }
        }
      },
    },
    customElementVsCodePlugin({outdir: 'dist', hideLogs: true}),
    customElementJetBrainsPlugin({outdir: 'dist', hideLogs: true, packageJson: false}),
    customElementJsxPlugin({
      outdir: 'dist',
      fileName: 'jsx.d.ts',
      hideLogs: true,
      globalTypePath: './index.js',
    }),
    vueTypesPlugin({file: 'dist/vue.d.ts'}),
    {
      name: 'attune-dedupe-jsx-imports',
      // Several elements fire attune-content-error, and the JSX generator imports its type once
      // per element: keep one import of each name so the .d.ts compiles.
      packageLinkPhase() {
        const file = 'dist/jsx.d.ts';
        const text = readFileSync(file, 'utf8').replace(
          /import type \{([^}]*)\}/,
          (_, names) =>
            `import type {\n  ${[
              ...new Set(
                names
                  .split(',')
                  .map((n) => n.trim())
                  .filter(Boolean),
              ),
            ].join(',\n  ')},\n}`,
        );
        writeFileSync(file, text);
      },
    },
  ],
};
