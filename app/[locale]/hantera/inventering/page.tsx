import Link from "next/link";
import { ActionForm } from "@/components/manage/action-form";
import { CheckboxGroup, TextField } from "@/components/manage/fields";
import { ManageIntl } from "@/components/manage/manage-intl";
import { MemberResults } from "@/components/manage/member-results";
import { MemberSearchForm } from "@/components/manage/member-search-form";
import { SavedMessage } from "@/components/manage/saved-message";
import { SignedInBar } from "@/app/[locale]/hantera/_components/signed-in-bar";
import { requireAdministrator } from "@/lib/auth/session";
import { db } from "@/lib/db";
import {
  filterMemberRows,
  loadMemberRows,
  memberSearchCounties,
  parseMemberFilters,
} from "@/lib/manage/member-search";
import { DEFAULT_QUESTION_SET, QUESTION_IDS } from "@/lib/inventory/questions";
import { inventoryOptionLabel } from "@/lib/inventory/option-label";
import { closedInventoryRounds, openInventoryRound, roundAnswerSummary } from "@/lib/inventory/overview";
import { responseRate } from "@/lib/inventory/rounds";
import { localePath } from "@/lib/i18n/config";
import { formatDay } from "@/lib/i18n/dates";
import { getI18n, localeOf } from "@/lib/i18n/server";
import { ROUND_PARAM } from "@/lib/stats/statistics-view";
import { closeRoundAction, openRoundAction, roundReminderAction } from "./actions";
import { MEMBER_KINDS } from "@/lib/database/enums";
import { administratorPageTitle } from "@/app/[locale]/hantera/page-title";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = administratorPageTitle("inventoryUi.title", "/hantera/inventering");

