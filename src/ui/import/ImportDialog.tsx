import { useEffect, useRef, useState } from "react";
import { startImport as defaultStart, prepareImport } from "@/import/import-client";
import { problemsCsv } from "@/import/problems-csv";
import type { ColumnMapping, ImportOutcome, MappingRequest } from "@/import/types";
import { DEFAULT_IMPORT_SETTINGS } from "@/import/types";
import { nextTask } from "@/lib/next-task";
import type { ImportRequest } from "@/state/slices/layers-slice";
import { Announcer } from "../a11y/Announcer";
import { useAppStoreApi } from "../store-context";
import { useI18n } from "../use-i18n";
import { ImportChooser } from "./ImportChooser";
import type { SettingsValue } from "./ImportSettingsForm";
import { ImportSummary } from "./ImportSummary";
import {
  duplicateNote,
  type ImportInput,
  importedCount,
  layerFromOutcome,
  newLayerId,
  summaryText,
} from "./import-run";
import { MappingForm } from "./MappingForm";

export type StartImport = typeof defaultStart;

/** Where chosen column mappings are remembered per header signature (localStorage in the app). */
export interface MappingMemory {
  recall(signature: string): ColumnMapping | undefined;
  remember(signature: string, mapping: ColumnMapping): void;
}

const NO_MEMORY: MappingMemory = { recall: () => undefined, remember: () => {} };

interface Result {
  readonly outcome: ImportOutcome;
  readonly skipped?: boolean;
}

type Phase =
  | { kind: "choose" }
  | { kind: "running"; fileName: string; fraction: number; index: number; total: number }
  | { kind: "mapping"; fileName: string; request: MappingRequest }
  | { kind: "summary"; cancelled: boolean };

/**
 * The import dialog (loaded lazily): choose files or paste text and settings, watch progress
 * (Cancel stops the worker), confirm a column mapping when detection is unsure, then read the
 * summary of each file with its problems. Each file that yields records becomes a layer.
 */
