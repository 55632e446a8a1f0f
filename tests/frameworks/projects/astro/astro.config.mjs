import { defineConfig } from "astro/config";

// Nothing for briefing-widget: Astro's bundler (Vite) emits the .wasm by itself.
export default defineConfig({ output: "static" });
