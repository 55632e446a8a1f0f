import vue from "@vitejs/plugin-vue";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [
    // The one line for briefing-widget: Vue's compiler leaves <briefing-widget> to the browser.
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === "briefing-widget" } } }),
  ],
});