export default async function InventoryRoundsPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  const admin = await requireAdministrator(locale, localePath(locale, "/hantera/inventering"));
  const i18n = getI18n(locale);
  const { t, format } = i18n;
  const [round, closed] = await Promise.all([openInventoryRound(db()), closedInventoryRounds(db())]);
  const [rate, summary] = round
    ? await Promise.all([responseRate(db(), round.id), roundAnswerSummary(db(), round.id)])
    : [null, null];
  // Who has not answered, with their officers' addresses, in Swedish collation and searchable.
  const filters = { ...parseMemberFilters(await searchParams), responded: false };
  const [notAnswered, counties] = round
    ? await Promise.all([
        loadMemberRows(db(), round.id).then((rows) => rows.filter((row) => row.responded === false)),
        memberSearchCounties(db()),
      ])
    : [[], []];
  return (
    <>
      <SignedInBar user={admin} locale={locale} />
      <h1>{t("inventoryUi.title")}</h1>
      <p className="lead">{t("inventoryUi.intro")}</p>
      <SavedMessage saved={(await searchParams).sparat} locale={locale} />
      <ManageIntl locale={locale}>
        {round && rate ? (
          <section aria-labelledby="current-round" data-testid="current-round">
            <h2 id="current-round">{t("inventoryUi.current", { name: round.name })}</h2>
            <p>{t("inventoryUi.deadlineShown", { date: formatDay(i18n, round.deadline) })}</p>
            <h3>{t("inventoryUi.roundQuestions")}</h3>
            <ul data-testid="round-questions">
              {round.questionIds.map((q) => (
                <li key={q}>{t(`inventoryUi.questions.${q}`)}</li>
              ))}
            </ul>
            <h3>{t("inventoryUi.rateTitle")}</h3>
            <table data-testid="response-rate">
              <caption className="visually-hidden">{t("inventoryUi.rateCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("inventoryUi.kindColumn")}</th>
                  <th scope="col">{t("inventoryUi.answeredColumn")}</th>
                  <th scope="col">{t("inventoryUi.totalColumn")}</th>
                  <th scope="col">{t("inventoryUi.shareColumn")}</th>
                </tr>
              </thead>
              <tbody>
                {MEMBER_KINDS.map((kind) => (
                  <tr key={kind} data-testid={`rate-${kind}`}>
                    <th scope="row">{t(`inventoryUi.${kind}`)}</th>
                    <td>{format.number(rate[kind].answered)}</td>
                    <td>{format.number(rate[kind].total)}</td>
                    <td>
                      {format.number(rate[kind].total ? rate[kind].answered / rate[kind].total : 0, {
                        style: "percent",
                        maximumFractionDigits: 1,
                      })}
                      <progress
                        className="rate-progress"
                        value={rate[kind].answered}
                        max={Math.max(rate[kind].total, 1)}
                        aria-label={t("inventoryUi.rateProgress", { kind: t(`inventoryUi.${kind}`) })}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <h3 id="not-answered">{t("inventoryUi.notAnsweredTitle", { count: rate.notAnswered.length })}</h3>
            <p>{t("inventoryUi.notAnsweredIntro")}</p>
            <section aria-labelledby="not-answered">
              <MemberSearchForm
                locale={locale}
                path="/hantera/inventering"
                filters={filters}
                counties={counties}
                responded={false}
                id="not-answered"
              />
              <MemberResults
                rows={filterMemberRows(notAnswered, filters)}
                total={notAnswered.length}
                locale={locale}
                contacts
                testId="not-answered"
              />
            </section>
            <h3>{t("inventoryUi.answersTitle")}</h3>
            {summary && summary.respondents > 0 ? (
              round.questionIds.map((q) => (
                <table key={q} data-testid={`answers-${q}`}>
                  <caption>
                    {t("inventoryUi.answersCaption", {
                      question: t(`inventoryUi.questions.${q}`),
                      count: summary.questions[q]?.answered ?? 0,
                    })}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("inventoryUi.optionColumn")}</th>
                      <th scope="col">{t("inventoryUi.countColumn")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {Object.entries(summary.questions[q]?.options ?? {}).map(([option, count]) => (
                      <tr key={option}>
                        <th scope="row">{inventoryOptionLabel(t, q, option)}</th>
                        <td>{format.number(count)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ))
            ) : (
              <p>{t("inventoryUi.answersNone")}</p>
            )}
            <p>{t("inventoryUi.remindersSent", { count: rate.reminders })}</p>
            <ActionForm
              action={roundReminderAction}
              hidden={{ roundId: round.id, locale }}
              submitLabel={t("inventoryUi.remind")}
              secondary
              testId="reminder-form"
            >
              <TextField name="note" label={t("inventoryUi.reminderNote")} autoComplete="off" />
            </ActionForm>
            <h3>{t("inventoryUi.closeTitle")}</h3>
            <p>{t("inventoryUi.closeHint")}</p>
            {/* Irreversible: an "I understand" box the server checks too, and a danger button, not a primary one. */}
            <ActionForm
              action={closeRoundAction}
              hidden={{ roundId: round.id, locale }}
              submitLabel={t("inventoryUi.close")}
              danger
              testId="close-form"
            >
              <CheckboxGroup
                name="understood"
                legend={t("inventoryUi.closeConfirmLegend")}
                options={[{ value: "on", label: t("inventoryUi.closeUnderstood", { name: round.name }) }]}
              />
            </ActionForm>
          </section>
        ) : (
          <section aria-labelledby="open-round">
            <h2 id="open-round">{t("inventoryUi.openTitle")}</h2>
            <ActionForm
              action={openRoundAction}
              hidden={{ locale }}
              submitLabel={t("inventoryUi.open")}
              testId="open-round-form"
            >
              <TextField name="name" label={t("inventoryUi.name")} autoComplete="off" />
              <TextField name="deadline" label={t("inventoryUi.deadline")} type="date" />
              {/* The officer sees each question with this same text; all asked unless unticked. */}
              <CheckboxGroup
                name="questions"
                legend={t("inventoryUi.questionsLegend")}
                options={QUESTION_IDS.map((q) => ({ value: q, label: t(`inventoryUi.questions.${q}`) }))}
                defaultValue={DEFAULT_QUESTION_SET.questions}
              />
            </ActionForm>
          </section>
        )}
      </ManageIntl>
      <h2>{t("inventoryUi.closedTitle")}</h2>
      {closed.length ? (
        <ul data-testid="closed-rounds">
          {closed.map((r) => (
            <li key={r.id}>
              {t("inventoryUi.closedItem", {
                name: r.name,
                date: r.closedAt ? formatDay(i18n, r.closedAt) : "",
                answered: r._count.responses,
              })}{" "}
              <Link href={`${localePath(locale, "/statistik")}?${ROUND_PARAM}=${r.id}`}>
                {t("inventoryUi.statisticsLink", { name: r.name })}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("inventoryUi.closedNone")}</p>
      )}
    </>
  );
}
