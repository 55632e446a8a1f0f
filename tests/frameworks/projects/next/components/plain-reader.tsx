"use client";
// The plain element with server rendering, as docs/embedding.md shows it: attributes and children
// in JSX (they survive hydration), `briefing` and the listeners set in an effect through a ref.
import "briefing-widget";
import type { BriefingInput, BriefingLoadDetail, BriefingWidgetElement } from "briefing-widget";
import { useEffect, useRef } from "react";
import "./window";

export function PlainReader({ briefing }: { briefing: BriefingInput }) {
  const widget = useRef<BriefingWidgetElement>(null);
  useEffect(() => {
    const element = widget.current;
    if (!element) return;
    const loaded = (event: CustomEvent<BriefingLoadDetail>) => {
      window.__appLoaded = event.detail;
    };
    element.addEventListener("briefing-load", loaded);
    element.briefing = briefing;
    return () => element.removeEventListener("briefing-load", loaded);
  }, [briefing]);
  return (
    <briefing-widget ref={widget} theme="light">
      <a href="/briefing">Read the briefing</a>
    </briefing-widget>
  );
}
