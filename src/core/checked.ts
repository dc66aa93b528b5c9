/**
 * `?checked=${checked(on)}`: the one way a radio or checkbox is bound to state.
 *
 * A plain `.checked=${on}` keeps the client right, but a server render writes it as a
 * `checked="false"` attribute, so with scripts off every radio looks chosen. A plain
 * `?checked=${on}` renders right on the server, but once a parent has clicked, the browser
 * stops letting the attribute move the tick (an input's "dirty checkedness"), so a restored
 * draft would not show. This directive renders the attribute on the server (`render`) and, in
 * the browser, sets the property as well as the attribute (`update`), so both always agree.
 */
import {Directive, directive, PartType, type PartInfo} from 'lit/directive.js';
import type {BooleanAttributePart} from 'lit';

class CheckedDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.BOOLEAN_ATTRIBUTE || part.name !== 'checked') {
      throw new Error('checked() belongs in ?checked=${…} on an <input>.');
    }
  }

  render(on: boolean): boolean {
    return on;
  }

  override update(part: BooleanAttributePart, [on]: [boolean]): boolean {
    (part.element as HTMLInputElement).checked = on;
    return on;
  }
}

export const checked = directive(CheckedDirective);
