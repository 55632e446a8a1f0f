import briefing from "../../briefing.json";
import { PlainReader } from "../../components/plain-reader";

export default function Page() {
  return (
    <main>
      <h1>Next.js App Router, the plain element</h1>
      <PlainReader briefing={briefing} />
    </main>
  );
}
