import type { PolicyDocument } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/server";
import { TextArea, TextField } from "./fields";

/** The fields of a policy document form (inside an ActionForm). */
export function PolicyFields({ policy, locale }: { policy: PolicyDocument | null; locale: Locale }) {
  const label = getTranslator(locale, "manage.policy");
  return (
    <>
      <TextField name="title" label={label("title")} defaultValue={policy?.title} />
      <TextField name="adoptingBody" label={label("adoptingBody")} defaultValue={policy?.adoptingBody} />
      <TextField
        name="decisionDate"
        label={label("decisionDate")}
        hint={label("decisionDateHint")}
        defaultValue={policy?.decisionDate}
      />
      <TextField
        name="decisionParagraph"
        label={label("decisionParagraph")}
        defaultValue={policy?.decisionParagraph}
      />
      <TextField
        name="validFromYear"
        label={label("validFromYear")}
        defaultValue={policy?.validFromYear}
        inputMode="numeric"
      />
      <TextField
        name="validToYear"
        label={label("validToYear")}
        defaultValue={policy?.validToYear}
        inputMode="numeric"
      />
      <TextArea name="summary" label={label("summary")} defaultValue={policy?.summary} />
      <TextArea name="vision" label={label("vision")} defaultValue={policy?.vision} />
      <TextArea
        name="goals"
        label={label("goals")}
        hint={label("linesHint")}
        defaultValue={policy?.goals.join("\n")}
      />
      <TextArea
        name="rules"
        label={label("rules")}
        hint={label("linesHint")}
        defaultValue={policy?.rules.join("\n")}
      />
      <TextField name="sourceUrl" label={label("sourceUrl")} type="url" defaultValue={policy?.sourceUrl} />
    </>
  );
}
