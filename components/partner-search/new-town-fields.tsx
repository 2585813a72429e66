"use client";
// "My town is not in the list" on the public form (issue 16): a box to tick, then the town's
// position, clicked on the map or typed. The name is the one typed in the place field above; the
// server adds the town as a place awaiting approval unless a place of that name already exists.
import { useTranslations } from "use-intl";
import { useFieldValue, useFormContext } from "@/components/manage/form-context";
import { PositionPicker } from "@/components/manage/position-picker";
import { ShownWhen } from "@/components/manage/shown-when";

export function NewTownFields() {
  const t = useTranslations();
  const id = `${useFormContext().formId}-newTown`;
  const ticked = useFieldValue("newTown", "");
  return (
    <div className="new-town">
      <label className="checkbox" htmlFor={id}>
        <input
          type="checkbox"
          id={id}
          name="newTown"
          value="1"
          defaultChecked={ticked === "1"}
          aria-describedby={`${id}-hint`}
        />{" "}
        {t("partnerSearch.abroad.newTown")}
      </label>
      <p id={`${id}-hint`} className="hint">
        {t("partnerSearch.abroad.newTownHint")}
      </p>
      <ShownWhen field="newTown" value="1">
        <PositionPicker
          legend={t("manage.place.position")}
          hint={t("manage.place.positionHint")}
          latitudeLabel={t("manage.place.latitude")}
          longitudeLabel={t("manage.place.longitude")}
          mapLabel={t("manage.place.map")}
          markerLabel={t("manage.place.mapMarker")}
        />
      </ShownWhen>
    </div>
  );
}
