// The officer's snippet builder for the member's embeddable list (lib/embed/), on /hantera/[slug].
import { EmbedBuilder } from "@/components/embed/embed-builder";
import { db } from "@/lib/db";
import { embedBuilderProps } from "@/lib/embed/builder-props";
import { embedMembers } from "@/lib/embed/members";
import type { Locale } from "@/lib/i18n/config";

export async function EmbedSection({ locale, organisationId }: { locale: Locale; organisationId: number }) {
  const members = await embedMembers(db(), organisationId);
  return <EmbedBuilder {...embedBuilderProps(locale, members, "intro")} />;
}
