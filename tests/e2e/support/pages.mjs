// Partner pages the tests serve: shared by the Chromium/Firefox suite and the WebKit suite.

/** The HTML of a partner page that embeds the widget. */
export function partnerPage({ widgetOrigin, head = "", body, scripts = 1, scriptType = "async" }) {
  const attribute = scriptType === "module" ? 'type="module"' : scriptType;
  const tag = `<script ${attribute} src="${widgetOrigin}/briefing-widget.js"></script>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Partner page</title>${head}</head>
<body>${tag.repeat(scripts)}
${body}
</body></html>`;
}
