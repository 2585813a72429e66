// An Atom 1.0 document (RFC 4287) from plain entries. Every text and attribute goes through
// xmlEscape, so a member's or partner's name is text whatever it contains; titles are plain
// text (type="text", Atom's default), never HTML a feed reader would interpret.
import { xmlEscape as x } from "../text/xml";

export type AtomEntry = {
  id: string;
  title: string;
  updated: Date;
  link: string;
  summary: string;
};

export type AtomFeed = {
  id: string;
  title: string;
  subtitle: string;
  lang: string;
  /** The feed's own address (rel="self") and the page it follows (rel="alternate"). */
  self: string;
  alternate: string;
  author: string;
  rights: string;
  entries: AtomEntry[];
};

const entryXml = (e: AtomEntry) => `  <entry>
    <id>${x(e.id)}</id>
    <title>${x(e.title)}</title>
    <updated>${e.updated.toISOString()}</updated>
    <link rel="alternate" type="text/html" href="${x(e.link)}"/>
    <summary>${x(e.summary)}</summary>
  </entry>
`;

/** The feed as XML; `updated` is the newest entry's time (or `now` when there is none). */
export function atomXml(feed: AtomFeed, now = new Date()): string {
  const newest = feed.entries.reduce((max, e) => (e.updated > max ? e.updated : max), new Date(0));
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${x(feed.lang)}">
  <id>${x(feed.id)}</id>
  <title>${x(feed.title)}</title>
  <subtitle>${x(feed.subtitle)}</subtitle>
  <updated>${(feed.entries.length ? newest : now).toISOString()}</updated>
  <link rel="self" type="application/atom+xml" href="${x(feed.self)}"/>
  <link rel="alternate" type="text/html" href="${x(feed.alternate)}"/>
  <author><name>${x(feed.author)}</name></author>
  <rights>${x(feed.rights)}</rights>
${feed.entries.map(entryXml).join("")}</feed>
`;
}
