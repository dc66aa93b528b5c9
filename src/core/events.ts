/**
 * One class per event, so hosts get a typed `detail` from `addEventListener` and can
 * `instanceof`-check. Every event bubbles and crosses shadow roots (`composed`).
 */
import type {
  CheckInChangeDetail, CheckInSubmitDetail, ContentErrorDetail, HelpActionDetail,
  RoutineChangeDetail, RoutineStepCompleteDetail,
} from '../schema/events.js';

/** Base of every Attune event: a plain `Event` with a typed, read-only `detail`. */
export abstract class AttuneEvent<Detail> extends Event {
  readonly detail: Detail;
  constructor(type: string, detail: Detail) {
    super(type, {bubbles: true, composed: true});
    this.detail = detail;
  }
}

/** `content`, `draft` or `routine` was refused; the widget keeps its last good value. */
export class AttuneContentErrorEvent extends AttuneEvent<ContentErrorDetail> {
  static readonly eventName = 'attune-content-error';
  constructor(detail: ContentErrorDetail) { super(AttuneContentErrorEvent.eventName, detail); }
}

/** A help action link (call, text, web page) was used. Navigation is never prevented. */
export class AttuneHelpActionEvent extends AttuneEvent<HelpActionDetail> {
  static readonly eventName = 'attune-help-action';
  constructor(detail: HelpActionDetail) { super(AttuneHelpActionEvent.eventName, detail); }
}

/** Any check-in answer changed; `detail.draft` restores the same screen through `draft`. */
export class AttuneCheckInChangeEvent extends AttuneEvent<CheckInChangeDetail> {
  static readonly eventName = 'attune-check-in-change';
  constructor(detail: CheckInChangeDetail) { super(AttuneCheckInChangeEvent.eventName, detail); }
}

/** The parent finished the check-in. Fired once per submission. */
export class AttuneCheckInSubmitEvent extends AttuneEvent<CheckInSubmitDetail> {
  static readonly eventName = 'attune-check-in-submit';
  constructor(detail: CheckInSubmitDetail) { super(AttuneCheckInSubmitEvent.eventName, detail); }
}

/** The routine was edited; `detail.routine` restores it through `routine`. */
export class AttuneRoutineChangeEvent extends AttuneEvent<RoutineChangeDetail> {
  static readonly eventName = 'attune-routine-change';
  constructor(detail: RoutineChangeDetail) { super(AttuneRoutineChangeEvent.eventName, detail); }
}

/** A step was ticked off in run mode. */
export class AttuneRoutineStepCompleteEvent extends AttuneEvent<RoutineStepCompleteDetail> {
  static readonly eventName = 'attune-routine-step-complete';
  constructor(detail: RoutineStepCompleteDetail) { super(AttuneRoutineStepCompleteEvent.eventName, detail); }
}

declare global {
  interface HTMLElementEventMap {
    'attune-content-error': AttuneContentErrorEvent;
    'attune-help-action': AttuneHelpActionEvent;
    'attune-check-in-change': AttuneCheckInChangeEvent;
    'attune-check-in-submit': AttuneCheckInSubmitEvent;
    'attune-routine-change': AttuneRoutineChangeEvent;
    'attune-routine-step-complete': AttuneRoutineStepCompleteEvent;
  }
}
