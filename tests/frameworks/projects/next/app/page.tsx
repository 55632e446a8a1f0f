// A Server Component: the briefing is imported on the server and handed to a client component.
import briefing from "../briefing.json";
import { Reader } from "../components/reader";

export default function Page() {
  return (
    <main>
      <h1>Next.js App Router, through briefing-widget/react</h1>
      <Reader briefing={briefing} />
    </main>
  );
}
