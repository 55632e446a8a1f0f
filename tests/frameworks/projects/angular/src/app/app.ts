import { CUSTOM_ELEMENTS_SCHEMA, Component, signal } from "@angular/core";
import "briefing-widget";
import type { BriefingLoadDetail } from "briefing-widget";
import briefing from "../briefing.json";

declare global {
  interface Window {
    __appLoaded?: BriefingLoadDetail;
  }
}

@Component({
  selector: "app-root",
  // Angular leaves <briefing-widget> to the browser: it sets [briefing] as a property.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <briefing-widget [briefing]="briefing" theme="light" heading-level="2" (briefing-load)="loaded($event)">
        <a href="/briefing">Read the briefing</a>
      </briefing-widget>
      <p id="count">{{ sections() }} sections</p>
    </main>
  `,
})
export class App {
  readonly briefing = briefing;
  readonly sections = signal(0);

  loaded(event: CustomEvent<BriefingLoadDetail>) {
    window.__appLoaded = event.detail;
    this.sections.set(event.detail.sections.length);
  }
}
