"use client";

// The side panel: a selected member's partners, or a selected place's Swedish partners.
// Its heading takes focus when something is selected, so keyboard and screen-reader users
// land on what the click opened.
import Link from "next/link";
import { useState, type Ref } from "react";
import { useTranslations } from "use-intl/react";
import { localePath, type Locale } from "@/lib/i18n/config";
import { KIND_STYLE } from "@/lib/map/link-style";
import type { MapData } from "@/lib/map/map-data";
import { membersOfTarget, partnersOfMember, type KindCode, type PartnerRow } from "@/lib/map/model";

/** Rows shown per kind before "show all": a member with thousands stays quick to open and to tab past. */
const FIRST_ROWS = 100;

const ACTIVITY = { A: "ACTIVE", S: "SPORADIC", D: "DORMANT", "": "UNKNOWN" } as const;

function memberPath(locale: Locale, kind: "M" | "R", slug: string): string {
  return localePath(locale, `/${kind === "M" ? "kommun" : "region"}/${slug}`);
}

export function MapSidePanel({
  ref,
  locale,
  data,
  memberIndex,
  targetIndex,
  onClose,
  onSelectMember,
  onSelectTarget,
  loading = false,
}: {
  ref: Ref<HTMLHeadingElement>;
  loading?: boolean;
  locale: Locale;
  data: MapData;
  memberIndex?: number;
  targetIndex?: number;
  onClose: () => void;
  onSelectMember: (index: number) => void;
  onSelectTarget: (index: number) => void;
}) {
  const t = useTranslations();
  const [expanded, setExpanded] = useState<{ member?: number; kinds: KindCode[] }>({ kinds: [] });
  const isExpanded = (k: KindCode) => expanded.member === memberIndex && expanded.kinds.includes(k);
  const countries = new Intl.DisplayNames([locale], { type: "region" });
  const countryName = (code: string | null) => (code ? (countries.of(code) ?? code) : "");
  // Activity, review and end state in words: the map's line styles are not the only carrier.
  const notes = (row: PartnerRow) => {
    const text = [
      row.activity && t(`activity.${ACTIVITY[row.activity]}`).toLowerCase(),
      row.unverified && t("map.unverified"),
      row.ended && t("map.ended"),
    ]
      .filter(Boolean)
      .join(", ");
    return text && <span className="note">({text})</span>;
  };

  if (memberIndex === undefined && targetIndex === undefined) return null;

  let heading: string;
  let body;
  if (memberIndex !== undefined) {
    const [, , kind, name, slug] = data.members[memberIndex]!;
    heading = t("map.panelMember", { name });
    const rows = partnersOfMember(data, memberIndex, locale);
    const byKind = (["T", "M", "O"] as KindCode[])
      .map((k) => [k, rows.filter((r) => r.kind === k)] as const)
      .filter(([, r]) => r.length > 0);
    body = (
      <>
        {loading && <p role="status">{t("map.loading")}</p>}
        {!loading && rows.length === 0 && <p>{t("map.panelNone")}</p>}
        {byKind.map(([k, list]) => (
          <section key={k} aria-labelledby={`panel-kind-${k}`}>
            <h3 id={`panel-kind-${k}`}>
              <span className={`kind-swatch kind-${k}`} aria-hidden="true" />{" "}
              {t(`kind.${KIND_STYLE[k].kind}.plural`)} ({list.length})
            </h3>
            <ul>
              {(isExpanded(k) ? list : list.slice(0, FIRST_ROWS)).map((row) => (
                <li key={`${row.partnershipId}-${row.targetIndex}`}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => onSelectTarget(row.targetIndex)}
                  >
                    {row.name}
                  </button>
                  {row.countryCode && `, ${countryName(row.countryCode)}`} {notes(row)}
                </li>
              ))}
            </ul>
            {list.length > FIRST_ROWS && !isExpanded(k) && (
              <button
                type="button"
                onClick={() =>
                  setExpanded((e) => ({
                    member: memberIndex,
                    kinds: e.member === memberIndex ? [...e.kinds, k] : [k],
                  }))
                }
              >
                {t("map.showAll", { count: list.length })}
              </button>
            )}
          </section>
        ))}
        <p>
          <Link href={memberPath(locale, kind, slug)}>{t("map.panelMemberPage", { name })}</Link>
        </p>
      </>
    );
  } else {
    const [, name, countryCode] = data.targets[targetIndex!]!;
    heading = t("map.panelTarget", { name: countryCode ? `${name}, ${countryName(countryCode)}` : name });
    const rows = membersOfTarget(data, targetIndex!, locale);
    body = (
      <ul>
        {rows.map((row) => {
          const [, , , memberName] = data.members[row.memberIndex]!;
          return (
            <li key={`${row.partnershipId}-${row.memberIndex}`}>
              <button type="button" className="link-button" onClick={() => onSelectMember(row.memberIndex)}>
                {memberName}
              </button>
              : {t(`kind.${KIND_STYLE[row.kind].kind}.singular`)} {notes(row)}
            </li>
          );
        })}
      </ul>
    );
  }

  return (
    <aside className="map-panel" aria-labelledby="map-panel-heading">
      <div className="map-panel-head">
        <h2 id="map-panel-heading" ref={ref} tabIndex={-1}>
          {heading}
        </h2>
        <button type="button" onClick={onClose}>
          {t("map.panelClose")}
        </button>
      </div>
      {body}
    </aside>
  );
}
