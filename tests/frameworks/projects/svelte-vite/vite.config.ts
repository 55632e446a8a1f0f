import { svelte } from "@sveltejs/vite-plugin-svelte";
import { defineConfig } from "vite";

// Nothing for briefing-widget: Svelte sets properties on custom elements, Vite emits the .wasm.
export default defineConfig({ plugins: [svelte()] });
