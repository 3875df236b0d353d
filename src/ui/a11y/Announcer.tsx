import { useAppStore } from "../store-context";

/**
 * The app's polite live region: says whatever the store's `announce` was last given. A modal
 * dialog renders its own copy (`id` differs) because the page behind a modal is inert to readers.
 */
export function Announcer({ id = "announcer" }: { id?: string }) {
  const a = useAppStore((s) => s.announcement);
  return (
    <div id={id} className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      <span key={a.seq}>{a.text}</span>
    </div>
  );
}
