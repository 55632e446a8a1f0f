"use client";
import type { BriefingInput } from "briefing-widget";
import { BriefingWidget } from "briefing-widget/react";
import { useState } from "react";
import "./window";

export function Reader({ briefing }: { briefing: BriefingInput }) {
  const [sections, setSections] = useState(0);
  return (
    <>
      <BriefingWidget
        briefing={briefing}
        theme="light"
        headingLevel={2}
        onBriefingLoad={(event) => {
          window.__appLoaded = event.detail;
          setSections(event.detail.sections.length);
        }}
        onBriefingError={(event) => console.warn(event.detail.message)}
      >
        <a href="/briefing">Read the briefing</a>
      </BriefingWidget>
      <p id="count">{sections} sections</p>
    </>
  );
}
