// What the end-to-end and WebKit suites read of format 1.1's fields in the second example.

/** What a reader sees of each 1.1 field, from the shadow root (the copy's or the widget's); run
 * in the page (`page.evaluate(readFields)`, WebDriver's `session.run(readFields)`). */
export function readFields() {
  {
    const root = document.querySelector("briefing-widget").shadowRoot;
    const visible = (e) => e && e.getClientRects().length > 0 && getComputedStyle(e).visibility === "visible";
    // The text a reader sees: without the notes that only print (a speaker's affiliation after
    // their first mention).
    const seen = (e) => {
      const copy = e.cloneNode(true);
      copy.querySelectorAll(".print-only").forEach((note) => note.remove());
      return copy.textContent;
    };
    const text = (selector) => {
      const e = root.querySelector(selector);
      return visible(e) ? seen(e).replace(/\s+/g, " ").trim() : null;
    };
    const all = (selector) => Array.from(root.querySelectorAll(selector)).filter(visible).map((e) => seen(e).replace(/\s+/g, " ").trim());
    const moment = root.querySelector(".moment");
    const debate = root.querySelector('[data-section="debate"]');
    return {
      organizers: text(".organizer"),
      organizerAbout: all(".organizer-about .paragraph"),
      aboutBeforeTitle: !!(root.querySelector(".organizer-about").compareDocumentPosition(root.querySelector(".title")) & Node.DOCUMENT_POSITION_FOLLOWING),
      series: text(".series"),
      dates: text(".date-range"),
      time: text(".meta .time"),
      venue: text(".venue"),
      links: all(".links .link"),
      recording: root.querySelector(".links a").getAttribute("href"),
      byline: text(".byline"),
      titles: all(".speaker-title"),
      groups: all(".speaker-group-heading"),
      sessionWhen: all(".section-when"),
      session: Array.from(debate.querySelectorAll(".session div"), (e) => e.textContent.replace(/\s+/g, " ").trim()),
      sectionSummary: Array.from(debate.querySelectorAll(".section-summary .paragraph"), (e) => e.textContent),
      welcomeOnly: all('[data-section="opening"] .section-summary'),
      paragraphs: Array.from(root.querySelector('[data-section="shipping"] .point').querySelectorAll(".point-text"), seen),
      quote: text("blockquote.quote"),
      quoteBy: Array.from(root.querySelector(".point.is-quote .chips").querySelectorAll(".chip"), (c) => c.textContent),
      questions: all(".question"),
      attributions: all(".attribution"),
      moment: moment && { text: moment.textContent, href: moment.getAttribute("href"), name: moment.getAttribute("aria-label") },
      moments: root.querySelectorAll(".moment").length,
      pointLinks: all(".point-links a"),
      rels: Array.from(root.querySelectorAll("a[href]"), (a) => a.rel).filter((rel) => rel !== "noopener noreferrer"),
    };
  }
}

/** What `readFields` finds in arctic-futures-2026.json (English words, a reader in London). */
export const EXPECTED = {
  organizers: "Polar Policy Institute · Centre for Maritime Studies, University of Northbridge",
  organizerAbout: [
    "An independent research institute on polar governance.",
    "Founded in 2009, it publishes an annual Arctic security review.",
  ],
  aboutBeforeTitle: true,
  series: "Arctic Futures Forum, 12th",
  dates: "October 22, 2026 – October 23, 2026",
  time: "09:30–17:00 London time",
  venue: "Royal Geographical Society · 1 Kensington Gore, London SW7 2AR · Hybrid: in person and online",
  links: [
    "Recording: Full recording",
    "Transcript: Transcript",
    "Report: Arctic Security Review 2026",
    "Slides: Slides",
    "Write-up: Write-up in the Northbridge Gazette",
  ],
  recording: "https://www.youtube.com/watch?v=arctic2026",
  byline: "By Ingrid Solberg, Polar Policy Institute · Published October 24, 2026 · Updated October 26, 2026",
  titles: ["Deputy Director", "Chair", "Retired Rear Admiral", "Professor of International Relations", "Senior Fellow", "Member of the European Parliament"],
  groups: ["For the motion", "Against the motion"],
  sessionWhen: ["October 22, 2026 · 09:30–09:45", "October 22, 2026 · 10:00–11:30", "October 23, 2026 · 14:00–15:30", "October 23, 2026 · 15:30"],
  session: ["Chair Amara Okafor", "Participants Erik Lindqvist, Yui Tanaka, Natalia Petrova, Tomasz Kowalczyk"],
  sectionSummary: ["Lindqvist and Tanaka spoke for the motion; Petrova and Kowalczyk against.", "The audience voted before and after the debate."],
  welcomeOnly: ["Welcome remarks by Amara Okafor, who set out the forum's two questions: who will use the new sea routes, and who will police them."],
  paragraphs: [
    "Tanaka said the route is now open for more than four months a year, twice as long as a decade ago.",
    "She warned that insurers still price Arctic transits as exceptional, which keeps most container lines away.",
  ],
  quote: "This is not an empty ocean waiting for ships. It is our home, and we were here before the ice began to go.",
  quoteBy: ["Aviaja Nutaaq"],
  questions: [
    "Question from A student from Tromsø: Should indigenous councils have a vote, not just a seat?",
    "Question from Amara Okafor: Is a naval incident in the Barents Sea now likely?",
  ],
  attributions: ["Several delegates from shipping firms", "The audience"],
  moment: { text: "▶14:05", href: "https://www.youtube.com/watch?v=arctic2026&t=845", name: "Watch from 14:05" },
  moments: 6,
  pointLinks: ["Sea ice extent data", "European Parliament resolution on the Arctic"],
  rels: [],
};

