import { formatDay, formatPartialDate } from "@/lib/i18n/dates";
import type { Locale } from "@/lib/i18n/config";
import { getI18n } from "@/lib/i18n/server";
import { policyStatus, type PolicyDocumentWithResponsibilities } from "@/lib/policies/queries";
import { safeWebUrl } from "@/lib/security/safe-url";

const LANGUAGE_NAMES: Record<string, Record<Locale, string>> = {
  sv: { sv: "svenska", en: "Swedish" },
  en: { sv: "engelska", en: "English" },
};

/** One policy document: decision, validity (expired ones say so), vision, goals, responsibilities, rules. */
export function PolicyDocument({
  policy,
  locale,
  today,
}: {
  policy: PolicyDocumentWithResponsibilities;
  locale: Locale;
  today: Date;
}) {
  const i18n = getI18n(locale);
  const { t } = i18n;
  const status = policyStatus(policy, today.getUTCFullYear());
  const decision = [
    policy.decisionDate && formatPartialDate(i18n, policy.decisionDate),
    policy.decisionParagraph,
  ]
    .filter(Boolean)
    .join(" ");
  const validity =
    policy.validFromYear || policy.validToYear
      ? `${policy.validFromYear ?? ""}–${policy.validToYear ?? ""}`
      : null;
  const bodies = [...new Set(policy.responsibilities.map((r) => r.body))];
  const headingId = `policy-${policy.id}`;
  const sourceUrl = safeWebUrl(policy.sourceUrl);

  return (
    <article
      aria-labelledby={headingId}
      className="policy"
      lang={policy.language !== locale ? policy.language : undefined}
    >
      <h2 id={headingId}>{policy.title}</h2>
      <dl className="facts" lang={locale}>
        {policy.adoptingBody && (
          <div>
            <dt>{t("policy.adoptedBy")}</dt>
            <dd>{policy.adoptingBody}</dd>
          </div>
        )}
        {decision && (
          <div>
            <dt>{t("policy.decision")}</dt>
            <dd>{decision}</dd>
          </div>
        )}
        {validity && (
          <div>
            <dt>{t("policy.validity")}</dt>
            <dd>
              {validity}{" "}
              {status === "expired" ? (
                <span className="badge badge-unverified">{t("policy.expired")}</span>
              ) : (
                status === "current" && <span className="badge badge-current">{t("policy.current")}</span>
              )}
            </dd>
          </div>
        )}
        {policy.publishedOn && (
          <div>
            <dt>{t("policy.published")}</dt>
            <dd>{formatDay(i18n, policy.publishedOn)}</dd>
          </div>
        )}
        {policy.changedOn && (
          <div>
            <dt>{t("policy.changed")}</dt>
            <dd>{formatDay(i18n, policy.changedOn)}</dd>
          </div>
        )}
      </dl>
      {policy.language !== locale && (
        <p className="note" lang={locale}>
          {t("policy.language", { language: LANGUAGE_NAMES[policy.language]?.[locale] ?? policy.language })}
        </p>
      )}
      {policy.summary && (
        <>
          <h3 lang={locale}>{t("policy.summary")}</h3>
          <p>{policy.summary}</p>
        </>
      )}
      {policy.vision && (
        <>
          <h3 lang={locale}>{t("policy.vision")}</h3>
          <p>{policy.vision}</p>
        </>
      )}
      {policy.goals.length > 0 && (
        <>
          <h3 lang={locale}>{t("policy.goals")}</h3>
          <ul>
            {policy.goals.map((goal) => (
              <li key={goal}>{goal}</li>
            ))}
          </ul>
        </>
      )}
      {bodies.length > 0 && (
        <>
          <h3 lang={locale}>{t("policy.responsibilities")}</h3>
          {bodies.map((body) => (
            <section key={body} aria-label={body}>
              <h4>{body}</h4>
              <ul>
                {policy.responsibilities
                  .filter((r) => r.body === body)
                  .map((r) => (
                    <li key={r.id}>{r.duty}</li>
                  ))}
              </ul>
            </section>
          ))}
        </>
      )}
      {policy.rules.length > 0 && (
        <>
          <h3 lang={locale}>{t("policy.rules")}</h3>
          <ul>
            {policy.rules.map((rule) => (
              <li key={rule}>{rule}</li>
            ))}
          </ul>
        </>
      )}
      {(sourceUrl || policy.source) && (
        <p className="note" lang={locale}>
          {t("policy.source")}:{" "}
          {/* The source's name is written in the document's language ("Umeå kommuns webbplats"). */}
          <span lang={policy.language !== locale ? policy.language : undefined}>
            {sourceUrl ? (
              <a href={sourceUrl} rel="external">
                {policy.source ?? sourceUrl}
              </a>
            ) : (
              policy.source
            )}
          </span>
        </p>
      )}
    </article>
  );
}
