import type { BriefingLoadDetail } from "briefing-widget";

declare global {
  interface Window {
    __appLoaded?: BriefingLoadDetail;
  }
}
