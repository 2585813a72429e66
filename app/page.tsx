import Link from "next/link";
import { connection } from "next/server";
import { db } from "@/lib/db";
import { listOrganisations } from "@/lib/organisations/queries";
import { organisationPath } from "@/lib/organisations/paths";

export default async function HomePage() {
  await connection();
  const organisations = await listOrganisations(db());
  const municipalities = organisations.filter((o) => o.kind === "MUNICIPALITY");
  const regions = organisations.filter((o) => o.kind === "REGION");

  const list = (items: typeof organisations, label: string) => (
    <ul className="organisation-list" aria-label={label}>
      {items.map((o) => (
        <li key={o.code}>
          <Link href={organisationPath(o)}>{o.shortName}</Link>{" "}
          {o._count.participations > 0 && (
            <span className="count">
              ({o._count.participations} {o._count.participations === 1 ? "samarbete" : "samarbeten"})
            </span>
          )}
        </li>
      ))}
    </ul>
  );

  return (
    <>
      <h1>Vänortsregistret</h1>
      <p>
        Sveriges kommuners och regioners vänorter, kommunala partnerskap och andra internationella samarbeten, i ett
        gemensamt register.
      </p>
      <h2>Kommuner ({municipalities.length})</h2>
      {list(municipalities, "Kommuner")}
      <h2>Regioner ({regions.length})</h2>
      {list(regions, "Regioner")}
    </>
  );
}
