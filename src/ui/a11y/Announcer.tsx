import { useAppStore } from "../store-context";

/** The app's polite live region: says whatever the store's `announce` was last given. */
export function Announcer() {
  const a = useAppStore((s) => s.announcement);
  return (
    <div
      id="announcer"
      className="visually-hidden"
      role="status"
      aria-live="polite"
      aria-atomic="true"
    >
      <span key={a.seq}>{a.text}</span>
    </div>
  );
}
