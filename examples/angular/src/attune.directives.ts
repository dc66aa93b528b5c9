// Typed bindings for Attune's elements in Angular templates: each directive matches its tag, so
// [level], [headingLevel]… are checked against the element class's own types, and each event is
// an output whose $event is that event's typed detail. No $any anywhere.
import {DestroyRef, Directive, ElementRef, EventEmitter, Input, Output, inject} from '@angular/core';
import type {
  AttuneEventMap,
  AttuneHelpCard,
  AttuneMoodCheckIn,
  AttuneMoodTrend,
  CheckInSubmitDetail,
  HelpActionDetail,
  SummaryShareDetail,
} from 'attune-widgets';

/** The element the directive sits on. */
function host<E extends HTMLElement>(): E {
  return inject<ElementRef<E>>(ElementRef).nativeElement;
}

/** Passes each `name` event's detail to `output`, until the directive goes. */
function relay<N extends keyof AttuneEventMap>(
  element: HTMLElement,
  name: N,
  output: EventEmitter<AttuneEventMap[N]['detail']>,
): void {
  const listener = (event: AttuneEventMap[N]) => output.emit(event.detail);
  element.addEventListener(name, listener);
  inject(DestroyRef).onDestroy(() => element.removeEventListener(name, listener));
}

@Directive({selector: 'attune-help-card'})
export class AttuneHelpCardDirective {
  readonly #element = host<AttuneHelpCard>();
  @Input() set level(value: AttuneHelpCard['level']) {
    this.#element.level = value;
  }
  @Input() set headingLevel(value: AttuneHelpCard['headingLevel']) {
    this.#element.headingLevel = value;
  }
  @Output() readonly helpAction = new EventEmitter<HelpActionDetail>();
  constructor() {
    relay(this.#element, 'attune-help-action', this.helpAction);
  }
}

@Directive({selector: 'attune-mood-check-in'})
export class AttuneMoodCheckInDirective {
  readonly #element = host<AttuneMoodCheckIn>();
  @Input() set headingLevel(value: AttuneMoodCheckIn['headingLevel']) {
    this.#element.headingLevel = value;
  }
  @Output() readonly checkInSubmit = new EventEmitter<CheckInSubmitDetail>();
  constructor() {
    relay(this.#element, 'attune-check-in-submit', this.checkInSubmit);
  }
}

@Directive({selector: 'attune-mood-trend'})
export class AttuneMoodTrendDirective {
  readonly #element = host<AttuneMoodTrend>();
  @Input() set days(value: AttuneMoodTrend['days']) {
    this.#element.days = value;
  }
  @Input() set entries(value: AttuneMoodTrend['entries']) {
    this.#element.entries = value;
  }
  @Output() readonly summaryShare = new EventEmitter<SummaryShareDetail>();
  constructor() {
    relay(this.#element, 'attune-summary-share', this.summaryShare);
  }
}

/** Import this in a standalone component's `imports`. */
export const ATTUNE_DIRECTIVES = [
  AttuneHelpCardDirective,
  AttuneMoodCheckInDirective,
  AttuneMoodTrendDirective,
] as const;
