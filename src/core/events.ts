/**
 * One class per event, so hosts get a typed `detail` from `addEventListener` and can
 * `instanceof`-check. Every event bubbles and crosses shadow roots (`composed`).
 */
import type {
  CheckInChangeDetail,
  CheckInSubmitDetail,
  ContentErrorDetail,
  ContentWarningDetail,
  CueMomentDetail,
  HelpActionDetail,
  RoutineChangeDetail,
  RoutineStepCompleteDetail,
  SummaryShareDetail,
} from '../schema/events.js';

/**
 * Base of every Attune event: a plain `Event` with a typed, read-only `detail`. Its type is the
 * subclass's static `eventName`, so each name is written once.
 */
export abstract class AttuneEvent<Detail> extends Event {
  readonly detail: Detail;
  constructor(detail: Detail) {
    super((new.target as unknown as {eventName: string}).eventName, {bubbles: true, composed: true});
    this.detail = detail;
  }
}

/** `content`, `draft` or `routine` was refused; the widget keeps its last good value. */
export class AttuneContentErrorEvent extends AttuneEvent<ContentErrorDetail> {
  static get eventName() {
    return 'attune-content-error' as const;
  }
}

/**
 * Accepted content holds something a clinician must look at: a pack awaiting review, no safety
 * question, a costly number. The pack is in use; this never blocks it.
 */
export class AttuneContentWarningEvent extends AttuneEvent<ContentWarningDetail> {
  static get eventName() {
    return 'attune-content-warning' as const;
  }
}

/** A help action link (call, text, web page) was used. Navigation is never prevented. */
export class AttuneHelpActionEvent extends AttuneEvent<HelpActionDetail> {
  static get eventName() {
    return 'attune-help-action' as const;
  }
}

/** Any check-in answer changed; `detail.draft` restores the same screen through `draft`. */
export class AttuneCheckInChangeEvent extends AttuneEvent<CheckInChangeDetail> {
  static get eventName() {
    return 'attune-check-in-change' as const;
  }
}

/** The parent finished the check-in. Fired once per submission. */
export class AttuneCheckInSubmitEvent extends AttuneEvent<CheckInSubmitDetail> {
  static get eventName() {
    return 'attune-check-in-submit' as const;
  }
}

/** The routine was edited; `detail.routine` restores it through `routine`. */
export class AttuneRoutineChangeEvent extends AttuneEvent<RoutineChangeDetail> {
  static get eventName() {
    return 'attune-routine-change' as const;
  }
}

/** A step was ticked off in run mode. */
export class AttuneRoutineStepCompleteEvent extends AttuneEvent<RoutineStepCompleteDetail> {
  static get eventName() {
    return 'attune-routine-step-complete' as const;
  }
}

/** The parent made a summary for their health visitor from the trend (nothing is stored or sent). */
export class AttuneSummaryShareEvent extends AttuneEvent<SummaryShareDetail> {
  static get eventName() {
    return 'attune-summary-share' as const;
  }
}

/** The parent saved a moment in the baby-cues guide; `detail.moment` restores it through `moment`. */
export class AttuneCueMomentEvent extends AttuneEvent<CueMomentDetail> {
  static get eventName() {
    return 'attune-cue-moment' as const;
  }
}

/** Every Attune event by name. They bubble out of shadow roots, so a page can listen anywhere. */
export interface AttuneEventMap {
  'attune-content-error': AttuneContentErrorEvent;
  'attune-content-warning': AttuneContentWarningEvent;
  'attune-help-action': AttuneHelpActionEvent;
  'attune-check-in-change': AttuneCheckInChangeEvent;
  'attune-check-in-submit': AttuneCheckInSubmitEvent;
  'attune-routine-change': AttuneRoutineChangeEvent;
  'attune-routine-step-complete': AttuneRoutineStepCompleteEvent;
  'attune-summary-share': AttuneSummaryShareEvent;
  'attune-cue-moment': AttuneCueMomentEvent;
}

declare global {
  // Typed listeners on an element, on the document and on the window.
  interface HTMLElementEventMap extends AttuneEventMap {}
  interface DocumentEventMap extends AttuneEventMap {}
  interface WindowEventMap extends AttuneEventMap {}
}
