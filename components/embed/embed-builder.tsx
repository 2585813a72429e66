"use client";
// The snippet builder of the embeddable list: options (member, language, kinds, map, colour),
// the iframe code to copy and a live preview of the very address in the code. The server
// renders it with the defaults, so code and preview are there without JavaScript too.
import { useId, useState } from "react";
import type { PartnershipKind } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/config";
import { contrastOnWhite, DEFAULT_COLOUR, MIN_CONTRAST, type EmbedOptions } from "@/lib/embed/options";
import type { EmbedBuilderMember } from "@/lib/embed/members";
import { embedUrl, iframeSnippet, suggestedHeight } from "@/lib/embed/snippet";
import { PARTNERSHIP_KINDS } from "@/lib/database/enums";

type EmbedBuilderLabels = {
  heading: string;
  intro: string;
  member: string;
  language: string;
  languages: Record<Locale, string>;
  kinds: string;
  kindNames: Record<PartnershipKind, string>;
  map: string;
  colour: string;
  colourHint: string;
  /** With "{value}" and "{ratio}" to fill in. */
  colourContrast: string;
  snippet: string;
  copy: string;
  copied: string;
  copyFailed: string;
  preview: string;
};

type Props = {
  origin: string;
  members: EmbedBuilderMember[];
  locale: Locale;
  labels: EmbedBuilderLabels;
};

export function EmbedBuilder({ origin, members, locale, labels }: Props) {
  const id = useId();
  const [code, setCode] = useState(members[0]?.code ?? "");
  const [language, setLanguage] = useState<Locale>(locale);
  const [kinds, setKinds] = useState<PartnershipKind[]>([...PARTNERSHIP_KINDS]);
  const [map, setMap] = useState(false);
  const [colour, setColour] = useState(`#${DEFAULT_COLOUR}`);
  const [copyStatus, setCopyStatus] = useState("");
  const member = members.find((m) => m.code === code) ?? members[0];
  if (!member) return null;

  const hex = colour.replace("#", "").toLowerCase();
  const ratio = contrastOnWhite(hex);
  const colourOk = ratio >= MIN_CONTRAST;
  // A colour too light for text stays out of the code (the list keeps its own) until it is darkened.
  const options: EmbedOptions = { kinds, map, colour: colourOk ? hex : undefined };
  const src = embedUrl(origin, member.code, language, options);
  const height = suggestedHeight(member.counts, {
    ...options,
    kinds: kinds.length ? kinds : PARTNERSHIP_KINDS,
  });
  const snippet = iframeSnippet(src, member.titles[language], height);

  const toggleKind = (kind: PartnershipKind, on: boolean) =>
    setKinds((current) => PARTNERSHIP_KINDS.filter((k) => (k === kind ? on : current.includes(k))));

  async function copy() {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopyStatus(labels.copied);
    } catch {
      setCopyStatus(labels.copyFailed);
    }
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="embed-builder" data-testid="embed-builder">
      <h2 id={`${id}-heading`}>{labels.heading}</h2>
      <p>{labels.intro}</p>
      {members.length > 1 && (
        <p>
          <label htmlFor={`${id}-member`}>{labels.member}</label>
          <br />
          <select id={`${id}-member`} value={member.code} onChange={(e) => setCode(e.target.value)}>
            {members.map((m) => (
              <option key={m.code} value={m.code}>
                {m.name}
              </option>
            ))}
          </select>
        </p>
      )}
      <fieldset>
        <legend>{labels.language}</legend>
        {(["sv", "en"] as const).map((l) => (
          <label key={l} className="choice">
            <input
              type="radio"
              name={`${id}-language`}
              value={l}
              checked={language === l}
              onChange={() => setLanguage(l)}
            />{" "}
            {labels.languages[l]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{labels.kinds}</legend>
        {PARTNERSHIP_KINDS.map((kind) => (
          <label key={kind} className="choice">
            <input
              type="checkbox"
              value={kind}
              checked={kinds.includes(kind)}
              onChange={(e) => toggleKind(kind, e.target.checked)}
            />{" "}
            {labels.kindNames[kind]}
          </label>
        ))}
      </fieldset>
      <p>
        <label className="choice">
          <input type="checkbox" checked={map} onChange={(e) => setMap(e.target.checked)} /> {labels.map}
        </label>
      </p>
      <p>
        <label htmlFor={`${id}-colour`}>{labels.colour}</label>{" "}
        <input
          id={`${id}-colour`}
          type="color"
          value={colour}
          onChange={(e) => setColour(e.target.value)}
          aria-describedby={`${id}-colour-hint ${id}-colour-error`}
        />
        <br />
        <span id={`${id}-colour-hint`} className="note">
          {labels.colourHint}
        </span>
        <br />
        <span id={`${id}-colour-error`} role="status" className={colourOk ? undefined : "embed-colour-error"}>
          {colourOk
            ? ""
            : labels.colourContrast
                .replace("{value}", hex)
                .replace("{ratio}", String(Math.floor(ratio * 10) / 10))}
        </span>
      </p>
      <p>
        <label htmlFor={`${id}-snippet`}>{labels.snippet}</label>
        <br />
        <textarea
          id={`${id}-snippet`}
          readOnly
          rows={4}
          value={snippet}
          className="embed-snippet"
          data-testid="embed-snippet"
          onFocus={(e) => e.currentTarget.select()}
        />
        <br />
        <button type="button" onClick={copy}>
          {labels.copy}
        </button>{" "}
        <span role="status">{copyStatus}</span>
      </p>
      <h3>{labels.preview}</h3>
      <iframe
        key={src}
        src={src}
        title={member.titles[language]}
        height={height}
        // Far down the page on a phone: loaded when it comes near the screen.
        loading="lazy"
        className="embed-preview"
        data-testid="embed-preview"
      />
    </section>
  );
}
