// The Pages Router: the same component, server-rendered by getStaticProps' page, no ssr: false.
import { BriefingWidget } from "briefing-widget/react";
import briefing from "../briefing.json";
import "../components/window";

export default function Legacy() {
  return (
    <main>
      <BriefingWidget briefing={briefing} onBriefingLoad={(event) => (window.__appLoaded = event.detail)}>
        <a href="/briefing">Read the briefing</a>
      </BriefingWidget>
    </main>
  );
}
