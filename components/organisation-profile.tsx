import type { OrganisationPage } from "@/lib/organisations/queries";
import { PartnershipSections } from "./partnership-sections";

const formatDate = (date: Date) => date.toISOString().slice(0, 10);

/** A member's public page: its partnerships grouped by kind, then its international profile. */
export function OrganisationProfile({ organisation }: { organisation: OrganisationPage }) {
  const partnerships = organisation.participations.map((p) => p.partnership);
  return (
    <>
      <h1>{organisation.name}</h1>
      <p>
        {organisation.kind === "MUNICIPALITY" ? "Kommun" : "Region"} i {organisation.county.name}. Kod {organisation.code}.
      </p>
      {organisation.lastReviewedOn && (
        <p className="note">Uppgifterna granskades senast {formatDate(organisation.lastReviewedOn)}.</p>
      )}

      <PartnershipSections partnerships={partnerships} />

      <h2>Internationellt arbete</h2>
      <dl className="facts">
        {organisation.euOffice && (
          <>
            <dt>EU-kontor</dt>
            <dd>{organisation.euOffice.name}</dd>
          </>
        )}
        {organisation.honoraryConsuls.length > 0 && (
          <>
            <dt>Honorära konsuler</dt>
            <dd>{organisation.honoraryConsuls.map((c) => c.country.nameSv).join(", ")}</dd>
          </>
        )}
        {organisation.postalAddress && (
          <>
            <dt>Adress</dt>
            <dd>{organisation.postalAddress}</dd>
          </>
        )}
        {organisation.contactPhone && (
          <>
            <dt>Telefon</dt>
            <dd>{organisation.contactPhone}</dd>
          </>
        )}
        {organisation.internationalPageUrl && (
          <>
            <dt>Webbsida</dt>
            <dd>
              <a href={organisation.internationalPageUrl} rel="external">
                {organisation.internationalPageUrl}
              </a>
            </dd>
          </>
        )}
      </dl>
    </>
  );
}
