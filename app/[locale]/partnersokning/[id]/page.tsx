import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { fitReasonsText } from "@/components/partner-search/fit-reasons";
import { ManageIntl } from "@/components/manage/manage-intl";
import { CloseFields, InterestFields, SmallForm } from "@/components/partner-search/request-forms";
import {
  requestTitle,
  requesterName,
  shownDescription,
  soughtWhere,
} from "@/components/partner-search/request-summary";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { managedOrganisations } from "@/lib/manage/queries";
import { pageAlternates } from "@/lib/i18n/alternates";
import { formatDay } from "@/lib/i18n/dates";
import { localePath } from "@/lib/i18n/config";
import { getI18n, localeOf } from "@/lib/i18n/server";
import { organisationPath } from "@/lib/organisations/paths";
import { dayOf } from "@/lib/partner-search/codes";
import { loadCatalogues } from "@/lib/partner-search/labels";
import { contactOf, findRequest, interestsOf, memberProfiles } from "@/lib/partner-search/queries";
import { linkablePartnerships } from "@/lib/partnerships/queries";
import { actsFor, scopeOf } from "@/lib/auth/scope";
import { suggestMembers } from "@/lib/partner-search/ranking";
import { parseRecordId } from "@/lib/validation/record-id";
import { closeRequestAction, interestAction, moderateRequestAction, renewRequestAction } from "../actions";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function load(params: Props["params"]) {
  const locale = await localeOf(params);
  const id = parseRecordId((await params).id);
  if (!id) notFound();
  const user = await getCurrentUser();
  const request = await findRequest(db(), id, user);
  if (!request) notFound();
  return { locale, request, user };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, request } = await load(params);
  const i18n = getI18n(locale);
  const catalogues = await loadCatalogues(db(), locale);
  return {
    title: requestTitle(request, catalogues, i18n),
    alternates: pageAlternates(locale, `/partnersokning/${request.id}`),
  };
}

const SAVED = ["created", "updated", "renewed", "closed", "moderated", "interest"] as const;

