// JSX type checking for Preact, Solid, Stencil or any JSX without React's own wrappers:
// attune-widgets/jsx types every tag, attribute and event. This file must compile, and each
// expected error below proves that a mistake is caught.
import type {CustomElements} from 'attune-widgets/jsx';

declare global {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- JSX needs an Element type; any object is one.
    interface Element {}
  }
}

export const fine = (
  <attune-help-card
    level="urgent"
    heading-level={3}
    onattune-help-action={(e) => console.log(e.detail.actionId, e.detail.href)}
  />
);

export const checkIn = (
  <attune-mood-check-in name="checkin" onattune-check-in-submit={(e) => console.log(e.detail.response.signpost)} />
);

// @ts-expect-error heading-level is a number, not text
export const wrongType = <attune-help-card heading-level="three" />;

// @ts-expect-error the submit detail has no such field
export const wrongDetail = <attune-mood-check-in onattune-check-in-submit={(e) => e.detail.score} />;

// @ts-expect-error the planner's mode is "edit" or "run"
export const wrongMode = <attune-routine-planner mode="fast" />;
