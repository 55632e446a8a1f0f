// Generates briefings of any size for the benchmark: realistic sentences, speakers with aliases
// (one written in Han characters), and mentions of them in labels and texts. Deterministic.

const SPEAKERS = [
  { id: "flake", name: "L. Gordon Flake", aliases: ["Flake"], affiliation: "Maureen and Mike Mansfield Foundation", role: "panelist" },
  { id: "jin", name: "Jin Canrong", aliases: ["Jin"], affiliation: "Renmin University", role: "panelist" },
  { id: "zhu", name: "Zhu Feng", aliases: ["Zhu", "朱锋"], affiliation: "Peking University", role: "panelist", bio: "Professor at the School of International Studies and deputy director of the Center for International and Strategic Studies." },
  { id: "haenle", name: "Paul Haenle", aliases: ["Haenle"], affiliation: "Carnegie–Tsinghua Center", role: "panelist" },
  { id: "zhang", name: "Zhang Chuanjie", aliases: ["Zhang"], affiliation: "Tsinghua University", role: "panelist" },
  { id: "dyer", name: "Geoff Dyer", aliases: ["Dyer"], affiliation: "Financial Times", role: "moderator", bio: "Washington correspondent, formerly the paper's Beijing bureau chief." },
  { id: "okada", name: "Okada Mariko", aliases: ["Okada", "岡田"], affiliation: "Keio University", role: "discussant" },
  { id: "lee", name: "Lee Sung-min", aliases: ["Lee"], affiliation: "Asan Institute", role: "discussant", url: "https://example.org/lee" },
];

const OPENINGS = [
  "said that", "argued that", "noted that", "warned that", "pointed out that", "suggested that",
  "was sceptical that", "stressed that", "questioned whether", "reminded the audience that",
];
const CLAUSES = [
  "the leadership in Pyongyang is testing how far it can push without real consequences",
  "economic pressure alone has rarely changed the regime's calculations",
  "regional cooperation matters more than any single country's sanctions",
  "the new leadership in Beijing is reviewing its assumptions about the peninsula",
  "trade across the border continues regardless of official statements",
  "military signalling has become more frequent and harder to read",
  "the six-party framework still offers a place to start",
  "domestic politics in Seoul and Tokyo limit what can be offered",
  "verification remains the hardest problem in any agreement",
  "humanitarian aid should be kept apart from nuclear diplomacy",
  "the risk of miscalculation is higher than at any time in the past decade",
  "a freeze on testing would be a realistic first step",
];
const LINKS = ["Meanwhile,", "In response,", "By contrast,", "Later,", "Finally,", "At the same time,"];
const LABELS = [
  "Changes in behaviour", "Costs of the status quo", "A role for multilateral talks", "Sanctions and trade",
  "Signals from the new leadership", "Limits of pressure", "What verification would take", "Next steps",
];
const THEMES = ["drivers", "risks", "options", "outlook", "economy", "security"];

/** A small deterministic pseudo-random generator (mulberry32). */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A briefing with `sections` sections of `points` points each. */
export function generateBriefing(sections, points = 20, seed = sections) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const names = (speaker) => [speaker.name, ...speaker.aliases];
  const sentence = (speaker) => `${pick(names(speaker))} ${pick(OPENINGS)} ${pick(CLAUSES)}.`;
  const point = () => {
    const who = [pick(SPEAKERS), pick(SPEAKERS)].filter((s, i, all) => all.indexOf(s) === i);
    const text = [sentence(who[0]), `${pick(LINKS)} ${sentence(who.at(-1))}`, `${pick(CLAUSES)}.`]
      .join(" ")
      .replace(/(^|\. )([a-z])/g, (_, lead, letter) => lead + letter.toUpperCase());
    return { ...(next() < 0.4 ? { label: pick(LABELS) } : {}), text, speakers: who.map((s) => s.id) };
  };
  return {
    version: 1,
    id: `generated-${sections}`,
    title: `A generated briefing of ${sections} sections`,
    date: "2013-04-29",
    lang: "en",
    summary: `${SPEAKERS.map((s) => s.name).join(", ")} discussed the peninsula.\n\n${sentence(SPEAKERS[5])}`,
    source: { url: "https://example.org/event", label: "Event page" },
    organizer: { name: "Asia Program", about: "Analyses developments in the Asia-Pacific region." },
    speakers: SPEAKERS,
    sections: Array.from({ length: sections }, (_, s) => ({
      id: `section-${s + 1}`,
      title: `${pick(LABELS)} (${s + 1})`,
      theme: THEMES[s % THEMES.length],
      open: s === 0,
      points: Array.from({ length: points }, point),
    })),
  };
}
