import "briefing-widget";
import type { BriefingLoadDetail, BriefingWidgetElement } from "briefing-widget";
import { useRef, useState } from "react";
import briefing from "./briefing.json";

declare global {
  interface Window {
    __appLoaded?: BriefingLoadDetail;
  }
}

export function App() {
  const widget = useRef<BriefingWidgetElement>(null);
  const [sections, setSections] = useState(0);
  return (
    <main>
      <briefing-widget
        ref={widget}
        briefing={briefing}
        theme="light"
        heading-level="2"
        onbriefing-load={(event) => {
          window.__appLoaded = event.detail;
          setSections(event.detail.sections.length);
        }}
        onbriefing-error={(event) => console.warn(event.detail.message)}
      >
        <a href="/briefing">Read the briefing</a>
      </briefing-widget>
      <p id="count">{sections} sections</p>
      <button onClick={() => widget.current?.reload()}>Reload</button>
    </main>
  );
}
