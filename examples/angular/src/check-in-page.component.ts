import {CUSTOM_ELEMENTS_SCHEMA, Component, signal} from '@angular/core';
// Registers every attune-* element.
import 'attune-widgets';
import type {CheckInResponse, CheckInSubmitDetail, HelpActionDetail} from 'attune-widgets';
import {ATTUNE_DIRECTIVES} from './attune.directives';

@Component({
  selector: 'app-check-in-page',
  imports: [ATTUNE_DIRECTIVES],
  // Only so Angular accepts the attune-* tags themselves: the directives type every binding.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <attune-mood-check-in [headingLevel]="2" (checkInSubmit)="save($event)" />
    <attune-mood-trend [entries]="responses()" [days]="14" />
    <attune-help-card level="support" [headingLevel]="2" (helpAction)="noteHelp($event)" />
  `,
})
export class CheckInPageComponent {
  // The widgets store nothing: the app keeps what they send (here only in memory).
  readonly responses = signal<CheckInResponse[]>([]);
  lastHelp = '';

  save(detail: CheckInSubmitDetail) {
    this.responses.update((list) => [...list, detail.response]);
  }

  noteHelp(detail: HelpActionDetail) {
    this.lastHelp = detail.href;
  }
}
