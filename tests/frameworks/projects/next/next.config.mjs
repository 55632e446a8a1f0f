import { fileURLToPath } from "node:url";

// Nothing for briefing-widget. Test harness only: the tools are installed in tests/frameworks/
// node_modules, two folders up, which Turbopack reads only inside its root.
const tools = fileURLToPath(new URL("../..", import.meta.url));
export default { turbopack: { root: tools }, outputFileTracingRoot: tools };
