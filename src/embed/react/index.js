"use client";
// briefing-widget/react (dist/react.js): <briefing-widget> as a React client component. React 19
// drops the properties and listeners of a custom element it hydrates from server-rendered HTML,
// so this component renders only attributes and children (the fallback: what the server sends),
// then sets `briefing` and adds the listeners on the element through a ref, in the browser.
// scripts/api/generate.mjs fills in the names from scripts/api/public-api.json.
import { createElement, useCallback, useEffect, useLayoutEffect, useRef } from "react";
import "./index.js";

/** { tagName, attributes: { property: attribute }, properties: [name], events: { prop: event } } */
const NAMES = __BRIEFING_WIDGET_NAMES__;

// useLayoutEffect warns on the server, where effects do not run anyway.
const useBrowserLayoutEffect = typeof document === "undefined" ? useEffect : useLayoutEffect;

export function BriefingWidget({ ref, children, ...props }) {
  const element = useRef(null);
  const handlers = useRef({});
  const given = {};
  const attributes = {};
  for (const [name, value] of Object.entries(props)) {
    if (Object.hasOwn(NAMES.events, name)) continue;
    if (NAMES.properties.includes(name)) given[name] = value;
    else attributes[Object.hasOwn(NAMES.attributes, name) ? NAMES.attributes[name] : name] = value;
  }

  // The latest callbacks, read by listeners added once per element.
  useBrowserLayoutEffect(() => {
    handlers.current = props;
  });
  useBrowserLayoutEffect(() => {
    const widget = element.current;
    if (!widget) return undefined;
    const listeners = Object.entries(NAMES.events).map(([prop, type]) => {
      const listener = (event) => {
        if (event.target === widget) handlers.current[prop]?.(event);
      };
      widget.addEventListener(type, listener);
      return [type, listener];
    });
    return () => listeners.forEach(([type, listener]) => widget.removeEventListener(type, listener));
  }, []);

  // Properties, set when they change; one that was set and is then left out goes back to null.
  const set = useRef({});
  for (const name of NAMES.properties) {
    const value = given[name];
    useBrowserLayoutEffect(() => {
      const widget = element.current;
      if (!widget) return;
      if (value === undefined && !set.current[name]) return;
      set.current[name] = value !== undefined;
      widget[name] = value ?? null;
    }, [value]);
  }

  const forward = useCallback(
    (node) => {
      element.current = node;
      if (typeof ref === "function") return ref(node);
      if (ref) ref.current = node;
      return undefined;
    },
    [ref]
  );
  return createElement(NAMES.tagName, { ...attributes, ref: forward }, children);
}