export default function ImportDialog({
  request,
  start = defaultStart,
  prepare = prepareImport,
  memory = NO_MEMORY,
}: {
  request: ImportRequest;
  start?: StartImport;
  /** Readies the import worker while the user chooses files. */
  prepare?: () => void;
  memory?: MappingMemory;
}) {
  const store = useAppStoreApi();
  const ref = useRef<HTMLDialogElement>(null);
  const [phase, setPhase] = useState<Phase>({ kind: "choose" });
  const [results, setResults] = useState<readonly Result[]>([]);
  const [settings, setSettings] = useState<SettingsValue>(DEFAULT_IMPORT_SETTINGS);
  const cancelRef = useRef<(() => void) | undefined>(undefined);
  const mappingRef = useRef<((m: ColumnMapping | undefined) => void) | undefined>(undefined);
  const i18n = useI18n();
  const { t } = i18n;

  useEffect(() => {
    prepare();
  }, [prepare]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open) return;
    if (typeof dialog.showModal === "function") dialog.showModal();
    else dialog.setAttribute("open", "");
  }, []);

  // Set by Close (and by Cancel while a file is being applied): files not yet started are not.
  const stopRef = useRef(false);
  const close = () => {
    stopRef.current = true;
    cancelRef.current?.();
    mappingRef.current?.(undefined);
    ref.current?.close?.();
    store.getState().closeImport();
  };

  async function runAll(inputs: readonly ImportInput[], chosen: SettingsValue) {
    const done: Result[] = [];
    let cancelled = false;
    for (const [index, input] of inputs.entries()) {
      const layerId = newLayerId();
      const once = (mapping?: ColumnMapping) => {
        setPhase({
          kind: "running",
          fileName: input.name,
          fraction: 0,
          index,
          total: inputs.length,
        });
        const job = start(input, { ...chosen, layerId, mapping }, (fraction) =>
          setPhase((p) => (p.kind === "running" ? { ...p, fraction } : p)),
        );
        cancelRef.current = () => job.cancel();
        return job.done.finally(() => {
          cancelRef.current = undefined;
        });
      };
      try {
        let outcome = await once();
        const ask = outcome.needsMapping;
        if (ask) {
          const remembered = memory.recall(ask.signature);
          if (remembered) outcome = await once(remembered);
        }
        const still = outcome.needsMapping;
        if (still) {
          const chosenMapping = await new Promise<ColumnMapping | undefined>((resolve) => {
            mappingRef.current = resolve;
            setPhase({ kind: "mapping", fileName: input.name, request: still });
          });
          mappingRef.current = undefined;
          if (!chosenMapping) {
            done.push({ outcome, skipped: true });
            continue;
          }
          memory.remember(still.signature, chosenMapping);
          outcome = await once(chosenMapping);
        }
        if (importedCount(outcome) > 0) {
          // The layer (its order checked) in a task of its own, not the one that received the
          // worker's last message, and then added in steps, and the summary in a task of its own:
          // applying 100k rows at once held the page for ~300 ms (scripts/bench-browser/IMPORT-NOTES.md).
          cancelRef.current = () => {
            stopRef.current = true;
          };
          await nextTask();
          const twice = duplicateNote(outcome, chosen.target, store.getState().layers);
          if (twice) outcome = { ...outcome, problems: [twice, ...outcome.problems] };
          const layer = layerFromOutcome(outcome, layerId, chosen.target, Date.now(), chosen.zone);
          await store.getState().addLayerInSteps(layer);
          await nextTask();
          cancelRef.current = undefined;
        }
        done.push({ outcome });
        if (stopRef.current) {
          cancelled = index < inputs.length - 1;
          break;
        }
      } catch {
        // Only Cancel rejects: files already imported stay, the rest are not started.
        cancelled = true;
        break;
      }
    }
    setResults(done);
    setPhase({ kind: "summary", cancelled });
    const total = done.reduce((n, r) => n + (r.skipped ? 0 : importedCount(r.outcome)), 0);
    const perFile = done.map(
      (r) =>
        `${r.outcome.fileName}: ${r.skipped ? t("import.skippedMapping") : summaryText(r.outcome, i18n)}`,
    );
    store.getState().announce(
      [
        t("import.announce", {
          cancelled: cancelled ? "yes" : "no",
          total,
          target: chosen.target,
          files: done.length,
        }),
        ...perFile,
      ].join(" "),
    );
  }

  return (
    <dialog
      ref={ref}
      className="import-dialog"
      aria-labelledby="import-title"
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
    >
      <h2 id="import-title">{t("import.title")}</h2>
      {phase.kind === "choose" ? (
        <ImportChooser
          request={request}
          settings={settings}
          onSettings={setSettings}
          onStart={(inputs) => runAll(inputs, settings)}
        />
      ) : null}
      {phase.kind === "running" ? (
        <div className="import-progress">
          <label>
            {t("import.reading", { name: phase.fileName })}
            {phase.total > 1
              ? t("import.fileOf", { index: phase.index + 1, total: phase.total })
              : ""}{" "}
            <progress max={1} value={phase.fraction} />
          </label>
          <button type="button" onClick={() => cancelRef.current?.()}>
            {t("import.cancel")}
          </button>
        </div>
      ) : null}
      {phase.kind === "mapping" ? (
        <MappingForm
          fileName={phase.fileName}
          request={phase.request}
          onConfirm={(m) => mappingRef.current?.(m)}
          onSkip={() => mappingRef.current?.(undefined)}
        />
      ) : null}
      {phase.kind === "summary" ? (
        <>
          {phase.cancelled ? <p>{t("import.cancelled")}</p> : null}
          {results.map((r, i) => (
            <ImportSummary
              // biome-ignore lint/suspicious/noArrayIndexKey: one entry per file, in order
              key={i}
              outcome={r.outcome}
              skipped={r.skipped}
              problemsCsv={problemsCsv}
            />
          ))}
        </>
      ) : null}
      <Announcer id="import-announcer" />
      <div className="dialog-actions">
        <button type="button" onClick={close}>
          {phase.kind === "summary" ? t("import.done") : t("import.close")}
        </button>
      </div>
    </dialog>
  );
}