export default async function PartnerRequestPage({ params, searchParams }: Props) {
  const { locale, request, user } = await load(params);
  const i18n = getI18n(locale);
  const { t } = i18n;
  const catalogues = await loadCatalogues(db(), locale);
  const saved = (await searchParams).sparat;
  const today = dayOf(new Date());
  const expired = request.status === "OPEN" && request.endsOn < today;
  const open = request.status === "OPEN" && !expired;
  const description = shownDescription(request, locale);
  const country = request.side === "ABROAD" ? request.countryCodes[0]! : null;

  // Suggestions are public (they use public partnerships only); contact and answers are for signed-in users.
  const suggestions =
    open && country
      ? suggestMembers({ countryCode: country, areaCodes: request.areaCodes }, await memberProfiles(db()))
      : [];
  const scope = user ? scopeOf(user) : null;
  const signedIn =
    user && scope
      ? await Promise.all([
          contactOf(db(), request.id),
          interestsOf(db(), request.id),
          managedOrganisations(db(), user),
          linkablePartnerships(db(), scope, country),
        ])
      : null;
  const [contact, interests, organisations, partnerships] = signedIn ?? [null, [], [], []];
  const ownRequest = request.side === "MEMBER" && scope != null && actsFor(scope, request.organisation!.id);
  const mayAnswer = organisations.filter((o) => o.id !== request.organisation?.id);
  // A member's request: its officers close it, with or without a partnership. One from abroad:
  // an officer closes it with a partnership of their own member, an administrator in any case.
  const mayClose =
    user != null &&
    open &&
    (ownRequest || scope === "all" || (request.side === "ABROAD" && partnerships.length > 0));
  const hidden = { locale, requestId: request.id, expectedVersion: request.version };

  return (
    <>
      <p>
        <Link href={localePath(locale, "/partnersokning")}>{t("partnerSearch.back")}</Link>
      </p>
      <h1>{requestTitle(request, catalogues, i18n)}</h1>
      {typeof saved === "string" && (SAVED as readonly string[]).includes(saved) ? (
        <p role="status" className="message message-ok">
          {t(`partnerSearch.saved.${saved as (typeof SAVED)[number]}`)}
        </p>
      ) : null}
      {request.status === "PENDING" || request.status === "UNCONFIRMED" || request.status === "REJECTED" ? (
        <p className="notice">{t(`partnerSearch.status.${request.status}`)}</p>
      ) : null}
      {expired ? (
        <p className="notice">{t("partnerSearch.expired", { date: formatDay(i18n, request.endsOn) })}</p>
      ) : null}
      {request.status === "CLOSED" ? (
        <p className="notice">
          {t("partnerSearch.closed", { date: formatDay(i18n, request.closedAt ?? request.endsOn) })}{" "}
          {request.closedPartnership ? t("partnerSearch.closedWithPartnership") : null}
        </p>
      ) : null}
      <dl className="facts">
        <dt>{t("partnerSearch.who")}</dt>
        <dd>
          {request.organisation ? (
            <Link href={localePath(locale, organisationPath(request.organisation))}>
              {request.organisation.name}
            </Link>
          ) : (
            requesterName(request, catalogues)
          )}
        </dd>
        <dt>{t("partnerSearch.kindLabel")}</dt>
        <dd>{t(`partnerSearch.kind.${request.kind}`)}</dd>
        {request.side === "MEMBER" ? (
          <>
            <dt>{t("partnerSearch.where")}</dt>
            <dd>{soughtWhere(request, catalogues, i18n)}</dd>
          </>
        ) : null}
        {request.areaCodes.length > 0 ? (
          <>
            <dt>{t("partnerSearch.areas")}</dt>
            <dd>{request.areaCodes.map((a) => catalogues.areas.get(a) ?? a).join(", ")}</dd>
          </>
        ) : null}
        {request.fundingCodes.length > 0 ? (
          <>
            <dt>{t("partnerSearch.funding")}</dt>
            <dd>{request.fundingCodes.map((f) => catalogues.fundingForms.get(f) ?? f).join(", ")}</dd>
          </>
        ) : null}
        <dt>{t("partnerSearch.endsOn")}</dt>
        <dd>{formatDay(i18n, request.endsOn)}</dd>
      </dl>
      <h2>{t("partnerSearch.description")}</h2>
      <p lang={description.lang} className="pre-line">
        {description.text}
      </p>

      {contact ? (
        <section aria-labelledby="contact">
          <h2 id="contact">{t("partnerSearch.contact")}</h2>
          <p className="note">{t("partnerSearch.contactPrivate")}</p>
          <p data-testid="request-contact">
            {contact.contactName}, <a href={`mailto:${contact.contactEmail}`}>{contact.contactEmail}</a>
          </p>
        </section>
      ) : open ? (
        <p className="note">{t("partnerSearch.signInForContact")}</p>
      ) : null}

      {user && interests.length > 0 ? (
        <section aria-labelledby="interests">
          <h2 id="interests">{t("partnerSearch.interested")}</h2>
          <ul>
            {interests.map((i) => (
              <li key={i.organisation.id}>
                {i.organisation.name} ({formatDay(i18n, i.createdAt)})
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <ManageIntl locale={locale} also={["partnerSearch"]}>
        {user && open && mayAnswer.length > 0 ? (
          <section aria-labelledby="answer">
            <h2 id="answer">{t("partnerSearch.interest.title")}</h2>
            <SmallForm
              action={interestAction}
              hidden={{ locale, requestId: request.id }}
              submitLabel={t("partnerSearch.interest.submit")}
              testId="interest-form"
            >
              <InterestFields
                organisations={mayAnswer.map((o) => ({ value: String(o.id), label: o.name }))}
              />
            </SmallForm>
          </section>
        ) : null}
        {ownRequest && request.status === "OPEN" ? (
          <section aria-labelledby="own">
            <h2 id="own">{t("partnerSearch.own.title")}</h2>
            <p>
              <Link href={localePath(locale, `/partnersokning/${request.id}/andra`)}>
                {t("partnerSearch.own.edit")}
              </Link>
            </p>
            <SmallForm
              action={renewRequestAction}
              hidden={hidden}
              submitLabel={t("partnerSearch.own.renew")}
              secondary
              testId="renew-form"
            />
          </section>
        ) : null}
        {mayClose ? (
          <section aria-labelledby="close">
            <h2 id="close">{t("partnerSearch.close.title")}</h2>
            <p>{t("partnerSearch.close.intro")}</p>
            <SmallForm
              action={closeRequestAction}
              hidden={hidden}
              submitLabel={t("partnerSearch.close.submit")}
              secondary
              testId="close-form"
            >
              <CloseFields
                allowNone={ownRequest || user?.role === "ADMINISTRATOR"}
                partnerships={partnerships.map((p) => ({
                  value: String(p.id),
                  label: `${p.participants.map((x) => x.organisation.name).join(", ")} – ${p.partners
                    .map((x) => x.name ?? x.place?.name ?? "")
                    .filter(Boolean)
                    .join(", ")} (${t(`kind.${p.kind}.singular`)})`,
                }))}
              />
            </SmallForm>
          </section>
        ) : null}
        {user?.role === "ADMINISTRATOR" && request.status === "PENDING" ? (
          <section aria-labelledby="moderate">
            <h2 id="moderate">{t("partnerSearch.moderate.title")}</h2>
            {request.place?.awaitingApproval ? (
              <p className="notice" data-testid="new-place">
                {t("partnerSearch.moderate.newPlace", {
                  name: request.place.name,
                  latitude: request.place.latitude.toFixed(4),
                  longitude: request.place.longitude.toFixed(4),
                })}
              </p>
            ) : null}
            <SmallForm
              action={moderateRequestAction}
              hidden={{ ...hidden, decision: "approve" }}
              submitLabel={t("partnerSearch.moderate.approve")}
              testId="approve-form"
            />
            <SmallForm
              action={moderateRequestAction}
              hidden={{ ...hidden, decision: "reject" }}
              submitLabel={t("partnerSearch.moderate.reject")}
              secondary
              testId="reject-form"
            />
          </section>
        ) : null}
      </ManageIntl>

      {suggestions.length > 0 ? (
        <section aria-labelledby="suggestions">
          <h2 id="suggestions">{t("partnerSearch.suggestions.title")}</h2>
          <p className="note">{t("partnerSearch.suggestions.intro")}</p>
          <ul data-testid="suggestions">
            {suggestions.map((s) => (
              <li key={s.member.organisationId}>
                <Link href={localePath(locale, organisationPath(s.member))}>{s.member.name}</Link>:{" "}
                {fitReasonsText(s.reasons, catalogues, i18n)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
