import Link from "next/link";
import { ActionForm } from "@/components/manage/action-form";
import { CheckboxGroup, SelectField, TextArea } from "@/components/manage/fields";
import { ManageIntl } from "@/components/manage/manage-intl";
import { SavedMessage } from "@/components/manage/saved-message";
import { SignedInBar } from "@/app/[locale]/hantera/_components/signed-in-bar";
import { ShownWhen } from "@/components/manage/shown-when";
import { requireManagedOrganisation } from "@/app/[locale]/hantera/[slug]/managed-organisation";
import { db } from "@/lib/db";
import { answerContext } from "@/lib/inventory/answer-context";
import { openInventoryRound, responsesOf } from "@/lib/inventory/overview";
import {
  ADDED_VALUES,
  OBSTACLE_ANSWERS,
  OBSTACLES,
  REASONS_FOR_NONE,
  questionApplies,
  type QuestionId,
} from "@/lib/inventory/questions";
import { inventoryOptionLabel } from "@/lib/inventory/option-label";
import { roundTitle } from "@/lib/inventory/round-title";
import { localePath } from "@/lib/i18n/config";
import { formatDay } from "@/lib/i18n/dates";
import { getI18n, localeOf } from "@/lib/i18n/server";
import { organisationPath } from "@/lib/organisations/paths";
import { inventoryResponseAction } from "../../inventering/actions";
import { COORDINATION_FORMS } from "@/lib/database/enums";
import { memberPageTitle } from "@/app/[locale]/hantera/page-title";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const OPTIONS: Record<QuestionId, readonly string[]> = {
  reasonsForNone: REASONS_FOR_NONE,
  obstacles: OBSTACLE_ANSWERS,
  obstacleKinds: OBSTACLES,
  addedValue: ADDED_VALUES,
  coordination: COORDINATION_FORMS,
};

export const generateMetadata = memberPageTitle(() => "/inventering", "manage.pageTitles.inventory");

export default async function InventoryAnswerPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  const { slug } = await params;
  const { user, organisation } = await requireManagedOrganisation(locale, slug, `/inventering`);
  const i18n = getI18n(locale);
  const { t } = i18n;
  const round = await openInventoryRound(db());
  const response = round
    ? (await responsesOf(db(), round.id, [organisation.id])).get(organisation.id)
    : undefined;
  const answers = (response?.answers ?? {}) as Record<string, unknown>;
  // "Why have you none?" is not put to a member that has twin towns or partnerships.
  const context = await answerContext(db(), organisation.id);
  const options = (q: QuestionId) =>
    OPTIONS[q].map((value) => ({ value, label: inventoryOptionLabel(t, q, value) }));
  return (
    <>
      <SignedInBar user={user} locale={locale} />
      <h1>
        {round
          ? t("inventoryUi.answerTitle", {
              name: roundTitle(round.name, (name) => t("inventoryUi.roundTitle", { name })),
              organisation: organisation.name,
            })
          : t("inventoryUi.title")}
      </h1>
      <SavedMessage saved={(await searchParams).sparat} locale={locale} />
      {!round ? (
        <p>{t("inventoryUi.noOpenRound")}</p>
      ) : (
        <>
          <p className="lead">{t("inventoryUi.answerIntro")}</p>
          <p>
            {t("inventoryUi.deadlineShown", { date: formatDay(i18n, round.deadline) })}{" "}
            {response ? t("inventoryUi.answeredAt", { date: formatDay(i18n, response.respondedAt) }) : null}
          </p>
          <p>
            <Link href={localePath(locale, `/hantera/${organisation.slug}`)}>
              {t("inventoryUi.checkEntries")}
            </Link>{" "}
            · <Link href={localePath(locale, organisationPath(organisation))}>{organisation.name}</Link>
          </p>
          <ManageIntl locale={locale}>
            <ActionForm
              action={inventoryResponseAction}
              hidden={{ roundId: round.id, organisationId: organisation.id, locale, slug: organisation.slug }}
              submitLabel={t("inventoryUi.submit")}
              testId="inventory-answer"
            >
              <CheckboxGroup
                name="confirmedEntries"
                legend={t("inventoryUi.checkEntries")}
                options={[{ value: "on", label: t("inventoryUi.confirmedEntries") }]}
                defaultValue={answers.confirmedEntries ? ["on"] : []}
              />
              {round.questionIds
                .filter((q) => questionApplies(q, { questions: round.questionIds }, context))
                .map((q) =>
                  q === "obstacles" ? (
                    <SelectField
                      key={q}
                      name={q}
                      label={t(`inventoryUi.questions.${q}`)}
                      options={options(q)}
                      emptyLabel="–"
                      defaultValue={(answers[q] as string) ?? ""}
                    />
                  ) : q === "obstacleKinds" && round.questionIds.includes("obstacles") ? (
                    // A follow-up to a "Yes"; without JavaScript its legend says so.
                    <ShownWhen key={q} field="obstacles" value="YES">
                      <CheckboxGroup
                        name={q}
                        legend={t("inventoryUi.obstacleKindsIfYes")}
                        options={options(q)}
                        defaultValue={(answers[q] as string[]) ?? []}
                      />
                    </ShownWhen>
                  ) : (
                    <CheckboxGroup
                      key={q}
                      name={q}
                      legend={t(`inventoryUi.questions.${q}`)}
                      options={options(q)}
                      defaultValue={(answers[q] as string[]) ?? []}
                    />
                  ),
                )}
              <TextArea
                name="comment"
                label={t("inventoryUi.comment")}
                defaultValue={(answers.comment as string) ?? ""}
              />
            </ActionForm>
          </ManageIntl>
        </>
      )}
    </>
  );
}
