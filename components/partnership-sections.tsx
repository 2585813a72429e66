import { ACTIVITY_LEVEL_SV, OTHER_TYPE_SV, PARTNERSHIP_KIND_ORDER, PARTNERSHIP_KIND_SV } from "@/lib/i18n/labels-sv";
import type { OrganisationPage } from "@/lib/organisations/queries";
import { partnerLabel } from "@/lib/partnerships/partner-label";

type Partnership = OrganisationPage["participations"][number]["partnership"];

/** Partnerships grouped by kind, each group a table; ended ones in a section of their own. */
export function PartnershipSections({ partnerships }: { partnerships: Partnership[] }) {
  const current = partnerships.filter((p) => !p.endedOn);
  const ended = partnerships.filter((p) => p.endedOn);
  if (partnerships.length === 0) return <p>Registret har inga uppgifter om internationella samarbeten här ännu.</p>;
  return (
    <>
      {PARTNERSHIP_KIND_ORDER.map((kind) => {
        const rows = current.filter((p) => p.kind === kind);
        if (rows.length === 0) return null;
        const label = PARTNERSHIP_KIND_SV[kind].plural;
        return (
          <section key={kind} aria-labelledby={`kind-${kind}`}>
            <h2 id={`kind-${kind}`}>
              {label} ({rows.length})
            </h2>
            <PartnershipTable partnerships={rows} caption={label} />
          </section>
        );
      })}
      {ended.length > 0 && (
        <section aria-labelledby="ended">
          <h2 id="ended">Avslutade samarbeten ({ended.length})</h2>
          <PartnershipTable partnerships={ended} caption="Avslutade samarbeten" showEnd />
        </section>
      )}
    </>
  );
}

function PartnershipTable({ partnerships, caption, showEnd = false }: { partnerships: Partnership[]; caption: string; showEnd?: boolean }) {
  return (
    <table>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Partner</th>
          <th scope="col">Land</th>
          <th scope="col">Sedan</th>
          <th scope="col">{showEnd ? "Avslutat" : "Aktivitet"}</th>
          <th scope="col">Om samarbetet</th>
        </tr>
      </thead>
      <tbody>
        {partnerships.map((p) => (
          <tr key={p.id}>
            <th scope="row">
              {p.partners.map((partner) => partnerLabel(partner)).join(", ")}
              {p.verification === "NEEDS_REVIEW" && (
                <>
                  {" "}
                  <span className="badge badge-unverified">Ej verifierad</span>
                </>
              )}
            </th>
            <td>{[...new Set(p.partners.map((partner) => (partner.place?.country ?? partner.country)?.nameSv))].filter(Boolean).join(", ")}</td>
            <td>{p.startYear ?? "–"}</td>
            <td>{showEnd ? `${p.endedOn?.toISOString().slice(0, 10)}${p.endReason ? `: ${p.endReason}` : ""}` : p.activityLevel ? ACTIVITY_LEVEL_SV[p.activityLevel] : "Ej angiven"}</td>
            <td>
              {p.title && <strong>{p.title}. </strong>}
              {p.kind === "OTHER" && p.otherType && <span>{OTHER_TYPE_SV[p.otherType]}. </span>}
              {p.participants.length > 1 && (
                <span>Tillsammans med {p.participants.map((x) => x.organisation.name).join(", ")}. </span>
              )}
              {p.areas.length > 0 && <span>Områden: {p.areas.map((a) => a.area.nameSv).join(", ")}. </span>}
              {p.verification === "NEEDS_REVIEW" && p.reviewNote && <span className="note">{p.reviewNote}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
