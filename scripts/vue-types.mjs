// Own generator, not custom-element-vuejs-integration 1.4.0: vue-tsc 3 camelizes attribute and event names, so its "heading-level" and "onattune-…" keys are never checked.
// A Custom Elements Manifest Analyzer plugin that writes dist/vue.d.ts: Vue's GlobalComponents for
// every attune-* tag, so `vue-tsc` checks attributes, properties and event handlers in templates.
import {mkdirSync, writeFileSync} from 'node:fs';
import {dirname} from 'node:path';

/** `heading-level` → `headingLevel`: the key vue-tsc looks up for an attribute or an event. */
const camel = (name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());

/** A JSDoc comment, indented; the manifest's text never closes it early. */
const doc = (text, indent) =>
  text ? `${indent}/**\n${text.replaceAll('*/', '*\\/').replace(/^/gm, `${indent} * `)}\n${indent} */\n` : '';

/**
 * What a host may set from a template: attributes, and public fields the host can write. A field
 * without a type is the analyzer reading `this.renderOptions.creationScope = …` as one.
 */
function props(element) {
  return (element.members ?? []).filter(
    (m) =>
      m.kind === 'field' && !m.static && !m.readonly && m.type && m.privacy !== 'private' && m.privacy !== 'protected',
  );
}

function elementTypes(element) {
  const {name, tagName} = element;
  const attributes = new Set((element.attributes ?? []).map((a) => a.fieldName));
  const lines = props(element).map(
    (m) =>
      `${doc(m.description, '  ')}  ${m.name}?: ${attributes.has(m.name) ? `Attr<${name}['${m.name}']>` : `${name}['${m.name}']`};\n`,
  );
  for (const event of element.events ?? []) {
    lines.push(`${doc(event.description, '  ')}  ${camel(`on-${event.name}`)}?: On<'${event.name}'>;\n`);
  }
  return {
    props: `/** What \`<${tagName}>\` takes in a Vue template. */\nexport interface ${name}Props {\n${lines.join('')}}\n`,
    global: `${doc(element.summary ?? element.description, '    ')}    '${tagName}': Element<${name}Props>;\n`,
  };
}

/** The text of dist/vue.d.ts for every element in the manifest. */
export function vueTypes(manifest) {
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
  const parts = elements.map(elementTypes);
  return `// Generated from custom-elements.json by scripts/vue-types.mjs. Use: import type {} from 'attune-widgets/vue';
import type {DefineComponent, HTMLAttributes} from 'vue';
import type {AttuneEventMap, ${elements.map((e) => e.name).join(', ')}} from './index.js';

/** A value written in a template is text: heading-level="3" gives "3", which the element reads as 3. */
type Attr<T> = T | (T extends number ? \`\${T}\` : never);

/** A handler for an Attune event, with its typed \`detail\`. */
type On<Name extends keyof AttuneEventMap> = (event: CustomEvent<AttuneEventMap[Name]['detail']>) => void;

/** An element's own props, and the HTML attributes every element takes (id, class, aria-*…). */
type Element<Props> = DefineComponent<Props & Omit<HTMLAttributes, keyof Props>>;

${parts.map((p) => p.props).join('\n')}
declare module 'vue' {
  interface GlobalComponents {
${parts.map((p) => p.global).join('')}  }
}
`;
}

/** The analyzer plugin: writes the types once the manifest is linked. */
export function vueTypesPlugin({file}) {
  return {
    name: 'attune-vue-types',
    packageLinkPhase({customElementsManifest}) {
      mkdirSync(dirname(file), {recursive: true});
      writeFileSync(file, vueTypes(customElementsManifest));
    },
  };
}
