import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// Nothing for briefing-widget: Vite emits its .wasm by itself.
export default defineConfig({ plugins: [react()] });
