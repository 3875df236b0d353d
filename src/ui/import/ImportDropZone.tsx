import { useEffect, useState } from "react";
import { useAppStoreApi } from "../store-context";
import { useI18n } from "../use-i18n";

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes("Files");

/** True when the element takes typed text itself (so Ctrl/Cmd+V belongs to it). */
function isTextField(el: Element | null): boolean {
  if (!el) return false;
  if (el instanceof HTMLTextAreaElement) return true;
  if (el instanceof HTMLInputElement)
    return !["button", "checkbox", "radio", "range", "file"].includes(el.type);
  return el instanceof HTMLElement && el.isContentEditable;
}

/**
 * Drag-and-drop of files anywhere on the app (with a visible overlay) and paste of GeoJSON/CSV
 * text when focus is not in a text field: both open the import dialog with what was given.
 */
export function ImportDropZone() {
  const store = useAppStoreApi();
  const [over, setOver] = useState(false);
  const { t } = useI18n();
  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setOver(true);
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const overFn = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = "copy";
    };
    const drop = (e: DragEvent) => {
      depth = 0;
      setOver(false);
      const files = Array.from(e.dataTransfer?.files ?? []);
      if (files.length === 0) return;
      // Never let the browser navigate away to a dropped file.
      e.preventDefault();
      // While the dialog is open its own run owns the import; a drop there is not a new request.
      if (!store.getState().importRequest) store.getState().requestImport({ files });
    };
    const paste = (e: ClipboardEvent) => {
      if (store.getState().importRequest || isTextField(document.activeElement)) return;
      const files = Array.from(e.clipboardData?.files ?? []);
      const text = e.clipboardData?.getData("text/plain") ?? "";
      if (files.length === 0 && !text.trim()) return;
      e.preventDefault();
      store.getState().requestImport(files.length > 0 ? { files } : { text });
    };
    window.addEventListener("dragenter", enter);
    window.addEventListener("dragleave", leave);
    window.addEventListener("dragover", overFn);
    window.addEventListener("drop", drop);
    document.addEventListener("paste", paste);
    return () => {
      window.removeEventListener("dragenter", enter);
      window.removeEventListener("dragleave", leave);
      window.removeEventListener("dragover", overFn);
      window.removeEventListener("drop", drop);
      document.removeEventListener("paste", paste);
    };
  }, [store]);
  return over ? (
    <div className="drop-overlay" aria-hidden="true">
      <p>{t("import.drop")}</p>
    </div>
  ) : null;
}
