import { useEffect, useState } from "react";
import type { BriefRow } from "@/analysis/brief";
import type { Mission } from "@/domain/types";
import type { DistanceUnit } from "@/lib/format";
import { formatDistance } from "@/lib/format";
import { type SiteSnapshot, useCaptureSiteSnapshot } from "../map-image-context";
import { useAppStore } from "../store-context";
import { useI18n } from "../use-i18n";
import { BriefSnapshot } from "./BriefSnapshot";

type Shot =
  | { kind: "pending" }
  | { kind: "ok"; shot: SiteSnapshot }
  | { kind: "failed"; why: string };

/**
 * The brief's map snapshot: a picture of the real map around the site (basemap, strikes as drawn,
 * rings at the chosen radii). Until it is drawn, or when it cannot be (no WebGL, a lost context),
 * the schematic stands in with a line saying so.
 */
export function BriefMapImage(props: {
  site: Mission;
  rows: readonly BriefRow[];
  radiiM: readonly number[];
  unit: DistanceUnit;
}) {
  const { site, radiiM, unit } = props;
  const capture = useCaptureSiteSnapshot();
  const mapStatus = useAppStore((s) => s.mapStatus);
  const mapMessage = useAppStore((s) => s.mapMessage);
  const [shot, setShot] = useState<Shot>({ kind: "pending" });
  const { t, fmt, name } = useI18n();
  const radiusM = Math.max(...radiiM, 1);
  const [lng, lat] = site.lngLat;
  useEffect(() => {
    if (!capture) return setShot({ kind: "failed", why: t("brief.noMapHere") });
    if (mapStatus === "no-webgl" || mapStatus === "error")
      return setShot({ kind: "failed", why: mapMessage ?? t("brief.mapCouldNotStart") });
    if (mapStatus !== "ready") return;
    let live = true;
    capture([lng, lat], radiusM).then(
      (s) => live && setShot({ kind: "ok", shot: s }),
      (e: unknown) =>
        live && setShot({ kind: "failed", why: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [capture, mapStatus, mapMessage, lng, lat, radiusM, t]);
  if (shot.kind === "ok")
    return (
      <figure className="brief-map">
        <img
          className="brief-map-image"
          src={shot.shot.dataUrl}
          width={shot.shot.widthPx}
          height={shot.shot.heightPx}
          alt={t("brief.mapAlt", {
            name: name(site.name),
            radius: formatDistance(radiusM, unit, fmt),
            radii: radiiM.map((r) => formatDistance(r, unit, fmt)).join(", "),
          })}
        />
        <figcaption>
          {t("brief.mapCaption", {
            radii: radiiM.map((r) => formatDistance(r, unit, fmt)).join(" / "),
          })}{" "}
          {shot.shot.attribution.join(" · ")}
        </figcaption>
      </figure>
    );
  return (
    <figure className="brief-map">
      <BriefSnapshot {...props} />
      <figcaption className="brief-map-status">
        {shot.kind === "pending"
          ? t("brief.drawing")
          : t("brief.snapshotFailed", { why: shot.why })}
      </figcaption>
    </figure>
  );
}
