import type { Locale } from "@/lib/i18n/config";
import { getI18n } from "@/lib/i18n/server";
import type { PendingParticipation } from "@/lib/partnerships/consent";
import { partnerLabel } from "@/lib/partnerships/partner-label";
import { ActionForm, type FormAction } from "./action-form";

/**
 * The requests to join a partnership that wait for the user's members: what it is, who added
 * them, and "Bekräfta" / "Avböj". Each answer is its own form; the server checks again that
 * the user acts for the member.
 */
export function ParticipationRequests({
  requests,
  locale,
  slug,
  confirmAction,
  declineAction,
}: {
  requests: PendingParticipation[];
  locale: Locale;
  /** The organisation page the forms are on ("" for /hantera): where the answer returns to. */
  slug: string;
  confirmAction: FormAction;
  declineAction: FormAction;
}) {
  if (requests.length === 0) return null;
  const { t } = getI18n(locale);
  return (
    <section aria-labelledby="participation-requests" data-testid="participation-requests">
      <h2 id="participation-requests">{t("consent.title")}</h2>
      <p>{t("consent.intro")}</p>
      <ul className="tasks">
        {requests.map(({ partnership: p, organisation }) => {
          const hidden = { partnershipId: p.id, organisationId: organisation.id, locale, slug };
          const requesters = p.participants.map((x) => x.organisation.name).join(", ");
          return (
            <li key={`${p.id}-${organisation.id}`} data-testid="participation-request">
              <p>
                {t("consent.request", {
                  requesters: requesters || t("consent.someone"),
                  member: organisation.name,
                  kind: t(`kind.${p.kind}.singular`).toLocaleLowerCase(locale),
                  partners: p.title ?? p.partners.map((x) => partnerLabel(x, locale)).join(", "),
                })}
              </p>
              <ActionForm action={confirmAction} hidden={hidden} submitLabel={t("consent.confirm")} />
              <ActionForm
                action={declineAction}
                hidden={hidden}
                submitLabel={t("consent.decline")}
                secondary
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
