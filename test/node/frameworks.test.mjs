// Other frameworks: JSX type checking (attune-widgets/jsx), Vue's template compiler with the
// documented `isCustomElement` option, and Angular's compiler with CUSTOM_ELEMENTS_SCHEMA.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {describe, it} from 'node:test';
import {compile} from '@vue/compiler-dom';
import {CUSTOM_ELEMENTS_SCHEMA, DomElementSchemaRegistry, parseTemplate} from '@angular/compiler';

describe('frameworks', () => {
  it('JSX: attune-widgets/jsx types tags, attributes and event details (mistakes fail to compile)', () => {
    // examples/jsx/check.tsx compiles only if every @ts-expect-error line really is an error.
    execFileSync('npx', ['tsc', '-p', 'examples/jsx/tsconfig.json'], {stdio: 'pipe'});
  });

  it('Vue: with isCustomElement, attune-* tags stay real elements, with properties and events bound', () => {
    const template = `<attune-mood-check-in :content="pack" :draft="draft" @attune-check-in-submit="save" />
      <attune-help-card level="urgent" heading-level="3" />`;
    const {code} = compile(template, {mode: 'module', isCustomElement: (tag) => tag.startsWith('attune-')});
    assert.doesNotMatch(code, /resolveComponent/);
    assert.match(
      code,
      /_createElementVNode\("attune-mood-check-in", \{\s*content: _ctx\.pack,\s*draft: _ctx\.draft,\s*onAttuneCheckInSubmit: _ctx\.save/,
    );
    // Without the option Vue would look for a component and warn at run time.
    assert.match(compile(template, {mode: 'module'}).code, /resolveComponent\("attune-mood-check-in"\)/);
  });

  it('Angular: CUSTOM_ELEMENTS_SCHEMA admits attune-* tags and their properties; the template binds the property and the event', () => {
    const registry = new DomElementSchemaRegistry();
    assert.equal(registry.hasElement('attune-mood-check-in', []), false, 'without the schema Angular refuses the tag');
    assert.equal(registry.hasElement('attune-mood-check-in', [CUSTOM_ELEMENTS_SCHEMA]), true);
    assert.equal(registry.hasProperty('attune-mood-check-in', 'content', [CUSTOM_ELEMENTS_SCHEMA]), true);
    const {nodes, errors} = parseTemplate(
      '<attune-mood-check-in [content]="pack" (attune-check-in-submit)="save($event.detail)"></attune-mood-check-in>',
      'check-in.html',
    );
    assert.equal(errors, null);
    assert.deepEqual(
      [nodes[0].name, nodes[0].inputs.map((i) => i.name), nodes[0].outputs.map((o) => o.name)],
      ['attune-mood-check-in', ['content'], ['attune-check-in-submit']],
    );
  });
});
