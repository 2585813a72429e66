"use client";

// The map's accessible twin: every member in the filtered data with the same counts the map
// draws; each name is a button that selects the member (the side panel opens with its list).
import { useTranslations } from "use-intl/react";
import type { MemberRow } from "@/lib/map/model";
import { TableScroll } from "@/components/table-scroll";

export function MapMemberTable({
  id,
  rows,
  selected,
  onSelect,
  loaded,
}: {
  /** The frame's id: the page's "to the list" shortcut leads here. */
  id?: string;
  rows: MemberRow[];
  selected?: number;
  onSelect: (index: number) => void;
  loaded: boolean;
}) {
  const t = useTranslations();
  if (!loaded) return null;
  if (rows.length === 0) return <p>{t("map.tableEmpty")}</p>;
  return (
    <TableScroll id={id} label={t("map.tableCaption")}>
      <table className="map-members">
        <caption>{t("map.tableCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("map.tableMember")}</th>
            <th scope="col">{t("kind.TWIN_TOWN.plural")}</th>
            <th scope="col">{t("kind.MUNICIPAL_PARTNERSHIP.plural")}</th>
            <th scope="col">{t("kind.OTHER.plural")}</th>
            <th scope="col">{t("map.tableTotal")}</th>
            <th scope="col">{t("map.tableActive")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.index} aria-current={row.index === selected ? "true" : undefined}>
              <th scope="row">
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onSelect(row.index)}
                  aria-label={t("map.tableShow", { name: row.name })}
                >
                  {row.name}
                </button>
              </th>
              <td>{row.byKind.T}</td>
              <td>{row.byKind.M}</td>
              <td>{row.byKind.O}</td>
              <td>{row.partnerships}</td>
              <td>{row.active}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
